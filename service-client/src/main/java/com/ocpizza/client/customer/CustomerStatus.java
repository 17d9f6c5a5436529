package com.ocpizza.client.customer;

/** Where a profile stands: in use, disabled with its account, or erased for good. */
enum CustomerStatus {
  ACTIVE,
  DISABLED,
  ERASED
}
