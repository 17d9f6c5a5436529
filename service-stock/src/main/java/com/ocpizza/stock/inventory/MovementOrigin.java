package com.ocpizza.stock.inventory;

/**
 * Who made a set of stock changes, and for which order or supplier order, if any.
 *
 * @param actor the user or service that asked for the change
 */
public record MovementOrigin(String actor, String orderId, Long supplierOrderId) {

  public static MovementOrigin by(String actor) {
    return new MovementOrigin(actor, null, null);
  }

  public static MovementOrigin forOrder(String actor, String orderId) {
    return new MovementOrigin(actor, orderId, null);
  }

  public static MovementOrigin forSupplierOrder(String actor, long supplierOrderId) {
    return new MovementOrigin(actor, null, supplierOrderId);
  }
}
