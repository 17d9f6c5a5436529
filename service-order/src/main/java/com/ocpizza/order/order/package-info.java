/** The order aggregate: its lines, totals, status machine, payments and who may move it. */
package com.ocpizza.order.order;
