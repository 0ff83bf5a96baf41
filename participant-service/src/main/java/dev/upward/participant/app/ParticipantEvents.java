package dev.upward.participant.app;

import dev.upward.commons.outbox.Outbox;
import dev.upward.contracts.ParticipantEnrolled;
import dev.upward.contracts.ParticipantOffboarded;
import dev.upward.contracts.ParticipantProfileUpdated;
import dev.upward.contracts.ParticipantWithdrawn;
import dev.upward.contracts.PersonErased;
import dev.upward.contracts.Topics;
import dev.upward.participant.domain.Employee;
import dev.upward.participant.domain.EmployeeChange;
import dev.upward.participant.domain.Participant;
import dev.upward.participant.domain.Profile;
import dev.upward.participant.persistence.EmployeeDirectory.ActiveParticipant;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;

/**
 * Participant events for {@code upward.participants.v1}, written to the outbox in the
 * caller's transaction. They carry what matching and analytics need and never a name, an
 * e-mail address or free text.
 */
@ApplicationScoped
public class ParticipantEvents {

    private final Outbox outbox;
    private final Clock clock;

    public ParticipantEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> enrolled(Participant participant, Employee employee, List<String> managerChain) {
        Profile profile = effective(participant.profile(), employee);
        ParticipantEnrolled event = new ParticipantEnrolled(participant.id(), participant.programId(),
                participant.employeeId(), participant.role().name(), employee.department(), employee.jobLevel(),
                managerChain, employee.hireDate(), profile.skillsOffered(), profile.learningGoals(),
                profile.languages(), profile.timeZone(), profile.formats(), profile.availability(),
                profile.workingStyle(), profile.avoidEmployeeIds(), participant.enrolledAt());
        return append(participant.id().toString(), ParticipantEnrolled.TYPE, event);
    }

    public Uni<Void> profileUpdated(Participant participant, Employee employee) {
        Profile profile = effective(participant.profile(), employee);
        ParticipantProfileUpdated event = new ParticipantProfileUpdated(participant.id(), participant.programId(),
                profile.skillsOffered(), profile.learningGoals(), profile.languages(), profile.timeZone(),
                profile.formats(), profile.availability(), profile.workingStyle(), profile.avoidEmployeeIds(),
                null, null, null, clock.instant());
        return append(participant.id().toString(), ParticipantProfileUpdated.TYPE, event);
    }

    public Uni<Void> withdrawn(Participant participant) {
        return append(participant.id().toString(), ParticipantWithdrawn.TYPE,
                new ParticipantWithdrawn(participant.id(), participant.programId(), participant.endedAt()));
    }

    public Uni<Void> erased(String employeeId) {
        return append(employeeId, PersonErased.TYPE, new PersonErased(employeeId, clock.instant()));
    }

    /** The person left the company (HRIS ingest, on the ingest's own SQL transaction). */
    public Uni<Void> offboarded(SqlClient transaction, ActiveParticipant participant, EmployeeChange change) {
        return outbox.append(transaction, Topics.PARTICIPANTS, participant.participantId().toString(),
                ParticipantOffboarded.TYPE, new ParticipantOffboarded(participant.participantId(),
                        participant.programId(), participant.employeeId(), "TERMINATED", change.terminationDate(),
                        clock.instant()));
    }

    /**
     * The organisational facts matching relies on, after an HRIS change; the HRIS languages and
     * time zone travel only where the participant's profile does not set its own.
     */
    public Uni<Void> orgFactsChanged(SqlClient transaction, ActiveParticipant participant, EmployeeChange change,
                                     List<String> managerChain) {
        return outbox.append(transaction, Topics.PARTICIPANTS, participant.participantId().toString(),
                ParticipantProfileUpdated.TYPE, new ParticipantProfileUpdated(participant.participantId(),
                        participant.programId(), null, null,
                        participant.ownLanguages() || change.languages().isEmpty() ? null : change.languages(),
                        participant.ownTimeZone() ? null : change.timeZone(), null, null, null, null,
                        change.department(), change.jobLevel(), managerChain, clock.instant()));
    }

    /** The profile with languages and time zone taken from the HRIS where the person left them empty. */
    static Profile effective(Profile profile, Employee employee) {
        return new Profile(profile.skillsOffered(), profile.learningGoals(),
                profile.languages().isEmpty() ? employee.languages() : profile.languages(),
                profile.timeZone() == null ? employee.timeZone() : profile.timeZone(), profile.formats(),
                profile.availability(), profile.workingStyle(), profile.avoidEmployeeIds());
    }

    private Uni<Void> append(String key, String type, Object event) {
        return outbox.append(Topics.PARTICIPANTS, key, type, event).replaceWithVoid();
    }
}
