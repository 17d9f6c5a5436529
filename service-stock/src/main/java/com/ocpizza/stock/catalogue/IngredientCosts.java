package com.ocpizza.stock.catalogue;

import com.ocpizza.common.problem.NotFoundException;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** How deliveries move ingredient costs: the one catalogue change other features may make. */
@Component
public class IngredientCosts {

  private final IngredientRepository ingredients;

  IngredientCosts(IngredientRepository ingredients) {
    this.ingredients = ingredients;
  }

  /**
   * Averages a delivery into the ingredient's unit cost, in the receipt's transaction. The
   * ingredient is locked before the stock is read, so deliveries received at the same time each
   * average over what the previous one left.
   *
   * @param stockBefore the chain's whole stock of the ingredient before this delivery, read once
   *     the ingredient is locked
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void absorbDelivery(
      long ingredientId,
      BigDecimal delivered,
      BigDecimal unitCost,
      Supplier<BigDecimal> stockBefore) {
    ingredients
        .findForUpdate(ingredientId)
        .orElseThrow(() -> new NotFoundException("No ingredient " + ingredientId + "."))
        .absorbDelivery(stockBefore.get(), delivered, unitCost);
  }
}
