package com.ocpizza.auth.demo;

import com.ocpizza.auth.account.Account;
import com.ocpizza.auth.account.AccountRepository;
import com.ocpizza.auth.account.PersonName;
import com.ocpizza.auth.account.Role;
import com.ocpizza.auth.account.UserRegistered;
import com.ocpizza.common.feed.Outbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In the {@code demo} profile, makes sure the demo accounts exist with the install's demo password:
 * two admins; for each demo pizzeria (ids fixed by the stock service's demo data) a manager, a
 * counter clerk, a pizzaiolo and two couriers; a few customers, announced like any sign-up. Safe to
 * run at every start.
 */
@Component
@Profile("demo")
class DemoAccounts implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

  /** A demo pizzeria: its id in the stock service and the word its staff's e-mails use. */
  record Pizzeria(long id, String slug, String name) {}

  /** One demo account. */
  record Demo(
      String email, String firstName, String lastName, Set<Role> roles, Pizzeria pizzeria) {}

  static final List<Pizzeria> PIZZERIAS =
      List.of(
          new Pizzeria(1, "oberkampf", "Paris 11 Oberkampf"),
          new Pizzeria(2, "convention", "Paris 15 Convention"),
          new Pizzeria(3, "boulogne", "Boulogne-Billancourt"),
          new Pizzeria(4, "vincennes", "Vincennes"),
          new Pizzeria(5, "saint-denis", "Saint-Denis"));

  private static final String DOMAIN = "@ocpizza.demo";

  private final AccountRepository accounts;
  private final PasswordEncoder passwordEncoder;
  private final Outbox outbox;
  private final Clock clock;
  private final DemoAccountProperties properties;

  DemoAccounts(
      AccountRepository accounts,
      PasswordEncoder passwordEncoder,
      Outbox outbox,
      Clock clock,
      DemoAccountProperties properties) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.outbox = outbox;
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    String password = properties.password();
    if (password == null || password.isBlank()) {
      password = generatePassword();
      log.info("OCPIZZA_DEMO_PASSWORD is not set: the demo accounts' password is {}", password);
    }
    String hash = passwordEncoder.encode(password);
    List<Demo> demos = all();
    demos.forEach(demo -> ensure(demo, hash));
    write(demos, password);
    log.info("{} demo accounts ready, listed in {}", demos.size(), properties.accountsFile());
  }

  static List<Demo> all() {
    List<Demo> demos = new ArrayList<>();
    demos.add(new Demo("admin" + DOMAIN, "Alice", "Fondatrice", EnumSet.of(Role.ADMIN), null));
    demos.add(new Demo("founder" + DOMAIN, "Bruno", "Fondateur", EnumSet.of(Role.ADMIN), null));
    for (Pizzeria p : PIZZERIAS) {
      demos.add(staff("manager", "Manon", p, EnumSet.of(Role.MANAGER, Role.COUNTER)));
      demos.add(staff("counter", "Camille", p, EnumSet.of(Role.COUNTER)));
      demos.add(staff("pizzaiolo", "Luigi", p, EnumSet.of(Role.PIZZAIOLO)));
      demos.add(staff("courier1", "Karim", p, EnumSet.of(Role.COURIER)));
      demos.add(staff("courier2", "Sarah", p, EnumSet.of(Role.COURIER)));
    }
    demos.add(
        new Demo("chloe.dubois" + DOMAIN, "Chloé", "Dubois", EnumSet.of(Role.CUSTOMER), null));
    demos.add(
        new Demo("karim.benali" + DOMAIN, "Karim", "Benali", EnumSet.of(Role.CUSTOMER), null));
    demos.add(
        new Demo("lucie.martin" + DOMAIN, "Lucie", "Martin", EnumSet.of(Role.CUSTOMER), null));
    return demos;
  }

  private static Demo staff(String job, String firstName, Pizzeria pizzeria, Set<Role> roles) {
    String lastName =
        Character.toUpperCase(pizzeria.slug().charAt(0)) + pizzeria.slug().substring(1);
    return new Demo(job + "." + pizzeria.slug() + DOMAIN, firstName, lastName, roles, pizzeria);
  }

  private void ensure(Demo demo, String hash) {
    accounts
        .findByEmail(demo.email())
        .ifPresentOrElse(
            existing -> existing.changePassword(hash),
            () -> {
              PersonName name = new PersonName(demo.firstName(), demo.lastName());
              if (demo.roles().contains(Role.CUSTOMER)) {
                Account customer =
                    accounts.save(
                        Account.customer(
                            demo.email(), hash, name, "+33 6 12 34 56 78", clock.instant()));
                outbox.append(
                    UserRegistered.TYPE, customer.publicId(), UserRegistered.of(customer));
              } else {
                accounts.save(
                    Account.staff(
                        demo.email(),
                        hash,
                        name,
                        null,
                        demo.roles(),
                        demo.pizzeria() == null ? null : demo.pizzeria().id(),
                        clock.instant()));
              }
            });
  }

  private void write(List<Demo> demos, String password) {
    StringBuilder text =
        new StringBuilder("OC Pizza demo accounts - password for all: ")
            .append(password)
            .append("\n\n");
    for (Demo demo : demos) {
      text.append(
          String.format(
              "%-22s %-38s %s%n",
              String.join("+", demo.roles().stream().map(Role::name).sorted().toList()),
              demo.email(),
              demo.pizzeria() == null ? "-" : demo.pizzeria().id() + " " + demo.pizzeria().name()));
    }
    Path file = properties.accountsFile();
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private static String generatePassword() {
    String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return password.toString();
  }
}
