package com.ocpizza.order.stock;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.ocpizza.order.order.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A pizzeria's menu as the stock service prices it: the only source of an order's prices. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Menu(long pizzeriaId, List<Item> products) {

  /** A product on sale with its VAT rate and, per size, its price excl. VAT. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Item(long productId, String name, BigDecimal vatRate, List<Offer> sizes) {}

  /** A size of a product, its price excl. VAT and how many the stock can make now. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Offer(Size size, BigDecimal priceExclVat, long canMake, boolean available) {}

  /** The product and its offer at that size, if the pizzeria sells it. */
  public Optional<Priced> price(long productId, Size size) {
    return products.stream()
        .filter(item -> item.productId() == productId)
        .findFirst()
        .flatMap(
            item ->
                item.sizes().stream()
                    .filter(offer -> offer.size() == size)
                    .findFirst()
                    .map(offer -> new Priced(item, offer)));
  }

  /** A product at a size with its catalogue price. */
  public record Priced(Item item, Offer offer) {}
}
