package com.ocpizza.order.placement;

import com.ocpizza.order.order.DeliveryAddress;
import com.ocpizza.order.order.OrderCustomer;

/** Resolves a delivery address: a saved address of the customer, or one given on the spot. */
final class Addresses {

  private Addresses() {}

  static DeliveryAddress resolve(
      CustomerDirectory customers,
      OrderCustomer customer,
      String addressId,
      PlaceOrderRequest.AddressRequest given) {
    if (addressId != null) {
      if (customer.customerId() == null) {
        throw new UnprocessableOrderException("Saved addresses need a known customer.");
      }
      return customers
          .address(customer.customerId(), addressId)
          .map(
              a ->
                  new DeliveryAddress(
                      a.street(), a.complement(), a.postcode(), a.city(), a.instructions()))
          .orElseThrow(() -> new UnprocessableOrderException("There is no address " + addressId));
    }
    if (given == null) {
      throw new UnprocessableOrderException("A delivery needs an address.");
    }
    return new DeliveryAddress(
        given.street(), given.complement(), given.postcode(), given.city(), given.instructions());
  }
}
