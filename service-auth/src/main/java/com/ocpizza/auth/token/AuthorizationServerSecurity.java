package com.ocpizza.auth.token;

import com.ocpizza.auth.login.PasswordLogin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The first filter chain: the OAuth2 / OIDC protocol endpoints and the login form with its session.
 * Everything else (the JSON API) falls through to the resource-server chain.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerSecurity {

  static final String LOGIN_PAGE = "/login";

  @Bean
  @Order(1)
  SecurityFilterChain authorizationServerChain(
      HttpSecurity http,
      RegisteredClientRepository clients,
      OAuth2AuthorizationService authorizations,
      AuthorizationServerSettings settings,
      PasswordLogin passwordLogin)
      throws Exception {
    OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(
            new OrRequestMatcher(
                server.getEndpointsMatcher(),
                paths.matcher(LOGIN_PAGE),
                paths.matcher("/logout"),
                paths.matcher("/auth-assets/**")))
        .with(
            server,
            as ->
                as.oidc(
                        oidc ->
                            oidc.logoutEndpoint(
                                logout ->
                                    logout.logoutResponseHandler(
                                        new RevokingLogout(authorizations))))
                    .clientAuthentication(
                        client ->
                            client
                                .authenticationConverter(
                                    new PublicClientRefresh.Converter(settings))
                                .authenticationProvider(new PublicClientRefresh.Provider(clients))))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(paths.matcher(LOGIN_PAGE), paths.matcher("/auth-assets/**"))
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .authenticationProvider(passwordLogin.asProvider())
        .formLogin(
            form ->
                form.loginPage(LOGIN_PAGE)
                    .failureHandler(
                        new SimpleUrlAuthenticationFailureHandler(LOGIN_PAGE + "?error")))
        .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout"))
        .exceptionHandling(
            exceptions ->
                exceptions.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
        .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
    return http.build();
  }
}
