package com.ocpizza.auth.account;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, the caller's own account, and password change and reset. */
@RestController
@RequestMapping("/api/auth")
class AccountController {

  static final String CHECK_YOUR_MAIL =
      "Si cette adresse peut être utilisée, un e-mail vient de lui être envoyé."
          + " / If this address can be used, an e-mail has just been sent to it.";

  private final Registration registration;
  private final Passwords passwords;
  private final AccountQueries queries;

  AccountController(Registration registration, Passwords passwords, AccountQueries queries) {
    this.registration = registration;
    this.passwords = passwords;
    this.queries = queries;
  }

  @PostMapping("/register")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Acknowledgement register(@Valid @RequestBody RegisterRequest request) {
    registration.register(request);
    return new Acknowledgement(CHECK_YOUR_MAIL);
  }

  @GetMapping("/me")
  MeResponse me(@AuthenticationPrincipal Jwt caller) {
    return queries.me(caller.getSubject());
  }

  @PostMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassword(
      @AuthenticationPrincipal Jwt caller, @Valid @RequestBody ChangePasswordRequest request) {
    passwords.change(caller.getSubject(), request);
  }

  @PostMapping("/password-reset")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Acknowledgement requestPasswordReset(@Valid @RequestBody PasswordResetRequest request) {
    passwords.requestReset(request.email());
    return new Acknowledgement(CHECK_YOUR_MAIL);
  }

  @PostMapping("/password-reset/confirm")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void confirmPasswordReset(@Valid @RequestBody PasswordResetConfirmation request) {
    passwords.confirmReset(request.token(), request.newPassword());
  }
}
