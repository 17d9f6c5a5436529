package com.ocpizza.stock.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ocpizza.stock.inventory.StockKeeper.Level;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StockRulesTests {

  static Level level(String quantity, String threshold) {
    return new Level(new BigDecimal(quantity), new BigDecimal(threshold));
  }

  @Test
  void aMovementThatCrossesTheThresholdDownwardIsLowStock() {
    assertThat(level("450", "500").crossedDownBy(new BigDecimal("-100"))).isTrue();
    assertThat(level("400", "500").crossedDownBy(new BigDecimal("-100"))).isTrue();
  }

  @Test
  void stayingBelowOrAboveTheThresholdOrGoingUpIsNot() {
    assertThat(level("300", "500").crossedDownBy(new BigDecimal("-100"))).isFalse();
    assertThat(level("600", "500").crossedDownBy(new BigDecimal("-100"))).isFalse();
    assertThat(level("500", "500").crossedDownBy(new BigDecimal("-100"))).isFalse();
    assertThat(level("450", "500").crossedDownBy(new BigDecimal("100"))).isFalse();
    assertThat(level("0", "0").crossedDownBy(new BigDecimal("-100"))).isFalse();
  }

  @Test
  void eachReasonMovesStockOneWay() {
    assertThatThrownBy(() -> StockChange.of(1, BigDecimal.TEN, MovementReason.WASTE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> StockChange.of(1, BigDecimal.ONE.negate(), MovementReason.SUPPLIER_DELIVERY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> StockChange.of(1, BigDecimal.ZERO, MovementReason.INVENTORY_CORRECTION))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            StockChange.of(1, BigDecimal.ONE.negate(), MovementReason.INVENTORY_CORRECTION)
                .quantity())
        .isEqualByComparingTo("-1");
    assertThat(StockChange.of(1, BigDecimal.ONE, MovementReason.INVENTORY_CORRECTION).quantity())
        .isEqualByComparingTo("1");
  }
}
