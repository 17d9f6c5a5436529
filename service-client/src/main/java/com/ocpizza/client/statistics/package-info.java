/** Per-customer order statistics built from the order service's feed. */
package com.ocpizza.client.statistics;
