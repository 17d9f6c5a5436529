/** Customer profiles and their named delivery addresses, for customers and counter staff. */
package com.ocpizza.client.customer;
