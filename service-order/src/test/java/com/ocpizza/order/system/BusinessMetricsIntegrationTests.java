package com.ocpizza.order.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.order.LiveOrderService;
import com.ocpizza.testsupport.Api;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The business metrics the order service exposes to Prometheus. */
class BusinessMetricsIntegrationTests extends LiveOrderService {

  String scrape() {
    Api.Answer metrics = Api.anonymous(port).get("/actuator/prometheus");
    assertThat(metrics.status()).isEqualTo(200);
    return metrics.body();
  }

  /** The value of the first sample whose line starts with this name and contains these tags. */
  static double sample(String scrape, String name, String... tags) {
    for (String line : scrape.split("\n")) {
      if (!line.startsWith(name + "{")) {
        continue;
      }
      boolean all = true;
      for (String tag : tags) {
        all &= line.contains(tag);
      }
      if (all) {
        Matcher value = Pattern.compile("} ([0-9.E+-]+)$").matcher(line);
        assertThat(value.find()).as(line).isTrue();
        return Double.parseDouble(value.group(1));
      }
    }
    return 0;
  }

  @Test
  void countsPlacementsRefusalsPaymentsAndTimesInEachStatus() {
    String before = scrape();
    String id = place("metrics-ada", takeaway(1, "CASH"));
    NEIGHBOURS.stockOf(0);
    customer("metrics-ada").post("/api/orders", takeaway(1, "CASH"), "metrics-short");
    NEIGHBOURS.stockOf(1000);
    pizzaiolo().post("/api/orders/" + id + "/start-preparation", "");
    staff(1, "COUNTER")
        .post("/api/orders/" + id + "/payments", "{\"method\":\"CARD\",\"amount\":10.00}");

    String after = scrape();

    assertThat(
            sample(after, "orders_placed_total", "channel=\"WEB\"", "fulfilment=\"TAKEAWAY\"")
                - sample(
                    before, "orders_placed_total", "channel=\"WEB\"", "fulfilment=\"TAKEAWAY\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            sample(after, "orders_rejected_total", "reason=\"out-of-stock\"")
                - sample(before, "orders_rejected_total", "reason=\"out-of-stock\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            sample(after, "orders_payments_total", "method=\"CARD\"", "outcome=\"PAID\"")
                - sample(before, "orders_payments_total", "method=\"CARD\"", "outcome=\"PAID\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(
            sample(
                after,
                "orders_status_time_seconds_count",
                "status=\"RECEIVED\"",
                "next=\"IN_PREPARATION\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(after).contains("orders_tracking_subscribers{");
  }
}
