package dev.upward.analytics.messaging;

import dev.upward.analytics.app.RecordEmployeeChanges;
import dev.upward.analytics.app.RecordFeedbackEvents;
import dev.upward.analytics.app.RecordMatchEvents;
import dev.upward.analytics.app.RecordMentorshipEvents;
import dev.upward.analytics.app.RecordParticipantEvents;
import dev.upward.analytics.app.RecordProgramEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every topic analytics projects, a poll batch at a time. Each batch goes whole to its use case,
 * which types, checks, dead-letters and writes the records itself; the offsets are committed
 * when the returned Uni completes.
 */
@ApplicationScoped
public class ProjectionConsumer {

    private final RecordProgramEvents programs;
    private final RecordParticipantEvents participants;
    private final RecordMatchEvents matches;
    private final RecordMentorshipEvents mentorships;
    private final RecordFeedbackEvents feedback;
    private final RecordEmployeeChanges employees;

    public ProjectionConsumer(RecordProgramEvents programs, RecordParticipantEvents participants,
                              RecordMatchEvents matches, RecordMentorshipEvents mentorships,
                              RecordFeedbackEvents feedback, RecordEmployeeChanges employees) {
        this.programs = programs;
        this.participants = participants;
        this.matches = matches;
        this.mentorships = mentorships;
        this.feedback = feedback;
        this.employees = employees;
    }

    /** Programme names, dates and status from {@code upward.programs.v1}. */
    @Incoming("programs")
    public Uni<Void> programs(ConsumerRecords<String, String> records) {
        return programs.record(records);
    }

    /** Enrolments, departures and erasures from {@code upward.participants.v1}. */
    @Incoming("participants")
    public Uni<Void> participants(ConsumerRecords<String, String> records) {
        return participants.record(records);
    }

    /** Proposals, decisions and endings from {@code upward.matches.v1}. */
    @Incoming("matches")
    public Uni<Void> matches(ConsumerRecords<String, String> records) {
        return matches.record(records);
    }

    /** Mentorships and their sessions from {@code upward.mentorships.v1}. */
    @Incoming("mentorships")
    public Uni<Void> mentorships(ConsumerRecords<String, String> records) {
        return mentorships.record(records);
    }

    /** Ratings, fit checks, self-assessments and rematch requests from {@code upward.feedback.v1}. */
    @Incoming("feedback")
    public Uni<Void> feedback(ConsumerRecords<String, String> records) {
        return feedback.record(records);
    }

    /** Employee records from {@code hris.employees.v1}, which HRIS connectors publish without CloudEvents headers. */
    @Incoming("hris-employees")
    public Uni<Void> employees(ConsumerRecords<String, String> records) {
        return employees.record(records);
    }
}
