package dev.upward.session.api;

import dev.upward.commons.problem.Problem;
import dev.upward.commons.problem.ProblemException;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.ParticipantRef;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.ParticipantRefRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.UUID;

/**
 * Who the caller is in a mentorship. The only place where session-service decides
 * ownership: a mentorship the caller is not a member of answers 404, exactly like one that
 * does not exist, so its existence is not revealed.
 */
@RequestScoped
public class Membership {

    /** The caller inside one mentorship: their side and participant record. */
    public record Member(Mentorship mentorship, String side, ParticipantRef me, String employeeId) {
    }

    private final MentorshipRepository mentorships;
    private final ParticipantRefRepository participants;
    private final JsonWebToken token;

    public Membership(MentorshipRepository mentorships, ParticipantRefRepository participants, JsonWebToken token) {
        this.mentorships = mentorships;
        this.participants = participants;
        this.token = token;
    }

    public String employeeId() {
        Object claim = token.getClaim("employee_id");
        if (claim == null || claim.toString().isBlank()) {
            throw new ProblemException(Problem.of(403, "no-employee-link", "Forbidden",
                    "your account carries no employee_id claim; ask an administrator to link it to your HRIS record"));
        }
        return claim.toString();
    }

    public Uni<List<ParticipantRef>> myParticipations() {
        return participants.ofEmployee(employeeId());
    }

    public Uni<Member> in(UUID mentorshipId) {
        String me = employeeId();
        return mentorships.findById(mentorshipId).flatMap(mentorship -> {
            if (mentorship == null) {
                return Uni.createFrom().failure(ProblemException.notFound("mentorship", mentorshipId));
            }
            return participants.ofEmployee(me).map(mine -> mine.stream()
                    .filter(p -> mentorship.sideOf(p.participantId()) != null)
                    .findFirst()
                    .map(p -> new Member(mentorship, mentorship.sideOf(p.participantId()), p, me))
                    .orElseThrow(() -> ProblemException.notFound("mentorship", mentorshipId)));
        });
    }
}
