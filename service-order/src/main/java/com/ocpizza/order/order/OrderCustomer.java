package com.ocpizza.order.order;

/**
 * Who the order is for, as known when it was placed; every part is null for an anonymous counter
 * sale.
 *
 * @param accountId the customer's account (their token's subject) when they ordered themselves
 * @param customerId the client service's customer id
 * @param name the name to call out or write on the slip
 * @param phone the number the courier may call
 */
public record OrderCustomer(String accountId, String customerId, String name, String phone) {

  public static OrderCustomer anonymous() {
    return new OrderCustomer(null, null, null, null);
  }
}
