package dev.upward.feedback.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One member's feedback on one session. Only its author may ever read it back whole; the
 * programme team sees ratings and the comments meant for it only in aggregate.
 */
@Entity
@Table(name = "session_feedback")
public class SessionFeedback extends MemberAnswer {

    private UUID sessionId;
    private UUID mentorshipId;
    private short rating;
    private String usefulTopics;
    private String learned;
    private String commentForProgramTeam;
    private Instant updatedAt;
    @Version
    private long version;

    protected SessionFeedback() {
        // for Hibernate
    }

    private SessionFeedback(CompletedSession session, Member author, String authorEmployeeId, Instant now) {
        super(session.programId(), author.participantId(), authorEmployeeId, author.role(), now);
        this.sessionId = session.sessionId();
        this.mentorshipId = session.mentorshipId();
    }

    public static SessionFeedback submit(CompletedSession session, Member author, String authorEmployeeId,
                                         Answer answer, Instant now) {
        SessionFeedback feedback = new SessionFeedback(session, author, authorEmployeeId, now);
        feedback.apply(answer);
        return feedback;
    }

    /**
     * Replaces the answer while the window allows it; answers whether the rating changed,
     * which is all that other services learn of an edit.
     */
    public boolean edit(Answer answer, EditWindow window, Instant now) {
        if (!window.isOpen(submittedAt(), now)) {
            throw new EditWindowClosedException(window.closesAt(submittedAt()));
        }
        boolean ratingChanged = rating != answer.rating();
        apply(answer);
        updatedAt = now;
        return ratingChanged;
    }

    /** The rating stays for the programme's aggregates; the person's free text goes. */
    @Override
    public void anonymise(UUID pseudonym) {
        super.anonymise(pseudonym);
        learned = null;
        commentForProgramTeam = null;
    }

    private void apply(Answer answer) {
        if (answer.rating() < 1 || answer.rating() > 5) {
            throw new IllegalArgumentException("rating must be 1 to 5");
        }
        rating = (short) answer.rating();
        usefulTopics = String.join(",", answer.usefulTopics());
        learned = answer.learned();
        commentForProgramTeam = answer.commentForProgramTeam();
    }

    /** What the author says about a session. */
    public record Answer(int rating, List<String> usefulTopics, String learned, String commentForProgramTeam) {
        public Answer {
            usefulTopics = usefulTopics == null ? List.of() : List.copyOf(usefulTopics);
        }
    }

    public UUID sessionId() {
        return sessionId;
    }

    public UUID mentorshipId() {
        return mentorshipId;
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

    public Instant updatedAt() {
        return updatedAt;
    }
}
