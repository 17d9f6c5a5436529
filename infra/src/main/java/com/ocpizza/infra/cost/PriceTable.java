package com.ocpizza.infra.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Properties;

/**
 * Prices or usage figures read from a versioned properties file on the classpath, as exact
 * decimals. A missing key is an error: a price the table does not know must never count as 0.
 */
public final class PriceTable {

  /** Price table in use: eu-west-3 list prices as of October 2025. */
  public static final String CURRENT = "cost/eu-west-3-2025-10.properties";

  public static final String USAGE = "cost/usage-assumptions.properties";

  static final MathContext PRECISION = MathContext.DECIMAL64;

  private final String resource;
  private final Properties values;

  private PriceTable(String resource, Properties values) {
    this.resource = resource;
    this.values = values;
  }

  public static PriceTable load(String resource) {
    Properties values = new Properties();
    try (InputStream in = PriceTable.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no price table " + resource + " on the classpath");
      }
      values.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PriceTable(resource, values);
  }

  public BigDecimal get(String key) {
    String value = values.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(resource + " has no value for " + key);
    }
    return new BigDecimal(value.trim());
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  String text(String key) {
    String value = values.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(resource + " has no value for " + key);
    }
    return value;
  }

  BigDecimal hoursPerMonth() {
    return get("hours-per-month");
  }

  BigDecimal toEuros(BigDecimal dollars) {
    return dollars.divide(get("usd-per-eur"), PRECISION);
  }

  static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  String describe() {
    return "price table "
        + text("version")
        + " ("
        + text("source")
        + "), 1 EUR = "
        + text("usd-per-eur")
        + " USD, "
        + text("hours-per-month")
        + " h/month";
  }
}
