package com.ocpizza.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedDefaultsTests {

  @Test
  void putsTheSchemaBeforeTheServerUrlParameters() {
    assertThat(SharedDefaults.schemaUrl("jdbc:mysql://db:3306?sslMode=REQUIRED", "ocpizza_order"))
        .isEqualTo("jdbc:mysql://db:3306/ocpizza_order?sslMode=REQUIRED");
    assertThat(SharedDefaults.schemaUrl("jdbc:mariadb://127.0.0.1:3306/", "ocpizza_stock"))
        .isEqualTo("jdbc:mariadb://127.0.0.1:3306/ocpizza_stock");
  }
}
