package dev.upward.session.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One meeting of a mentorship. Members schedule, move and cancel it ahead of time; once its
 * start has passed, a member marks it completed or missed. Every transition is checked here,
 * so the REST layer cannot put a session into a state it should not reach.
 */
@Entity
@Table(name = "session")
public class Session {

    /** Who cancels the sessions still ahead when a mentorship ends early. */
    public static final String BY_PROGRAMME = "PROGRAMME";

    /** Agenda items and topic slugs are stored as one text column each, one item per line. */
    private static final String LINE = "\n";

    @Id
    private UUID id;
    private UUID mentorshipId;
    private UUID programId;
    private Instant startsAt;
    private Instant endsAt;
    private int durationMinutes;
    private String timeZone;
    private String format;
    private String location;
    private String agenda;
    private String topics;
    @Enumerated(EnumType.STRING)
    private SessionStatus status;
    private String scheduledBy;
    private int rescheduleCount;
    private String cancelledBy;
    private String cancelReason;
    private String missedBy;
    private Instant completedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Session() {
        // for Hibernate
    }

    public static Session schedule(UUID mentorshipId, UUID programId, Instant startsAt, int durationMinutes, String timeZone,
                                   String format, String location, List<String> agenda, List<String> topics,
                                   String scheduledBy, Instant now) {
        Session session = new Session();
        session.id = UUID.randomUUID();
        session.mentorshipId = mentorshipId;
        session.programId = programId;
        session.place(startsAt, durationMinutes, timeZone);
        session.format = format;
        session.location = location;
        session.agenda = join(agenda);
        session.topics = join(topics);
        session.status = SessionStatus.SCHEDULED;
        session.scheduledBy = scheduledBy;
        session.createdAt = now;
        session.updatedAt = now;
        return session;
    }

    /** Moves the session; only a scheduled one that has not started can move. */
    public void reschedule(Instant newStart, int newDuration, String newZone, Instant now) {
        requireScheduled("reschedule");
        if (!startsAt.isAfter(now)) {
            throw new SessionStateException("session " + id + " has already started; mark it completed or missed instead");
        }
        place(newStart, newDuration, newZone);
        rescheduleCount++;
        updatedAt = now;
    }

    public void cancel(String by, String reason, Instant now) {
        requireScheduled("cancel");
        if (!startsAt.isAfter(now)) {
            throw new SessionStateException("session " + id + " has already started; mark it completed or missed instead");
        }
        status = SessionStatus.CANCELLED;
        cancelledBy = by;
        cancelReason = reason;
        updatedAt = now;
    }

    public void complete(Instant now) {
        requireScheduled("complete");
        requireStarted(now, "completed");
        status = SessionStatus.COMPLETED;
        completedAt = now;
        updatedAt = now;
    }

    public void markMissed(String by, Instant now) {
        requireScheduled("mark missed");
        requireStarted(now, "missed");
        status = SessionStatus.MISSED;
        missedBy = by;
        updatedAt = now;
    }

    public void replaceAgenda(List<String> newAgenda, List<String> newTopics, Instant now) {
        requireScheduled("change the agenda of");
        agenda = join(newAgenda);
        topics = join(newTopics);
        updatedAt = now;
    }

    private void place(Instant start, int duration, String zone) {
        startsAt = start;
        durationMinutes = duration;
        endsAt = start.plus(Duration.ofMinutes(duration));
        timeZone = zone;
    }

    private void requireScheduled(String action) {
        if (status != SessionStatus.SCHEDULED) {
            throw new SessionStateException("cannot " + action + " session " + id + ": it is " + status);
        }
    }

    private void requireStarted(Instant now, String what) {
        if (startsAt.isAfter(now)) {
            throw new SessionStateException("session " + id + " starts at " + startsAt + "; it can be marked " + what
                    + " once it has started");
        }
    }

    private static String join(List<String> items) {
        return items == null ? "" : String.join(LINE, items);
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(LINE));
    }

    public UUID id() {
        return id;
    }

    public UUID mentorshipId() {
        return mentorshipId;
    }

    public UUID programId() {
        return programId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public String timeZone() {
        return timeZone;
    }

    public String format() {
        return format;
    }

    public String location() {
        return location;
    }

    public List<String> agenda() {
        return split(agenda);
    }

    public List<String> topics() {
        return split(topics);
    }

    public SessionStatus status() {
        return status;
    }

    public String scheduledBy() {
        return scheduledBy;
    }

    public int rescheduleCount() {
        return rescheduleCount;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String missedBy() {
        return missedBy;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
