package dev.upward.analytics.persistence;

import dev.upward.analytics.domain.ProgramFacts;
import dev.upward.analytics.domain.ProgramFacts.DepartmentCount;
import dev.upward.analytics.domain.ProgramFacts.MentorshipHistory;
import dev.upward.analytics.domain.ProgramFacts.Pairing;
import dev.upward.analytics.domain.ProgramFacts.RatingCount;
import dev.upward.analytics.domain.ProgramFacts.RetentionStratum;
import dev.upward.analytics.domain.ProgramFacts.SkillPairs;
import dev.upward.analytics.domain.RetentionWindow;
import dev.upward.analytics.domain.WeeklySeries;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads what the KPIs of one programme are computed from. The queries group in the database
 * wherever grouping loses nothing (counts per role and department, sums per skill), so even a
 * programme of ten thousand people moves only a few thousand rows; they run in parallel on the
 * pool. A rater is the participant behind a form, found through the mentorship and role.
 */
@ApplicationScoped
public class FactReads {

    private static final String RATER = """
            coalesce((case f.role when 'MENTOR' then m.mentor_participant_id else m.mentee_participant_id end)::text,
                     f.mentorship_id::text || f.role)""";

    private static final String PROGRAM = """
            select program_id, name, status, starts_on, ends_on, now() from program_kpi where program_id = $1""";

    private static final String ENROLMENT = """
            select p.role, coalesce(e.department, p.department, 'unknown'), count(*)::int,
                   (count(*) filter (where p.left_at is not null))::int
            from participant p left join employee e on e.employee_id = p.employee_id
            where p.program_id = $1 and p.enrolled_at is not null and p.role is not null
            group by 1, 2""";

    private static final String TIME_TO_MATCH = """
            with firsts as (
                select pid, min(accepted_at) as at from (
                    select mentor_participant_id as pid, accepted_at from match where program_id = $1 and accepted_at is not null
                    union all
                    select mentee_participant_id, accepted_at from match where program_id = $1 and accepted_at is not null) a
                where pid is not null group by pid)
            select count(*)::int,
                   coalesce(array_agg((greatest(0, extract(epoch from (f.at - p.enrolled_at))) / 86400.0)::float8)
                            filter (where p.enrolled_at is not null), '{}')
            from firsts f left join participant p on p.participant_id = f.pid""";

    private static final String MATCHES = """
            select count(*)::int, count(accepted_at)::int, count(declined_at)::int, count(expired_at)::int,
                   count(ended_at)::int
            from match where program_id = $1""";

    private static final String MENTORSHIPS = """
            select m.started_at, m.at_risk_at, m.completed_at,
                   (x.ended_at is not null and coalesce(x.ended_reason, '') <> 'COMPLETED'),
                   m.rematch_requested_at is not null, s.first_at, s.last_at, coalesce(s.held, 0)::int
            from mentorship m
            left join match x on x.match_id = m.match_id
            left join (select mentorship_id, min(coalesce(starts_at, completed_at)) as first_at,
                              max(completed_at) as last_at, count(*) as held
                       from session where program_id = $1 and status = 'COMPLETED' group by mentorship_id) s
                   on s.mentorship_id = m.mentorship_id
            where m.program_id = $1""";

    private static final String SESSIONS = """
            select count(*)::int, (count(*) filter (where status = 'SCHEDULED'))::int,
                   (count(*) filter (where status = 'COMPLETED'))::int, (count(*) filter (where status = 'CANCELLED'))::int,
                   (count(*) filter (where status = 'MISSED'))::int
            from session where program_id = $1""";

    private static final String RATINGS = """
            select f.role, f.rating, count(*)::int, count(distinct %s)::int
            from feedback f left join mentorship m on m.mentorship_id = f.mentorship_id
            where f.program_id = $1 group by 1, 2""".formatted(RATER);

