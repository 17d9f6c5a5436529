/** Every service as a resource server of the auth service, and service-to-service tokens. */
package com.ocpizza.common.security;
