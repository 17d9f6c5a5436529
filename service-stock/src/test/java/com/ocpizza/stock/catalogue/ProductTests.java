package com.ocpizza.stock.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ocpizza.stock.system.InvalidRequestException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductTests {

  static final RecipeLine MOZZARELLA = new RecipeLine(3L, new BigDecimal("100"));

  static Product margherita() {
    return new Product(
        "Margherita",
        Category.PIZZA,
        "Tomato, mozzarella, basil.",
        null,
        VatRate.INTERMEDIATE,
        List.of(price(Size.SMALL, "6.36"), price(Size.MEDIUM, "8.18"), price(Size.LARGE, "10.91")),
        List.of(MOZZARELLA, new RecipeLine(6L, new BigDecimal("3"))),
        "Basil after baking.");
  }

  static SizePrice price(Size size, String amount) {
    return new SizePrice(size, new BigDecimal(amount));
  }

  @Test
  void aNewProductIsOnSaleAtItsPrices() {
    Product margherita = margherita();

    assertThat(margherita.isActive()).isTrue();
    assertThat(margherita.priceOf(Size.MEDIUM)).contains(new BigDecimal("8.18"));
    assertThat(margherita.priceOf(Size.SINGLE)).isEmpty();
  }

  @Test
  void pizzasComeInSmallMediumOrLargeOnly() {
    assertThatThrownBy(() -> margherita().reprice(List.of(price(Size.SINGLE, "8.00"))))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.properties().get("errors").toString()).contains("field=sizes"));
  }

  @Test
  void drinksAndDessertsComeInASingleSize() {
    assertThatThrownBy(
            () ->
                new Product(
                    "Soda",
                    Category.DRINK,
                    "A can.",
                    null,
                    VatRate.REDUCED,
                    List.of(price(Size.MEDIUM, "2.37")),
                    List.of(new RecipeLine(26L, BigDecimal.ONE)),
                    ""))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void refusesASizeTwiceOrAFreeSize() {
    Product margherita = margherita();

    assertThatThrownBy(
            () -> margherita.reprice(List.of(price(Size.SMALL, "6"), price(Size.SMALL, "7"))))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> margherita.reprice(List.of(price(Size.SMALL, "0"))))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> margherita.reprice(List.of()))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void repricingReplacesTheSizesSoldRoundedToTheCent() {
    Product margherita = margherita();

    margherita.reprice(List.of(price(Size.MEDIUM, "8.999")));

    assertThat(margherita.sizes()).containsExactly(price(Size.MEDIUM, "9.00"));
  }

  @Test
  void aRecipeNeedsIngredientsEachOnceInPositiveQuantities() {
    Product margherita = margherita();

    assertThatThrownBy(() -> margherita.changeRecipe(List.of(), "nothing"))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> margherita.changeRecipe(List.of(MOZZARELLA, MOZZARELLA), ""))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(
            () -> margherita.changeRecipe(List.of(new RecipeLine(3L, BigDecimal.ZERO)), ""))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void takingOffSaleTwiceChangesNothingTheSecondTime() {
    Product margherita = margherita();

    assertThat(margherita.deactivate()).isTrue();
    assertThat(margherita.deactivate()).isFalse();
    assertThat(margherita.isActive()).isFalse();
    assertThat(margherita.activate()).isTrue();
  }
}
