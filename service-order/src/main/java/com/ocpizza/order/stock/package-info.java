/** The order service's client of the stock service: pizzerias, menus and stock reservations. */
package com.ocpizza.order.stock;
