package com.ocpizza.auth.account;

import java.util.List;

/** The caller's own account. */
record MeResponse(
    String id,
    String email,
    String firstName,
    String lastName,
    String phone,
    List<String> roles,
    Long pizzeriaId) {

  static MeResponse of(Account account) {
    return new MeResponse(
        account.publicId(),
        account.email(),
        account.firstName(),
        account.lastName(),
        account.phone(),
        account.roleNames(),
        account.pizzeriaId());
  }
}
