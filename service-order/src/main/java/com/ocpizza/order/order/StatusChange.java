package com.ocpizza.order.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One step of an order's status history: when, who, from what, to what, and why. */
@Embeddable
public record StatusChange(
    @Column(name = "at") Instant at,
    @Column(name = "actor") String actor,
    @Enumerated(EnumType.STRING) @Column(name = "from_status") OrderStatus from,
    @Enumerated(EnumType.STRING) @Column(name = "to_status") OrderStatus to,
    @Column(name = "reason") String reason) {}
