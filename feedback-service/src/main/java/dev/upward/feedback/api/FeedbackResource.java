package dev.upward.feedback.api;

import dev.upward.commons.problem.ProblemException;
import dev.upward.commons.security.Roles;
import dev.upward.feedback.config.FeedbackConfig;
import dev.upward.feedback.domain.CompletedSession;
import dev.upward.feedback.domain.EditWindow;
import dev.upward.feedback.domain.Member;
import dev.upward.feedback.domain.SessionFeedback;
import dev.upward.feedback.messaging.FeedbackEvents;
import dev.upward.feedback.persistence.CompletedSessionRepository;
import dev.upward.feedback.persistence.Memberships;
import dev.upward.feedback.persistence.Memberships.Membership;
import dev.upward.feedback.persistence.MentorshipRefRepository;
import dev.upward.feedback.persistence.SessionFeedbackRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Session feedback by the members of a mentorship. Feedback is readable by its author only:
 * anyone else, the other member included, is answered 404 as if it did not exist.
 */
@Path("/feedback")
@Tag(name = "Session feedback")
public class FeedbackResource {

    private final SessionFeedbackRepository feedback;
    private final CompletedSessionRepository sessions;
    private final MentorshipRefRepository mentorships;
    private final Memberships memberships;
    private final FeedbackEvents events;
    private final Caller caller;
    private final EditWindow editWindow;
    private final Clock clock = Clock.systemUTC();

    public FeedbackResource(SessionFeedbackRepository feedback, CompletedSessionRepository sessions,
                            MentorshipRefRepository mentorships, Memberships memberships, FeedbackEvents events,
                            Caller caller, FeedbackConfig config) {
        this.feedback = feedback;
        this.sessions = sessions;
        this.mentorships = mentorships;
        this.memberships = memberships;
        this.events = events;
        this.caller = caller;
        this.editWindow = new EditWindow(config.editWindow());
    }

    @GET
    @Path("/requests")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithSession
    @Operation(summary = "Completed sessions of my mentorships that I have not rated yet, newest first")
    public Uni<List<FeedbackRequestView>> requests() {
        String me = caller.employeeId();
        return memberships.all(me).flatMap(mine -> {
            Map<UUID, Membership> byMentorship = mine.stream()
                    .collect(Collectors.toMap(m -> m.mentorship().mentorshipId(), Function.identity()));
            return sessions.ofMentorships(byMentorship.keySet()).flatMap(completed -> feedback
                    .byMembers(mine.stream().map(m -> m.member().participantId()).toList())
                    .map(given -> {
                        Set<UUID> rated = given.stream().map(SessionFeedback::sessionId).collect(Collectors.toSet());
                        return completed.stream()
                                .filter(s -> !rated.contains(s.sessionId()))
                                .sorted(Comparator.comparing(CompletedSession::completedAt).reversed())
                                .map(s -> {
                                    Membership m = byMentorship.get(s.mentorshipId());
                                    return new FeedbackRequestView(s.sessionId(), s.mentorshipId(), s.programId(),
                                            m.member().participantId(), m.member().role(), s.completedAt());
                                })
                                .toList();
                    }));
        });
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @WithTransaction
    @Operation(summary = "Rate a completed session of my mentorship (201); a repeat returns the first answer unchanged (200)",
            description = "404 when the session is not completed, unknown, or not of a mentorship I am a member of.")
    public Uni<Response> submit(@Valid @NotNull FeedbackSubmission request, UriInfo uriInfo) {
        String me = caller.employeeId();
        Instant now = clock.instant();
        return sessions.findById(request.sessionId())
                .flatMap(session -> session == null ? Uni.createFrom().nullItem()
                        : mentorships.findById(session.mentorshipId())
                                .flatMap(m -> m == null ? Uni.createFrom().nullItem() : memberships.of(me, m))
                                .map(member -> member == null ? null : new Asked(session, member)))
                .onItem().ifNull().failWith(() -> noRequest(request.sessionId()))
                .flatMap(asked -> feedback.byMemberAndSession(asked.member().participantId(), asked.session().sessionId())
                        .flatMap(existing -> {
                            if (existing != null) {
                                return Uni.createFrom().item(Response.ok(FeedbackView.of(existing, editWindow)).build());
                            }
                            SessionFeedback created = SessionFeedback.submit(asked.session(), asked.member(), me,
                                    request.answer(), now);
                            return feedback.persist(created)
                                    .call(saved -> events.rated(saved, now))
                                    .map(saved -> Response
                                            .created(uriInfo.getAbsolutePathBuilder().path(saved.id().toString()).build())
                                            .entity(FeedbackView.of(saved, editWindow)).build());
                        }));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithTransaction
    @Operation(summary = "Change my feedback while its edit window is open",
            description = "409 edit-window-closed once the answer is final.")
    public Uni<FeedbackView> edit(@PathParam("id") UUID id, @Valid @NotNull FeedbackEdit request) {
        String me = caller.employeeId();
        Instant now = clock.instant();
        return own(id, me).flatMap(found -> {
            boolean ratingChanged = found.edit(request.answer(), editWindow, now);
            Uni<Void> published = ratingChanged ? events.rated(found, now) : Uni.createFrom().voidItem();
            return published.replaceWith(FeedbackView.of(found, editWindow));
        });
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithSession
    @Operation(summary = "My own feedback, newest first")
    public Uni<List<FeedbackView>> mine() {
        return feedback.byAuthor(caller.employeeId())
                .map(list -> list.stream().map(f -> FeedbackView.of(f, editWindow)).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PARTICIPANT)
    @WithSession
    @Operation(summary = "One piece of my own feedback; anyone else's is answered 404")
    public Uni<FeedbackView> get(@PathParam("id") UUID id) {
        return own(id, caller.employeeId()).map(f -> FeedbackView.of(f, editWindow));
    }

    /** 404 rather than 403 for someone else's feedback: not even its existence is revealed. */
    private Uni<SessionFeedback> own(UUID id, String employeeId) {
        return feedback.findById(id)
                .map(found -> found != null && found.isAuthoredBy(employeeId) ? found : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("feedback", id));
    }

    private static ProblemException noRequest(UUID sessionId) {
        return NothingToAnswer.because("there is no feedback request for you on session " + sessionId);
    }

    private record Asked(CompletedSession session, Member member) {
    }
}
