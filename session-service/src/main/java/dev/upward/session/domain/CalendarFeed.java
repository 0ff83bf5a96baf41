package dev.upward.session.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A person's calendar subscription. The secret token is shown once, when the feed is created;
 * only its SHA-256 is kept, so a database copy does not give access to anyone's calendar.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;
    private String employeeId;
    private String tokenSha256;
    private Instant createdAt;
    private Instant revokedAt;

    protected CalendarFeed() {
        // for Hibernate
    }

    /** A new feed and its token (256 random bits, URL-safe). */
    public record Issued(CalendarFeed feed, String token) {
    }

    public static Issued issue(String employeeId, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CalendarFeed feed = new CalendarFeed();
        feed.id = UUID.randomUUID();
        feed.employeeId = employeeId;
        feed.tokenSha256 = hash(token);
        feed.createdAt = now;
        return new Issued(feed, token);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean active() {
        return revokedAt == null;
    }

    public UUID id() {
        return id;
    }

    public String employeeId() {
        return employeeId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
