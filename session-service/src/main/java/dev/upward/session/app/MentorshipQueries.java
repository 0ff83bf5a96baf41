package dev.upward.session.app;

import dev.upward.session.domain.AgendaSuggester;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.MentorshipAgreement;
import dev.upward.session.domain.Session;
import dev.upward.session.domain.SessionStatus;
import dev.upward.session.persistence.MentorshipAgreementRepository;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.ParticipantRefRepository;
import dev.upward.session.persistence.ProgramCalendarRepository;
import dev.upward.session.persistence.SessionRepository;
import dev.upward.session.persistence.TopicRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What a member reads of their mentorships; anyone else gets 404. */
@ApplicationScoped
public class MentorshipQueries {

    /** A mentorship with the caller's side in it. */
    public record MyMentorship(Mentorship mentorship, String side) {
    }

    public record AgendaSuggestion(List<AgendaSuggester.Suggestion> topics, List<String> draftAgenda) {
    }

    private final MentorshipRepository mentorships;
    private final MentorshipAgreementRepository agreements;
    private final SessionRepository sessions;
    private final TopicRepository topics;
    private final ProgramCalendarRepository calendars;
    private final ParticipantRefRepository participants;
    private final Membership membership;

    public MentorshipQueries(MentorshipRepository mentorships, MentorshipAgreementRepository agreements, SessionRepository sessions,
                             TopicRepository topics, ProgramCalendarRepository calendars, ParticipantRefRepository participants,
                             Membership membership) {
        this.mentorships = mentorships;
        this.agreements = agreements;
        this.sessions = sessions;
        this.topics = topics;
        this.calendars = calendars;
        this.participants = participants;
        this.membership = membership;
    }

    /** The mentorships I am a member of, newest first. */
    @WithSession
    public Uni<List<MyMentorship>> mine() {
        String me = membership.employeeId();
        return participants.ofEmployee(me).flatMap(mine -> mentorships.ofEmployee(me).map(list -> list.stream()
                .map(m -> new MyMentorship(m, mine.stream().map(p -> m.sideOf(p.participantId()))
                        .filter(Objects::nonNull).findFirst().orElse(null)))
                .toList()));
    }

    @WithSession
    public Uni<Membership.Member> one(UUID mentorshipId) {
        return membership.in(mentorshipId);
    }

    /** 404 until one is written. */
    @WithSession
    public Uni<MentorshipAgreement> agreement(UUID mentorshipId) {
        return membership.in(mentorshipId).flatMap(member -> agreements.findById(mentorshipId))
                .onItem().ifNull().failWith(() -> MentorshipAgreements.notWritten(mentorshipId));
    }

    /** Ranked from the mentee's learning goals, the programme's focus topics and what held sessions already covered. */
    @WithSession
    public Uni<AgendaSuggestion> agendaSuggestion(UUID mentorshipId) {
        return membership.in(mentorshipId).flatMap(member -> {
            Mentorship m = member.mentorship();
            return participants.findById(m.menteeParticipantId()).flatMap(mentee -> calendars.findById(m.programId())
                    .flatMap(calendar -> sessions.ofMentorship(mentorshipId).flatMap(held -> topics.allByTitle().map(library -> {
                        List<AgendaSuggester.Suggestion> ranked = AgendaSuggester.suggest(
                                library.stream().map(t -> new AgendaSuggester.LibraryTopic(t.slug(), t.title(), t.suggestedQuestions())).toList(),
                                mentee == null ? List.of() : mentee.learningGoals(),
                                calendar == null ? List.of() : calendar.focusTopics(), covered(held), 3);
                        return new AgendaSuggestion(ranked, AgendaSuggester.draftAgenda(ranked));
                    }))));
        });
    }

    /** How many held sessions covered each topic slug. */
    private static Map<String, Integer> covered(List<Session> sessions) {
        Map<String, Integer> covered = new HashMap<>();
        sessions.stream().filter(s -> s.status() == SessionStatus.COMPLETED).map(Session::topics)
                .forEach(list -> list.forEach(slug -> covered.merge(slug, 1, Integer::sum)));
        return covered;
    }
}
