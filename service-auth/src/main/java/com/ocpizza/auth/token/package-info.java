/** Tokens: the authorization server's clients, signing keys, claims and refresh-token rotation. */
package com.ocpizza.auth.token;
