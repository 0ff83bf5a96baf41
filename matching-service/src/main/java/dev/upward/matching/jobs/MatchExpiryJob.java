package dev.upward.matching.jobs;

import dev.upward.matching.app.ExpireMatches;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Every {@code upward.matching.expiry-interval}, expires the proposals nobody answered in time. */
@ApplicationScoped
public class MatchExpiryJob {

    private static final Logger LOG = Logger.getLogger(MatchExpiryJob.class);

    private final ExpireMatches expireMatches;

    public MatchExpiryJob(ExpireMatches expireMatches) {
        this.expireMatches = expireMatches;
    }

    @Scheduled(identity = "match-expiry", every = "${upward.matching.expiry-interval:PT1M}",
            delayed = "${upward.matching.expiry-interval:PT1M}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> expire() {
        return expireMatches.expireDue()
                .invoke(expired -> {
                    if (expired > 0) {
                        LOG.infof("expired %d unanswered match proposals", expired);
                    }
                })
                // a failed round is retried by the next one
                .onFailure().invoke(e -> LOG.warn("expiring match proposals failed; trying again next round", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
