/** Costs of goods, losses and low-stock alerts, fed by the stock feed. */
package com.ocpizza.management.costs;
