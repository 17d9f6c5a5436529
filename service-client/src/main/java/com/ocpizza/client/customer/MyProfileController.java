package com.ocpizza.client.customer;

import com.ocpizza.common.security.Caller;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A customer's own profile and addresses; nobody else's can be reached from here. */
@RestController
@RequestMapping("/api/customers/me")
class MyProfileController {

  private final CustomerService customers;

  MyProfileController(CustomerService customers) {
    this.customers = customers;
  }

  @GetMapping
  CustomerView profile(Caller caller) {
    return customers.profileOf(caller.userId());
  }

  @PutMapping
  CustomerView update(Caller caller, @Valid @RequestBody ProfileUpdate update) {
    return customers.updateProfile(caller.userId(), update);
  }

  @GetMapping("/addresses")
  List<AddressView> addresses(Caller caller) {
    return customers.addressesOf(caller.userId());
  }

  @PostMapping("/addresses")
  ResponseEntity<AddressView> add(Caller caller, @Valid @RequestBody AddressDetails details) {
    AddressView address = customers.addAddress(caller.userId(), details);
    return ResponseEntity.created(URI.create("/api/customers/me/addresses/" + address.id()))
        .body(address);
  }

  @PutMapping("/addresses/{addressId}")
  AddressView change(
      Caller caller, @PathVariable String addressId, @Valid @RequestBody AddressDetails details) {
    return customers.changeAddress(caller.userId(), addressId, details);
  }

  @DeleteMapping("/addresses/{addressId}")
  ResponseEntity<Void> remove(Caller caller, @PathVariable String addressId) {
    customers.removeAddress(caller.userId(), addressId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/addresses/{addressId}/default")
  List<AddressView> makeDefault(Caller caller, @PathVariable String addressId) {
    return customers.makeDefault(caller.userId(), addressId);
  }
}
