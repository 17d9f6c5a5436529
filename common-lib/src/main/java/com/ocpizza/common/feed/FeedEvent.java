package com.ocpizza.common.feed;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One event of a service's feed, as served by {@code GET /internal/events}: ids grow with each
 * event, so a consumer's cursor is the last id it applied.
 */
public record FeedEvent(
    long id, String type, String aggregateId, Instant occurredAt, JsonNode payload) {}
