package dev.upward.feedback.app;

import dev.upward.feedback.domain.Member;
import dev.upward.feedback.domain.MentorshipRef;
import dev.upward.feedback.domain.ParticipantRef;
import dev.upward.feedback.domain.Role;
import dev.upward.feedback.persistence.MentorshipRefRepository;
import dev.upward.feedback.persistence.ParticipantRefRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Resolves an employee to the participant they are in a mentorship, through the Refs. This is
 * the access rule of everything asked of a mentorship's members: whoever is not a member is
 * answered as if there were nothing to answer.
 */
@ApplicationScoped
public class Memberships {

    private final ParticipantRefRepository participants;
    private final MentorshipRefRepository mentorships;

    public Memberships(ParticipantRefRepository participants, MentorshipRefRepository mentorships) {
        this.participants = participants;
        this.mentorships = mentorships;
    }

    /** One mentorship and who the employee is in it. */
    public record Membership(MentorshipRef mentorship, Member member) {
    }

    /** The employee's membership of the mentorship, or null when it is unknown or they are not a member. */
    public Uni<Membership> in(String employeeId, UUID mentorshipId) {
        return mentorships.findById(mentorshipId).flatMap(m -> m == null ? Uni.createFrom().<Membership>nullItem()
                : participants.ofEmployee(employeeId).map(mine -> {
                    Member member = memberAmong(mine, m);
                    return member == null ? null : new Membership(m, member);
                }));
    }

    /** Every mentorship the employee is a member of, through any of their participations. */
    public Uni<List<Membership>> all(String employeeId) {
        return participants.ofEmployee(employeeId).flatMap(mine -> mentorships
                .withAnyMember(mine.stream().map(ParticipantRef::participantId).toList())
                .map(found -> {
                    List<Membership> memberships = new ArrayList<>();
                    for (MentorshipRef m : found) {
                        memberships.add(new Membership(m, memberAmong(mine, m)));
                    }
                    return memberships;
                }));
    }

    /** The employee's participation in a programme, or null when they do not take part in it. */
    public Uni<ParticipantRef> inProgram(String employeeId, UUID programId) {
        return participants.ofEmployee(employeeId)
                .map(mine -> mine.stream().filter(p -> p.programId().equals(programId)).findFirst().orElse(null));
    }

    private static Member memberAmong(List<ParticipantRef> participations, MentorshipRef mentorship) {
        for (ParticipantRef p : participations) {
            Role role = mentorship.roleOf(p.participantId());
            if (role != null) {
                return new Member(p.participantId(), role);
            }
        }
        return null;
    }
}
