package com.ocpizza.common.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where this service finds the authorization server and how it proves who it is to the others.
 *
 * @param url the auth service's own URL, to fetch its signing keys and tokens (not via the gateway)
 * @param issuer the issuer tokens must carry: auth's public URL, as browsers see it
 */
@ConfigurationProperties("ocpizza.auth")
public record SecurityProperties(
    @DefaultValue("http://127.0.0.1:8081") URI url,
    @DefaultValue("http://localhost:8080") String issuer) {

  /** The JWK set of the authorization server. */
  public URI jwkSetUri() {
    return URI.create(url.toString().replaceAll("/+$", "") + "/oauth2/jwks");
  }

  /** The token endpoint of the authorization server. */
  public URI tokenUri() {
    return URI.create(url.toString().replaceAll("/+$", "") + "/oauth2/token");
  }
}
