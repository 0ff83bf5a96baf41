package dev.upward.matching.messaging;

import dev.upward.matching.domain.Match;
import dev.upward.matching.persistence.MatchRepository;
import dev.upward.matching.persistence.ParticipantProjectionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Expires proposals nobody answered in time: every {@code upward.matching.expiry-interval}
 * the proposed matches past their deadline become EXPIRED and MatchExpired is published
 * through the outbox, both in one transaction. Running it on several instances at once is
 * harmless: the version column lets only one of them change a match.
 */
@ApplicationScoped
public class MatchExpiry {

    private static final Logger LOG = Logger.getLogger(MatchExpiry.class);

    private final MatchRepository matches;
    private final ParticipantProjectionRepository participants;
    private final MatchEvents events;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService timer;

    public MatchExpiry(MatchRepository matches, ParticipantProjectionRepository participants, MatchEvents events, Clock clock,
                       @ConfigProperty(name = "upward.matching.expiry-interval", defaultValue = "PT1M") Duration interval) {
        this.matches = matches;
        this.participants = participants;
        this.events = events;
        this.clock = clock;
        this.interval = interval;
    }

    void start(@Observes StartupEvent started) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "match-expiry");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::expireQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void expireQuietly() {
        try {
            int expired = VertxContextSupport.subscribeAndAwait(this::expireDue);
            if (expired > 0) {
                LOG.infof("expired %d unanswered match proposals", expired);
            }
        } catch (Throwable e) {
            LOG.warn("expiring match proposals failed; trying again next round", e);
        }
    }

    /** Answers how many proposals expired. */
    public Uni<Integer> expireDue() {
        return Panache.withTransaction(() -> matches.dueForExpiry(clock.instant())
                .flatMap(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(this::expire)
                        .collect().asList().map(List::size)));
    }

    /** Both people go back to the pool with priority: neither chose to end it. */
    private Uni<Match> expire(Match match) {
        if (!match.expireIfDue(clock.instant())) {
            return Uni.createFrom().item(match);
        }
        return PriorityReturn.both(participants, match, clock.instant()).chain(() -> events.expired(match)).replaceWith(match);
    }
}
