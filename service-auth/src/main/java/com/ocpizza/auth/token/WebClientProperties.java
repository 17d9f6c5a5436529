package com.ocpizza.auth.token;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public client {@code web} (the browser front): its exact redirect URIs and token lifetimes.
 *
 * @param redirectUris where codes may be sent, compared exactly
 * @param postLogoutRedirectUris where OIDC logout may send the browser back
 * @param accessTokenTtl lifetime of access tokens (and of every service's)
 * @param refreshTokenTtl lifetime of one refresh token; each use gives a new one
 */
@ConfigurationProperties("ocpizza.auth.web-client")
record WebClientProperties(
    @DefaultValue({"http://localhost:8080/app/callback", "http://localhost:5173/app/callback"})
        List<URI> redirectUris,
    @DefaultValue({"http://localhost:8080/app/", "http://localhost:5173/app/"})
        List<URI> postLogoutRedirectUris,
    @DefaultValue("15m") Duration accessTokenTtl,
    @DefaultValue("12h") Duration refreshTokenTtl) {}
