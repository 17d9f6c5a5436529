/** Online payments behind a provider port, with a built-in simulator of a hosted payment page. */
package com.ocpizza.order.payment;
