package com.ocpizza.infra;

import java.time.LocalTime;

/**
 * The evening rush of a group: capacity is raised before it starts and brought back after it ends,
 * in Paris time, with target tracking on requests per instance as a safety net in between.
 */
public record EveningPeak(
    LocalTime scaleOutAt, LocalTime scaleInAt, int peakCapacity, int requestsPerMinutePerInstance) {

  public static final String TIME_ZONE = "Europe/Paris";

  /** Dinner service runs from 18:00 to 22:00; new instances get a quarter of an hour to warm up. */
  public static EveningPeak dinner() {
    return new EveningPeak(LocalTime.of(17, 45), LocalTime.of(22, 0), 5, 600);
  }
}
