package dev.upward.analytics.domain;

import dev.upward.analytics.domain.ProgramFacts.DepartmentCount;
import dev.upward.analytics.domain.ProgramFacts.MentorshipHistory;
import dev.upward.analytics.domain.ProgramFacts.Pairing;
import dev.upward.analytics.domain.ProgramFacts.RatingCount;
import dev.upward.analytics.domain.ProgramFacts.RetentionStratum;
import dev.upward.analytics.domain.ProgramFacts.SkillPairs;
import dev.upward.analytics.domain.ProgramKpis.CountCell;
import dev.upward.analytics.domain.ProgramKpis.Figure;
import dev.upward.analytics.domain.ProgramKpis.MeanCell;
import dev.upward.analytics.domain.ProgramKpis.PairingCell;
import dev.upward.analytics.domain.ProgramKpis.RatingCell;
import dev.upward.analytics.domain.ProgramKpis.RoleSkillGrowth;
import dev.upward.analytics.domain.ProgramKpis.SkillCell;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import static dev.upward.analytics.domain.Stats.ratio;
import static dev.upward.analytics.domain.Stats.round;

/** Turns a programme's facts into its KPIs, applying small-group suppression. Pure: no I/O. */
public final class KpiCalculator {

    public static final String MENTOR = "MENTOR";
    public static final String MENTEE = "MENTEE";
    private static final double SECONDS_PER_DAY = 86_400.0;

    private KpiCalculator() {
    }

    public static ProgramKpis compute(ProgramFacts f, Optional<RetentionWindow> window) {
        int mentors = enrolled(f, MENTOR);
        int mentees = enrolled(f, MENTEE);
        int enrolled = mentors + mentees;
        var m = f.matches();
        MentorshipTally tally = MentorshipTally.of(f.mentorships());
        var s = f.sessions();
        int feedback = f.ratings().counts().stream().mapToInt(RatingCount::forms).sum();
        return new ProgramKpis(f.program().programId(), f.program().name(), f.program().status(),
                f.program().startsOn(), f.program().endsOn(), f.program().asOf(),
                mentors, mentees, enrolled, f.enrolment().left(),
                m.proposed(), m.accepted(), m.declined(), m.expired(), m.ended(),
                f.enrolment().matchedParticipants(), round(ratio(f.enrolment().matchedParticipants(), enrolled)),
                round(ratio(m.accepted(), m.accepted() + m.declined() + m.expired())),
                round(Stats.median(f.enrolment().daysToMatch())), round(Stats.median(tally.daysToFirstSession)),
                tally.started, tally.active, tally.atRisk, tally.completed, tally.endedEarly,
                round(ratio(tally.completed, tally.started)),
                s.scheduled(), s.upcoming(), s.completed(), s.cancelled(), s.missed(),
                round(ratio(s.completed(), tally.started)),
                feedback, f.fitChecks().submitted(), f.assessmentsSubmitted(), tally.rematches,
                round(ratio(tally.rematches, tally.started)),
                satisfaction(f.ratings(), feedback), fitCheckFailures(f.fitChecks()),
                new ProgramKpis.EnrolmentByDepartment(departments(f, MENTOR, mentors), departments(f, MENTEE, mentees)),
                new ProgramKpis.SkillGrowth(skillGrowth(f.skills(), MENTOR), skillGrowth(f.skills(), MENTEE)),
                retention(f.retention(), window), pairing(f.pairings(), m.accepted()));
    }

    private static int enrolled(ProgramFacts f, String role) {
        return f.enrolment().byRoleAndDepartment().stream().filter(c -> role.equals(c.role()))
                .mapToInt(DepartmentCount::people).sum();
    }

    /** Mentorship states: completed, else ended early, else at risk while no session followed the alarm, else active. */
    static final class MentorshipTally {
        int started;
        int active;
        int atRisk;
        int completed;
        int endedEarly;
        int rematches;
        double[] daysToFirstSession;

