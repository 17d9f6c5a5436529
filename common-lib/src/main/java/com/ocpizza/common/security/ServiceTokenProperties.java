package com.ocpizza.common.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The client-credentials identity of this service when it calls another one.
 *
 * @param clientId the service's OAuth2 client id; its {@code spring.application.name} by default
 * @param secret its client secret ({@code OCPIZZA_SERVICE_SECRET}); service calls need it
 */
@ConfigurationProperties("ocpizza.service-token")
public record ServiceTokenProperties(String clientId, String secret) {}
