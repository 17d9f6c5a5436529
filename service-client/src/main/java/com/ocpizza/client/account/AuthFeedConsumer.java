package com.ocpizza.client.account;

import com.ocpizza.client.customer.CustomerService;
import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Creates the profile of every customer who registers and disables it with the account. Reading the
 * feed rather than being called means a registration made while this service was down is not lost.
 */
@Component
class AuthFeedConsumer implements FeedConsumer {

  private final CustomerService customers;

  AuthFeedConsumer(CustomerService customers) {
    this.customers = customers;
  }

  @Override
  public String source() {
    return "auth";
  }

  @Override
  public void apply(FeedEvent event) {
    JsonNode payload = event.payload();
    switch (event.type()) {
      case "UserRegistered" -> {
        if (isCustomer(payload)) {
          customers.accountRegistered(
              text(payload, "userId"),
              text(payload, "email"),
              text(payload, "firstName"),
              text(payload, "lastName"),
              text(payload, "phone"));
        }
      }
      case "UserDisabled" -> customers.accountDisabled(text(payload, "userId"));
      default -> {
        // Other account events do not concern customer profiles.
      }
    }
  }

  /** Staff accounts get no customer profile; events without roles are customer registrations. */
  private static boolean isCustomer(JsonNode payload) {
    JsonNode roles = payload.get("roles");
    if (roles == null || !roles.isArray() || roles.isEmpty()) {
      return true;
    }
    for (JsonNode role : roles) {
      if ("CUSTOMER".equals(role.asString())) {
        return true;
      }
    }
    return false;
  }

  private static String text(JsonNode payload, String field) {
    JsonNode value = payload.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
