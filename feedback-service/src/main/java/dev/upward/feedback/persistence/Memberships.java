package dev.upward.feedback.persistence;

import dev.upward.feedback.domain.Member;
import dev.upward.feedback.domain.MentorshipRef;
import dev.upward.feedback.domain.ParticipantRef;
import dev.upward.feedback.domain.Role;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** Resolves an employee to the participant they are in a mentorship, through the projections. */
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

    /** The caller's membership, or null when they are not a member (or not known as one yet). */
    public Uni<Member> of(String employeeId, MentorshipRef mentorship) {
        return participants.ofEmployee(employeeId).map(mine -> memberAmong(mine, mentorship));
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
