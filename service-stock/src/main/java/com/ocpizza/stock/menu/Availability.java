package com.ocpizza.stock.menu;

import com.ocpizza.stock.catalogue.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How many of a product at a size a stock can make: for each recipe line, the stock divided by what
 * one item takes at that size, rounded down; the smallest of these. An ingredient is missing when
 * not even one item's worth is left.
 */
record Availability(long canMake, List<String> missingIngredients) {

  /** A recipe line with the pizzeria's stock of its ingredient. */
  record Line(String ingredient, BigDecimal recipeQuantity, BigDecimal stock) {}

  static Availability of(Size size, List<Line> recipe) {
    long canMake = Long.MAX_VALUE;
    List<String> missing = new java.util.ArrayList<>();
    for (Line line : recipe) {
      BigDecimal perItem = size.scale(line.recipeQuantity());
      long items =
          perItem.signum() == 0
              ? Long.MAX_VALUE
              : line.stock().divide(perItem, 0, RoundingMode.FLOOR).longValue();
      if (items == 0) {
        missing.add(line.ingredient());
      }
      canMake = Math.min(canMake, items);
    }
    return new Availability(recipe.isEmpty() ? 0 : canMake, List.copyOf(missing));
  }
}
