package dev.upward.session.app;

import dev.upward.session.domain.SessionNote;
import dev.upward.session.persistence.SessionNoteRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A member writes or replaces their private note on a session of their mentorship. */
@ApplicationScoped
public class WriteSessionNote {

    private final SessionNoteRepository notes;
    private final Membership membership;
    private final Clock clock;

    public WriteSessionNote(SessionNoteRepository notes, Membership membership, Clock clock) {
        this.notes = notes;
        this.membership = membership;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<SessionNote> write(UUID sessionId, String text) {
        Instant now = clock.instant();
        return membership.ofSession(sessionId, false).flatMap(found -> {
            String author = found.member().employeeId();
            return notes.findById(new SessionNote.Key(sessionId, author)).flatMap(existing -> {
                if (existing != null) {
                    existing.rewrite(text, now);
                    return Uni.createFrom().item(existing);
                }
                return notes.persist(new SessionNote(sessionId, author, text, now));
            });
        });
    }
}
