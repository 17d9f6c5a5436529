package com.ocpizza.client.customer;

/** Rules for the free text customers give: plain text, no markup. */
final class Text {

  /** Any text without angle brackets, so no markup can be stored. */
  static final String PLAIN = "[^<>]*";

  static final String PLAIN_MESSAGE = "must not contain < or >";

  private Text() {}
}
