/** Invoices with gap-free numbers, credit notes, pro-formas and quotes, rendered as PDF. */
package com.ocpizza.management.invoice;
