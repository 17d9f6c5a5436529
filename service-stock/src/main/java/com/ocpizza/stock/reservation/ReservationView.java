package com.ocpizza.stock.reservation;

import com.ocpizza.stock.catalogue.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A reservation as the order service sees it: per line the product's name, size, unit price excl.
 * VAT and VAT rate when it was reserved (to cross-check its own), and what the goods cost.
 */
record ReservationView(
    String orderId,
    Long pizzeriaId,
    Reservation.Status status,
    List<Line> lines,
    BigDecimal costOfGoods) {

  record Line(
      long productId,
      String name,
      Size size,
      int count,
      BigDecimal unitPriceExclVat,
      BigDecimal vatRate,
      BigDecimal costOfGoods) {}

  static ReservationView of(Reservation reservation) {
    return new ReservationView(
        reservation.orderId(),
        reservation.pizzeriaId(),
        reservation.status(),
        reservation.lines().stream()
            .map(
                line ->
                    new Line(
                        line.productId(),
                        line.name(),
                        line.size(),
                        line.count(),
                        line.unitPriceExclVat(),
                        line.vatRate().percent(),
                        line.costOfGoods()))
            .toList(),
        reservation.costOfGoods());
  }
}
