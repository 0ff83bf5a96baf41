package dev.upward.session.app;

import dev.upward.session.config.NudgeConfig;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.NudgePlanner;
import dev.upward.session.domain.NudgePolicy;
import dev.upward.session.domain.Session;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.NudgeClaims;
import dev.upward.session.persistence.NudgePolicyRepository;
import dev.upward.session.persistence.SessionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One nudge round: completes mentorships past their planned end (MentorshipCompleted), flags
 * quiet ones (MentorshipAtRisk) and announces sessions starting soon (SessionReminderDue), all
 * through the outbox. A nudge's key is claimed in the same transaction as its event, so
 * several instances running at once still send each nudge once.
 */
@ApplicationScoped
public class NudgeMentorships {

    /** Reminders are never due earlier than a week ahead (the policy's upper limit). */
    private static final Duration LONGEST_REMINDER = Duration.ofHours(168);

    /** What one round did. */
    public record Round(int completed, int atRisk, int reminders) {

        public boolean didAnything() {
            return completed + atRisk + reminders > 0;
        }
    }

    private final MentorshipRepository mentorships;
    private final SessionRepository sessions;
    private final NudgePolicyRepository policies;
    private final NudgeClaims claims;
    private final SessionEvents events;
    private final NudgeConfig config;
    private final Clock clock;

    public NudgeMentorships(MentorshipRepository mentorships, SessionRepository sessions, NudgePolicyRepository policies,
                            NudgeClaims claims, SessionEvents events, NudgeConfig config, Clock clock) {
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.policies = policies;
        this.claims = claims;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Round> runOnce() {
        Instant now = clock.instant();
        return policies.listAll()
                .map(list -> list.stream().collect(Collectors.toMap(NudgePolicy::programId, NudgePolicy::policy)))
                .flatMap(byProgram -> completeEnded(now).flatMap(completed -> flagQuiet(byProgram, now)
                        .flatMap(atRisk -> remind(byProgram, now).map(reminders -> new Round(completed, atRisk, reminders)))));
    }

    private Uni<Integer> completeEnded(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        return mentorships.openEndedBefore(today).flatMap(due -> count(due,
                m -> m.complete(now) ? events.completed(m).replaceWith(1) : Uni.createFrom().item(0)));
    }

    private Uni<Integer> flagQuiet(Map<UUID, NudgePlanner.Policy> byProgram, Instant now) {
        return mentorships.open().flatMap(open -> sessions.nextStarts(now).flatMap(next -> {
            Map<UUID, Mentorship> byId = open.stream().collect(Collectors.toMap(Mentorship::id, Function.identity()));
            List<NudgePlanner.AtRisk> due = open.stream()
                    .flatMap(m -> NudgePlanner.atRisk(List.of(new NudgePlanner.Quietness(m.id(), m.startedAt(), m.lastSessionAt(),
                            next.get(m.id()))), policyOf(byProgram, m.programId()), now).stream())
                    .toList();
            return count(due, nudge -> claims.claim(nudge.key(), now).flatMap(claimed -> {
                if (!claimed) {
                    return Uni.createFrom().item(0);
                }
                Mentorship m = byId.get(nudge.mentorshipId());
                m.markAtRisk();
                return events.atRisk(m, nudge.weeksWithoutSession()).replaceWith(1);
            }));
        }));
    }

    private Uni<Integer> remind(Map<UUID, NudgePlanner.Policy> byProgram, Instant now) {
        return sessions.scheduledBetween(now, now.plus(LONGEST_REMINDER)).flatMap(upcoming -> {
            Map<UUID, Session> byId = upcoming.stream().collect(Collectors.toMap(Session::id, Function.identity()));
            List<NudgePlanner.Reminder> due = upcoming.stream()
                    .flatMap(s -> NudgePlanner.reminders(List.of(new NudgePlanner.Upcoming(s.id(), s.startsAt())),
                            policyOf(byProgram, s.programId()), now).stream())
                    .toList();
            return count(due, r -> claims.claim(r.key(), now).flatMap(claimed -> claimed
                    ? events.reminderDue(byId.get(r.sessionId())).replaceWith(1)
                    : Uni.createFrom().item(0)));
        });
    }

    private NudgePlanner.Policy policyOf(Map<UUID, NudgePlanner.Policy> byProgram, UUID programId) {
        return byProgram.getOrDefault(programId, config.defaults());
    }

    /** Applies {@code step} to each item in turn (one session, one transaction) and adds up what it counted. */
    private static <T> Uni<Integer> count(List<T> items, Function<T, Uni<Integer>> step) {
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(step::apply)
                .collect().asList().map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }
}
