package dev.upward.analytics.config;

import dev.upward.analytics.config.AnalyticsConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Short-lived signed links to one programme's report. A browser that opens a link cannot send
 * a bearer token, so an analyst or admin asks for a link with their token; the link carries
 * the programme, an expiry, the role it was issued to and who issued it, under an HMAC-SHA256.
 */
@ApplicationScoped
public class ReportLinks {

    /** What a valid link grants: one programme's report, with the issuer's role, until it expires. */
    public record Grant(UUID programId, String role, String issuedTo, Instant expiresAt) {
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final byte[] key;
    private final Duration ttl;

    public ReportLinks(AnalyticsConfig config) {
        this.key = config.reportLink().secret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
        this.ttl = config.reportLink().ttl();
    }

    public Duration ttl() {
        return ttl;
    }

    public String issue(UUID programId, String role, String issuedTo, Instant now) {
        String claims = programId + "|" + now.plus(ttl).getEpochSecond() + "|" + role + "|" + issuedTo;
        String body = B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        return body + "." + B64.encodeToString(mac(body));
    }

    /** The grant of a link that is intact, unexpired and for this programme; empty otherwise. */
    public Optional<Grant> verify(String link, UUID programId, Instant now) {
        int dot = link.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String body = link.substring(0, dot);
        byte[] signature;
        String[] claims;
        try {
            signature = B64D.decode(link.substring(dot + 1));
            claims = new String(B64D.decode(body), StandardCharsets.UTF_8).split("\\|", 4);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(signature, mac(body)) || claims.length != 4) {
            return Optional.empty();
        }
        Instant expiresAt;
        UUID linked;
        try {
            linked = UUID.fromString(claims[0]);
            expiresAt = Instant.ofEpochSecond(Long.parseLong(claims[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!linked.equals(programId) || !now.isBefore(expiresAt)) {
            return Optional.empty();
        }
        return Optional.of(new Grant(linked, claims[2], claims[3], expiresAt));
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
