package com.ocpizza.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Decodes bearer tokens and remembers, for a few minutes, those whose signature it has checked: the
 * same token comes with every call of a signed-in user, and a service's token with every call that
 * service makes, and checking an RS256 signature is most of what authenticating a request costs.
 * The validators (issuer, expiry, not-before) still run on every use, so a remembered token is
 * refused the moment it expires, as any other. The key is the whole token, signature included: only
 * a token already verified can be found here.
 */
final class RememberingJwtDecoder implements JwtDecoder {

  private final JwtDecoder verifier;
  private final OAuth2TokenValidator<Jwt> validator;
  private final Cache<String, Jwt> verified;

  /**
   * @param verifier decodes, verifies and validates a token not seen yet
   * @param validator the checks to run again each time a remembered token is used
   * @param tokens how many tokens to remember at most
   * @param period how long to remember a token after its first use
   */
  RememberingJwtDecoder(
      JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, int tokens, Duration period) {
    this.verifier = verifier;
    this.validator = validator;
    this.verified = Caffeine.newBuilder().maximumSize(tokens).expireAfterWrite(period).build();
  }

  @Override
  public Jwt decode(String token) {
    Jwt known = verified.getIfPresent(token);
    if (known == null) {
      Jwt jwt = verifier.decode(token);
      verified.put(token, jwt);
      return jwt;
    }
    OAuth2TokenValidatorResult result = validator.validate(known);
    if (result.hasErrors()) {
      verified.invalidate(token);
      throw new JwtValidationException(
          result.getErrors().iterator().next().getDescription(), result.getErrors());
    }
    return known;
  }
}
