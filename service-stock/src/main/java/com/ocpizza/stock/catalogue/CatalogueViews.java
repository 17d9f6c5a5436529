package com.ocpizza.stock.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the catalogue endpoints answer. */
final class CatalogueViews {

  private CatalogueViews() {}

  record IngredientView(
      long id, String name, Unit unit, BigDecimal unitCost, Set<Allergen> allergens) {

    static IngredientView of(Ingredient ingredient) {
      return new IngredientView(
          ingredient.id(),
          ingredient.name(),
          ingredient.unit(),
          ingredient.unitCost(),
          ingredient.allergens());
    }
  }

  record ProductView(
      long id,
      String name,
      Category category,
      String description,
      String photoUrl,
      BigDecimal vatRate,
      boolean active,
      List<SizePriceView> sizes) {

    static ProductView of(Product product) {
      return new ProductView(
          product.id(),
          product.name(),
          product.category(),
          product.description(),
          product.photoUrl(),
          product.vatRate().percent(),
          product.isActive(),
          product.sizes().stream()
              .map(
                  price ->
                      new SizePriceView(
                          price.size(),
                          price.priceExclVat(),
                          product.vatRate().applyTo(price.priceExclVat())))
              .toList());
    }
  }

  record SizePriceView(Size size, BigDecimal priceExclVat, BigDecimal priceInclVat) {}

  /**
   * The pizzaiolo's memory aid: each ingredient's quantity for every size the product is sold in.
   */
  record RecipeView(
      long productId, String productName, String memoryAid, List<RecipeLineView> lines) {}

  record RecipeLineView(
      long ingredientId, String ingredientName, Unit unit, Map<Size, BigDecimal> quantities) {}
}
