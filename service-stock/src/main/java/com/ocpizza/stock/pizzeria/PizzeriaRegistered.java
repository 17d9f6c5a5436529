package com.ocpizza.stock.pizzeria;

/** A pizzeria joined the chain; it keeps a stock of every ingredient (empty at first). */
public record PizzeriaRegistered(long pizzeriaId) {}
