package com.ocpizza.management.sales;

/**
 * Published, inside the feed transaction, when an order is both handed over and paid: the moment it
 * must be invoiced.
 */
public record OrderFinished(SoldOrder order) {}
