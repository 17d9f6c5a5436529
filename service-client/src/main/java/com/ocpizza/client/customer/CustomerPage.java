package com.ocpizza.client.customer;

import java.util.List;

/** One page of a customer search. */
record CustomerPage(List<CustomerView> items, int page, int size, long total) {}
