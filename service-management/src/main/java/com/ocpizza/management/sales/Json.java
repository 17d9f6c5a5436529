package com.ocpizza.management.sales;

import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** Lenient reading of feed payloads: numbers may come as JSON numbers or as strings. */
public final class Json {

  private Json() {}

  /** A decimal from a number or a string; zero when absent or null. */
  public static BigDecimal decimal(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return BigDecimal.ZERO;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    String text = value.asString("").trim();
    return text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text);
  }

  /** A long from a number or a string. */
  public static long number(JsonNode value) {
    return decimal(value).longValueExact();
  }

  /** Text, or null when absent or null. */
  public static String text(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    String text = value.asString(null);
    return text == null ? value.toString() : text;
  }

  /** An instant, or null when absent. */
  public static Instant instant(JsonNode value) {
    String text = text(value);
    return text == null ? null : Instant.parse(text);
  }
}
