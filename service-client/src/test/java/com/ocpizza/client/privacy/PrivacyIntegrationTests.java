package com.ocpizza.client.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.client.customer.CustomerService;
import com.ocpizza.testsupport.Api;
import com.ocpizza.testsupport.Api.Answer;
import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class PrivacyIntegrationTests {

  @Autowired CustomerService customers;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;
  String account;
  String email;
  Api me;

  @BeforeEach
  void customerWithAnAddress() {
    account = UUID.randomUUID().toString();
    email = account.substring(0, 8) + "@example.fr";
    customers.accountRegistered(account, email, "Léa", "Martin", "0612345678");
    me = Api.customer(port, account);
    me.post(
        "/api/customers/me/addresses",
        "{\"label\":\"Maison\",\"street\":\"12 rue Oberkampf\",\"postcode\":\"75011\",\"city\":\"Paris\"}");
  }

  @Test
  void exportsEverythingHeldAboutTheCustomer() {
    Answer export = me.get("/api/customers/me/export");

    assertThat(export.status()).isEqualTo(200);
    assertThat(export.json().get("profile").get("email").asString()).isEqualTo(email);
    assertThat(export.json().get("profile").get("phone").asString()).isEqualTo("+33612345678");
    assertThat(export.json().get("profile").get("addresses").get(0).get("street").asString())
        .isEqualTo("12 rue Oberkampf");
    assertThat(export.json().has("statistics")).isTrue();
    assertThat(export.json().has("orders")).isTrue();
  }

  @Test
  void erasureRemovesPersonalDataForGoodAndTellsTheOtherServices() {
    String customerId = me.get("/api/customers/me").json().get("id").asString();

    assertThat(me.delete("/api/customers/me").status()).isEqualTo(204);

    assertThat(me.get("/api/customers/me").status()).isEqualTo(404);
    assertThat(me.delete("/api/customers/me").status()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM customer WHERE email = ? OR phone = '+33612345678'"
                        + " AND public_id = ?")
                .params(email, customerId)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM customer_address a JOIN customer c ON c.id = a.customer_id"
                        + " WHERE c.public_id = ?")
                .param(customerId)
                .query(Integer.class)
                .single())
        .isZero();
    String event =
        jdbc.sql(
                "SELECT payload FROM event_outbox WHERE type = 'CustomerErased' AND aggregate_id = ?")
            .param(customerId)
            .query(String.class)
            .single();
    assertThat(event).contains(account).doesNotContain(email).doesNotContain("Martin");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM erasure_log WHERE customer_public_id = ?")
                .param(customerId)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    Answer search =
        Api.as(port, TestTokens.staff(1, "COUNTER")).get("/api/customers?phone=0612345678");
    assertThat(search.json().get("items").toString()).doesNotContain(customerId);
  }

  @Test
  void counterStaffCannotExportACustomersData() {
    assertThat(
            Api.as(port, TestTokens.staff(1, "COUNTER")).get("/api/customers/me/export").status())
        .isEqualTo(403);
  }
}
