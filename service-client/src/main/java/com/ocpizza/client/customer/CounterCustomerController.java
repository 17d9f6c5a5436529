package com.ocpizza.client.customer;

import com.ocpizza.common.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Counter staff find the caller on the phone by number or name, or create their profile, so an
 * order can be taken for them. Search is paged and needs a phone or a name: no one lists all
 * customers.
 */
@RestController
@RequestMapping("/api/customers")
@Validated
class CounterCustomerController {

  private final CustomerService customers;

  CounterCustomerController(CustomerService customers) {
    this.customers = customers;
  }

  @GetMapping
  CustomerPage search(
      @RequestParam(required = false) String phone,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") @Min(0) @Max(1000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(50) int size) {
    return customers.search(phone, q, page, size);
  }

  @PostMapping
  ResponseEntity<CustomerView> create(
      Caller caller, @Valid @RequestBody PhoneCustomerRequest request) {
    CustomerView customer = customers.createPhoneCustomer(request, caller.pizzeriaId());
    return ResponseEntity.created(URI.create("/api/customers/" + customer.id())).body(customer);
  }

  @GetMapping("/{customerId}")
  CustomerView customer(@PathVariable String customerId) {
    return customers.customer(customerId);
  }

  @PostMapping("/{customerId}/addresses")
  ResponseEntity<AddressView> addAddress(
      @PathVariable String customerId, @Valid @RequestBody AddressDetails details) {
    AddressView address = customers.addAddressFor(customerId, details);
    return ResponseEntity.created(
            URI.create("/api/customers/" + customerId + "/addresses/" + address.id()))
        .body(address);
  }
}
