package com.ocpizza.stock.inventory;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.common.problem.ProblemTypes;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pizzeria has too little of some ingredients for what was asked; nothing was taken. Answered 409
 * naming the ingredients and, for reservations, the products that cannot be made.
 */
public class InsufficientStockException extends ConflictException {

  private static final long serialVersionUID = 1L;

  public static final URI TYPE = ProblemTypes.type("insufficient-stock");

  private final transient List<MissingIngredient> missing;

  /** An ingredient there is not enough of. */
  public record MissingIngredient(long id, String name) {}

  /** A product (at a size) that cannot be made because of them. */
  public record UnavailableProduct(long productId, String name, String size) {}

  InsufficientStockException(List<MissingIngredient> missing) {
    super(TYPE, detail(missing), Map.of("missingIngredients", missing));
    this.missing = List.copyOf(missing);
  }

  private InsufficientStockException(
      List<MissingIngredient> missing, List<UnavailableProduct> products) {
    super(TYPE, detail(missing), properties(missing, products));
    this.missing = List.copyOf(missing);
  }

  public List<MissingIngredient> missing() {
    return missing;
  }

  /** The same shortage, told as the products of a reservation that cannot be made. */
  public InsufficientStockException naming(List<UnavailableProduct> products) {
    return new InsufficientStockException(missing, products);
  }

  private static String detail(List<MissingIngredient> missing) {
    return "Not enough "
        + String.join(", ", missing.stream().map(MissingIngredient::name).toList())
        + " in stock.";
  }

  private static Map<String, Object> properties(
      List<MissingIngredient> missing, List<UnavailableProduct> products) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("missingIngredients", missing);
    properties.put("products", products);
    return properties;
  }
}
