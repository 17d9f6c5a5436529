package com.ocpizza.auth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.ocpizza.auth.Browser;
import com.ocpizza.auth.account.AccountRepository;
import com.ocpizza.auth.account.Role;
import com.ocpizza.testsupport.RealDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile's accounts: created once, listed for the launcher, usable to log in. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ocpizza.demo.password=Demo-password-for-tests",
      "ocpizza.demo.accounts-file=target/demo-test/demo-accounts.txt"
    })
@ActiveProfiles("demo")
@RealDatabase(schema = "ocpizza_auth_demo")
class DemoAccountsIntegrationTests {

  @LocalServerPort int port;
  @Autowired DemoAccounts demoAccounts;
  @Autowired AccountRepository accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void createsAdminsStaffOfEachDemoPizzeriaAndCustomersOnceAndListsThem() throws Exception {
    demoAccounts.run(null);

    assertThat(accounts.count()).isEqualTo(DemoAccounts.all().size()).isEqualTo(2 + 5 * 5 + 3);
    var manager = accounts.findByEmail("manager.oberkampf@ocpizza.demo").orElseThrow();
    assertThat(manager.roles()).contains(Role.MANAGER);
    assertThat(manager.pizzeriaId()).isEqualTo(1L);
    assertThat(accounts.findByEmail("courier2.saint-denis@ocpizza.demo").orElseThrow().pizzeriaId())
        .isEqualTo(5L);
    assertThat(
            jdbc.sql("SELECT count(*) FROM event_outbox WHERE type = 'UserRegistered'")
                .query(Integer.class)
                .single())
        .isEqualTo(3);
    String list = Files.readString(Path.of("target/demo-test/demo-accounts.txt"));
    assertThat(list)
        .contains("Demo-password-for-tests")
        .contains("admin@ocpizza.demo")
        .contains("pizzaiolo.vincennes@ocpizza.demo");
    Browser browser = new Browser("http://127.0.0.1:" + port);
    assertThat(
            browser
                .tokens(
                    browser.authorize("counter.boulogne@ocpizza.demo", "Demo-password-for-tests"))
                .accessToken())
        .isNotBlank();
  }
}
