package com.ocpizza.auth.account;

import com.ocpizza.auth.token.IssuedTokens;
import com.ocpizza.common.problem.ProblemDetailsAdvice.FieldProblem;
import com.ocpizza.common.problem.ProblemException;
import com.ocpizza.common.problem.ProblemTypes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password change, reset by a mailed single-use link, and the invitation link of new staff. Setting
 * a password through a link revokes every session of the account: whoever knew the old one is out.
 */
@Service
@Transactional
public class Passwords {

  static final Duration RESET_VALIDITY = Duration.ofMinutes(30);
  static final Duration INVITATION_VALIDITY = Duration.ofHours(72);

  private final AccountRepository accounts;
  private final PasswordResetTokenRepository tokens;
  private final PasswordEncoder passwordEncoder;
  private final AccountMails mails;
  private final IssuedTokens issuedTokens;
  private final Clock clock;

  Passwords(
      AccountRepository accounts,
      PasswordResetTokenRepository tokens,
      PasswordEncoder passwordEncoder,
      AccountMails mails,
      IssuedTokens issuedTokens,
      Clock clock) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.passwordEncoder = passwordEncoder;
    this.mails = mails;
    this.issuedTokens = issuedTokens;
    this.clock = clock;
  }

  void change(String publicId, ChangePasswordRequest request) {
    Account account =
        accounts
            .findByPublicId(publicId)
            .filter(Account::isEnabled)
            .orElseThrow(() -> new WrongCurrentPassword());
    if (account.passwordHash() == null
        || !passwordEncoder.matches(request.currentPassword(), account.passwordHash())) {
      throw new WrongCurrentPassword();
    }
    account.changePassword(passwordEncoder.encode(request.newPassword()));
  }

  void requestReset(String email) {
    accounts
        .findByEmail(Account.normalise(email))
        .filter(Account::isEnabled)
        .ifPresent(
            account -> {
              PasswordResetToken.Issued issued =
                  PasswordResetToken.issue(account, clock.instant(), RESET_VALIDITY);
              tokens.save(issued.token());
              mails.passwordReset(account, issued.value());
            });
  }

  void confirmReset(String token, String newPassword) {
    PasswordResetToken reset =
        tokens
            .findByTokenHash(PasswordResetToken.hash(token))
            .filter(candidate -> candidate.isUsableAt(clock.instant()))
            .filter(candidate -> candidate.account().isEnabled())
            .orElseThrow(InvalidPasswordLink::new);
    reset.use(clock.instant());
    Account account = reset.account();
    account.changePassword(passwordEncoder.encode(newPassword));
    issuedTokens.revokeAllOf(account.publicId());
  }

  /** Mails a new staff member the link to choose their first password. */
  public void invite(Account account) {
    PasswordResetToken.Issued issued =
        PasswordResetToken.issue(account, clock.instant(), INVITATION_VALIDITY);
    tokens.save(issued.token());
    mails.staffInvitation(account, issued.value());
  }

  /** The current password given for a change is not the account's. */
  static class WrongCurrentPassword extends ProblemException {

    private static final long serialVersionUID = 1L;

    WrongCurrentPassword() {
      super(
          HttpStatus.BAD_REQUEST,
          ProblemTypes.VALIDATION,
          "The request has invalid fields; see errors.",
          Map.of(
              "errors",
              List.of(new FieldProblem("currentPassword", "is not the current password"))));
    }
  }

  /** The password link is unknown, used or expired; which one is not told. */
  static class InvalidPasswordLink extends ProblemException {

    private static final long serialVersionUID = 1L;

    InvalidPasswordLink() {
      super(
          HttpStatus.BAD_REQUEST,
          ProblemTypes.type("invalid-password-link"),
          "This link is invalid, already used or expired; ask for a new one.",
          Map.of());
    }
  }
}
