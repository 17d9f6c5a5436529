package com.ocpizza.management.dashboard;

import static com.ocpizza.management.OrderMother.line;
import static com.ocpizza.management.OrderMother.moved;
import static com.ocpizza.management.OrderMother.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.common.feed.FeedConsumer;
import com.ocpizza.common.feed.FeedCursors;
import com.ocpizza.management.Feeds;
import com.ocpizza.management.document.DocumentStore;
import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The monthly activity report of a pizzeria: March 2025 against February 2025, hand-computed, read
 * back from the PDF; who may download it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class MonthlyReportIntegrationTests {

  @Autowired FeedCursors cursors;
  @Autowired List<FeedConsumer> consumers;
  @Autowired DocumentStore store;
  @LocalServerPort int port;

  Feeds feeds;
  long pizzeria;
  String path;

  @BeforeEach
  void twoMonthsOfSales() {
    feeds = new Feeds(cursors, consumers);
    pizzeria = ThreadLocalRandom.current().nextLong(10_000, 1_000_000);
    path = "/api/management/reports/monthly?pizzeriaId=" + pizzeria + "&month=2025-03";
    // February: one order, 2 Margherita at 9.00 excl. VAT.
    sale("2025-02-14T19:00:00Z", pizzeria, "18.00", "1.80", "19.80", margherita(2));
    // March: 3 orders, 61.00 excl. VAT, 67.50 incl. VAT (VAT 10 %: 5.70; 20 %: 0.80).
    String first = sale("2025-03-03T19:00:00Z", pizzeria, "18.00", "1.80", "19.80", margherita(2));
    sale(
        "2025-03-10T12:00:00Z",
        pizzeria,
        "16.00",
        "{\"10.0\":1.20,\"20.0\":0.80}",
        "18.00",
        List.of(
            line(2, "Reine", "LARGE", 1, "12.00", "10.0"),
            line(20, "Bière 25 cl", "UNIQUE", 1, "4.00", "20.0")));
    sale("2025-03-10T19:30:00Z", pizzeria, "27.00", "2.70", "29.70", margherita(3));
    // Ingredients of the first March order cost 5.00; 3.00 of mozzarella were thrown away.
    feeds.send(
        "stock",
        "StockMoved",
        moved(pizzeria, 1, "-250", "0.02", "ORDER_RESERVED", first, "2025-03-03T19:00:01Z"));
    feeds.send(
        "stock",
        "StockMoved",
        moved(pizzeria, 1, "-150", "0.02", "WASTE", null, "2025-03-12T15:00:00Z"));
    // Another pizzeria's sale the same month counts in its own report only.
    sale("2025-03-10T19:00:00Z", pizzeria + 1, "90.00", "9.00", "99.00", margherita(10));
  }

  @Test
  void theReportShowsTheMonthBesideThePreviousOneWithItsChartsAndTopProducts() throws IOException {
    byte[] pdf = Api.as(port, TestTokens.staff(pizzeria, "MANAGER")).bytes(path);
    Files.write(Path.of("target", "monthly-report-sample.pdf"), pdf);

    String text = text(pdf);
    assertThat(text)
        .contains("Rapport d'activité - mars 2025")
        .contains("OC Pizza — pizzeria " + pizzeria)
        .contains("Mois clos")
        .contains("Comparaison avec février 2025")
        .containsPattern("Commandes\\s+3\\s+1\\s+\\+200,0 %")
        .containsPattern("Chiffre d'affaires HT\\s+61,00 €\\s+18,00 €\\s+\\+238,9 %")
        .containsPattern("TVA collectée\\s+6,50 €\\s+1,80 €")
        .containsPattern("Chiffre d'affaires TTC\\s+67,50 €\\s+19,80 €\\s+\\+240,9 %")
        .containsPattern("Coût des marchandises\\s+5,00 €\\s+0,00 €\\s+-")
        .containsPattern("Marge brute\\s+56,00 €\\s+18,00 €\\s+\\+211,1 %")
        .containsPattern("Taux de marge brute\\s+91,8 %\\s+100,0 %\\s+-8,2 pt")
        .containsPattern("Pertes \\(au coût\\)\\s+3,00 €\\s+0,00 €")
        .containsPattern("Panier moyen TTC\\s+22,50 €\\s+19,80 €\\s+\\+13,6 %")
        .contains("Chiffre d'affaires HT par jour")
        .containsPattern("Margherita\\s+5\\s+45,00 € HT")
        .containsPattern("Reine\\s+1\\s+12,00 € HT")
        .containsPattern("Gaspillage\\s+3,00 €");
    assertThat(store.get("reports/" + pizzeria + "/2025-03.pdf")).hasValue(pdf);
  }

  @Test
  void dashboardsOverWholeMonthsAndLoneDaysAddBothUp() {
    String range =
        "/api/management/dashboard/top-products?period=CUSTOM&from=2025-02-10&to=2025-03-31"
            + "&pizzeriaId="
            + pizzeria;

    var top = Api.as(port, TestTokens.staff(pizzeria, "MANAGER")).get(range).json();

    assertThat(top.get(0).get("productName").asString()).isEqualTo("Margherita");
    assertThat(top.get(0).get("quantity").asLong()).isEqualTo(7);
    assertThat(top.get(0).get("revenueExclVat").decimalValue()).isEqualByComparingTo("63.00");
  }

  @Test
  void aFinishedMonthIsRenderedOnceAndKept() {
    Api manager = Api.as(port, TestTokens.staff(pizzeria, "MANAGER"));
    byte[] first = manager.bytes(path);
    sale("2025-03-20T19:00:00Z", pizzeria, "9.00", "0.90", "9.90", margherita(1));

    assertThat(Api.as(port, TestTokens.admin()).bytes(path)).isEqualTo(first);
  }

  @Test
  void theMonthInProgressIsProvisionalAndNotKept() throws IOException {
    YearMonth now = YearMonth.now(java.time.ZoneId.of("Europe/Paris"));
    String current = "/api/management/reports/monthly?pizzeriaId=" + pizzeria + "&month=" + now;

    String text = text(Api.as(port, TestTokens.staff(pizzeria, "MANAGER")).bytes(current));

    assertThat(text).contains("Mois en cours : chiffres provisoires");
    assertThat(store.get("reports/" + pizzeria + "/" + now + ".pdf")).isEmpty();
  }

  @Test
  void onlyThePizzeriasManagerAndHeadOfficeMayDownloadIt() {
    assertThat(Api.as(port, TestTokens.staff(pizzeria, "MANAGER")).get(path).status())
        .isEqualTo(200);
    assertThat(Api.as(port, TestTokens.admin()).get(path).status()).isEqualTo(200);
    assertThat(Api.as(port, TestTokens.staff(pizzeria + 1, "MANAGER")).get(path).status())
        .isEqualTo(403);
    for (String role : List.of("COUNTER", "PIZZAIOLO", "COURIER")) {
      assertThat(Api.as(port, TestTokens.staff(pizzeria, role)).get(path).status())
          .as(role)
          .isEqualTo(403);
    }
    assertThat(Api.customer(port, UUID.randomUUID().toString()).get(path).status()).isEqualTo(403);
    assertThat(Api.anonymous(port).get(path).status()).isEqualTo(401);
  }

  @Test
  void aMonthToComeOrNotAMonthIsABadRequest() {
    Api admin = Api.as(port, TestTokens.admin());
    String base = "/api/management/reports/monthly?pizzeriaId=" + pizzeria + "&month=";
    Api.Answer future = admin.get(base + YearMonth.now().plusMonths(2));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("detail").asString()).contains("month");
    assertThat(admin.get(base + "2025-13").status()).isEqualTo(400);
    assertThat(admin.get(base + "march").status()).isEqualTo(400);
  }

  private String sale(
      String at, long where, String excl, String vat, String incl, List<String> lines) {
    String id = UUID.randomUUID().toString();
    String vatByRate = vat.startsWith("{") ? vat : "{\"10.0\":" + vat + "}";
    feeds.send(
        "order",
        "OrderPlaced",
        order(
            id, where, null, "COUNTER", "TAKEAWAY", at, "0", excl, vatByRate, incl, "CASH", lines));
    return id;
  }

  private static List<String> margherita(int count) {
    return List.of(line(1, "Margherita", "MEDIUM", count, "9.00", "10.0"));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
