/** Accounts: customer registration, the caller's profile, password change and reset. */
package com.ocpizza.auth.account;
