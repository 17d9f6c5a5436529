package com.ocpizza.launcher;

/** A process of the suite did not become ready; the message names it and quotes its log. */
public final class SuiteStartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  SuiteStartException(String message) {
    super(message);
  }
}
