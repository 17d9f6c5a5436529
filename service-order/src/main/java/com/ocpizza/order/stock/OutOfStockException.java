package com.ocpizza.order.stock;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.problem.ProblemTypes;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** The pizzeria cannot make some of the products ordered: answered 409 naming them. */
public class OutOfStockException extends ConflictException {

  private static final long serialVersionUID = 1L;

  public static final URI TYPE = ProblemTypes.type("insufficient-stock");

  /** A product, at a size, that the stock cannot make. */
  public record UnavailableProduct(long productId, String name, String size) {}

  private final transient List<UnavailableProduct> products;

  OutOfStockException(List<UnavailableProduct> products) {
    super(
        TYPE,
        "Sorry, these can no longer be made: "
            + String.join(
                ", ", products.stream().map(p -> p.name() + " (" + p.size() + ")").toList())
            + ".",
        Map.of("products", products));
    this.products = List.copyOf(products);
  }

  public List<UnavailableProduct> products() {
    return products;
  }
}
