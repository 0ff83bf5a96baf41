package dev.upward.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One member's feedback on one session. Only its author may ever read it back whole. */
@Entity
@Table(name = "session_feedback")
public class SessionFeedback {

    @Id
    private UUID id;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "author_subject")
    private String authorSubject;
    private short rating;
    @Column(name = "useful_topics")
    private String usefulTopics;
    private String learned;
    @Column(name = "comment_for_program_team")
    private String commentForProgramTeam;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected SessionFeedback() {
        // for Hibernate
    }

    public static SessionFeedback submit(UUID sessionId, String authorSubject, int rating, List<String> usefulTopics,
                                         String learned, String commentForProgramTeam, Instant now) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1 to 5");
        }
        SessionFeedback feedback = new SessionFeedback();
        feedback.id = UUID.randomUUID();
        feedback.sessionId = sessionId;
        feedback.authorSubject = authorSubject;
        feedback.rating = (short) rating;
        feedback.usefulTopics = String.join(",", usefulTopics);
        feedback.learned = learned;
        feedback.commentForProgramTeam = commentForProgramTeam;
        feedback.submittedAt = now;
        return feedback;
    }

    public boolean isAuthoredBy(String subject) {
        return authorSubject.equals(subject);
    }

    public UUID id() {
        return id;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public int rating() {
        return rating;
    }

    public List<String> usefulTopics() {
        return usefulTopics.isEmpty() ? List.of() : Arrays.asList(usefulTopics.split(","));
    }

    public String learned() {
        return learned;
    }

    public String commentForProgramTeam() {
        return commentForProgramTeam;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
