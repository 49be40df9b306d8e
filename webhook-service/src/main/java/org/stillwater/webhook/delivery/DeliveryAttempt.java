package org.stillwater.webhook.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt of a delivery, as the deliveries API reads it ({@link DeliveryRecorder} writes it). */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    @Column(name = "response_code")
    public Integer responseCode;

    @Column(name = "latency_ms")
    public int latencyMs;

    public String error;

    @Column(name = "response_excerpt")
    public String responseExcerpt;
}
