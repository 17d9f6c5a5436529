/** The order service's wiring: endpoint rules, clock, scheduling, job leases and error mapping. */
package com.ocpizza.order.system;
