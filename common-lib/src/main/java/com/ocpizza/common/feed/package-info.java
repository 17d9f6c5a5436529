/** The event feed: outbox writer, {@code /internal/events} endpoint and the exactly-once poller. */
package com.ocpizza.common.feed;
