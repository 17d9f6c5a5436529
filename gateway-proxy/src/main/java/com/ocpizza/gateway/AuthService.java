package com.ocpizza.gateway;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The auth service's own URL (not through the gateway), where its key set is fetched. */
@ConfigurationProperties("ocpizza.auth")
record AuthService(@DefaultValue("http://127.0.0.1:8081") URI url) {

  URI authJwks() {
    return URI.create(url.toString().replaceAll("/+$", "") + "/oauth2/jwks");
  }
}
