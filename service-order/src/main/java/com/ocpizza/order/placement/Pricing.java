package com.ocpizza.order.placement;

import com.ocpizza.order.order.OrderLine;
import com.ocpizza.order.stock.Menu;
import com.ocpizza.order.stock.StockClient;
import java.util.ArrayList;
import java.util.List;

/** Prices requested lines from the pizzeria's menu; a product it does not sell is refused. */
final class Pricing {

  private Pricing() {}

  static List<OrderLine> price(Menu menu, List<PlaceOrderRequest.LineRequest> requested) {
    List<OrderLine> lines = new ArrayList<>();
    for (PlaceOrderRequest.LineRequest line : requested) {
      Menu.Priced priced =
          menu.price(line.productId(), line.size())
              .orElseThrow(
                  () ->
                      new UnprocessableOrderException(
                          "Product "
                              + line.productId()
                              + " in size "
                              + line.size()
                              + " is not on this pizzeria's menu."));
      lines.add(
          OrderLine.priced(
              line.productId(),
              priced.item().name(),
              line.size(),
              line.count(),
              priced.offer().priceExclVat(),
              priced.item().vatRate()));
    }
    return lines;
  }

  static List<StockClient.Line> reservation(List<OrderLine> lines) {
    return lines.stream()
        .map(l -> new StockClient.Line(l.productId(), l.size(), l.count()))
        .toList();
  }
}
