/**
 * Realistic sales history generated straight into the aggregate tables, for benchmarks and demos.
 */
package com.ocpizza.management.history;
