package com.ocpizza.order.stock;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A pizzeria as the stock service publishes it: whether it is open, where it delivers, for how
 * much.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pizzeria(
    long id, String name, String status, boolean openNow, DeliveryArea deliveryArea) {

  /** The postcodes a pizzeria delivers to and its delivery fee excl. VAT. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record DeliveryArea(Set<String> postcodes, BigDecimal fee) {}

  public boolean takesOrders() {
    return "OPEN".equals(status) && openNow;
  }

  public boolean deliversTo(String postcode) {
    return deliveryArea != null
        && deliveryArea.postcodes() != null
        && deliveryArea.postcodes().contains(postcode);
  }
}
