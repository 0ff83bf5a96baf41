package dev.upward.session.jobs;

import dev.upward.session.app.NudgeMentorships;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Runs a nudge round every {@code upward.nudges.interval}, the first one interval after start
 * (tests set an hour and run rounds themselves). A failed round is logged and tried again next
 * time; a round still running when the next is due is not doubled.
 */
@ApplicationScoped
public class NudgeJob {

    private static final Logger LOG = Logger.getLogger(NudgeJob.class);

    private final NudgeMentorships nudges;

    public NudgeJob(NudgeMentorships nudges) {
        this.nudges = nudges;
    }

    @Scheduled(identity = "session-nudges", every = "${upward.nudges.interval:PT5M}", delayed = "${upward.nudges.interval:PT5M}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return nudges.runOnce()
                .invoke(round -> {
                    if (round.didAnything()) {
                        LOG.infof("nudges: %d mentorships completed, %d at risk, %d reminders", round.completed(), round.atRisk(),
                                round.reminders());
                    }
                })
                .onFailure().invoke(e -> LOG.warn("the nudge round failed; trying again next round", e))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
