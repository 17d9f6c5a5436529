package com.ocpizza.stock.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.stock.catalogue.Size;
import com.ocpizza.stock.catalogue.VatRate;
import com.ocpizza.stock.reservation.Reservation.RequestedLine;
import com.ocpizza.stock.reservation.Reservation.ReservedLine;
import com.ocpizza.stock.reservation.Reservation.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReservationTests {

  static final long PIZZERIA = 1;
  static final long DOUGH = 1;
  static final long MOZZARELLA = 3;
  static final long HAM = 7;

  static Reservation fresh() {
    return new Reservation("order-1", null, Status.NEW, List.of(), Map.of());
  }

  static ReservedLine reines(int count) {
    return new ReservedLine(
        2,
        Size.MEDIUM,
        count,
        "Reine",
        new BigDecimal("10.00"),
        VatRate.INTERMEDIATE,
        BigDecimal.ONE);
  }

  static Map<Long, BigDecimal> reineNeeds(int count) {
    return Map.of(
        DOUGH, BigDecimal.valueOf(count),
        MOZZARELLA, BigDecimal.valueOf(100L * count),
        HAM, BigDecimal.valueOf(60L * count));
  }

  static Reservation holdingTwoReines() {
    Reservation reservation = fresh();
    reservation.replace(PIZZERIA, List.of(reines(2)), reineNeeds(2));
    return reservation;
  }

  @Test
  void aFreshReservationNeedsEverything() {
    assertThat(fresh().differenceTo(PIZZERIA, reineNeeds(2))).isEqualTo(reineNeeds(2));
  }

  @Test
  void holdingTheSameLinesIsAReplay() {
    Reservation reservation = holdingTwoReines();

    assertThat(reservation.holds(PIZZERIA, List.of(new RequestedLine(2, Size.MEDIUM, 2)))).isTrue();
    assertThat(reservation.holds(PIZZERIA, List.of(new RequestedLine(2, Size.MEDIUM, 3))))
        .isFalse();
    assertThat(reservation.holds(2, List.of(new RequestedLine(2, Size.MEDIUM, 2)))).isFalse();
  }

  @Test
  void changingTheLinesNeedsOnlyTheDifference() {
    Reservation reservation = holdingTwoReines();
    Map<Long, BigDecimal> margheritas =
        Map.of(DOUGH, new BigDecimal("3"), MOZZARELLA, new BigDecimal("300"));

    assertThat(reservation.differenceTo(PIZZERIA, margheritas))
        .containsOnlyKeys(DOUGH, MOZZARELLA, HAM)
        .containsEntry(DOUGH, BigDecimal.ONE)
        .containsEntry(MOZZARELLA, new BigDecimal("100"))
        .containsEntry(HAM, new BigDecimal("-120"));
  }

  @Test
  void releasingGivesBackWhatIsHeldOnce() {
    Reservation reservation = holdingTwoReines();

    assertThat(reservation.release()).isEqualTo(reineNeeds(2));
    assertThat(reservation.release()).isEmpty();
    assertThat(reservation.status()).isEqualTo(Status.RELEASED);
    assertThat(reservation.holdings()).isEmpty();
  }

  @Test
  void aReleasedReservationCannotHoldAgain() {
    Reservation reservation = holdingTwoReines();
    reservation.release();

    assertThatThrownBy(() -> reservation.differenceTo(PIZZERIA, reineNeeds(1)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("released");
  }

  @Test
  void anOrderStaysAtItsPizzeria() {
    assertThatThrownBy(() -> holdingTwoReines().differenceTo(2, reineNeeds(1)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void itsCostOfGoodsIsTheSumOfItsLines() {
    Reservation reservation = fresh();
    reservation.replace(PIZZERIA, List.of(reines(1), reines(3)), reineNeeds(4));

    assertThat(reservation.costOfGoods()).isEqualByComparingTo("2");
  }
}
