package com.ocpizza.stock.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ocpizza.common.problem.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupplierOrderTests {

  static final long MOZZARELLA = 3;
  static final long HAM = 7;

  static SupplierOrder draft() {
    return new SupplierOrder(
        1,
        2,
        List.of(
            SupplierOrderLine.ordered(MOZZARELLA, new BigDecimal("5000"), new BigDecimal("0.011")),
            SupplierOrderLine.ordered(HAM, new BigDecimal("2000"), new BigDecimal("0.014"))),
        "manager-1",
        Instant.parse("2026-12-04T09:00:00Z"));
  }

  @Test
  void aDraftCanChangeUntilItIsSent() {
    SupplierOrder order = draft();
    order.changeLines(
        List.of(SupplierOrderLine.ordered(HAM, new BigDecimal("1000"), new BigDecimal("0.014"))));
    order.send(Instant.parse("2026-12-04T09:05:00Z"));

    assertThat(order.status()).isEqualTo(SupplierOrderStatus.SENT);
    assertThatThrownBy(() -> order.changeLines(order.lines()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> order.send(Instant.now())).isInstanceOf(ConflictException.class);
  }

  @Test
  void aDraftCannotBeReceived() {
    assertThatThrownBy(() -> draft().receive(Map.of(HAM, BigDecimal.ONE)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void isPartiallyReceivedUntilEveryLineHasCome() {
    SupplierOrder order = draft();
    order.send(Instant.parse("2026-12-04T09:05:00Z"));

    order.receive(Map.of(MOZZARELLA, new BigDecimal("5000"), HAM, new BigDecimal("500")));
    assertThat(order.status()).isEqualTo(SupplierOrderStatus.PARTIALLY_RECEIVED);

    order.receive(Map.of(HAM, new BigDecimal("1500")));
    assertThat(order.status()).isEqualTo(SupplierOrderStatus.RECEIVED);
    assertThat(order.lines())
        .extracting(SupplierOrderLine::receivedQuantity)
        .containsExactly(new BigDecimal("5000"), new BigDecimal("2000"));
    assertThatThrownBy(() -> order.receive(Map.of(HAM, BigDecimal.ONE)))
        .isInstanceOf(ConflictException.class);
  }
}
