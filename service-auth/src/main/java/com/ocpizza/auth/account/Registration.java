package com.ocpizza.auth.account;

import com.ocpizza.common.feed.Outbox;
import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer self-registration. Whether the address already has an account is never told to the
 * caller: both cases do the same work (the password is hashed either way) and end with a mail to
 * the address, so only its owner learns the answer.
 */
@Service
@Transactional
class Registration {

  private final AccountRepository accounts;
  private final PasswordEncoder passwordEncoder;
  private final AccountMails mails;
  private final Outbox outbox;
  private final Clock clock;

  Registration(
      AccountRepository accounts,
      PasswordEncoder passwordEncoder,
      AccountMails mails,
      Outbox outbox,
      Clock clock) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.mails = mails;
    this.outbox = outbox;
    this.clock = clock;
  }

  void register(RegisterRequest request) {
    String hash = passwordEncoder.encode(request.password());
    String email = Account.normalise(request.email());
    accounts
        .findByEmail(email)
        .ifPresentOrElse(
            mails::someoneTriedToRegister,
            () -> {
              Account account =
                  accounts.save(
                      Account.customer(
                          email,
                          hash,
                          new PersonName(request.firstName(), request.lastName()),
                          request.phone().strip(),
                          clock.instant()));
              outbox.append(UserRegistered.TYPE, account.publicId(), UserRegistered.of(account));
              mails.welcome(account);
            });
  }
}
