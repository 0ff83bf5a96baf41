package dev.upward.analytics.api;

import dev.upward.analytics.domain.ProgramKpis;
import dev.upward.analytics.domain.ProgramKpis.Figure;
import dev.upward.analytics.domain.WeeklySeries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The KPI tables as CSV (RFC 4180, CRLF line ends). A suppressed cell is empty, with
 * {@code suppressed} true beside it. Text that a spreadsheet would run as a formula gets a
 * leading apostrophe, since department names come from an outside system.
 */
public final class KpiCsv {

    public static final Set<String> TABLES = Set.of("headline", "enrolment-by-department", "satisfaction",
            "skill-growth", "retention", "pairing-matrix");

    private KpiCsv() {
    }

    public static String table(String name, ProgramKpis k) {
        List<List<Object>> rows = new ArrayList<>();
        switch (name) {
            case "headline" -> {
                rows.add(List.of("kpi", "value"));
                headline(k).forEach((key, value) -> rows.add(list(key, value)));
            }
            case "enrolment-by-department" -> {
                rows.add(List.of("role", "department", "people", "suppressed"));
                k.enrolmentByDepartment().mentors().forEach(c -> rows.add(list("MENTOR", c.key(), c.people(), c.suppressed())));
                k.enrolmentByDepartment().mentees().forEach(c -> rows.add(list("MENTEE", c.key(), c.people(), c.suppressed())));
            }
            case "satisfaction" -> {
                rows.add(List.of("group", "value", "suppressed"));
                rows.add(list("mean", k.satisfaction().mean().value(), k.satisfaction().mean().suppressed()));
                k.satisfaction().byRole().forEach(c -> rows.add(list("mean " + c.key(), c.mean(), c.suppressed())));
                k.satisfaction().distribution().forEach(c -> rows.add(list("forms rating " + c.rating(), c.forms(),
                        c.suppressed())));
            }
            case "skill-growth" -> {
                rows.add(List.of("role", "skill", "preMean", "postMean", "delta", "suppressed"));
                skillRows(rows, "MENTOR", k.skillGrowth().mentors());
                skillRows(rows, "MENTEE", k.skillGrowth().mentees());
            }
            case "retention" -> {
                rows.add(List.of("group", "from", "to", "rate", "suppressed"));
                Figure own = k.retention().participants();
                Figure others = k.retention().comparison();
                rows.add(list("participants", k.retention().from(), k.retention().to(), own.value(), own.suppressed()));
                rows.add(list("comparable non-participants", k.retention().from(), k.retention().to(), others.value(),
                        others.suppressed()));
            }
            case "pairing-matrix" -> {
                rows.add(List.of("mentorDepartment", "menteeDepartment", "pairs", "suppressed"));
                k.pairingMatrix().forEach(c -> rows.add(list(c.mentorDepartment(), c.menteeDepartment(), c.pairs(),
                        c.suppressed())));
            }
            default -> throw new IllegalArgumentException("no KPI table " + name);
        }
        return render(rows);
    }

    public static String weekly(List<WeeklySeries.Week> weeks) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("weekStart", "enrolments", "matchesAccepted", "mentorshipsStarted", "sessionsCompleted",
                "feedbackSubmitted", "satisfaction", "satisfactionSuppressed"));
        weeks.forEach(w -> rows.add(list(w.weekStart(), w.enrolments(), w.matchesAccepted(), w.mentorshipsStarted(),
                w.sessionsCompleted(), w.feedbackSubmitted(), w.satisfaction().value(), w.satisfaction().suppressed())));
        return render(rows);
    }

    /** The plain figures of the KPI document, in its order; shared by the CSV and the report. */
    public static Map<String, Object> headline(ProgramKpis k) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("mentorsEnrolled", k.mentorsEnrolled());
        h.put("menteesEnrolled", k.menteesEnrolled());
        h.put("participantsEnrolled", k.participantsEnrolled());
        h.put("participantsLeft", k.participantsLeft());
        h.put("matchesProposed", k.matchesProposed());
        h.put("matchesAccepted", k.matchesAccepted());
        h.put("matchesDeclined", k.matchesDeclined());
        h.put("matchesExpired", k.matchesExpired());
        h.put("matchesEnded", k.matchesEnded());
        h.put("matchedParticipants", k.matchedParticipants());
        h.put("matchRate", k.matchRate());
        h.put("acceptanceRate", k.acceptanceRate());
        h.put("medianDaysToMatch", k.medianDaysToMatch());
        h.put("medianDaysToFirstSession", k.medianDaysToFirstSession());
        h.put("mentorshipsStarted", k.mentorshipsStarted());
        h.put("mentorshipsActive", k.mentorshipsActive());
        h.put("mentorshipsAtRisk", k.mentorshipsAtRisk());
        h.put("mentorshipsCompleted", k.mentorshipsCompleted());
        h.put("mentorshipsEndedEarly", k.mentorshipsEndedEarly());
        h.put("completionRate", k.completionRate());
        h.put("sessionsScheduled", k.sessionsScheduled());
        h.put("sessionsUpcoming", k.sessionsUpcoming());
        h.put("sessionsCompleted", k.sessionsCompleted());
        h.put("sessionsCancelled", k.sessionsCancelled());
        h.put("sessionsMissed", k.sessionsMissed());
        h.put("sessionsPerMentorship", k.sessionsPerMentorship());
        h.put("feedbackSubmitted", k.feedbackSubmitted());
        h.put("fitChecksSubmitted", k.fitChecksSubmitted());
        h.put("assessmentsSubmitted", k.assessmentsSubmitted());
        h.put("rematchesRequested", k.rematchesRequested());
        h.put("rematchRate", k.rematchRate());
        return h;
    }

    private static void skillRows(List<List<Object>> rows, String role, ProgramKpis.RoleSkillGrowth growth) {
        rows.add(list(role, "(all skills)", null, null, growth.delta().value(), growth.delta().suppressed()));
        growth.skills().forEach(c -> rows.add(list(role, c.skill(), c.preMean(), c.postMean(), c.delta(), c.suppressed())));
    }

    private static List<Object> list(Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        for (Object v : values) {
            row.add(v);
        }
        return row;
    }

    private static String render(List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        Function<Object, String> cell = KpiCsv::cell;
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : ",").append(cell.apply(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
