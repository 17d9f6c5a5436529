package com.ocpizza.client.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.Api.Answer;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class CounterCustomersIntegrationTests {

  @Autowired CustomerService customers;
  @Autowired CustomerRepository repository;
  @LocalServerPort int port;
  Api counter;
  String localPhone;
  String e164;

  @BeforeEach
  void counterClerkOfOberkampf() {
    counter = Api.as(port, TestTokens.staff(1, "COUNTER"));
    // 06 12 is an allocated mobile range; random numbers in all of 06 are not all valid.
    int suffix = ThreadLocalRandom.current().nextInt(100_000, 999_999);
    localPhone = "06 12 " + suffix;
    e164 = "+33612" + suffix;
  }

  @Test
  void createsAPhoneCustomerWithAnAddressAndFindsThemByPhoneInAnyFormat() {
    Answer created =
        counter.post(
            "/api/customers",
            """
            {"firstName":"Jean","lastName":"Dupont","phone":"%s",
             "address":{"label":"Maison","street":"5 rue de Vincennes","postcode":"94300","city":"Vincennes"}}"""
                .formatted(localPhone));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("hasAccount").asBoolean()).isFalse();
    assertThat(created.json().get("addresses").get(0).get("isDefault").asBoolean()).isTrue();
    Answer byLocal = counter.get("/api/customers?phone=" + localPhone.replace(" ", "%20"));
    Answer byE164 = counter.get("/api/customers?phone=%2B" + e164.substring(1));
    assertThat(byLocal.json().get("items")).hasSize(1);
    assertThat(byE164.json().get("items").get(0).get("id").asString())
        .isEqualTo(created.json().get("id").asString());
  }

  @Test
  void aSecondProfileForTheSameNumberIsAConflict() {
    String body =
        "{\"firstName\":\"Jean\",\"lastName\":\"Dupont\",\"phone\":\"" + localPhone + "\"}";
    assertThat(counter.post("/api/customers", body).status()).isEqualTo(201);
    assertThat(counter.post("/api/customers", body).status()).isEqualTo(409);
  }

  @Test
  void findsCustomersByTheStartOfTheirName() {
    String name = "Zorglub" + UUID.randomUUID().toString().substring(0, 6);
    counter.post(
        "/api/customers",
        "{\"firstName\":\"Anne\",\"lastName\":\"" + name + "\",\"phone\":\"" + localPhone + "\"}");

    Answer found = counter.get("/api/customers?q=" + name.substring(0, 9));

    assertThat(found.status()).isEqualTo(200);
    assertThat(found.json().get("items").get(0).get("lastName").asString()).isEqualTo(name);
  }

  @Test
  void searchNeedsAPhoneOrAName() {
    assertThat(counter.get("/api/customers").status()).isEqualTo(400);
    assertThat(counter.get("/api/customers?q=a").status()).isEqualTo(400);
    assertThat(counter.get("/api/customers?phone=abc").status()).isEqualTo(400);
    assertThat(counter.get("/api/customers?q=Dupont&size=500").status()).isEqualTo(400);
  }

  @Test
  void registeringLaterWithTheSamePhoneLinksTheProfileInsteadOfDuplicatingIt() {
    String phoneCustomer =
        counter
            .post(
                "/api/customers",
                "{\"firstName\":\"Jean\",\"lastName\":\"Dupont\",\"phone\":\"" + localPhone + "\"}")
            .json()
            .get("id")
            .asString();
    long before = repository.count();

    String account = UUID.randomUUID().toString();
    customers.accountRegistered(account, "jean.dupont@example.fr", "Jean", "Dupont", e164);

    assertThat(repository.count()).isEqualTo(before);
    Answer mine = Api.customer(port, account).get("/api/customers/me");
    assertThat(mine.json().get("id").asString()).isEqualTo(phoneCustomer);
    assertThat(mine.json().get("hasAccount").asBoolean()).isTrue();
    assertThat(mine.json().get("email").asString()).isEqualTo("jean.dupont@example.fr");
  }
}
