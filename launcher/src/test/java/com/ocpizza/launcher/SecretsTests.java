package com.ocpizza.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTests {

  @TempDir Path runtime;

  @Test
  void makesUpASecretOnceAndKeepsIt() {
    Path file = runtime.resolve("secrets.properties");
    String first = new Secrets(file).get("db.ocpizza_stock");

    assertThat(new Secrets(file).get("db.ocpizza_stock")).isEqualTo(first);
    assertThat(first).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void givesEveryKeyItsOwnSecret() {
    Secrets secrets = new Secrets(runtime.resolve("secrets.properties"));

    assertThat(secrets.get("db.ocpizza_stock")).isNotEqualTo(secrets.get("db.ocpizza_order"));
  }

  @Test
  void letsOnlyItsOwnerReadTheFile() throws IOException {
    Path file = runtime.resolve("nested/secrets.properties");
    new Secrets(file).get("service.secret");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }
}
