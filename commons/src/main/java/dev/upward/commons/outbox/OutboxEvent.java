package dev.upward.commons.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting to be published, written in the same transaction as the state change it
 * describes. Its id is the CloudEvents id, so a second publication after a crash is
 * recognisable by consumers. {@code seq} is filled by the database and orders publication.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    private UUID id;
    @Column(name = "seq", insertable = false, updatable = false)
    private Long seq;
    private String topic;
    @Column(name = "aggregate_id")
    private String aggregateId;
    private String type;
    private String payload;
    private String traceparent;
    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected OutboxEvent() {
        // for Hibernate
    }

    OutboxEvent(UUID id, String topic, String aggregateId, String type, String payload, String traceparent,
                Instant occurredAt) {
        this.id = id;
        this.topic = topic;
        this.aggregateId = aggregateId;
        this.type = type;
        this.payload = payload;
        this.traceparent = traceparent;
        this.occurredAt = occurredAt;
    }

    public UUID id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public String type() {
        return type;
    }

    public String payload() {
        return payload;
    }
}
