package com.ocpizza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.launcher.Suite;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The head office in a real browser: adds an ingredient, a pizza made with it (on every menu at
 * once, greyed out until the ingredient is in stock), a supplier managers can then order from, and
 * a new pizzeria, after being told in French that the SIRET it first typed belongs to another.
 */
@ExtendWith(RunningSuite.class)
class AdminScreenIntegrationTests {

  private static final String FOUNDER = "founder@ocpizza.demo";
  private static final String MANAGER = "manager.convention@ocpizza.demo";

  /** The SIRET of the Bastille pizzeria in the demo data. */
  private static final String BASTILLE_SIRET = "81234567600108";

  @Test
  void addsAnIngredientAPizzaMadeWithItASupplierAndAPizzeria(Suite suite) {
    // Names of this run only: the suite's database outlives a run when target/ is kept.
    String run = Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 100_000));
    String truffle = "Truffe noire " + run;
    String pizza = "Tartufo " + run;
    String supplier = "Truffes du Périgord " + run;
    String pizzeria = "OC Pizza Buttes-Chaumont " + run;
    String product = null;

    try (Browser admin = Browser.open(suite.publicUrl(), 1280)) {
      admin.go("/staff/admin/ingredients");
      admin.signInOnAuthPage(FOUNDER, DemoPizzerias.demoPassword(suite));

      // An ingredient counted in grams, with its cost.
      admin.click("Nouvel ingrédient");
      admin.fill("Nom", truffle);
      admin.fill("Coût HT par g (€)", "2,40");
      admin.click("Ajouter l'ingrédient");
      admin.element("[role=status]", truffle + " est ajouté.");
      assertThat(admin.element(".catalogue-admin tbody tr", truffle).getText())
          .contains("2,40 € / g");
      admin.screenshot("admin-ingredients");

      // A pizza made with it, sold in medium and large.
      admin.click("Catalogue");
      admin.click("Nouveau produit");
      admin.fill("Nom", pizza);
      admin.inLabel("Description", "textarea").sendKeys("Crème, mozzarella, truffe noire râpée");
      admin.fill("moyenne", "15,50");
      admin.fill("grande", "19,90");
      new Select(admin.inLabel("Ingrédient Ligne 1", "select"))
          .selectByVisibleText(truffle + " (g)");
      admin.inLabel("Quantité Ligne 1", "input").sendKeys("6");
      admin.click("Ajouter une ligne");
      new Select(admin.inLabel("Ingrédient Ligne 2", "select"))
          .selectByVisibleText("Mozzarella (g)");
      admin.inLabel("Quantité Ligne 2", "input").sendKeys("110");
      admin.screenshot("admin-new-product");
      admin.click("Ajouter au catalogue");
      admin.element("[role=status]", pizza + " est ajouté.");
      admin.element(".product-editor h2", pizza);

      // Every pizzeria's menu shows it at once, greyed out: there is no truffle in stock yet.
      String menu =
          StaffFixtures.send(
                  suite,
                  FOUNDER,
                  "GET",
                  "/api/pizzerias/" + StaffFixtures.CONVENTION + "/menu",
                  null)
              .body();
      Matcher item =
          Pattern.compile(
                  "\"productId\":(\\d+),\"name\":\""
                      + Pattern.quote(pizza)
                      + "\".*?\"available\":(true|false)")
              .matcher(menu);
      assertThat(item.find()).as(menu).isTrue();
      product = item.group(1);
      assertThat(item.group(2)).as("available without truffle").isEqualTo("false");
      assertThat(menu).contains("\"missingIngredients\":[\"" + truffle + "\"]");

      // A supplier, which a manager then finds among those to order from.
      admin.click("Fournisseurs");
      admin.click("Nouveau fournisseur");
      admin.fill("Nom", supplier);
      admin.fill("E-mail", "commandes." + run + "@truffes.example");
      admin.fill("Téléphone", "05 53 00 00 00");
      admin.click("Ajouter le fournisseur");
      admin.element("[role=status]", supplier + " est ajouté.");
      assertThat(StaffFixtures.send(suite, MANAGER, "GET", "/api/suppliers", null).body())
          .contains("\"name\":\"" + supplier + "\"");

      // A new pizzeria: the SIRET typed first is Bastille's, which the server refuses in French.
      admin.click("Pizzerias");
      admin.click("Nouvelle pizzeria");
      admin.fill("Nom", pizzeria);
      admin.fill("Rue", "12 rue Botzaris");
      admin.fill("Code postal", "75019");
      admin.fill("Téléphone", "01 42 00 00 19");
      admin.fill("SIRET", BASTILLE_SIRET);
      admin.inLabel("Codes postaux livrés", "textarea").sendKeys("75019");
      admin.click("Enregistrer la pizzeria");
      admin.element("[role=alert]", "Une autre pizzeria a déjà ce nom ou ce SIRET.");
      admin.field("SIRET").sendKeys(Keys.chord(Keys.CONTROL, "a"), freshSiret());
      admin.click("Enregistrer la pizzeria");
      admin.element("[role=status]", pizzeria + " est enregistrée");
      admin.button("Ouvrir la pizzeria");
      admin.screenshot("admin-new-pizzeria");
      assertThat(StaffFixtures.send(suite, FOUNDER, "GET", "/api/pizzerias", null).body())
          .contains("\"name\":\"" + pizzeria + "\"")
          .containsPattern(
              Pattern.quote(pizzeria) + "\",\"address\":\\{\"street\":\"12 rue Botzaris\"");
    } finally {
      // The pizza leaves the menus again, so that other tests see the demo's menu.
      if (product != null) {
        HttpResponse<String> off =
            StaffFixtures.send(
                suite, FOUNDER, "POST", "/api/catalogue/products/" + product + "/deactivate", null);
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
      }
    }
  }

  /** A SIRET of the demo company that no pizzeria has: 14 digits whose Luhn checksum holds. */
  private static String freshSiret() {
    String start = "812345676" + ThreadLocalRandom.current().nextInt(1_000, 10_000);
    for (int last = 0; ; last++) {
      String candidate = start + last;
      if (luhn(candidate)) {
        return candidate;
      }
    }
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}
