/** What a pizzeria can make right now, product by product and size by size, with prices. */
package com.ocpizza.stock.menu;
