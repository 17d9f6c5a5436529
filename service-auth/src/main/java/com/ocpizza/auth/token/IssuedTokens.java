package com.ocpizza.auth.token;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Revokes at once everything an account was granted: every authorization and its tokens. */
@Component
public class IssuedTokens {

  private final JdbcClient jdbc;

  IssuedTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Ends every session of the account; its access tokens die within their 15 minutes. */
  public void revokeAllOf(String principalName) {
    jdbc.sql("DELETE FROM oauth2_authorization WHERE principal_name = ?")
        .param(principalName)
        .update();
  }
}