        static MentorshipTally of(List<MentorshipHistory> histories) {
            MentorshipTally t = new MentorshipTally();
            List<Double> days = new ArrayList<>();
            for (MentorshipHistory h : histories) {
                if (h.startedAt() == null) {
                    continue; // only a rematch or session is known yet; the mentorship itself has not arrived
                }
                t.started++;
                if (h.rematchRequested()) {
                    t.rematches++;
                }
                if (h.completedAt() != null) {
                    t.completed++;
                } else if (h.endedEarly() || h.rematchRequested()) {
                    t.endedEarly++;
                } else if (h.atRiskAt() != null && (h.lastCompletedSessionAt() == null
                        || h.lastCompletedSessionAt().isBefore(h.atRiskAt()))) {
                    t.atRisk++;
                } else {
                    t.active++;
                }
                if (h.firstSessionAt() != null) {
                    days.add(daysBetween(h.startedAt(), h.firstSessionAt()));
                }
            }
            t.daysToFirstSession = days.stream().mapToDouble(Double::doubleValue).toArray();
            return t;
        }
    }

    public static double daysBetween(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / SECONDS_PER_DAY;
    }

    static ProgramKpis.Satisfaction satisfaction(ProgramFacts.Ratings r, int forms) {
        boolean overallShown = Suppression.shown(r.raters());
        long weighted = 0;
        int[] formsPerRating = new int[5];
        int[] ratersPerRating = new int[5];
        long[] weightedByRole = new long[2];
        int[] formsByRole = new int[2];
        for (RatingCount c : r.counts()) {
            weighted += (long) c.rating() * c.forms();
            formsPerRating[c.rating() - 1] += c.forms();
            ratersPerRating[c.rating() - 1] += c.raters();
            int role = MENTOR.equals(c.role()) ? 0 : 1;
            weightedByRole[role] += (long) c.rating() * c.forms();
            formsByRole[role] += c.forms();
        }
        Figure mean = forms == 0 ? new Figure(null, false)
                : overallShown ? new Figure(round((double) weighted / forms), false) : new Figure(null, true);
        // the number of forms is published (an activity count), so the distribution is a breakdown of a shown total
        boolean[] hidden = overallShown ? Suppression.hiddenCells(ratersPerRating, true) : all(5);
        List<RatingCell> distribution = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            boolean suppressed = hidden[i] || (!overallShown && formsPerRating[i] > 0);
            distribution.add(new RatingCell(i + 1, suppressed ? null : formsPerRating[i], suppressed));
        }
        int[] ratersByRole = {r.mentorRaters(), r.menteeRaters()};
        boolean[] roleHidden = Suppression.hiddenCells(ratersByRole, overallShown);
        List<MeanCell> byRole = new ArrayList<>();
        String[] roles = {MENTOR, MENTEE};
        for (int i = 0; i < 2; i++) {
            boolean suppressed = roleHidden[i] || (!overallShown && ratersByRole[i] > 0);
            Double value = suppressed || formsByRole[i] == 0 ? null : round((double) weightedByRole[i] / formsByRole[i]);
            byRole.add(new MeanCell(roles[i], value, suppressed));
        }
        return new ProgramKpis.Satisfaction(mean, distribution, byRole);
    }

    static Figure fitCheckFailures(ProgramFacts.FitChecks c) {
        if (c.submitted() == 0) {
            return new Figure(null, false);
        }
        return Suppression.shown(c.respondents()) ? new Figure(round(ratio(c.notWorking(), c.submitted())), false)
                : new Figure(null, true);
    }

    static List<CountCell> departments(ProgramFacts f, String role, int total) {
        TreeMap<String, Integer> byDepartment = new TreeMap<>();
        f.enrolment().byRoleAndDepartment().stream().filter(c -> role.equals(c.role()))
                .forEach(c -> byDepartment.merge(c.department(), c.people(), Integer::sum));
        List<String> keys = new ArrayList<>(byDepartment.keySet());
        int[] people = keys.stream().mapToInt(byDepartment::get).toArray();
        if (Suppression.totalMustBeHidden(people)) {
            // with the total published, even the list of departments would tell where those few people work
            return List.of();
        }
        // the role's total is published, so the cells are a breakdown of a shown total
        boolean[] hidden = Suppression.hiddenCells(people, total > 0);
        List<CountCell> cells = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            cells.add(new CountCell(keys.get(i), hidden[i] ? null : people[i], hidden[i]));
        }
        return cells;
    }

    static RoleSkillGrowth skillGrowth(List<SkillPairs> all, String role) {
        List<SkillPairs> rows = all.stream().filter(p -> role.equals(p.role()))
                .sorted(java.util.Comparator.comparing(SkillPairs::skill)).toList();
        int pairs = rows.stream().mapToInt(SkillPairs::people).sum();
        long delta = rows.stream().mapToLong(p -> p.postSum() - p.preSum()).sum();
        // the people behind the overall figure are those with any skill rated before and after;
        // the biggest skill cell is a lower bound, which keeps the rule strict
        int people = rows.stream().mapToInt(SkillPairs::people).max().orElse(0);
        boolean overallShown = Suppression.shown(people);
        Figure overall = pairs == 0 ? new Figure(null, false)
                : overallShown ? new Figure(round((double) delta / pairs), false) : new Figure(null, true);
        int[] cellPeople = rows.stream().mapToInt(SkillPairs::people).toArray();
        boolean[] hidden = overallShown ? Suppression.hiddenCells(cellPeople, true) : all(rows.size());
        List<SkillCell> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SkillPairs p = rows.get(i);
            if (hidden[i] || p.people() == 0) {
                cells.add(new SkillCell(p.skill(), null, null, null, hidden[i]));
            } else {
                double pre = (double) p.preSum() / p.people();
                double post = (double) p.postSum() / p.people();
                cells.add(new SkillCell(p.skill(), round(pre), round(post), round(post - pre), false));
            }
        }
        return new RoleSkillGrowth(overall, cells);
    }

    /**
     * Participants' retention, and the others' retention standardised to the participants' mix:
     * each department and level weighs as many participants as it holds, and strata without
     * comparable others drop out of the comparison.
     */
    static ProgramKpis.Retention retention(List<RetentionStratum> strata, Optional<RetentionWindow> window) {
        if (window.isEmpty()) {
            return new ProgramKpis.Retention(null, null, new Figure(null, false), new Figure(null, false));
        }
        int participants = 0;
        int retained = 0;
        double weightedRate = 0;
        int weight = 0;
        int others = 0;
        for (RetentionStratum s : strata) {
            participants += s.participants();
            retained += s.participantsRetained();
            if (s.participants() > 0 && s.others() > 0) {
                weightedRate += s.participants() * ((double) s.othersRetained() / s.others());
                weight += s.participants();
                others += s.others();
            }
        }
        Figure own = participants == 0 ? new Figure(null, false)
                : Suppression.shown(participants) ? new Figure(round(ratio(retained, participants)), false)
                : new Figure(null, true);
        Figure comparison = weight == 0 ? new Figure(null, false)
                : Suppression.shown(others) && Suppression.shown(weight) ? new Figure(round(weightedRate / weight), false)
                : new Figure(null, true);
        return new ProgramKpis.Retention(window.get().from(), window.get().to(), own, comparison);
    }

    static List<PairingCell> pairing(List<Pairing> pairings, int acceptedMatches) {
        List<Pairing> rows = pairings.stream().sorted(java.util.Comparator.comparing(Pairing::mentorDepartment)
                .thenComparing(Pairing::menteeDepartment)).toList();
        int[] people = rows.stream().mapToInt(Pairing::people).toArray();
        if (Suppression.totalMustBeHidden(people)) {
            return List.of();
        }
        boolean[] hidden = Suppression.hiddenCells(people, acceptedMatches > 0);
        List<PairingCell> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            cells.add(new PairingCell(rows.get(i).mentorDepartment(), rows.get(i).menteeDepartment(),
                    hidden[i] ? null : rows.get(i).pairs(), hidden[i]));
        }
        return cells;
    }

    private static boolean[] all(int n) {
        boolean[] hidden = new boolean[n];
        java.util.Arrays.fill(hidden, true);
        return hidden;
    }
}