    private static final String RATERS = """
            select count(distinct %1$s)::int, (count(distinct %1$s) filter (where f.role = 'MENTOR'))::int,
                   (count(distinct %1$s) filter (where f.role <> 'MENTOR'))::int
            from feedback f left join mentorship m on m.mentorship_id = f.mentorship_id
            where f.program_id = $1""".formatted(RATER);

    private static final String FIT_CHECKS = """
            select count(*)::int, (count(*) filter (where not f.working))::int, count(distinct %s)::int
            from fit_check f left join mentorship m on m.mentorship_id = f.mentorship_id
            where f.program_id = $1""".formatted(RATER);

    private static final String ASSESSMENTS = "select count(*)::int from assessment where program_id = $1";

    private static final String SKILLS = """
            select pre.role, pre.skill, count(*)::int, sum(pre.score)::bigint, sum(post.score)::bigint
            from skill_rating pre
            join skill_rating post on post.participant_id = pre.participant_id and post.skill = pre.skill
                                  and post.phase = 'POST'
            where pre.program_id = $1 and pre.phase = 'PRE'
            group by 1, 2""";

    /** Participants with HRIS facts who were employed when the window opened. */
    private static final String RETAINED_PARTICIPANTS = """
            with part as (select distinct employee_id from participant
                          where program_id = $1 and enrolled_at is not null and employee_id is not null)
            select e.department, e.job_level, count(*)::int,
                   (count(*) filter (where e.termination_date is null or e.termination_date > $3))::int
            from part join employee e on e.employee_id = part.employee_id
            where (e.hire_date is null or e.hire_date <= $2) and (e.termination_date is null or e.termination_date >= $2)
            group by 1, 2""";

    /**
     * Everyone else employed when the window opened, in the departments and levels the participants come from.
     * The exclusion probes {@code participant} by employee id (an index) rather than the set of
     * participants: right after a rebuild, before autovacuum has analysed the new rows, the
     * planner guesses a programme has a few dozen participants and ran an anti-join against
     * that set for every colleague, 56 s for a programme of 10,000.
     */
    private static final String RETAINED_OTHERS = """
            with strata as (select distinct e.department, e.job_level from participant p join employee e using (employee_id)
                            where p.program_id = $1 and p.enrolled_at is not null
                              and e.department is not null and e.job_level is not null)
            select e.department, e.job_level, count(*)::int,
                   (count(*) filter (where e.termination_date is null or e.termination_date > $3))::int
            from employee e join strata s on s.department = e.department and s.job_level = e.job_level
            where not exists (select 1 from participant p
                              where p.employee_id = e.employee_id and p.program_id = $1 and p.enrolled_at is not null)
              and (e.hire_date is null or e.hire_date <= $2) and (e.termination_date is null or e.termination_date >= $2)
            group by 1, 2""";

    private static final String PAIRINGS = """
            select coalesce(em.department, pm.department, 'unknown'), coalesce(ee.department, pe.department, 'unknown'),
                   count(*)::int,
                   (count(distinct x.mentor_participant_id) + count(distinct x.mentee_participant_id))::int
            from match x
            left join participant pm on pm.participant_id = x.mentor_participant_id
            left join employee em on em.employee_id = pm.employee_id
            left join participant pe on pe.participant_id = x.mentee_participant_id
            left join employee ee on ee.employee_id = pe.employee_id
            where x.program_id = $1 and x.accepted_at is not null
            group by 1, 2""";

    private static final String WEEKLY = """
            select (date_trunc('week', enrolled_at at time zone 'UTC'))::date, 'ENROLMENTS', count(*)::int
                from participant where program_id = $1 and enrolled_at is not null and role is not null group by 1
            union all
            select (date_trunc('week', accepted_at at time zone 'UTC'))::date, 'MATCHES_ACCEPTED', count(*)::int
                from match where program_id = $1 and accepted_at is not null group by 1
            union all
            select (date_trunc('week', started_at at time zone 'UTC'))::date, 'MENTORSHIPS_STARTED', count(*)::int
                from mentorship where program_id = $1 and started_at is not null group by 1
            union all
            select (date_trunc('week', coalesce(starts_at, completed_at) at time zone 'UTC'))::date, 'SESSIONS_COMPLETED',
                   count(*)::int
                from session where program_id = $1 and status = 'COMPLETED' group by 1
            union all
            select (date_trunc('week', submitted_at at time zone 'UTC'))::date, 'FEEDBACK_SUBMITTED', count(*)::int
                from feedback where program_id = $1 group by 1""";

