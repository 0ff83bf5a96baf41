package dev.upward.session.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.session.domain.CalendarFeed;
import dev.upward.session.domain.Session;
import dev.upward.session.persistence.CalendarFeedRepository;
import dev.upward.session.persistence.SessionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A participant's secret calendar feed URLs. Whoever has one sees that person's session times,
 * so only its owner lists or revokes it, and a revoked one shows nothing.
 */
@ApplicationScoped
public class CalendarFeeds {

    private final CalendarFeedRepository feeds;
    private final SessionRepository sessions;
    private final Membership membership;
    private final Clock clock;

    public CalendarFeeds(CalendarFeedRepository feeds, SessionRepository sessions, Membership membership, Clock clock) {
        this.feeds = feeds;
        this.sessions = sessions;
        this.membership = membership;
        this.clock = clock;
    }

    /** The secret token is in the answer only: the feed keeps its hash. */
    @WithTransaction
    public Uni<CalendarFeed.Issued> issue() {
        CalendarFeed.Issued issued = CalendarFeed.issue(membership.employeeId(), clock.instant());
        return feeds.persist(issued.feed()).replaceWith(issued);
    }

    /** Newest first. */
    @WithSession
    public Uni<List<CalendarFeed>> mine() {
        return feeds.ofEmployee(membership.employeeId());
    }

    @WithTransaction
    public Uni<Void> revoke(UUID feedId) {
        String me = membership.employeeId();
        return feeds.findById(feedId)
                .map(feed -> feed != null && feed.employeeId().equals(me) ? feed : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("calendar feed", feedId))
                .invoke(feed -> feed.revoke(clock.instant()))
                .replaceWithVoid();
    }

    /** The sessions of the person behind an active feed's token; the token is the credential. */
    @WithSession
    public Uni<List<Session>> sessionsBehind(String token) {
        return feeds.activeByToken(token)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("calendar feed", "behind this URL"))
                .flatMap(feed -> sessions.ofEmployee(feed.employeeId()));
    }
}
