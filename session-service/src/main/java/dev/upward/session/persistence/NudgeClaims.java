package dev.upward.session.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * The nudges already sent, by key. The insert is the claim: several instances running the
 * nudge round at once still send each nudge once.
 */
@ApplicationScoped
public class NudgeClaims {

    /** Records the nudge's key in the current transaction; false when it was sent before (by this or another instance). */
    public Uni<Boolean> claim(String key, Instant now) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("insert into nudge_sent (nudge_key, sent_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, key).setParameter(2, now)
                .executeUpdate()).map(inserted -> inserted == 1);
    }
}
