package dev.upward.session.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A member's private note on a session. Only its author reads it; nobody else, admins included. */
@Entity
@Table(name = "session_note")
public class SessionNote {

    @Embeddable
    public static class Key implements Serializable {
        UUID sessionId;
        String authorEmployeeId;

        protected Key() {
        }

        public Key(UUID sessionId, String authorEmployeeId) {
            this.sessionId = sessionId;
            this.authorEmployeeId = authorEmployeeId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.sessionId.equals(sessionId) && k.authorEmployeeId.equals(authorEmployeeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, authorEmployeeId);
        }
    }

    @EmbeddedId
    private Key key;
    private String text;
    private Instant updatedAt;

    protected SessionNote() {
        // for Hibernate
    }

    public SessionNote(UUID sessionId, String author, String text, Instant now) {
        this.key = new Key(sessionId, author);
        this.text = text;
        this.updatedAt = now;
    }

    public void rewrite(String newText, Instant now) {
        text = newText;
        updatedAt = now;
    }

    public String text() {
        return text;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
