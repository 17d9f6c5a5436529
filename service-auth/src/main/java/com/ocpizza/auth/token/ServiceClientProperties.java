package com.ocpizza.auth.token;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The services that obtain tokens with client credentials. Each one's secret is read from {@code
 * OCPIZZA_SERVICE_SECRET_<NAME>}; where {@code allowSharedSecret} is on (locally), a missing one
 * falls back to the install-wide {@code OCPIZZA_SERVICE_SECRET}.
 *
 * @param names the client ids, which are the services' names
 * @param sharedSecret the install-wide secret the launcher generates
 * @param allowSharedSecret whether the shared secret stands in for a missing per-service one
 */
@ConfigurationProperties("ocpizza.auth.service-clients")
record ServiceClientProperties(
    @DefaultValue({"auth", "client", "stock", "order", "management"}) List<String> names,
    String sharedSecret,
    @DefaultValue("true") boolean allowSharedSecret) {}
