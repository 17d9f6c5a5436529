/** Keeps customer profiles in step with the accounts of the auth service, from its feed. */
package com.ocpizza.client.account;
