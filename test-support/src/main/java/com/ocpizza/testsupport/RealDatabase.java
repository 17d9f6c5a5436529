package com.ocpizza.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test against a real MySQL-compatible server, in a schema created for this test run
 * (named after the service's {@code ocpizza.db.schema}) with its own user, dropped when the run
 * ends. See {@link TestDatabases} for how the server is found.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealDatabase {

  /** The schema to use instead of the service's own, e.g. for a test of common plumbing. */
  String schema() default "";
}
