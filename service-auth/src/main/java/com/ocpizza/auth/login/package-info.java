/** Login: the form, password checks with throttling and temporary locks, and the login audit. */
package com.ocpizza.auth.login;
