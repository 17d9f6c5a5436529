package com.ocpizza.stock.supplier;

/** DRAFT → SENT → (PARTIALLY_RECEIVED →) RECEIVED. */
enum SupplierOrderStatus {
  DRAFT,
  SENT,
  PARTIALLY_RECEIVED,
  RECEIVED
}
