package com.ocpizza.auth.account;

import java.time.Instant;

/** Published when an account is closed; its tokens are no longer renewed. */
public record UserDisabled(String userId, Instant disabledAt) {

  public static final String TYPE = "UserDisabled";
}
