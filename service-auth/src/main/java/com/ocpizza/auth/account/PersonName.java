package com.ocpizza.auth.account;

/** A person's first and last names, trimmed. */
public record PersonName(String first, String last) {

  public PersonName {
    first = first.strip();
    last = last.strip();
  }
}
