package com.ocpizza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.launcher.Suite;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Customers in a real browser on the web front served by the gateway, against the whole suite: the
 * menu of a pizzeria short of an ingredient, and a delivery ordered, paid online and followed live
 * while the kitchen and a courier do their part on their own screens; then signing out, after which
 * their account asks for a sign-in again.
 */
@ExtendWith(RunningSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomerJourneyIntegrationTests {

  private static Browser customer;

  @BeforeAll
  static void openTheCustomersPhone(Suite suite) {
    DemoPizzerias.openVincennesAroundTheClock(suite);
    customer = Browser.open(suite.publicUrl(), 412);
  }

  @AfterAll
  static void closeTheBrowser() {
    if (customer != null) {
      customer.close();
    }
  }

  @Test
  @Order(1)
  void greysOutThePizzasThatNeedMushroomsWhereThereAreNoneLeft() {
    customer.go("/pizzerias/" + DemoPizzerias.VINCENNES);

    WebElement reine = customer.element("li.product", "Reine");
    assertThat(reine.getAttribute("aria-disabled")).isEqualTo("true");
    assertThat(reine.getText()).contains("plus de champignons ce soir");
    assertThat(reine.findElements(By.tagName("button"))).isEmpty();
    for (String needsMushrooms : new String[] {"Quatre saisons", "Végétarienne", "Calzone"}) {
      assertThat(customer.element("li.product", needsMushrooms).getAttribute("aria-disabled"))
          .as(needsMushrooms)
          .isEqualTo("true");
    }
    WebElement margherita = customer.element("li.product", "Margherita");
    assertThat(margherita.getAttribute("aria-disabled")).isNull();
    assertThat(customer.button(margherita, "Ajouter Margherita au panier").isEnabled()).isTrue();
    customer.screenshot("menu-vincennes");
  }

  @Test
  @Order(2)
  void signsUpOrdersTwoPizzasPaysOnlineAndWatchesThemMadeAndDeliveredLive(Suite suite) {
    String email = "web-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    String password = "une pizza au feu de bois";
    customer.go("/register");
    customer.fill("Prénom", "Inès");
    customer.fill("Nom", "Moreau");
    customer.fill("E-mail", email);
    customer.fill("Téléphone", "06 12 34 56 78");
    customer.fill("Mot de passe", password);
    customer.screenshot("sign-up");
    customer.click("Créer mon compte");
    customer.click("Se connecter");
    customer.signInOnAuthPage(email, password);

    customer.go("/pizzerias/" + DemoPizzerias.VINCENNES);
    customer
        .button(customer.element("li.product", "Margherita"), "Ajouter Margherita au panier")
        .click();
    customer.button(customer.element("li.product", "Chorizo"), "Ajouter Chorizo au panier").click();
    customer.click("Voir le panier (2)");
    assertThat(customer.all("table.basket tbody tr")).hasSize(2);
    customer.screenshot("basket");
    customer.click("Passer commande");

    customer.choose("Livraison à domicile");
    customer.fill("Adresse", "12 rue de Montreuil");
    customer.fill("Code postal", "94300");
    customer.fill("Ville", "Vincennes");
    customer.choose("En ligne par carte bancaire");
    customer.screenshot("checkout");
    customer.click("Commander");

    String heading = customer.element("h1", "Commande n° ").getText();
    String number = heading.substring("Commande n° ".length()).strip().split("\\s")[0];
    customer.awaitText("[data-testid=order-status]", "En attente de paiement");
    customer.element(".connection-open", "En direct");

    WebElement pay = customer.element(".payment a.button", "par carte");
    pay.click();
    customer.element("h1", "pay");
    customer.driver().findElement(By.name("card")).sendKeys("4242 4242 4242 4242");
    customer.driver().findElement(By.cssSelector("button[type=submit]")).click();
    customer.element("[role=status]", "Paiement accepté");
    customer.awaitText("[data-testid=order-status]", "Reçue");
    customer.screenshot("order-received");

    try (Browser kitchen = Browser.open(suite.publicUrl(), 1280)) {
      kitchen.go("/staff/kitchen");
      kitchen.signInOnAuthPage(
          "pizzaiolo.vincennes@ocpizza.demo", DemoPizzerias.demoPassword(suite));
      kitchen.orderCard(number);
      kitchen.screenshot("kitchen");
      kitchen.buttonOnCard(number, "Commencer").click();
      customer.awaitText("[data-testid=order-status]", "En préparation");
      kitchen.buttonOnCard(number, "Prête").click();
      customer.awaitText("[data-testid=order-status]", "Prête");
    }
    customer.screenshot("order-ready");

    try (Browser courier = Browser.open(suite.publicUrl(), 412)) {
      courier.go("/staff/courier");
      courier.signInOnAuthPage(
          "courier1.vincennes@ocpizza.demo", DemoPizzerias.demoPassword(suite));
      courier.buttonOnCard(number, "Prendre").click();
      courier.buttonOnCard(number, "Je pars").click();
      customer.awaitText("[data-testid=order-status]", "En livraison");
      courier.screenshot("courier");
      courier.buttonOnCard(number, "Livrée").click();
    }
    customer.awaitText("[data-testid=order-status]", "Livrée");
    assertThat(customer.text("li[aria-current=step]")).startsWith("Livrée");
    customer.screenshot("order-delivered");
  }

  @Test
  @Order(3)
  void signsOutAndIsAskedToSignInAgainForTheirAccount() {
    customer.go("/account");
    customer.element("h1", "Mon compte");
    customer.click("Se déconnecter");
    WebDriverWait wait = new WebDriverWait(customer.driver(), Duration.ofSeconds(30));
    wait.until(d -> !d.getCurrentUrl().contains("/app/account"));

    customer.go("/account");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(customer.driver().getCurrentUrl()).doesNotContain("/app/account");
  }
}
