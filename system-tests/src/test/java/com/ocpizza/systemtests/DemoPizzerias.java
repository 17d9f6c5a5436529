package com.ocpizza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.launcher.Suite;
import com.ocpizza.launcher.WebSignIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What the browser tests need of the demo data: its password, and Vincennes open at any hour. */
final class DemoPizzerias {

  static final long VINCENNES = 4;

  private DemoPizzerias() {}

  /** The demo accounts' shared password, the first line of the runtime's accounts list. */
  static String demoPassword(Suite suite) {
    try {
      String first = Files.readAllLines(suite.runtimeDir().resolve("demo-accounts.txt")).get(0);
      return first.substring(first.lastIndexOf(": ") + 2).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The head office opens Vincennes every day around the clock (as an admin would through the API),
   * so that the tests can order whatever the hour they run at. The rest is the demo's Vincennes.
   */
  static void openVincennesAroundTheClock(Suite suite) {
    String admin =
        new WebSignIn(suite.gatewayUrl())
            .signIn("admin@ocpizza.demo", demoPassword(suite))
            .access();
    String hours =
        Arrays.stream(DayOfWeek.values())
            .map(
                day ->
                    "{\"day\":\"%s\",\"opens\":\"00:00\",\"closes\":\"23:59:59\"}".formatted(day))
            .collect(Collectors.joining(","));
    String vincennes =
        """
        {"name":"OC Pizza Vincennes",
         "address":{"street":"15 rue du Midi","postcode":"94300","city":"Vincennes"},
         "phone":"01 43 28 10 94","siret":"81234567600132","openingHours":[%s],
         "deliveryArea":{"postcodes":["94300","94160","94130","75012"],"fee":3.00}}
        """
            .formatted(hours);
    HttpResponse<String> changed =
        Gateway.withToken(suite.gatewayUrl(), admin).put("/api/pizzerias/" + VINCENNES, vincennes);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"openNow\":true");
  }
}
