package com.ocpizza.stock.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IngredientTests {

  static Ingredient mozzarella(String unitCost) {
    return new Ingredient("Mozzarella", Unit.GRAM, new BigDecimal(unitCost), Set.of(Allergen.MILK));
  }

  @Test
  void aDeliveryMovesTheCostToTheAverageWeightedByQuantity() {
    Ingredient mozzarella = mozzarella("0.0100");

    mozzarella.absorbDelivery(
        new BigDecimal("3000"), new BigDecimal("1000"), new BigDecimal("0.0140"));

    assertThat(mozzarella.unitCost()).isEqualByComparingTo("0.0110");
  }

  @Test
  void withNothingLeftTheDeliveredCostIsTheCost() {
    Ingredient mozzarella = mozzarella("0.0100");

    mozzarella.absorbDelivery(BigDecimal.ZERO, new BigDecimal("500"), new BigDecimal("0.0125"));

    assertThat(mozzarella.unitCost()).isEqualByComparingTo("0.0125");
  }

  @Test
  void keepsFourDecimalsOfCost() {
    assertThat(mozzarella("0.012345").unitCost()).isEqualTo(new BigDecimal("0.0123"));
  }

  @Test
  void piecesAreHandledWhole() {
    assertThat(Unit.PIECE.isCountable(new BigDecimal("2.000"))).isTrue();
    assertThat(Unit.PIECE.isCountable(new BigDecimal("0.5"))).isFalse();
    assertThat(Unit.GRAM.isCountable(new BigDecimal("0.5"))).isTrue();
  }
}
