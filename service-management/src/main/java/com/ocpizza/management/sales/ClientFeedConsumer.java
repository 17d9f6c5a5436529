package com.ocpizza.management.sales;

import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedEvent;
import org.springframework.stereotype.Component;

/**
 * Follows the client feed: links customers to their accounts, and forgets a customer's personal
 * data when they are erased (invoices already issued keep theirs: they are legal documents).
 */
@Component
class ClientFeedConsumer implements FeedConsumer {

  private final CustomerAccounts accounts;
  private final Sales sales;

  ClientFeedConsumer(CustomerAccounts accounts, Sales sales) {
    this.accounts = accounts;
    this.sales = sales;
  }

  @Override
  public String source() {
    return "client";
  }

  @Override
  public void apply(FeedEvent event) {
    String customerId = Json.text(event.payload().path("customerId"));
    switch (event.type()) {
      case "CustomerRegistered" -> {
        String account = Json.text(event.payload().path("accountId"));
        if (account != null) {
          accounts.registered(customerId, account);
        }
      }
      case "CustomerErased" -> {
        accounts.erased(customerId);
        sales.customerErased(customerId);
      }
      default -> {
        // Nothing else of the client feed matters here.
      }
    }
  }
}
