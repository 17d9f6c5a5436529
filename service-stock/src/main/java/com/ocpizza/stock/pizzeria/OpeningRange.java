package com.ocpizza.stock.pizzeria;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One service of a weekday, e.g. Monday 18:00–22:30, in Paris time. */
@Embeddable
record OpeningRange(
    @Enumerated(EnumType.STRING) DayOfWeek dayOfWeek, LocalTime opensAt, LocalTime closesAt) {

  boolean covers(DayOfWeek day, LocalTime time) {
    return dayOfWeek == day && !time.isBefore(opensAt) && time.isBefore(closesAt);
  }

  boolean overlaps(OpeningRange other) {
    return dayOfWeek == other.dayOfWeek
        && opensAt.isBefore(other.closesAt)
        && other.opensAt.isBefore(closesAt);
  }
}
