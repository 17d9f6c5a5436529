/** The pizzerias of the chain: address, opening hours, delivery area and status. */
package com.ocpizza.stock.pizzeria;
