package com.ocpizza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ocpizza.launcher.Suite;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The manager of Convention in a real browser: reads the day's figures on the dashboard; raises a
 * low-stock threshold and sees the ingredient flagged, then sees the waste just recorded in the
 * stock's history; gives a ready delivery to a courier and reports an incident once it is on the
 * road; prepares a quote for a company and gets its PDF.
 */
@ExtendWith(RunningSuite.class)
class ManagerScreenIntegrationTests {

  private static final String MANAGER = "manager.convention@ocpizza.demo";
  private static final String CLERK = "counter.convention@ocpizza.demo";
  private static final String PIZZAIOLO = "pizzaiolo.convention@ocpizza.demo";
  private static final String KARIM = "courier1.convention@ocpizza.demo";
  private static final String SARAH = "courier2.convention@ocpizza.demo";
  private static final Pattern BASIL =
      Pattern.compile(
          "\"ingredientId\":(\\d+),\"name\":\"Basilic\",\"unit\":\"GRAM\","
              + "\"quantity\":([0-9.]+),\"threshold\":([0-9.]+)");

  /** The rows of the stock table at the top of the stock tab. */
  private static final String STOCK_ROWS = "form[aria-labelledby='stock-title'] tbody tr";

  private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]+)\"");

  @Test
  void seesTheDaysRevenueIncludeTheOrdersPlacedEarlier(Suite suite) {
    StaffFixtures.openAllWeek(suite, StaffFixtures.CONVENTION);
    BigDecimal before = StaffFixtures.revenueToday(suite, StaffFixtures.CONVENTION, MANAGER);
    BigDecimal placed =
        StaffFixtures.total(StaffFixtures.counterSale(suite, StaffFixtures.CONVENTION, CLERK, 2))
            .add(
                StaffFixtures.total(
                    StaffFixtures.counterSale(suite, StaffFixtures.CONVENTION, CLERK, 1)));
    BigDecimal expected = before.add(placed);
    // Management learns of the orders from the order service's feed, a moment later.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                StaffFixtures.revenueToday(suite, StaffFixtures.CONVENTION, MANAGER)
                        .compareTo(expected)
                    == 0);

    try (Browser manager = Browser.open(suite.publicUrl(), 1280)) {
      manager.go("/staff/manager");
      manager.signInOnAuthPage(MANAGER, DemoPizzerias.demoPassword(suite));

      WebElement revenue = manager.element("[data-kpi=revenueInclVat]", "Chiffre d'affaires TTC");
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () ->
                  assertThat(squeezed(revenue.findElement(By.cssSelector(".kpi-value")).getText()))
                      .isEqualTo(euros(expected)));
      assertThat(squeezed(manager.element("[data-kpi=orders] .kpi-value", "").getText()))
          .isNotEqualTo("0");
      manager.screenshot("manager-dashboard");
    }
  }

  @Test
  void tunesAThresholdFollowsTheStockGivesADeliveryToACourierAndQuotesACompany(Suite suite) {
    StaffFixtures.openAllWeek(suite, StaffFixtures.CONVENTION);
    Matcher basil =
        matched(
            BASIL,
            StaffFixtures.send(
                    suite, MANAGER, "GET", "/api/stock/pizzerias/" + StaffFixtures.CONVENTION, null)
                .body());
    long basilId = Long.parseLong(basil.group(1));
    BigDecimal threshold = new BigDecimal(basil.group(3));
    assertThat(new BigDecimal(basil.group(2))).as("basil in stock").isGreaterThan(threshold);
    String order = readyDelivery(suite);
    String number = StaffFixtures.number(orderView(suite, order));

    String note = "Feuilles fanées (" + number + ")";

    try (Browser manager = Browser.open(suite.publicUrl(), 1280)) {
      manager.go("/staff/manager/stock");
      manager.signInOnAuthPage(MANAGER, DemoPizzerias.demoPassword(suite));

      // A threshold above what is on the shelves: basil is low at once, and back when restored.
      setBasilThreshold(manager, "100000");
      manager.element("[role=status]", "1 seuil enregistré.");
      WebElement low = manager.element(STOCK_ROWS + ".low", "Basilic");
      assertThat(low.getText()).contains("Stock bas");
      showAndShoot(manager, low, "manager-stock-threshold");
      setBasilThreshold(manager, threshold.stripTrailingZeros().toPlainString().replace('.', ','));
      await()
          .atMost(Duration.ofSeconds(20))
          .ignoreExceptions()
          .until(
              () ->
                  manager.all(STOCK_ROWS + ".low").stream()
                      .noneMatch(row -> row.getText().contains("Basilic")));

      // Waste recorded below shows at the top of the stock's history.
      new Select(inWasteForm(manager, "Ingrédient", "select")).selectByVisibleText("Basilic (g)");
      inWasteForm(manager, "Quantité", "input").sendKeys("3");
      inWasteForm(manager, "Remarque", "input").sendKeys(note);
      manager.click("Déclarer la perte");
      WebElement wasted = manager.element(".movement-table tbody tr", note);
      assertThat(wasted.getText()).contains("Basilic").contains("Perte");
      assertThat(squeezed(wasted.getText())).contains("\u22123g");
      showAndShoot(manager, wasted, "manager-stock-movements");

      // The ready delivery goes to Karim; Sarah can no longer take it, Karim leaves with it.
      manager.click("Commandes");
      manager.element(".board-column.ready .board-card", number).click();
      new Select(manager.field("Livreur")).selectByVisibleText("Karim Convention");
      manager.click("Confier la livraison");
      manager.element(".order-detail [role=status]", "confiée à Karim Convention");
      await()
          .atMost(Duration.ofSeconds(20))
          .ignoreExceptions()
          .untilAsserted(
              () ->
                  assertThat(manager.element(".board-column.ready .board-card", number).getText())
                      .contains("Livreur : Karim Convention"));
      HttpResponse<String> taken =
          StaffFixtures.send(suite, SARAH, "POST", "/api/orders/" + order + "/take", null);
      assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
      HttpResponse<String> left =
          StaffFixtures.send(
              suite, KARIM, "POST", "/api/orders/" + order + "/out-for-delivery", null);
      assertThat(left.statusCode()).as(left.body()).isEqualTo(200);
      manager.screenshot("manager-orders");

      // On the road, the order comes back refused: the manager reports it and it leaves the board.
      manager.element(".board-column.onTheRoad .board-card", number).click();
      manager.fill("Ce qui s'est passé", "Client absent, pizzas rapportées froides");
      manager.click("Signaler l'incident");
      manager.element("[role=status]", "Incident enregistré pour la commande " + number + ".");
      assertThat(orderView(suite, order).body())
          .contains("\"status\":\"INCIDENT\"")
          .contains("Client absent, pizzas rapportées froides");

      // A company orders forty large Reines for next week: a quote, and its PDF.
      manager.click("Documents");
      manager.fill("Client ou entreprise", "Atelier Convention SARL");
      WebElement fromMenu = manager.field("Ajouter un produit de la carte");
      fromMenu
          .findElement(By.xpath(".//option[starts-with(normalize-space(), 'Reine (grande)')]"))
          .click();
      WebElement quantity = manager.element("input[aria-label='Quantité de la ligne 1']", "");
      quantity.clear();
      quantity.sendKeys("40");
      String total = manager.element(".quote-totals .total dd", "€").getText();
      manager.screenshot("manager-quote");
      manager.click("Créer le devis");
      String created = manager.element(".quotes [role=status]", "créé").getText();
      String reference = created.substring("Devis ".length(), created.indexOf(" créé"));
      assertThat(manager.element(".quotes-created li", reference).getText())
          .contains("Atelier Convention SARL")
          .contains(total);
      HttpResponse<String> pdf =
          StaffFixtures.send(
              suite, MANAGER, "GET", "/api/management/quotes/" + reference + "/pdf", null);
      assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(200);
      assertThat(pdf.body()).startsWith("%PDF");
      manager.click("Télécharger le devis " + reference + " (PDF)");
      assertThat(manager.all(".quotes [role=alert]")).isEmpty();
    } finally {
      // Whatever failed, basil's threshold is left as the demo has it, for the next run.
      StaffFixtures.send(
          suite,
          MANAGER,
          "PUT",
          "/api/stock/pizzerias/" + StaffFixtures.CONVENTION + "/thresholds",
          "{\"lines\":[{\"ingredientId\":%d,\"threshold\":%s}]}"
              .formatted(basilId, threshold.toPlainString()));
    }
  }

  /** Scrolls {@code element} to the middle of the window, then saves the screen. */
  private static void showAndShoot(Browser browser, WebElement element, String name) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    browser.screenshot(name);
  }

  private static void setBasilThreshold(Browser manager, String value) {
    WebElement input = manager.element("input[aria-label='Nouveau seuil de Basilic (g)']", "");
    input.clear();
    input.sendKeys(value);
    manager.click("Enregistrer les seuils");
  }

  /** The control of the waste form whose (wrapping) label starts with {@code label}. */
  private static WebElement inWasteForm(Browser manager, String label, String control) {
    manager.element("form.waste-form label", label);
    return manager
        .driver()
        .findElement(
            By.xpath(
                "//form[contains(@class, 'waste-form')]//label[starts-with(normalize-space(), '"
                    + label
                    + "')]//"
                    + control));
  }

  /**
   * A delivery ordered by phone for a new caller, baked and ready to leave: what a courier waits
   * for. Answers the order's id.
   */
  private static String readyDelivery(Suite suite) {
    String phone = "06" + (10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000));
    HttpResponse<String> customer =
        StaffFixtures.send(
            suite,
            CLERK,
            "POST",
            "/api/customers",
            """
            {"firstName":"Paul","lastName":"Mercier","phone":"%s"}
            """
                .formatted(phone));
    assertThat(customer.statusCode()).as(customer.body()).isEqualTo(201);
    HttpResponse<String> placed =
        StaffFixtures.send(
            suite,
            CLERK,
            "POST",
            "/api/orders",
            """
            {"pizzeriaId":%d,"channel":"PHONE","fulfilment":"DELIVERY","paymentMethod":"CASH",
             "customerId":"%s",
             "address":{"street":"12 rue Lecourbe","postcode":"75015","city":"Paris"},
             "lines":[{"productId":%d,"size":"MEDIUM","count":1}]}
            """
                .formatted(
                    StaffFixtures.CONVENTION,
                    matched(ID, customer.body()).group(1),
                    StaffFixtures.MARGHERITA));
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    String order = matched(ID, placed.body()).group(1);
    for (String step : new String[] {"start-preparation", "ready"}) {
      HttpResponse<String> moved =
          StaffFixtures.send(suite, PIZZAIOLO, "POST", "/api/orders/" + order + "/" + step, null);
      assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    }
    return order;
  }

  private static HttpResponse<String> orderView(Suite suite, String order) {
    HttpResponse<String> view =
        StaffFixtures.send(suite, MANAGER, "GET", "/api/orders/" + order, null);
    assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
    return view;
  }

  private static Matcher matched(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
    return matcher;
  }

  /** An amount as the dashboard writes it in French, without its spaces: "1234,50€". */
  private static String euros(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "€";
  }

  private static String squeezed(String text) {
    return text.replaceAll("[\\s\\u00a0\\u202f]", "");
  }
}
