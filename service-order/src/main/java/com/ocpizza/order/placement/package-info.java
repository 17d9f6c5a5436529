/** The order saga: placement with idempotency keys, modification, cancellation and recovery. */
package com.ocpizza.order.placement;
