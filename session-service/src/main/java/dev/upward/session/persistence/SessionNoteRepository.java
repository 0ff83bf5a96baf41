package dev.upward.session.persistence;

import dev.upward.session.domain.SessionNote;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SessionNoteRepository implements PanacheRepositoryBase<SessionNote, SessionNote.Key> {
}
