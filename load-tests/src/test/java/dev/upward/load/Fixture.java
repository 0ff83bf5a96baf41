package dev.upward.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * A programme in full swing, built through the public APIs before the load starts: {@code pairs}
 * juniors mentoring as many senior leaders, each with a Keycloak account carrying its employee
 * id, hired through the HRIS topic, enrolled, matched, accepted, with one session already held so
 * that both members owe feedback. A second launched programme with the same people enrolled and
 * never matched is what admins preview matching runs on.
 */
record Fixture(String tag, String programId, String previewProgramId, List<Pair> pairs, Tokens tokens) {

    static final String PASSWORD = "load-password";

    record Pair(int index, String mentor, String mentee, String mentorshipId, String heldSessionId) {
    }

    static Fixture build(int pairs) {
        String tag = Long.toString(System.currentTimeMillis() / 1000 % 46_656_000L, 36);
        Tokens tokens = new Tokens();
        long started = System.nanoTime();
        progress("building a programme of " + pairs + " pairs (run tag " + tag + ")");
        KeycloakUsers users = new KeycloakUsers();
        List<String> mentors = new ArrayList<>();
        List<String> mentees = new ArrayList<>();
        try (Hris hris = new Hris()) {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 1; i <= pairs; i++) {
                mentors.add(person(users, hris, sent, tokens, tag, "m", i, "Data Platform", 2));
                mentees.add(person(users, hris, sent, tokens, tag, "e", i, "Sales", 9));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not hire the load participants: " + e.getMessage(), e);
        }
        progress("created " + 2 * pairs + " Keycloak users and hired them through " + Hris.TOPIC);
        String connector = tokens.connector();
        for (String employee : employeeIds(tag, pairs)) {
            Http.until("employee " + employee + " in participant-service", 120,
                    () -> Http.get(Endpoints.PARTICIPANT + "/employees/" + employee, connector), a -> a.status() == 200);
        }
        tokens.register("hannah.hr", "hannah");
        String admin = tokens.bearer("hannah.hr");
        String programId = launchedProgramme(admin, "Load cohort " + tag);
        String previewId = launchedProgramme(admin, "Load preview cohort " + tag);
        for (int i = 0; i < pairs; i++) {
            for (String programme : List.of(programId, previewId)) {
                enrol(tokens.bearer(mentors.get(i)), programme, "{\"role\":\"MENTOR\",\"profile\":{\"formats\":[\"VIDEO\"],"
                        + "\"skillsOffered\":[{\"skill\":\"ai\",\"proficiency\":5},{\"skill\":\"digital-tools\",\"proficiency\":4}]}}");
                enrol(tokens.bearer(mentees.get(i)), programme, "{\"role\":\"MENTEE\",\"profile\":{\"formats\":[\"VIDEO\"],"
                        + "\"learningGoals\":[{\"skill\":\"ai\",\"priority\":5}]}}");
            }
        }
        progress("enrolled everyone in two programmes");
        for (String programme : List.of(programId, previewId)) {
            Http.until("all " + pairs + " pairs matchable in " + programme, 120,
                    () -> Http.post(Endpoints.MATCHING + "/programs/" + programme + "/matching-runs/preview", admin, null),
                    a -> a.status() == 200 && a.json().path("matched").asInt() == pairs);
        }
        Http.post(Endpoints.MATCHING + "/programs/" + programId + "/matching-runs", admin, null).expect(200, "matching run");
        List<String> mentorships = acceptAll(tokens, programId, mentors, mentees);
        progress("matched and accepted: " + mentorships.size() + " mentorships");
        List<Pair> result = holdFirstSessions(tokens, mentors, mentees, mentorships);
        progress(String.format("fixture ready in %.0f s", (System.nanoTime() - started) / 1e9));
        return new Fixture(tag, programId, previewId, List.copyOf(result), tokens);
    }

