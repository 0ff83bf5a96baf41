package dev.upward.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
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
public class SessionFeedback {

    @Id
    private UUID id;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "mentorship_id")
    private UUID mentorshipId;
    @Column(name = "program_id")
    private UUID programId;
    @Column(name = "participant_id")
    private UUID participantId;
    @Column(name = "author_employee_id")
    private String authorEmployeeId;
    @Enumerated(EnumType.STRING)
    private Role role;
    private short rating;
    @Column(name = "useful_topics")
    private String usefulTopics;
    private String learned;
    @Column(name = "comment_for_program_team")
    private String commentForProgramTeam;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected SessionFeedback() {
        // for Hibernate
    }

    public static SessionFeedback submit(CompletedSession session, Member author, String authorEmployeeId,
                                         Answer answer, Instant now) {
        SessionFeedback feedback = new SessionFeedback();
        feedback.id = UUID.randomUUID();
        feedback.sessionId = session.sessionId();
        feedback.mentorshipId = session.mentorshipId();
        feedback.programId = session.programId();
        feedback.participantId = author.participantId();
        feedback.authorEmployeeId = authorEmployeeId;
        feedback.role = author.role();
        feedback.apply(answer);
        feedback.submittedAt = now;
        return feedback;
    }

    /**
     * Replaces the answer while the window allows it; answers whether the rating changed,
     * which is all that other services learn of an edit.
     */
    public boolean edit(Answer answer, EditWindow window, Instant now) {
        if (!window.isOpen(submittedAt, now)) {
            throw new EditWindowClosedException(window.closesAt(submittedAt));
        }
        boolean ratingChanged = rating != answer.rating();
        apply(answer);
        updatedAt = now;
        return ratingChanged;
    }

    /**
     * Keeps the rating for the programme's aggregates but nothing that points to the person:
     * their free text goes, and the participant id is replaced by a pseudonym that nothing
     * else knows (the same one for all of the person's answers, so respondent counts stay right).
     */
    public void anonymise(UUID pseudonym) {
        participantId = pseudonym;
        authorEmployeeId = null;
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

    public boolean isAuthoredBy(String employeeId) {
        return authorEmployeeId != null && authorEmployeeId.equals(employeeId);
    }

    /** What the author says about a session. */
    public record Answer(int rating, List<String> usefulTopics, String learned, String commentForProgramTeam) {
        public Answer {
            usefulTopics = usefulTopics == null ? List.of() : List.copyOf(usefulTopics);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public UUID mentorshipId() {
        return mentorshipId;
    }

    public UUID programId() {
        return programId;
    }

    public UUID participantId() {
        return participantId;
    }

    public Role role() {
        return role;
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

    public Instant updatedAt() {
        return updatedAt;
    }
}
