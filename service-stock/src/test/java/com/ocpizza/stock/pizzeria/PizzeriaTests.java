package com.ocpizza.stock.pizzeria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ocpizza.common.problem.ConflictException;
import com.ocpizza.stock.pizzeria.Pizzeria.DeliveryArea;
import com.ocpizza.stock.system.InvalidRequestException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PizzeriaTests {

  static final OpeningHours MONDAY_TO_SATURDAY =
      new OpeningHours(
          List.of(DayOfWeek.values()).stream()
              .filter(day -> day != DayOfWeek.SUNDAY)
              .flatMap(
                  day ->
                      java.util.stream.Stream.of(
                          new OpeningRange(day, LocalTime.of(11, 30), LocalTime.of(14, 30)),
                          new OpeningRange(day, LocalTime.of(18, 0), LocalTime.of(22, 30))))
              .toList());

  static Pizzeria oberkampf() {
    return new Pizzeria(
        "OC Pizza Paris 11 Oberkampf",
        new Address("112 rue Oberkampf", "75011", "Paris"),
        "01 43 57 10 11",
        "81234567600108",
        MONDAY_TO_SATURDAY,
        new DeliveryArea(Set.of("75011", "75020"), new BigDecimal("2.5")));
  }

  @Test
  void aNewPizzeriaIsOpeningSoonAndNeverOpenNow() {
    Pizzeria pizzeria = oberkampf();

    assertThat(pizzeria.status()).isEqualTo(PizzeriaStatus.OPENING_SOON);
    assertThat(pizzeria.isOpenAt(Instant.parse("2026-12-04T19:00:00Z"))).isFalse();
  }

  @Test
  void isOpenDuringItsServicesInParisTime() {
    Pizzeria pizzeria = oberkampf();
    pizzeria.open();

    // Friday 4 December 2026, winter time (UTC+1)
    assertThat(pizzeria.isOpenAt(Instant.parse("2026-12-04T10:29:59Z"))).isFalse();
    assertThat(pizzeria.isOpenAt(Instant.parse("2026-12-04T10:30:00Z"))).isTrue();
    assertThat(pizzeria.isOpenAt(Instant.parse("2026-12-04T13:30:00Z"))).isFalse();
    assertThat(pizzeria.isOpenAt(Instant.parse("2026-12-04T21:29:00Z"))).isTrue();
    // Saturday 4 July 2026, summer time (UTC+2): 22:15 in Paris
    assertThat(pizzeria.isOpenAt(Instant.parse("2026-07-04T20:15:00Z"))).isTrue();
    // Sunday
    assertThat(pizzeria.isOpenAt(Instant.parse("2026-12-06T19:00:00Z"))).isFalse();
  }

  @Test
  void aClosedPizzeriaIsNeverOpenNow() {
    Pizzeria pizzeria = oberkampf();
    pizzeria.open();
    pizzeria.close();

    assertThat(pizzeria.isOpenAt(Instant.parse("2026-12-04T19:00:00Z"))).isFalse();
  }

  @Test
  void opensOrClosesOnlyOnce() {
    Pizzeria pizzeria = oberkampf();
    pizzeria.open();

    assertThatThrownBy(pizzeria::open).isInstanceOf(ConflictException.class);
    pizzeria.close();
    assertThatThrownBy(pizzeria::close).isInstanceOf(ConflictException.class);
    pizzeria.open();
    assertThat(pizzeria.status()).isEqualTo(PizzeriaStatus.OPEN);
  }

  @Test
  void refusesServicesThatOverlapOrEndBeforeTheyStart() {
    assertThatThrownBy(
            () ->
                new OpeningHours(
                    List.of(
                        new OpeningRange(
                            DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(15, 0)),
                        new OpeningRange(
                            DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(22, 0)))))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(
            () ->
                new OpeningHours(
                    List.of(
                        new OpeningRange(
                            DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(18, 0)))))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void refusesASiretWhoseChecksumFails() {
    Pizzeria pizzeria = oberkampf();

    assertThatThrownBy(
            () ->
                pizzeria.describe(
                    "Oberkampf", pizzeria.address(), "01 43 57 10 11", "81234567600109"))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(Siret.isValid("81234567600108")).isTrue();
    assertThat(Siret.isValid("8123456760010")).isFalse();
  }
}
