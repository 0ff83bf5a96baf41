package dev.upward.session.app;

import dev.upward.commons.inbox.EventHandler;
import dev.upward.commons.inbox.Inbox;
import dev.upward.commons.messaging.Projections;
import dev.upward.contracts.MatchingProfile;
import dev.upward.contracts.ParticipantEnrolled;
import dev.upward.contracts.ParticipantOffboarded;
import dev.upward.contracts.ParticipantProfileUpdated;
import dev.upward.contracts.ParticipantWithdrawn;
import dev.upward.contracts.PersonErased;
import dev.upward.session.domain.ParticipantRef;
import dev.upward.session.persistence.ParticipantRefRepository;
import dev.upward.session.persistence.SessionNoteRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Keeps what sessions need to know of participants: who stands behind each one, their time
 * zone and, for mentees, their learning goals. A member who leaves ends their mentorships early.
 */
@ApplicationScoped
public class UpdateParticipantRefs {

    private final ParticipantRefRepository participants;
    private final SessionNoteRepository notes;
    private final EndMentorshipEarly ending;
    private final Inbox inbox;

    public UpdateParticipantRefs(ParticipantRefRepository participants, SessionNoteRepository notes, EndMentorshipEarly ending,
                                 Inbox inbox) {
        this.participants = participants;
        this.notes = notes;
        this.ending = ending;
        this.inbox = inbox;
    }

    /** Applies one participant event at most once, in the inbox's transaction. */
    public Uni<Void> apply(Message<String> message) {
        return inbox.handle(message, Map.of(
                ParticipantEnrolled.TYPE, EventHandler.of(ParticipantEnrolled.class, e -> { },
                        e -> Projections.insertIfAbsent(participants, e.participantId(),
                                () -> new ParticipantRef(e.participantId(), e.programId(), e.employeeId(), e.role()))),
                ParticipantProfileUpdated.TYPE, EventHandler.of(ParticipantProfileUpdated.class, e -> { }, this::profileUpdated),
                ParticipantWithdrawn.TYPE, EventHandler.of(ParticipantWithdrawn.class, e -> { },
                        e -> ending.ofParticipant(e.participantId(), "WITHDRAWN")),
                ParticipantOffboarded.TYPE, EventHandler.of(ParticipantOffboarded.class, e -> { },
                        e -> ending.ofParticipant(e.participantId(), "OFFBOARDED")),
                PersonErased.TYPE, EventHandler.of(PersonErased.class, e -> { }, this::erased)));
    }

    private Uni<Void> profileUpdated(ParticipantProfileUpdated event) {
        List<String> goals = event.learningGoals() == null ? null : event.learningGoals().stream()
                .sorted(Comparator.comparingInt(MatchingProfile.LearningGoal::priority).reversed())
                .map(MatchingProfile.LearningGoal::skill).toList();
        return participants.findById(event.participantId()).invoke(ref -> {
            if (ref != null) {
                ref.profileChanged(event.timeZone(), goals);
            }
        }).replaceWithVoid();
    }

    /** The person's link, zone, goals and private notes go; sessions stay as anonymous facts of the mentorship. */
    private Uni<Void> erased(PersonErased event) {
        return notes.delete("key.authorEmployeeId", event.employeeId())
                .chain(() -> participants.ofEmployee(event.employeeId()))
                .invoke(refs -> refs.forEach(ParticipantRef::forget))
                .replaceWithVoid();
    }
}
