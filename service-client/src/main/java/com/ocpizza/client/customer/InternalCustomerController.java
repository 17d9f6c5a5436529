package com.ocpizza.client.customer;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the order service needs to take an order: who the customer is and the address to snapshot.
 * Services only; never routed by the gateway.
 */
@RestController
@RequestMapping("/internal/customers")
class InternalCustomerController {

  /** The customer as an order records them. */
  record CustomerSummary(
      String id, String firstName, String lastName, String phone, String email, String status) {

    static CustomerSummary of(CustomerView view) {
      return new CustomerSummary(
          view.id(), view.firstName(), view.lastName(), view.phone(), view.email(), view.status());
    }
  }

  private final CustomerService customers;

  InternalCustomerController(CustomerService customers) {
    this.customers = customers;
  }

  @GetMapping("/{customerId}")
  CustomerSummary customer(@PathVariable String customerId) {
    return CustomerSummary.of(customers.customer(customerId));
  }

  @GetMapping("/by-account/{accountId}")
  CustomerSummary byAccount(@PathVariable String accountId) {
    return CustomerSummary.of(customers.profileOf(accountId));
  }

  @GetMapping("/{customerId}/addresses/{addressId}")
  AddressView address(@PathVariable String customerId, @PathVariable String addressId) {
    return customers.addressOf(customerId, addressId);
  }
}
