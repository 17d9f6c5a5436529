/** Stock held for an order, taken all-or-nothing and given back exactly once. */
package com.ocpizza.stock.reservation;
