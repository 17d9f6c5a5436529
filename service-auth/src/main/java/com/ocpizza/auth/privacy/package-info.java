/** Closes the account of a customer who had their data erased in the client service. */
package com.ocpizza.auth.privacy;
