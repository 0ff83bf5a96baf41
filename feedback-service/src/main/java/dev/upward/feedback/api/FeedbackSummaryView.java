package dev.upward.feedback.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.upward.feedback.app.FeedbackSummaries.ProgramRelease;
import dev.upward.feedback.domain.Role;
import dev.upward.feedback.domain.disclosure.DisclosureRule;
import dev.upward.feedback.domain.disclosure.FitFigures;
import dev.upward.feedback.domain.disclosure.RatingFigures;
import dev.upward.feedback.domain.disclosure.Release;
import dev.upward.feedback.domain.disclosure.SettledAnswer;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the programme team may know about a programme's feedback: figures over released answers
 * only, each either present or marked suppressed, and never anything that names an author.
 */
public record FeedbackSummaryView(UUID programId, int minimumRespondents, Section<RatingFigures> sessionRatings,
                                  Section<FitFigures> fitChecks, Comments commentsForProgramTeam) {

    static final String INSUFFICIENT = "insufficient responses";

    static FeedbackSummaryView of(ProgramRelease released) {
        return new FeedbackSummaryView(released.programId(), DisclosureRule.MINIMUM_RESPONDENTS,
                Section.of(released.ratings(), RatingFigures::of), Section.of(released.fitChecks(), FitFigures::of),
                Comments.of(released.comments()));
    }

    /** A figure for the whole programme and one per side, each suppressed on its own. */
    public record Section<F>(Figure<F> programme, Figure<F> mentors, Figure<F> mentees) {

        static <V, F> Section<F> of(Release<V> release, Function<List<SettledAnswer<V>>, F> figures) {
            Map<Role, List<SettledAnswer<V>>> sides = release.byRole();
            return new Section<>(
                    release.wholeSuppressed() ? Figure.withheld() : Figure.shown(figures.apply(release.whole())),
                    release.byRoleSuppressed() ? Figure.withheld() : Figure.shown(figures.apply(sides.get(Role.MENTOR))),
                    release.byRoleSuppressed() ? Figure.withheld() : Figure.shown(figures.apply(sides.get(Role.MENTEE))));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure<F>(boolean suppressed, String reason, F figures) {

        static <F> Figure<F> shown(F figures) {
            return new Figure<>(false, null, figures);
        }

        static <F> Figure<F> withheld() {
            return new Figure<>(true, INSUFFICIENT, null);
        }
    }

    /** Comments meant for the programme team, in alphabetical order so that order says nothing about who or when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Comments(boolean suppressed, String reason, List<String> comments) {

        static Comments of(Release<String> release) {
            if (release.wholeSuppressed()) {
                return new Comments(true, INSUFFICIENT, null);
            }
            return new Comments(false, null, release.whole().stream().map(SettledAnswer::value)
                    .filter(c -> c != null && !c.isBlank()).sorted().toList());
        }
    }
}
