package dev.upward.contracts;

import java.util.List;

/**
 * Every event type the code publishes or consumes, with its topic. The contract tests check
 * each against {@code contracts/asyncapi.yaml} and its JSON Schema, so an event cannot be
 * added in code without its contract.
 */
public final class EventCatalog {

    public record Entry(String type, String topic, Class<?> payload) {
    }

    public static final List<Entry> ALL = List.of(
            new Entry(HrisEmployeeEvent.HIRED, Topics.HRIS_EMPLOYEES, HrisEmployeeEvent.class),
            new Entry(HrisEmployeeEvent.UPDATED, Topics.HRIS_EMPLOYEES, HrisEmployeeEvent.class),
            new Entry(HrisEmployeeEvent.TERMINATED, Topics.HRIS_EMPLOYEES, HrisEmployeeEvent.class),
            new Entry(ProgramCreated.TYPE, Topics.PROGRAMS, ProgramCreated.class),
            new Entry(ProgramSnapshot.LAUNCHED, Topics.PROGRAMS, ProgramSnapshot.class),
            new Entry(ProgramSnapshot.UPDATED, Topics.PROGRAMS, ProgramSnapshot.class),
            new Entry(ProgramClosed.TYPE, Topics.PROGRAMS, ProgramClosed.class),
            new Entry(ParticipantEnrolled.TYPE, Topics.PARTICIPANTS, ParticipantEnrolled.class),
            new Entry(ParticipantProfileUpdated.TYPE, Topics.PARTICIPANTS, ParticipantProfileUpdated.class),
            new Entry(ParticipantWithdrawn.TYPE, Topics.PARTICIPANTS, ParticipantWithdrawn.class),
            new Entry(ParticipantOffboarded.TYPE, Topics.PARTICIPANTS, ParticipantOffboarded.class),
            new Entry(PersonErased.TYPE, Topics.PARTICIPANTS, PersonErased.class),
            new Entry(MatchProposed.TYPE, Topics.MATCHES, MatchProposed.class),
            new Entry(MatchAccepted.TYPE, Topics.MATCHES, MatchAccepted.class),
            new Entry(MatchDeclined.TYPE, Topics.MATCHES, MatchDeclined.class),
            new Entry(MatchExpired.TYPE, Topics.MATCHES, MatchExpired.class),
            new Entry(MatchEnded.TYPE, Topics.MATCHES, MatchEnded.class),
            new Entry(RematchRequested.TYPE, Topics.FEEDBACK, RematchRequested.class),
            new Entry(MentorshipStarted.TYPE, Topics.MENTORSHIPS, MentorshipStarted.class),
            new Entry(SessionScheduled.TYPE, Topics.MENTORSHIPS, SessionScheduled.class),
            new Entry(SessionCompleted.TYPE, Topics.MENTORSHIPS, SessionCompleted.class),
            new Entry(SessionCancelled.TYPE, Topics.MENTORSHIPS, SessionCancelled.class),
            new Entry(SessionMissed.TYPE, Topics.MENTORSHIPS, SessionMissed.class),
            new Entry(SessionReminderDue.TYPE, Topics.MENTORSHIPS, SessionReminderDue.class),
            new Entry(MentorshipAtRisk.TYPE, Topics.MENTORSHIPS, MentorshipAtRisk.class),
            new Entry(MentorshipCompleted.TYPE, Topics.MENTORSHIPS, MentorshipCompleted.class),
            new Entry(MilestoneReached.TYPE, Topics.MENTORSHIPS, MilestoneReached.class),
            new Entry(FeedbackSubmitted.TYPE, Topics.FEEDBACK, FeedbackSubmitted.class),
            new Entry(FitCheckSubmitted.TYPE, Topics.FEEDBACK, FitCheckSubmitted.class),
            new Entry(AssessmentSubmitted.TYPE, Topics.FEEDBACK, AssessmentSubmitted.class),
            new Entry(SurveyResponseSubmitted.TYPE, Topics.FEEDBACK, SurveyResponseSubmitted.class));

    /** Where the contracts live on the classpath. */
    public static final String ASYNCAPI = "contracts/asyncapi.yaml";

    public static String schemaPath(String type) {
        return "contracts/schemas/" + type + ".json";
    }

    public static String examplePath(String type) {
        return "contracts/examples/" + type + ".json";
    }

    private EventCatalog() {
    }
}
