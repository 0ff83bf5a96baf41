package dev.upward.analytics.app;

import dev.upward.analytics.persistence.MentorshipWrites;
import dev.upward.analytics.persistence.MentorshipWrites.MentorshipFact;
import dev.upward.analytics.persistence.MentorshipWrites.Milestone;
import dev.upward.analytics.persistence.MentorshipWrites.SessionFact;
import dev.upward.analytics.persistence.MentorshipWrites.SessionStatus;
import dev.upward.contracts.MentorshipAtRisk;
import dev.upward.contracts.MentorshipCompleted;
import dev.upward.contracts.MentorshipStarted;
import dev.upward.contracts.SessionCancelled;
import dev.upward.contracts.SessionCompleted;
import dev.upward.contracts.SessionMissed;
import dev.upward.contracts.SessionScheduled;
import jakarta.inject.Singleton;

import java.util.Map;

/** Mentorships and their sessions from {@code upward.mentorships.v1}. */
@Singleton
public class RecordMentorshipEvents extends RecordTopicEvents {

    public RecordMentorshipEvents(RecordEventBatch batch, MentorshipWrites mentorships) {
        super(batch, new EventRoute(EventRoute::cloudEventType, Map.of(
                MentorshipStarted.TYPE, milestone(mentorships, Milestone.STARTED),
                MentorshipAtRisk.TYPE, milestone(mentorships, Milestone.AT_RISK),
                MentorshipCompleted.TYPE, milestone(mentorships, Milestone.COMPLETED),
                SessionScheduled.TYPE, session(mentorships, SessionStatus.SCHEDULED),
                SessionCompleted.TYPE, session(mentorships, SessionStatus.COMPLETED),
                SessionCancelled.TYPE, session(mentorships, SessionStatus.CANCELLED),
                SessionMissed.TYPE, session(mentorships, SessionStatus.MISSED)),
                Map.of(), true));
    }

    /** Also the writer of rematch requests, which arrive on the feedback topic. */
    static EventRoute.EventWriter<?> milestone(MentorshipWrites mentorships, Milestone milestone) {
        return EventRoute.writer(e -> new MentorshipFact(e.uuid("mentorshipId"), e.uuid("programId"), e.uuid("matchId"),
                e.uuid("mentorParticipantId"), e.uuid("menteeParticipantId"), e.occurredAt()),
                (tx, rows) -> mentorships.record(tx, milestone, rows));
    }

    private static EventRoute.EventWriter<?> session(MentorshipWrites mentorships, SessionStatus status) {
        return EventRoute.writer(e -> new SessionFact(e.uuid("sessionId"), e.uuid("mentorshipId"), e.uuid("programId"),
                status, status == SessionStatus.SCHEDULED ? e.time("startsAt") : null, e.occurredAt()),
                mentorships::sessions);
    }
}
