package com.ocpizza.common.problem;

import java.net.URI;

/**
 * The stable problem types every service answers with (RFC 9457 {@code type}). They are part of the
 * API contract: clients may switch on them, so they never change once published.
 */
public final class ProblemTypes {

  public static final URI VALIDATION = type("validation");
  public static final URI MALFORMED_REQUEST = type("malformed-request");
  public static final URI NOT_FOUND = type("not-found");
  public static final URI CONFLICT = type("conflict");
  public static final URI UNPROCESSABLE = type("unprocessable");
  public static final URI UNAUTHORIZED = type("unauthorized");
  public static final URI FORBIDDEN = type("forbidden");
  public static final URI DEPENDENCY_UNAVAILABLE = type("dependency-unavailable");
  public static final URI TOO_MANY_REQUESTS = type("too-many-requests");
  public static final URI SERVER_ERROR = type("server-error");

  private ProblemTypes() {}

  /** A problem type in the OC Pizza namespace, e.g. {@code urn:ocpizza:problem:not-found}. */
  public static URI type(String slug) {
    return URI.create("urn:ocpizza:problem:" + slug);
  }
}