    static List<String> employeeIds(String tag, int pairs) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= pairs; i++) {
            ids.add(employeeId(tag, "m", i));
            ids.add(employeeId(tag, "e", i));
        }
        return ids;
    }

    private static String employeeId(String tag, String kind, int i) {
        return ("L" + tag + kind + i).toUpperCase();
    }

    private static String person(KeycloakUsers users, Hris hris, List<Future<?>> sent, Tokens tokens, String tag, String kind,
                                 int i, String department, int level) {
        String username = "load-" + tag + "-" + kind + i;
        String employee = employeeId(tag, kind, i);
        users.create(username, PASSWORD, employee);
        tokens.register(username, PASSWORD);
        sent.add(hris.hire(employee, department, level));
        return username;
    }

    private static String launchedProgramme(String admin, String name) {
        String id = Http.post(Endpoints.PARTICIPANT + "/programs", admin, Map.of("name", name,
                        "focusTopics", List.of("ai", "digital-tools"), "startsOn", LocalDate.now().minusDays(1).toString(),
                        "endsOn", LocalDate.now().plusMonths(6).toString()))
                .expect(201, "create programme").json().path("id").asText();
        Http.post(Endpoints.PARTICIPANT + "/programs/" + id + "/launch", admin, null).expect(200, "launch programme");
        return id;
    }

    private static void enrol(String token, String programId, String body) {
        Http.post(Endpoints.PARTICIPANT + "/programs/" + programId + "/enrolments", token, body).expect(201, "enrolment");
    }

    private static List<String> acceptAll(Tokens tokens, String programId, List<String> mentors, List<String> mentees) {
        List<String> mentorships = new ArrayList<>();
        for (int i = 0; i < mentors.size(); i++) {
            String mentor = mentors.get(i);
            Http.Answer match = Http.until("the proposal to " + mentor, 120,
                    () -> Http.get(Endpoints.MATCHING + "/matches/mine", tokens.bearer(mentor)),
                    a -> a.status() == 200 && findIn(a.json(), "programId", programId) != null);
            String matchId = findIn(match.json(), "programId", programId).path("matchId").asText();
            String mentee = null;
            for (String candidate : mentees) {
                JsonNode theirs = findIn(Http.get(Endpoints.MATCHING + "/matches/mine", tokens.bearer(candidate)).json(),
                        "matchId", matchId);
                if (theirs != null) {
                    mentee = candidate;
                    break;
                }
            }
            if (mentee == null) {
                throw new IllegalStateException("no mentee holds match " + matchId);
            }
            // the pairing chosen by the solver decides who mentors whom: keep the lists aligned
            int at = mentees.indexOf(mentee);
            mentees.set(at, mentees.get(i));
            mentees.set(i, mentee);
            Http.post(Endpoints.MATCHING + "/matches/" + matchId + "/acceptance", tokens.bearer(mentor), null).expect(200, "accept");
            Http.post(Endpoints.MATCHING + "/matches/" + matchId + "/acceptance", tokens.bearer(mentee), null).expect(200, "accept");
            String menteeToken = tokens.bearer(mentee);
            JsonNode mine = Http.until("the mentorship of " + matchId, 120,
                    () -> Http.get(Endpoints.SESSION + "/mentorships/mine", menteeToken),
                    a -> a.status() == 200 && findIn(a.json(), "matchId", matchId) != null).json();
            mentorships.add(findIn(mine, "matchId", matchId).path("id").asText());
        }
        return mentorships;
    }

    /** One session per pair, a few seconds ahead, then held: both members then owe feedback. */
    private static List<Pair> holdFirstSessions(Tokens tokens, List<String> mentors, List<String> mentees, List<String> mentorships) {
        Instant start = Instant.now().plusSeconds(20 + mentorships.size() / 4);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < mentorships.size(); i++) {
            sessions.add(Http.post(Endpoints.SESSION + "/mentorships/" + mentorships.get(i) + "/sessions", tokens.bearer(mentees.get(i)),
                            Map.of("startsAt", start.toString(), "durationMinutes", 15, "format", "VIDEO", "topics", List.of("ai")))
                    .expect(201, "first session").json().path("id").asText());
        }
        while (!Instant.now().isAfter(start.plusSeconds(1))) {
            Http.pause(250);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < mentorships.size(); i++) {
            Http.post(Endpoints.SESSION + "/sessions/" + sessions.get(i) + "/completion", tokens.bearer(mentors.get(i)), null)
                    .expect(200, "complete the first session");
            pairs.add(new Pair(i, mentors.get(i), mentees.get(i), mentorships.get(i), sessions.get(i)));
        }
        Pair last = pairs.get(pairs.size() - 1);
        for (String member : List.of(last.mentor(), last.mentee())) {
            Http.until("the feedback request of " + member, 120,
                    () -> Http.get(Endpoints.FEEDBACK + "/feedback/requests", tokens.bearer(member)),
                    a -> a.status() == 200 && a.body().contains(last.heldSessionId()));
        }
        progress("held one session per pair; feedback requests are out");
        return pairs;
    }

    static JsonNode findIn(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        return null;
    }

    static void progress(String message) {
        System.out.printf("[load %tT] %s%n", System.currentTimeMillis(), message);
    }
}
