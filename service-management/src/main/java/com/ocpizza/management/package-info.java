/**
 * The management service of OC Pizza: sales, costs and documents of the chain, in its own schema
 * `ocpizza_management`.
 */
package com.ocpizza.management;
