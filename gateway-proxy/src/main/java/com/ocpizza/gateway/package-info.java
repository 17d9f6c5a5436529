/** The gateway: routes, load balancing over the order replicas, request ids and error answers. */
package com.ocpizza.gateway;
