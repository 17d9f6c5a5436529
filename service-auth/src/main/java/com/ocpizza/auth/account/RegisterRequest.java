package com.ocpizza.auth.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A customer signing up. */
record RegisterRequest(
    @NotBlank @Email @Size(max = 254) String email,
    @AcceptablePassword String password,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotBlank @Pattern(regexp = "\\+?[0-9 .-]{6,25}", message = "must be a phone number")
        String phone) {

  RegisterRequest {
    email = email == null ? null : email.strip();
  }

  @Override
  public String toString() {
    return "RegisterRequest[email=" + email + "]";
  }
}
