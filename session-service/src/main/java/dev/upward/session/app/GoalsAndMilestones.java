package dev.upward.session.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.session.domain.Goal;
import dev.upward.session.domain.Milestone;
import dev.upward.session.persistence.GoalRepository;
import dev.upward.session.persistence.MilestoneRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The goals of a mentorship, how far each has come, and the milestones on the way (MilestoneReached, once). */
@ApplicationScoped
public class GoalsAndMilestones {

    public record GoalWithMilestones(Goal goal, List<Milestone> milestones) {
    }

    public record NewMilestone(String title, LocalDate dueOn) {
    }

    private final GoalRepository goals;
    private final MilestoneRepository milestones;
    private final Membership membership;
    private final SessionEvents events;
    private final Clock clock;

    public GoalsAndMilestones(GoalRepository goals, MilestoneRepository milestones, Membership membership, SessionEvents events,
                              Clock clock) {
        this.goals = goals;
        this.milestones = milestones;
        this.membership = membership;
        this.events = events;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<GoalWithMilestones>> of(UUID mentorshipId) {
        return membership.in(mentorshipId).flatMap(member -> goals.list("mentorshipId", mentorshipId))
                .flatMap(list -> Multi.createFrom().iterable(list)
                        .onItem().transformToUniAndConcatenate(this::withMilestones)
                        .collect().asList());
    }

    @WithTransaction
    public Uni<GoalWithMilestones> add(UUID mentorshipId, String title, List<NewMilestone> steps) {
        return membership.in(mentorshipId).flatMap(member -> {
            member.mentorship().requireOpen();
            Goal goal = new Goal(mentorshipId, title, clock.instant());
            List<Milestone> planned = steps == null ? List.of()
                    : steps.stream().map(m -> new Milestone(goal.id(), m.title(), m.dueOn())).toList();
            return goals.persist(goal).call(() -> milestones.persist(planned)).flatMap(this::withMilestones);
        });
    }

    /** @param percent how far the goal has come, 0-100 */
    @WithTransaction
    public Uni<GoalWithMilestones> progress(UUID mentorshipId, UUID goalId, int percent) {
        return membership.in(mentorshipId).flatMap(member -> goalOf(mentorshipId, goalId))
                .invoke(goal -> goal.progress(percent))
                .flatMap(this::withMilestones);
    }

    @WithTransaction
    public Uni<Milestone> reach(UUID mentorshipId, UUID goalId, UUID milestoneId) {
        return membership.in(mentorshipId).flatMap(member -> goalOf(mentorshipId, goalId)
                .flatMap(goal -> milestones.findById(milestoneId))
                .map(m -> m != null && m.goalId().equals(goalId) ? m : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("milestone", milestoneId))
                .call(m -> m.reach(clock.instant()) ? events.milestoneReached(member.mentorship(), m.id())
                        : Uni.createFrom().voidItem()));
    }

    private Uni<Goal> goalOf(UUID mentorshipId, UUID goalId) {
        return goals.findById(goalId)
                .map(g -> g != null && g.mentorshipId().equals(mentorshipId) ? g : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("goal", goalId));
    }

    private Uni<GoalWithMilestones> withMilestones(Goal goal) {
        return milestones.list("goalId", goal.id()).map(steps -> new GoalWithMilestones(goal, steps));
    }
}
