package com.ocpizza.stock.inventory;

import java.time.Instant;

/** Which movements of a pizzeria to list; every part is optional, {@code to} is exclusive. */
record MovementFilter(Long ingredientId, MovementReason reason, Instant from, Instant to) {}
