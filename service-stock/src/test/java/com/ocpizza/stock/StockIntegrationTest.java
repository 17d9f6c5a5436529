package com.ocpizza.stock;

import com.ocpizza.testsupport.RealDatabase;
import com.ocpizza.testsupport.TestAuthServer;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running stock service on the real database with the demo data, trusting test tokens. Every
 * integration test uses this one configuration so they share one application context; each test
 * builds its own pizzerias and products (see {@link StockWorld}) and never relies on another's.
 *
 * <p>The longer connection timeout lets the 200-request concurrency test queue for the pool instead
 * of measuring it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.hikari.connection-timeout=20000")
@RealDatabase
@TestAuthServer
@ActiveProfiles("demo")
public @interface StockIntegrationTest {}
