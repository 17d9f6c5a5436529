/** Dashboards over the aggregate tables: KPIs, series, products, margins, losses, peaks, CSV. */
package com.ocpizza.management.dashboard;
