package com.ocpizza.stock.catalogue;

/** A new ingredient joined the catalogue; every pizzeria now keeps a stock of it (empty). */
public record IngredientAdded(long ingredientId) {}
