/** The client service's configuration: who may call which endpoint, clock, JDBC access. */
package com.ocpizza.client.system;
