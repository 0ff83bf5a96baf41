package dev.upward.feedback.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.feedback.config.FeedbackConfig;
import dev.upward.feedback.domain.CompletedSession;
import dev.upward.feedback.domain.FitCheck;
import dev.upward.feedback.domain.FitCheckSchedule;
import dev.upward.feedback.domain.Member;
import dev.upward.feedback.domain.MentorshipRef;
import dev.upward.feedback.messaging.FeedbackEvents;
import dev.upward.feedback.persistence.CompletedSessionRepository;
import dev.upward.feedback.persistence.FitCheckRepository;
import dev.upward.feedback.persistence.Memberships;
import dev.upward.feedback.persistence.MentorshipRefRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The early "is this working?" check of a mentorship. An answer of "not working" asks for a
 * rematch at once, so a bad pairing does not stall. Answers are readable by their author only.
 */
@Path("/fit-checks")
@Tag(name = "Fit checks")
public class FitCheckResource {

    private final FitCheckRepository fitChecks;
    private final MentorshipRefRepository mentorships;
    private final CompletedSessionRepository sessions;
    private final Memberships memberships;
    private final FeedbackEvents events;
    private final Caller caller;
    private final FitCheckSchedule schedule;
    private final Clock clock = Clock.systemUTC();

    public FitCheckResource(FitCheckRepository fitChecks, MentorshipRefRepository mentorships,
                            CompletedSessionRepository sessions, Memberships memberships, FeedbackEvents events,
                            Caller caller, FeedbackConfig config) {
        this.fitChecks = fitChecks;
        this.mentorships = mentorships;
        this.sessions = sessions;
        this.memberships = memberships;
        this.events = events;
        this.caller = caller;
        this.schedule = new FitCheckSchedule(config.fitCheckAfterSessions());
    }

    @GET
    @Path("/requests")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithSession
    @Operation(summary = "My mentorships whose fit check is open and that I have not answered")
    public Uni<List<FitCheckRequestView>> requests() {
        return memberships.all(caller.employeeId()).flatMap(mine -> sessions
                .ofMentorships(mine.stream().map(m -> m.mentorship().mentorshipId()).toList())
                .flatMap(completed -> fitChecks.byMembers(mine.stream().map(m -> m.member().participantId()).toList())
                        .map(answered -> {
                            Set<UUID> done = answered.stream().map(FitCheck::mentorshipId).collect(Collectors.toSet());
                            Map<UUID, List<Instant>> completions = completed.stream().collect(Collectors.groupingBy(
                                    CompletedSession::mentorshipId,
                                    Collectors.mapping(CompletedSession::completedAt, Collectors.toList())));
                            List<FitCheckRequestView> open = new ArrayList<>();
                            for (Memberships.Membership m : mine) {
                                UUID id = m.mentorship().mentorshipId();
                                Optional<Instant> opened = schedule.opensAt(completions.getOrDefault(id, List.of()));
                                if (opened.isPresent() && !done.contains(id)) {
                                    open.add(new FitCheckRequestView(id, m.mentorship().programId(),
                                            m.member().participantId(), m.member().role(), opened.get()));
                                }
                            }
                            open.sort(Comparator.comparing(FitCheckRequestView::requestedAt).reversed());
                            return open;
                        })));
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @WithTransaction
    @Operation(summary = "Answer the fit check of my mentorship (201); a repeat returns the first answer (200)",
            description = "404 until the fit check is open, and for mentorships I am not a member of. "
                    + "working=false also publishes RematchRequested.")
    public Uni<Response> submit(@Valid @NotNull FitCheckSubmission request, UriInfo uriInfo) {
        String me = caller.employeeId();
        Instant now = clock.instant();
        return mentorships.findById(request.mentorshipId())
                .flatMap(m -> m == null ? Uni.createFrom().<Asked>nullItem() : memberships.of(me, m)
                        .flatMap(member -> member == null ? Uni.createFrom().<Asked>nullItem()
                                : sessions.ofMentorships(List.of(m.mentorshipId())).map(done -> schedule
                                        .opensAt(done.stream().map(CompletedSession::completedAt).toList()).isPresent()
                                        ? new Asked(m, member) : null)))
                .onItem().ifNull().failWith(() -> NothingToAnswer.because(
                        "there is no fit check for you on mentorship " + request.mentorshipId()))
                .flatMap(asked -> fitChecks.byMemberAndMentorship(asked.member().participantId(), request.mentorshipId())
                        .flatMap(existing -> {
                            if (existing != null) {
                                return Uni.createFrom().item(Response.ok(FitCheckView.of(existing)).build());
                            }
                            FitCheck check = FitCheck.answer(asked.mentorship(), asked.member(), me, request.working(),
                                    request.reason(), now);
                            return fitChecks.persist(check)
                                    .call(saved -> events.fitChecked(saved, asked.mentorship()))
                                    .map(saved -> Response
                                            .created(uriInfo.getAbsolutePathBuilder().path(saved.id().toString()).build())
                                            .entity(FitCheckView.of(saved)).build());
                        }));
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithSession
    @Operation(summary = "My own fit checks, newest first")
    public Uni<List<FitCheckView>> mine() {
        return fitChecks.byAuthor(caller.employeeId()).map(list -> list.stream().map(FitCheckView::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithSession
    @Operation(summary = "One of my own fit checks; anyone else's is answered 404")
    public Uni<FitCheckView> get(@PathParam("id") UUID id) {
        String me = caller.employeeId();
        return fitChecks.findById(id)
                .map(found -> found != null && found.isAuthoredBy(me) ? found : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("fit check", id))
                .map(FitCheckView::of);
    }

    private record Asked(MentorshipRef mentorship, Member member) {
    }
}
