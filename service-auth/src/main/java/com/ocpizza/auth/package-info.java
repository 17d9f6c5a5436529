/** The auth service of OC Pizza: accounts, roles and tokens, in its own schema `ocpizza_auth`. */
package com.ocpizza.auth;
