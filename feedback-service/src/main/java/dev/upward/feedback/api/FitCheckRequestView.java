package dev.upward.feedback.api;

import dev.upward.feedback.app.FitCheckQueries.FitCheckRequest;
import dev.upward.feedback.domain.Role;

import java.time.Instant;
import java.util.UUID;

/** A mentorship of mine whose fit check is open and that I have not answered. */
public record FitCheckRequestView(UUID mentorshipId, UUID programId, UUID participantId, Role myRole, Instant requestedAt) {

    static FitCheckRequestView of(FitCheckRequest request) {
        var m = request.membership();
        return new FitCheckRequestView(m.mentorship().mentorshipId(), m.mentorship().programId(),
                m.member().participantId(), m.member().role(), request.openedAt());
    }
}
