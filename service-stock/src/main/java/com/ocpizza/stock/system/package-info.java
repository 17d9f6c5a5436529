/** Configuration shared by the features of the stock service: clock, security, problems, docs. */
package com.ocpizza.stock.system;
