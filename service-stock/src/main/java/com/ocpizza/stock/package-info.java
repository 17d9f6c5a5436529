/**
 * The stock service of OC Pizza: pizzerias, catalogue, recipes and ingredient stock, in its own
 * schema `ocpizza_stock`.
 */
package com.ocpizza.stock;
