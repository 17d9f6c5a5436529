/**
 * The client service of OC Pizza: customer profiles and addresses, in its own schema
 * `ocpizza_client`.
 */
package com.ocpizza.client;
