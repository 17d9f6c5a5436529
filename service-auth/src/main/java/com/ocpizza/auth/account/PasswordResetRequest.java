package com.ocpizza.auth.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Someone who forgot their password asking for a link. */
record PasswordResetRequest(@NotBlank @Email @Size(max = 254) String email) {

  PasswordResetRequest {
    email = email == null ? null : email.strip();
  }
}
