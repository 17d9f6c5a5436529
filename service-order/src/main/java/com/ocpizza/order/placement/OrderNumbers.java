package com.ocpizza.order.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public order numbers, e.g. {@code P1-20261129-0042}: pizzeria, Paris day, and a sequence per
 * pizzeria and day. The counter row is incremented with {@code LAST_INSERT_ID(expr)} in the
 * transaction that stores the order, so its row lock orders concurrent placements (on any replica)
 * and numbers are unique and chronological; a rolled-back placement gives its number back.
 */
@Component
class OrderNumbers {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final JdbcClient jdbc;

  OrderNumbers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  String next(long pizzeriaId, Instant now) {
    LocalDate day = now.atZone(PARIS).toLocalDate();
    jdbc.sql(
            "INSERT INTO order_number_sequences (pizzeria_id, day, last_value)"
                + " VALUES (?, ?, LAST_INSERT_ID(1))"
                + " ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)")
        .params(pizzeriaId, day)
        .update();
    int sequence = jdbc.sql("SELECT LAST_INSERT_ID()").query(Integer.class).single();
    return "P%d-%s-%04d".formatted(pizzeriaId, DAY.format(day), sequence);
  }
}
