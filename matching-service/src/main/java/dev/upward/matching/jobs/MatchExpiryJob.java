package dev.upward.matching.jobs;

import dev.upward.matching.app.ExpireMatches;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Expires the proposals nobody answered in time every {@code upward.matching.expiry-interval},
 * the first time one interval after start. A failed round is logged and tried again next time;
 * a round still running when the next is due is not doubled.
 */
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
                .onFailure().invoke(e -> LOG.warn("expiring match proposals failed; trying again next round", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
