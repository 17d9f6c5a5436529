/**
 * The database server the suite runs against, found or started, and each service's own schema and
 * user on it.
 */
package com.ocpizza.launcher.database;
