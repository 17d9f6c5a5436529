package com.ocpizza.stock.pizzeria;

import com.ocpizza.stock.system.InvalidRequestException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * The services of each weekday, in Paris time; a day may have several (lunch and evening), none
 * (closed that day), but never two that overlap. A service ends the day it starts.
 */
record OpeningHours(List<OpeningRange> ranges) {

  OpeningHours {
    ranges =
        ranges.stream()
            .sorted(
                Comparator.comparing(OpeningRange::dayOfWeek).thenComparing(OpeningRange::opensAt))
            .toList();
    for (int i = 0; i < ranges.size(); i++) {
      OpeningRange range = ranges.get(i);
      if (!range.opensAt().isBefore(range.closesAt())) {
        throw new InvalidRequestException(
            "openingHours", range.dayOfWeek() + ": a service must close after it opens");
      }
      if (i > 0 && ranges.get(i - 1).overlaps(range)) {
        throw new InvalidRequestException(
            "openingHours", range.dayOfWeek() + ": two services overlap");
      }
    }
  }

  boolean isOpenAt(LocalDateTime parisTime) {
    return ranges.stream()
        .anyMatch(range -> range.covers(parisTime.getDayOfWeek(), parisTime.toLocalTime()));
  }
}
