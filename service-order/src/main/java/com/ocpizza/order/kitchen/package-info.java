/** The pizzeria's queues: all its orders by status, the kitchen's queue and the couriers' list. */
package com.ocpizza.order.kitchen;
