package com.ocpizza.order.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment recorded on an order: taken online, collected at the door or counter, or refunded (a
 * refund carries a negative amount and the status {@code REFUNDED}).
 */
@Embeddable
public record Payment(
    @Enumerated(EnumType.STRING) @Column(name = "method") PaymentMethod method,
    @Column(name = "amount") BigDecimal amount,
    @Enumerated(EnumType.STRING) @Column(name = "status") PaymentStatus status,
    @Column(name = "reference") String reference,
    @Column(name = "at") Instant at,
    @Column(name = "recorded_by") String recordedBy) {}
