/** Suppliers and the orders a pizzeria places with them, received into stock. */
package com.ocpizza.stock.supplier;
