package dev.upward.feedback.app;

import dev.upward.feedback.app.Memberships.Membership;
import dev.upward.feedback.domain.CompletedSession;
import dev.upward.feedback.domain.FitCheck;
import dev.upward.feedback.domain.FitCheckSchedule;
import dev.upward.feedback.persistence.CompletedSessionRepository;
import dev.upward.feedback.persistence.FitCheckRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a member may read of fit checks: the open ones and their own answers, nobody else's. */
@ApplicationScoped
public class FitCheckQueries {

    private final FitCheckRepository fitChecks;
    private final CompletedSessionRepository sessions;
    private final Memberships memberships;
    private final FitCheckSchedule schedule;

    public FitCheckQueries(FitCheckRepository fitChecks, CompletedSessionRepository sessions, Memberships memberships,
                           FitCheckSchedule schedule) {
        this.fitChecks = fitChecks;
        this.sessions = sessions;
        this.memberships = memberships;
        this.schedule = schedule;
    }

    /** An open fit check: the mentorship, who the member is in it, and when it opened. */
    public record FitCheckRequest(Membership membership, Instant openedAt) {
    }

    /** The employee's mentorships whose fit check is open and that they have not answered, newest first. */
    @WithSession
    public Uni<List<FitCheckRequest>> requests(String employeeId) {
        return memberships.all(employeeId).flatMap(mine -> sessions
                .ofMentorships(mine.stream().map(m -> m.mentorship().mentorshipId()).toList())
                .flatMap(completed -> fitChecks.byMembers(mine.stream().map(m -> m.member().participantId()).toList())
                        .map(answered -> {
                            Set<UUID> done = answered.stream().map(FitCheck::mentorshipId).collect(Collectors.toSet());
                            Map<UUID, List<Instant>> completions = completed.stream().collect(Collectors.groupingBy(
                                    CompletedSession::mentorshipId,
                                    Collectors.mapping(CompletedSession::completedAt, Collectors.toList())));
                            List<FitCheckRequest> open = new ArrayList<>();
                            for (Membership m : mine) {
                                UUID id = m.mentorship().mentorshipId();
                                Optional<Instant> opened = schedule.opensAt(completions.getOrDefault(id, List.of()));
                                if (opened.isPresent() && !done.contains(id)) {
                                    open.add(new FitCheckRequest(m, opened.get()));
                                }
                            }
                            open.sort(Comparator.comparing(FitCheckRequest::openedAt).reversed());
                            return open;
                        })));
    }

    /** The employee's own fit checks, newest first. */
    @WithSession
    public Uni<List<FitCheck>> mine(String employeeId) {
        return fitChecks.byAuthor(employeeId);
    }

    /** Null for someone else's fit check as for an unknown one. */
    @WithSession
    public Uni<FitCheck> own(String employeeId, UUID id) {
        return fitChecks.findById(id).map(found -> Answered.ownedBy(found, employeeId));
    }
}
