package com.ocpizza.client.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.Api.Answer;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class CustomerProfileIntegrationTests {

  static final String HOME =
      """
      {"label":"Maison","street":"12 rue Oberkampf","complement":"Bât. B, code 4321A",
       "postcode":"75011","city":"Paris","instructions":"Sonner deux fois"}""";
  static final String OFFICE =
      """
      {"label":"Bureau","street":"3 avenue de la République","postcode":"75011","city":"Paris"}""";

  @Autowired CustomerService customers;
  @LocalServerPort int port;
  String account;
  Api me;

  @BeforeEach
  void registeredCustomer() {
    account = UUID.randomUUID().toString();
    customers.accountRegistered(
        account, " Lea.Martin@Example.FR ", "Léa", "Martin", "06 12 34 56 78");
    me = Api.customer(port, account);
  }

  @Test
  void aRegisteredCustomerSeesTheirProfileWithTheirPhoneInE164() {
    Answer profile = me.get("/api/customers/me");

    assertThat(profile.status()).isEqualTo(200);
    assertThat(profile.json().get("email").asString()).isEqualTo("lea.martin@example.fr");
    assertThat(profile.json().get("phone").asString()).isEqualTo("+33612345678");
    assertThat(profile.json().get("hasAccount").asBoolean()).isTrue();
  }

  @Test
  void updatesTheProfileAndDatesTheMarketingConsent() {
    Answer updated =
        me.put(
            "/api/customers/me",
            """
            {"firstName":"Léa","lastName":"Martin-Durand","phone":"+33 7 81 23 45 67",
             "preferredPizzeriaId":4,"marketingConsent":true}""");

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.json().get("lastName").asString()).isEqualTo("Martin-Durand");
    assertThat(updated.json().get("phone").asString()).isEqualTo("+33781234567");
    assertThat(updated.json().get("preferredPizzeriaId").asLong()).isEqualTo(4);
    assertThat(updated.json().get("marketingConsentAt").isNull()).isFalse();
  }

  @Test
  void refusesBadInputWithTheFieldAndWritesNothing() {
    String longName = "x".repeat(10_000);
    Answer badPhone =
        me.put(
            "/api/customers/me",
            "{\"firstName\":\"Léa\",\"lastName\":\"Martin\",\"phone\":\"12\",\"marketingConsent\":false}");
    Answer script =
        me.put(
            "/api/customers/me",
            "{\"firstName\":\"<script>alert(1)</script>\",\"lastName\":\"Martin\",\"marketingConsent\":false}");
    Answer huge =
        me.put(
            "/api/customers/me",
            "{\"firstName\":\""
                + longName
                + "\",\"lastName\":\"Martin\",\"marketingConsent\":false}");
    Answer badPostcode =
        me.post(
            "/api/customers/me/addresses",
            "{\"label\":\"Maison\",\"street\":\"1 rue X\",\"postcode\":\"7501\",\"city\":\"Paris\"}");

    assertThat(badPhone.status()).isEqualTo(400);
    assertThat(badPhone.body()).contains("\"field\":\"phone\"");
    assertThat(script.status()).isEqualTo(400);
    assertThat(script.body()).contains("\"field\":\"firstName\"");
    assertThat(huge.status()).isEqualTo(400);
    assertThat(badPostcode.status()).isEqualTo(400);
    assertThat(badPostcode.body()).contains("\"field\":\"postcode\"");
    Answer profile = me.get("/api/customers/me");
    assertThat(profile.json().get("firstName").asString()).isEqualTo("Léa");
    assertThat(profile.json().get("addresses")).isEmpty();
  }

  @Test
  void keepsExactlyOneDefaultAddress() {
    String home = me.post("/api/customers/me/addresses", HOME).json().get("id").asString();
    String office = me.post("/api/customers/me/addresses", OFFICE).json().get("id").asString();

    assertThat(defaultAddress()).isEqualTo(home);
    assertThat(me.post("/api/customers/me/addresses/" + office + "/default", "").status())
        .isEqualTo(200);
    assertThat(defaultAddress()).isEqualTo(office);
    assertThat(me.delete("/api/customers/me/addresses/" + office).status()).isEqualTo(204);
    assertThat(defaultAddress()).isEqualTo(home);
  }

  @Test
  void returnsStoredTextExactlyAsGiven() {
    Answer created = me.post("/api/customers/me/addresses", HOME);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("complement").asString()).isEqualTo("Bât. B, code 4321A");
    assertThat(created.json().get("instructions").asString()).isEqualTo("Sonner deux fois");
  }

  @Test
  void anotherCustomersAddressIsNotFound() {
    String home = me.post("/api/customers/me/addresses", HOME).json().get("id").asString();
    String other = UUID.randomUUID().toString();
    customers.accountRegistered(other, "other@example.fr", "Paul", "Durand", null);
    Api intruder = Api.customer(port, other);

    assertThat(intruder.put("/api/customers/me/addresses/" + home, OFFICE).status()).isEqualTo(404);
    assertThat(intruder.delete("/api/customers/me/addresses/" + home).status()).isEqualTo(404);
    assertThat(me.get("/api/customers/me/addresses").json()).hasSize(1);
  }

  @Test
  void anAccountWithoutProfileGets404() {
    assertThat(Api.customer(port, "unknown-account").get("/api/customers/me").status())
        .isEqualTo(404);
  }

  private String defaultAddress() {
    for (var address : me.get("/api/customers/me/addresses").json()) {
      if (address.get("isDefault").asBoolean()) {
        return address.get("id").asString();
      }
    }
    return null;
  }
}
