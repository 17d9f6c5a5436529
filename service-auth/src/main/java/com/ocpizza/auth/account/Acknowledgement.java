package com.ocpizza.auth.account;

/** The answer to a request whose outcome is only told by e-mail. */
record Acknowledgement(String message) {}
