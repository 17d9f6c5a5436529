package com.ocpizza.stock.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SizeTests {

  @Test
  void smallIsSeventyPercentAndLargeOneHundredFortyPercentOfTheRecipe() {
    assertThat(Size.SMALL.scale(new BigDecimal("100"))).isEqualByComparingTo("70");
    assertThat(Size.MEDIUM.scale(new BigDecimal("100"))).isEqualByComparingTo("100");
    assertThat(Size.LARGE.scale(new BigDecimal("100"))).isEqualByComparingTo("140");
    assertThat(Size.SMALL.scale(BigDecimal.ONE)).isEqualByComparingTo("0.7");
  }

  @Test
  void scaledQuantitiesKeepThreeDecimals() {
    assertThat(Size.SMALL.scale(new BigDecimal("0.0015"))).isEqualByComparingTo("0.001");
    assertThat(Size.LARGE.scale(new BigDecimal("2.5"))).isEqualTo(new BigDecimal("3.500"));
  }

  @Test
  void onlyPizzasComeInSizes() {
    assertThat(Size.LARGE.fits(Category.PIZZA)).isTrue();
    assertThat(Size.SINGLE.fits(Category.PIZZA)).isFalse();
    assertThat(Size.SINGLE.fits(Category.DRINK)).isTrue();
    assertThat(Size.MEDIUM.fits(Category.DESSERT)).isFalse();
  }
}
