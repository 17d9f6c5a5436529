package com.ocpizza.stock.catalogue;

import java.math.BigDecimal;

/** How an ingredient is counted. Pieces are received, wasted and counted whole. */
public enum Unit {
  GRAM,
  MILLILITRE,
  PIECE;

  /** Whether a quantity someone handled (received, wasted, counted) makes sense in this unit. */
  public boolean isCountable(BigDecimal quantity) {
    return this != PIECE || quantity.stripTrailingZeros().scale() <= 0;
  }
}
