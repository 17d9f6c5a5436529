package com.ocpizza.auth.login;

import com.ocpizza.auth.account.Account;
import com.ocpizza.auth.account.AccountRepository;
import com.ocpizza.auth.login.LoginAudit.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks an e-mail and password from the login form. Throttled per address and per client; the
 * fifth wrong password in a row locks the account for 15 minutes; every attempt is audited. All
 * refusals look the same to the caller, and cost the same time (a password hash is always checked),
 * so nobody learns whether an address has an account. The authenticated principal is named by the
 * account's public id, which becomes the tokens' {@code sub}. It is plugged into the login form's
 * chain only (see {@link #asProvider()}): as a bean of provider type it would also be the global
 * fallback, and each refused attempt would be checked twice.
 */
@Component
public class PasswordLogin {

  static final String REFUSED = "Bad credentials";

  private final AccountRepository accounts;
  private final PasswordEncoder passwordEncoder;
  private final LoginAudit audit;
  private final LoginThrottle throttle;
  private final LoginProperties properties;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final String unusedHash;

  PasswordLogin(
      AccountRepository accounts,
      PasswordEncoder passwordEncoder,
      LoginAudit audit,
      LoginProperties properties,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.audit = audit;
    this.throttle = new LoginThrottle(properties);
    this.properties = properties;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
    this.unusedHash = passwordEncoder.encode(UUID.randomUUID().toString());
  }

  /** This check as the login form's authentication provider. */
  public AuthenticationProvider asProvider() {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        return PasswordLogin.this.authenticate(authentication);
      }

      @Override
      public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
      }
    };
  }

  Authentication authenticate(Authentication authentication) {
    String email = Account.normalise(authentication.getName());
    String password = String.valueOf(authentication.getCredentials());
    String clientIp = clientIp(authentication);
    Instant now = clock.instant();
    if (throttle.isBlocked(email, clientIp, now)) {
      audit.record(now, email, null, clientIp, Outcome.THROTTLED);
      throw new BadCredentialsException(REFUSED);
    }
    Account account;
    try {
      account = transaction.execute(status -> check(email, password, clientIp, now));
    } catch (OptimisticLockingFailureException concurrentAttempt) {
      account = null;
    }
    if (account == null) {
      throttle.recordFailure(email, clientIp, now);
      throw new BadCredentialsException(REFUSED);
    }
    List<GrantedAuthority> authorities = new ArrayList<>();
    account
        .roleNames()
        .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
    // The factor and its time: the ID token's auth_time comes from it.
    authorities.add(
        FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
            .issuedAt(now)
            .build());
    UsernamePasswordAuthenticationToken result =
        UsernamePasswordAuthenticationToken.authenticated(
            new User(account.publicId(), "", authorities), null, authorities);
    result.setDetails(authentication.getDetails());
    return result;
  }

  /** The account if the password opens it, else null once the failure is recorded. */
  private Account check(String email, String password, String clientIp, Instant now) {
    Account account = accounts.findByEmail(email).orElse(null);
    String hash =
        account == null || account.passwordHash() == null ? unusedHash : account.passwordHash();
    boolean matches = passwordEncoder.matches(password, hash);
    if (account == null) {
      audit.record(now, email, null, clientIp, Outcome.FAILURE);
      return null;
    }
    if (account.isLockedAt(now)) {
      audit.record(now, email, account.id(), clientIp, Outcome.REFUSED_LOCKED);
      return null;
    }
    if (!matches || !account.canLogInAt(now)) {
      audit.record(now, email, account.id(), clientIp, Outcome.FAILURE);
      if (account.isEnabled()
          && account.recordFailedLogin(now, properties.maxFailures(), properties.lockDuration())) {
        audit.record(now, email, account.id(), clientIp, Outcome.LOCKED);
      }
      return null;
    }
    account.recordSuccessfulLogin();
    audit.record(now, email, account.id(), clientIp, Outcome.SUCCESS);
    return account;
  }

  private static String clientIp(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : "unknown";
  }
}
