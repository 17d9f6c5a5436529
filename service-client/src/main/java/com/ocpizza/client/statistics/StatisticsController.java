package com.ocpizza.client.statistics;

import com.ocpizza.client.customer.CustomerService;
import com.ocpizza.common.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A customer's statistics, for themselves and for counter staff taking their order. */
@RestController
class StatisticsController {

  private final CustomerService customers;
  private final OrderHistory history;

  StatisticsController(CustomerService customers, OrderHistory history) {
    this.customers = customers;
    this.history = history;
  }

  @GetMapping("/api/customers/me/statistics")
  CustomerStatistics mine(Caller caller) {
    String customerId = customers.profileOf(caller.userId()).id();
    return of(customerId);
  }

  @GetMapping("/api/customers/{customerId}/statistics")
  CustomerStatistics ofCustomer(@PathVariable String customerId) {
    return of(customers.customer(customerId).id());
  }

  private CustomerStatistics of(String customerId) {
    return history.statistics(customers.internalIdOf(customerId).orElseThrow(), customerId);
  }
}