    private static final String WEEKLY_RATINGS = """
            select (date_trunc('week', f.submitted_at at time zone 'UTC'))::date, count(*)::int, sum(f.rating)::bigint,
                   count(distinct %s)::int
            from feedback f left join mentorship m on m.mentorship_id = f.mentorship_id
            where f.program_id = $1 group by 1""".formatted(RATER);

    private final Pool database;

    public FactReads(Pool database) {
        this.database = database;
    }

    public Uni<Optional<ProgramFacts.Program>> program(UUID programId) {
        return rows(PROGRAM, Tuple.of(programId), r -> new ProgramFacts.Program(r.getUUID(0), r.getString(1),
                r.getString(2), r.getLocalDate(3), r.getLocalDate(4), instant(r.getOffsetDateTime(5))))
                .map(list -> list.stream().findFirst());
    }

    /** Every fact of the programme; window is where retention is measured, if the programme has begun. */
    public Uni<ProgramFacts> facts(ProgramFacts.Program program, Optional<RetentionWindow> window) {
        Tuple id = Tuple.of(program.programId());
        Uni<List<DepartmentCount>> enrolment = rows(ENROLMENT, id, r -> new DepartmentCount(r.getString(0), r.getString(1),
                r.getInteger(2)));
        Uni<Integer> left = rows(ENROLMENT, id, r -> r.getInteger(3)).map(l -> l.stream().mapToInt(Integer::intValue).sum());
        Uni<Object[]> toMatch = rows(TIME_TO_MATCH, id, r -> new Object[] {r.getInteger(0), doubles(r.getArrayOfDoubles(1))})
                .map(l -> l.get(0));
        Uni<ProgramFacts.Matches> matches = one(MATCHES, id, r -> new ProgramFacts.Matches(r.getInteger(0),
                r.getInteger(1), r.getInteger(2), r.getInteger(3), r.getInteger(4)));
        Uni<List<MentorshipHistory>> mentorships = rows(MENTORSHIPS, id, r -> new MentorshipHistory(
                instant(r.getOffsetDateTime(0)), instant(r.getOffsetDateTime(1)), instant(r.getOffsetDateTime(2)),
                r.getBoolean(3), r.getBoolean(4), instant(r.getOffsetDateTime(5)), instant(r.getOffsetDateTime(6)),
                r.getInteger(7)));
        Uni<ProgramFacts.Sessions> sessions = one(SESSIONS, id, r -> new ProgramFacts.Sessions(r.getInteger(0),
                r.getInteger(1), r.getInteger(2), r.getInteger(3), r.getInteger(4)));
        Uni<List<RatingCount>> ratingCounts = rows(RATINGS, id, r -> new RatingCount(r.getString(0), r.getInteger(1),
                r.getInteger(2), r.getInteger(3)));
        Uni<int[]> raters = one(RATERS, id, r -> new int[] {r.getInteger(0), r.getInteger(1), r.getInteger(2)});
        Uni<ProgramFacts.FitChecks> fitChecks = one(FIT_CHECKS, id, r -> new ProgramFacts.FitChecks(r.getInteger(0),
                r.getInteger(1), r.getInteger(2)));
        Uni<Integer> assessments = one(ASSESSMENTS, id, r -> r.getInteger(0));
        Uni<List<SkillPairs>> skills = rows(SKILLS, id, r -> new SkillPairs(r.getString(0), r.getString(1), r.getInteger(2),
                r.getLong(3), r.getLong(4)));
        Uni<List<RetentionStratum>> retention = window.map(w -> retention(program.programId(), w))
                .orElse(Uni.createFrom().item(List.of()));
        Uni<List<Pairing>> pairings = rows(PAIRINGS, id, r -> new Pairing(r.getString(0), r.getString(1), r.getInteger(2),
                r.getInteger(3)));
        return Uni.combine().all().unis(enrolment, left, toMatch, matches, mentorships, sessions, ratingCounts, raters,
                fitChecks, assessments, skills, retention, pairings).with(parts -> {
                    Object[] matched = (Object[]) parts.get(2);
                    int[] r = (int[]) parts.get(7);
                    @SuppressWarnings("unchecked")
                    ProgramFacts facts = new ProgramFacts(program,
                            new ProgramFacts.Enrolment((List<DepartmentCount>) parts.get(0), (Integer) parts.get(1),
                                    (Integer) matched[0], (double[]) matched[1]),
                            (ProgramFacts.Matches) parts.get(3), (List<MentorshipHistory>) parts.get(4),
                            (ProgramFacts.Sessions) parts.get(5),
                            new ProgramFacts.Ratings((List<RatingCount>) parts.get(6), r[0], r[1], r[2]),
                            (ProgramFacts.FitChecks) parts.get(8), (Integer) parts.get(9),
                            (List<SkillPairs>) parts.get(10), (List<RetentionStratum>) parts.get(11),
                            (List<Pairing>) parts.get(12));
                    return facts;
                });
    }

