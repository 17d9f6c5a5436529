package com.ocpizza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.launcher.Suite;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A counter clerk of Boulogne in a real browser: takes a phone order for a caller the system does
 * not know yet, sees it on the pizzeria's board, sees an order taken elsewhere arrive live, and
 * changes the first order when the caller wants one more pizza.
 */
@ExtendWith(RunningSuite.class)
class CounterScreenIntegrationTests {

  private static final String CLERK = "counter.boulogne@ocpizza.demo";
  private static final String MANAGER = "manager.boulogne@ocpizza.demo";

  @Test
  void takesAPhoneOrderForANewCallerAndSeesItOnTheBoardWithOrdersTakenElsewhere(Suite suite) {
    StaffFixtures.openAllWeek(suite, StaffFixtures.BOULOGNE);
    String phone = "06 " + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2);

    try (Browser counter = Browser.open(suite.publicUrl(), 1280)) {
      counter.go("/staff/counter");
      counter.signInOnAuthPage(CLERK, DemoPizzerias.demoPassword(suite));

      type(counter, "Téléphone du client", phone + Keys.ENTER);
      counter.element("[role=status]", "Aucun client avec ce numéro");
      type(counter, "Prénom", "Inès");
      type(counter, "Nom", "Laurent");
      counter.click("Créer le client");
      counter.element(".customer-found", "Client : Inès Laurent");

      counter.click("Ajouter Margherita moyenne");
      counter.click("Ajouter Margherita moyenne");
      counter.click("Ajouter Chorizo grande");
      counter.choose("Livraison");
      type(counter, "Rue et numéro", "5 rue de Silly");
      type(counter, "Code postal", "92100");
      type(counter, "Ville", "Boulogne-Billancourt");
      counter.screenshot("counter-phone-order");
      counter.click("Enregistrer la commande");

      String confirmation = counter.element(".placed-confirmation", "enregistrée").getText();
      String number =
          confirmation.substring("Commande ".length(), confirmation.indexOf(" enregistrée"));
      WebElement card = counter.element(".board-column.received .board-card", number);
      assertThat(card.getText()).contains("Inès Laurent").contains("Livraison");

      HttpResponse<String> order =
          StaffFixtures.send(
              suite,
              MANAGER,
              "GET",
              "/api/pizzerias/" + StaffFixtures.BOULOGNE + "/orders?status=RECEIVED",
              null);
      assertThat(order.body())
          .contains("\"number\":\"" + number + "\"")
          .contains("\"channel\":\"PHONE\"")
          .contains("5 rue de Silly");

      // Another order taken for the pizzeria reaches the board by itself, through its live feed.
      String elsewhere =
          StaffFixtures.number(
              StaffFixtures.counterSale(suite, StaffFixtures.BOULOGNE, MANAGER, 1));
      counter.element(".board-column.received .board-card", elsewhere);
      counter.screenshot("counter");

      // The caller rings again: found by their number this time.
      type(counter, "Téléphone du client", phone + Keys.ENTER);
      counter.element(".customer-found", "Client : Inès Laurent");

      // They want one more Margherita: the order is not in preparation yet, so it can change.
      counter.element(".board-column.received .board-card", number).click();
      counter.click("Modifier la commande");
      WebElement change = counter.element("form.modify-order", number);
      counter.button(change, "Ajouter Margherita moyenne").click();
      counter.button(change, "Enregistrer les modifications").click();
      counter.element(".order-detail [role=status]", "Commande " + number + " modifiée.");
      String changed =
          StaffFixtures.send(
                  suite,
                  MANAGER,
                  "GET",
                  "/api/pizzerias/" + StaffFixtures.BOULOGNE + "/orders?status=RECEIVED",
                  null)
              .body();
      assertThat(changed)
          .contains("\"productName\":\"Margherita\",\"size\":\"MEDIUM\",\"count\":3");
    }
  }

  /** Types into the input labelled {@code label} (labels wrap their inputs on staff screens). */
  private static void type(Browser browser, String label, CharSequence text) {
    browser.element("label", label);
    WebElement input =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//label[starts-with(normalize-space(), '"
                        + label
                        + "')]//*[self::input or self::select or self::textarea]"));
    input.clear();
    input.sendKeys(text);
  }

  private static String digits(int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }
}
