package com.ocpizza.stock.menu;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.stock.catalogue.Size;
import com.ocpizza.stock.menu.Availability.Line;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityTests {

  static Line line(String ingredient, String quantity, String stock) {
    return new Line(ingredient, new BigDecimal(quantity), new BigDecimal(stock));
  }

  @Test
  void canMakeAsManyAsTheScarcestIngredientAllows() {
    List<Line> reine =
        List.of(
            line("Dough", "1", "30"), line("Mozzarella", "100", "1250"), line("Ham", "60", "600"));

    assertThat(Availability.of(Size.MEDIUM, reine).canMake()).isEqualTo(10);
    assertThat(Availability.of(Size.SMALL, reine).canMake()).isEqualTo(14); // 600 / 42
    assertThat(Availability.of(Size.LARGE, reine).canMake()).isEqualTo(7); // 600 / 84
    assertThat(Availability.of(Size.MEDIUM, reine).missingIngredients()).isEmpty();
  }

  @Test
  void namesEveryIngredientThatIsShortOfOneItem() {
    List<Line> reine =
        List.of(
            line("Dough", "1", "30"), line("Mushrooms", "50", "0"), line("Ham", "60", "59.999"));

    Availability availability = Availability.of(Size.MEDIUM, reine);

    assertThat(availability.canMake()).isZero();
    assertThat(availability.missingIngredients()).containsExactly("Mushrooms", "Ham");
  }

  @Test
  void exactlyEnoughMakesOne() {
    assertThat(Availability.of(Size.SMALL, List.of(line("Egg", "1", "0.7"))).canMake()).isOne();
  }
}
