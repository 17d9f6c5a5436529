package com.ocpizza.auth;

import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.ServiceContractTests;
import com.ocpizza.testsupport.TestAuthServer;
import com.ocpizza.testsupport.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The contract every service keeps. Auth checks tokens against its own keys; here it also trusts
 * the test key set, so the shared tests' tokens are accepted (and still verified for real).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealDatabase
@TestAuthServer
class AuthServiceIntegrationTests extends ServiceContractTests {

  @DynamicPropertySource
  static void trustTheTestKeySet(DynamicPropertyRegistry registry) {
    registry.add(
        "ocpizza.auth.also-trusted-jwk-set-uri", () -> TestTokens.authUrl() + "/oauth2/jwks");
  }
}
