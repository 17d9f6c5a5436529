package com.ocpizza.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

/**
 * S2-hot: the first pizza's first ingredient is counted at what twenty pizzas need, then many more
 * orders for that pizza arrive at once. Afterwards the stock API must show exactly what the
 * accepted orders use and never less than zero: anything beyond the stock is oversold.
 */
final class HotOrders {

  static final int ENOUGH_FOR = 20;

  private HotOrders() {}

  /**
   * @param accepted orders answered 201
   * @param initial the ingredient's stock before
   * @param after its stock after, per the stock API
   * @param used what the stock API shows as used
   * @param expectedUse what the accepted orders need
   * @param oversold units promised beyond the stock (must be zero)
   */
  record Outcome(
      SuiteData.Scarce scarce,
      long accepted,
      BigDecimal initial,
      BigDecimal after,
      BigDecimal used,
      BigDecimal expectedUse,
      BigDecimal oversold,
      GatlingRun.Result result) {

    /** The stock moved by exactly what the accepted orders need. */
    boolean consistent() {
      return used.compareTo(expectedUse) == 0;
    }
  }

  static Outcome run(Target target, Plan.Data data, SuiteData suiteData, int orders, Path results) {
    SuiteData.Scarce scarce = suiteData.scarceIngredientOf(data.hotProductId());
    BigDecimal initial = scarce.perPizza().multiply(BigDecimal.valueOf(ENOUGH_FOR));
    suiteData.setStock(scarce.ingredientId(), initial);
    data.acceptedHotOrders().clear();
    // Fifty orders a second, at least a second: the point is contention, not a long run.
    double seconds = Math.max(1, orders / 50.0);
    GatlingRun.Result result =
        GatlingRun.run(
            new Plan(
                Scenario.S2_HOT,
                target,
                orders / seconds,
                Duration.ofMillis(Math.round(seconds * 1000)),
                data),
            results,
            "S2-hot via " + target.name());
    long accepted = data.acceptedHotOrders().size();
    BigDecimal after = suiteData.quantity(scarce.ingredientId());
    BigDecimal used = initial.subtract(after);
    BigDecimal expectedUse = scarce.perPizza().multiply(BigDecimal.valueOf(accepted));
    BigDecimal oversold = expectedUse.subtract(initial).max(BigDecimal.ZERO);
    if (after.signum() < 0) {
      oversold = oversold.max(after.negate());
    }
    return new Outcome(scarce, accepted, initial, after, used, expectedUse, oversold, result);
  }
}
