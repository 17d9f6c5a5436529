/** Live tracking: each replica follows the order outbox and streams it to its SSE subscribers. */
package com.ocpizza.order.tracking;