    private Uni<List<RetentionStratum>> retention(UUID programId, RetentionWindow window) {
        Tuple args = Tuple.of(programId, window.from(), window.to());
        record Group(String department, Integer level, int people, int retained) {
        }
        Function<Row, Group> group = r -> new Group(r.getString(0), r.getInteger(1), r.getInteger(2), r.getInteger(3));
        return Uni.combine().all().unis(rows(RETAINED_PARTICIPANTS, args, group), rows(RETAINED_OTHERS, args, group))
                .asTuple().map(t -> {
                    Map<String, RetentionStratum> strata = new LinkedHashMap<>();
                    for (Group g : t.getItem1()) {
                        strata.put(g.department() + "|" + g.level(), new RetentionStratum(g.department(), g.level(),
                                g.people(), g.retained(), 0, 0));
                    }
                    for (Group g : t.getItem2()) {
                        strata.computeIfPresent(g.department() + "|" + g.level(), (k, s) -> new RetentionStratum(
                                s.department(), s.jobLevel(), s.participants(), s.participantsRetained(), g.people(),
                                g.retained()));
                    }
                    return List.copyOf(strata.values());
                });
    }

    public Uni<List<WeeklySeries.Count>> weeklyCounts(UUID programId) {
        return rows(WEEKLY, Tuple.of(programId), r -> new WeeklySeries.Count(r.getLocalDate(0),
                WeeklySeries.Metric.valueOf(r.getString(1)), r.getInteger(2)));
    }

    public Uni<List<WeeklySeries.WeekRatings>> weeklyRatings(UUID programId) {
        return rows(WEEKLY_RATINGS, Tuple.of(programId), r -> new WeeklySeries.WeekRatings(r.getLocalDate(0),
                r.getInteger(1), r.getLong(2), r.getInteger(3)));
    }

    public Uni<Integer> raters(UUID programId) {
        return one(RATERS, Tuple.of(programId), r -> r.getInteger(0));
    }

    private <T> Uni<List<T>> rows(String sql, Tuple args, Function<Row, T> mapper) {
        return database.preparedQuery(sql).execute(args).map(set -> list(set, mapper));
    }

    private <T> Uni<T> one(String sql, Tuple args, Function<Row, T> mapper) {
        return rows(sql, args, mapper).map(l -> l.get(0));
    }

    private static <T> List<T> list(RowSet<Row> set, Function<Row, T> mapper) {
        List<T> out = new ArrayList<>(set.size());
        for (Row row : set) {
            out.add(mapper.apply(row));
        }
        return out;
    }

    private static double[] doubles(Double[] values) {
        double[] out = new double[values == null ? 0 : values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
