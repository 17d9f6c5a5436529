package com.ocpizza.auth.account;

import jakarta.validation.constraints.NotBlank;

/** The caller changing their password, proving they know the current one. */
record ChangePasswordRequest(
    @NotBlank String currentPassword, @AcceptablePassword String newPassword) {

  @Override
  public String toString() {
    return "ChangePasswordRequest[]";
  }
}
