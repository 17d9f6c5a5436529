package com.ocpizza.auth.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The passwords attackers try first (keyboard walks, "motdepasse2024", names of the brand...),
 * shipped with the service so a sign-up never picks one; compared case-insensitively.
 */
@Component
public class CommonPasswords {

  static final String RESOURCE = "passwords/common-passwords.txt";

  private final Set<String> passwords;

  CommonPasswords() {
    this.passwords = load();
  }

  public boolean contains(String password) {
    return passwords.contains(password.toLowerCase(Locale.ROOT));
  }

  int size() {
    return passwords.size();
  }

  private static Set<String> load() {
    Set<String> loaded = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
      reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .forEach(loaded::add);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + RESOURCE, e);
    }
    return Set.copyOf(loaded);
  }
}
