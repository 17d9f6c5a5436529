package com.ocpizza.management.sales;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which auth account (the token's subject) each client-service customer id belongs to, so customers
 * find the invoices of their orders. Erased customers keep no account link.
 */
@Component
public class CustomerAccounts {

  private final JdbcClient jdbc;

  CustomerAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void registered(String customerId, String accountId) {
    jdbc.sql(
            "INSERT INTO customer_account (customer_id, account_id) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE account_id = IF(erased, NULL, VALUES(account_id))")
        .params(customerId, accountId)
        .update();
  }

  void erased(String customerId) {
    jdbc.sql(
            "INSERT INTO customer_account (customer_id, account_id, erased) VALUES (?, NULL, TRUE)"
                + " ON DUPLICATE KEY UPDATE account_id = NULL, erased = TRUE")
        .param(customerId)
        .update();
  }

  /** Whether the client service erased this customer. */
  boolean isErased(String customerId) {
    return customerId != null
        && jdbc.sql("SELECT COUNT(*) FROM customer_account WHERE customer_id = ? AND erased")
                .param(customerId)
                .query(Long.class)
                .single()
            > 0;
  }

  /** The customer ids of an account (usually one). */
  public List<String> customerIdsOf(String accountId) {
    return jdbc.sql("SELECT customer_id FROM customer_account WHERE account_id = ?")
        .param(accountId)
        .query(String.class)
        .list();
  }
}
