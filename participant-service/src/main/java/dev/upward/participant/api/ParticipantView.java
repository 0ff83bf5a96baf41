package dev.upward.participant.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.upward.participant.domain.Employee;
import dev.upward.participant.domain.Participant;
import dev.upward.participant.domain.ParticipantRole;
import dev.upward.participant.domain.ParticipantStatus;
import dev.upward.participant.domain.Profile;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant as its owner and programme admins see it. Nobody else is ever shown one, so
 * the private avoid-list may travel in the profile. Directory facts (name, department,
 * grade) are filled for admin listings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantView(UUID id, UUID programId, String employeeId, ParticipantRole role,
                              ParticipantStatus status, Profile profile, Instant enrolledAt, String enrolledBy,
                              Instant endedAt, String endReason, String givenName, String familyName,
                              String email, String department, Integer jobLevel) {

    static ParticipantView of(Participant p) {
        return of(p, null);
    }

    static ParticipantView of(Participant p, Employee e) {
        return new ParticipantView(p.id(), p.programId(), p.employeeId(), p.role(), p.status(), p.profile(),
                p.enrolledAt(), p.enrolledBy(), p.endedAt(), p.endReason(),
                e == null ? null : e.givenName(), e == null ? null : e.familyName(), e == null ? null : e.email(),
                e == null ? null : e.department(), e == null ? null : e.jobLevel());
    }
}
