package com.ocpizza.auth.staff;

import com.ocpizza.auth.account.Account;
import java.util.List;

/** A staff account as managers and admins see it. */
record StaffMember(
    String id,
    String email,
    String firstName,
    String lastName,
    String phone,
    List<String> roles,
    Long pizzeriaId,
    boolean enabled) {

  static StaffMember of(Account account) {
    return new StaffMember(
        account.publicId(),
        account.email(),
        account.firstName(),
        account.lastName(),
        account.phone(),
        account.roleNames(),
        account.pizzeriaId(),
        account.isEnabled());
  }
}
