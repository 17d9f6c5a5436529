/**
 * The catalogue the head office manages: products, their sizes and prices, ingredients, recipes.
 */
package com.ocpizza.stock.catalogue;
