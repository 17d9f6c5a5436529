package com.ocpizza.auth.token;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The issuer of the tokens, and which tokens this service's own API accepts.
 *
 * @param issuer the public URL browsers reach auth through (the gateway), the same for every
 *     replica, and what every resource server checks in {@code iss}
 * @param alsoTrustedJwkSetUri a further key set whose tokens (with the same issuer) the JSON API
 *     accepts besides its own: the test key set in the shared service contract tests, or a former
 *     auth deployment during a migration; none by default
 */
@ConfigurationProperties("ocpizza.auth")
record AuthorizationServerProperties(
    @DefaultValue("http://localhost:8080") String issuer, URI alsoTrustedJwkSetUri) {}
