/** Sales read models fed by the order and client feeds: per order state and daily aggregates. */
package com.ocpizza.management.sales;
