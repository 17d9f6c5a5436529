/**
 * The gateway: routes, load balancing over the order replicas, request ids, error answers, and the
 * edge's defences (token check, rate limits, body size cap, header hygiene, security headers).
 */
package com.ocpizza.gateway;
