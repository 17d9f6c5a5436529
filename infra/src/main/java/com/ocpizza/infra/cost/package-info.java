/** Monthly cost of a synthesized template, priced with a versioned eu-west-3 price table. */
package com.ocpizza.infra.cost;
