/** The service's wiring: the resource-server chain of its JSON API, password hashing, the clock. */
package com.ocpizza.auth.system;
