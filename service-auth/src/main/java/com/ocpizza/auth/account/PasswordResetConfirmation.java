package com.ocpizza.auth.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from the mailed link and the new password. */
record PasswordResetConfirmation(
    @NotBlank @Size(max = 100) String token, @AcceptablePassword String newPassword) {

  @Override
  public String toString() {
    return "PasswordResetConfirmation[]";
  }
}
