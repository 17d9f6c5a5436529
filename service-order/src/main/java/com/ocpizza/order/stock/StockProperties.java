package com.ocpizza.order.stock;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the stock service answers and how long to wait for it.
 *
 * @param url its base URL
 * @param readTimeout how long a menu or reservation call may take before the order gets a 503
 * @param cacheFor how long a pizzeria and its menu, once read, are reused for the next placements
 *     on this replica: a change of hours, status, delivery area or prices reaches new orders within
 *     that time (zero: read them for every order). Stock levels are never cached: the reservation
 *     decides.
 */
@ConfigurationProperties("ocpizza.stock")
record StockProperties(
    @DefaultValue("http://127.0.0.1:8083") URI url,
    @DefaultValue("3s") Duration readTimeout,
    @DefaultValue("1s") Duration cacheFor) {}
