/**
 * The order service of OC Pizza: orders from placement to delivery, in its own schema
 * `ocpizza_order`.
 */
package com.ocpizza.order;
