package com.ocpizza.auth.account;

import java.time.Instant;

/** Published when a customer account is created, so the client service opens their profile. */
public record UserRegistered(
    String userId,
    String email,
    String firstName,
    String lastName,
    String phone,
    Instant registeredAt) {

  public static final String TYPE = "UserRegistered";

  public static UserRegistered of(Account account) {
    return new UserRegistered(
        account.publicId(),
        account.email(),
        account.firstName(),
        account.lastName(),
        account.phone(),
        account.createdAt());
  }
}
