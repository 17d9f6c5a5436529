package com.ocpizza.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the service under test trust the tokens that {@link TestTokens} mints: its {@code
 * ocpizza.auth.url} points at an in-process server publishing the test key set, and its issuer is
 * the test issuer. Tokens are still checked for real (signature, issuer, expiry).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface TestAuthServer {}
