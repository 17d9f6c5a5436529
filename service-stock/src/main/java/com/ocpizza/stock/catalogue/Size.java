package com.ocpizza.stock.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The sizes products are sold in. Recipes give the medium quantities; the other sizes scale them.
 * Drinks and desserts come in a single size.
 */
public enum Size {
  SMALL("0.7"),
  MEDIUM("1"),
  LARGE("1.4"),
  SINGLE("1");

  private final BigDecimal factor;

  Size(String factor) {
    this.factor = new BigDecimal(factor);
  }

  public BigDecimal factor() {
    return factor;
  }

  /** How much of an ingredient one item of this size takes, given the recipe's quantity. */
  public BigDecimal scale(BigDecimal recipeQuantity) {
    return recipeQuantity.multiply(factor).setScale(3, RoundingMode.HALF_UP);
  }

  /** Whether a product of the category may be sold in this size. */
  public boolean fits(Category category) {
    return (category == Category.PIZZA) != (this == SINGLE);
  }
}
