/**
 * The benchmark: Gatling scenarios stepped to the highest sustainable rate against each service
 * directly, through the gateway and through nginx, beside the database's own commit rate, with the
 * footprint of every JVM, written up as a Markdown report.
 */
package com.ocpizza.bench;
