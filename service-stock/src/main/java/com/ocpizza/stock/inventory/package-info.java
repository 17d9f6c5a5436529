/** Ingredient stock per pizzeria and the ledger of every movement that changed it. */
package com.ocpizza.stock.inventory;
