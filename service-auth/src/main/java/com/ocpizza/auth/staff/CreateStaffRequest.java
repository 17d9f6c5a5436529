package com.ocpizza.auth.staff;

import com.ocpizza.auth.account.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A staff account to open; the person chooses their password through the mailed invitation.
 * Managers may leave {@code pizzeriaId} out: it is then their own.
 */
record CreateStaffRequest(
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @Pattern(regexp = "\\+?[0-9 .-]{6,25}", message = "must be a phone number") String phone,
    @NotEmpty Set<Role> roles,
    @Positive Long pizzeriaId) {

  CreateStaffRequest {
    email = email == null ? null : email.strip();
  }
}
