package dev.upward.session.messaging;

import dev.upward.session.config.NudgeConfig;
import dev.upward.session.domain.Mentorship;
import dev.upward.session.domain.NudgePlanner;
import dev.upward.session.domain.NudgePolicy;
import dev.upward.session.domain.Session;
import dev.upward.session.persistence.MentorshipRepository;
import dev.upward.session.persistence.NudgePolicyRepository;
import dev.upward.session.persistence.SessionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every {@code upward.nudges.interval}: completes mentorships past their planned end
 * (MentorshipCompleted), flags quiet ones (MentorshipAtRisk) and announces sessions starting
 * soon (SessionReminderDue), all through the outbox. A nudge's key is stored in
 * {@code nudge_sent} in the same transaction as its event; the insert is the claim, so
 * several instances running at once still send each nudge once.
 */
@ApplicationScoped
public class NudgeJob {

    private static final Logger LOG = Logger.getLogger(NudgeJob.class);
    /** Reminders are never due earlier than a week ahead (the policy's upper limit). */
    private static final Duration LONGEST_REMINDER = Duration.ofHours(168);

    /** What one round did. */
    public record Round(int completed, int atRisk, int reminders) {
    }

    private final MentorshipRepository mentorships;
    private final SessionRepository sessions;
    private final NudgePolicyRepository policies;
    private final SessionEvents events;
    private final NudgeConfig config;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public NudgeJob(MentorshipRepository mentorships, SessionRepository sessions, NudgePolicyRepository policies,
                    SessionEvents events, NudgeConfig config, Clock clock) {
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.policies = policies;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    void start(@Observes StartupEvent started) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "session-nudges");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.interval().toMillis();
        timer.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void runQuietly() {
        try {
            Round round = VertxContextSupport.subscribeAndAwait(this::runOnce);
            if (round.completed() + round.atRisk() + round.reminders() > 0) {
                LOG.infof("nudges: %d mentorships completed, %d at risk, %d reminders", round.completed(), round.atRisk(),
                        round.reminders());
            }
        } catch (Throwable e) {
            LOG.warn("the nudge round failed; trying again next round", e);
        }
    }

    public Uni<Round> runOnce() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> policies.listAll()
                .map(list -> list.stream().collect(Collectors.toMap(NudgePolicy::programId, NudgePolicy::policy)))
                .flatMap(byProgramme -> completeEnded(now).flatMap(completed -> flagQuiet(byProgramme, now)
                        .flatMap(atRisk -> remind(byProgramme, now).map(reminders -> new Round(completed, atRisk, reminders))))));
    }

    private Uni<Integer> completeEnded(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        return mentorships.openEndedBefore(today).flatMap(due -> Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(m -> m.complete(now) ? events.completed(m).replaceWith(1) : Uni.createFrom().item(0))
                .collect().asList().map(NudgeJob::sum));
    }

    private Uni<Integer> flagQuiet(Map<UUID, NudgePlanner.Policy> byProgramme, Instant now) {
        return mentorships.open().flatMap(open -> sessions.nextStarts(now).flatMap(next -> {
            Map<UUID, Mentorship> byId = open.stream().collect(Collectors.toMap(Mentorship::id, Function.identity()));
            List<NudgePlanner.AtRisk> due = open.stream()
                    .flatMap(m -> NudgePlanner.atRisk(List.of(new NudgePlanner.Quietness(m.id(), m.startedAt(), m.lastSessionAt(),
                            next.get(m.id()))), policyOf(byProgramme, m.programId()), now).stream())
                    .toList();
            return Multi.createFrom().iterable(due)
                    .onItem().transformToUniAndConcatenate(nudge -> claim(nudge.key(), now).flatMap(claimed -> {
                        Mentorship m = byId.get(nudge.mentorshipId());
                        if (!claimed) {
                            return Uni.createFrom().item(0);
                        }
                        m.markAtRisk();
                        return events.atRisk(m, nudge.weeksWithoutSession()).replaceWith(1);
                    }))
                    .collect().asList().map(NudgeJob::sum);
        }));
    }

    private Uni<Integer> remind(Map<UUID, NudgePlanner.Policy> byProgramme, Instant now) {
        return sessions.scheduledBetween(now, now.plus(LONGEST_REMINDER)).flatMap(upcoming -> {
            Map<UUID, Session> byId = upcoming.stream().collect(Collectors.toMap(Session::id, Function.identity()));
            List<NudgePlanner.Reminder> due = upcoming.stream()
                    .flatMap(s -> NudgePlanner.reminders(List.of(new NudgePlanner.Upcoming(s.id(), s.startsAt())),
                            policyOf(byProgramme, s.programId()), now).stream())
                    .toList();
            return Multi.createFrom().iterable(due)
                    .onItem().transformToUniAndConcatenate(r -> claim(r.key(), now).flatMap(claimed -> claimed
                            ? events.reminderDue(byId.get(r.sessionId())).replaceWith(1)
                            : Uni.createFrom().item(0)))
                    .collect().asList().map(NudgeJob::sum);
        });
    }

    private NudgePlanner.Policy policyOf(Map<UUID, NudgePlanner.Policy> byProgramme, UUID programId) {
        return byProgramme.getOrDefault(programId, config.defaults());
    }

    /** Records the nudge's key; false when it was sent before (by this or another instance). */
    private static Uni<Boolean> claim(String key, Instant now) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("insert into nudge_sent (nudge_key, sent_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, key).setParameter(2, now)
                .executeUpdate()).map(inserted -> inserted == 1);
    }

    private static int sum(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
