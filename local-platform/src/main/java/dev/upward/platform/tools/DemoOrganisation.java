package dev.upward.platform.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upward.platform.tools.SyntheticOrganisation.Person;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Loads a demo organisation into a running local platform, only through public interfaces:
 * a few hundred employees as EmployeeHired events on the HRIS topic, then, as the demo HR
 * admin, a launched programme with enrolled mentors and mentees and their profiles.
 * Running it again changes nothing: the HRIS events carry the same versions and the
 * programme is recognised by its name.
 */
public final class DemoOrganisation {

    static final String PROGRAMME = "Digital Leadership (demo)";
    private static final List<String> SKILLS = List.of("ai", "social-media", "digital-tools", "data-literacy",
            "remote-collaboration", "younger-customers");
    private static final List<String> FORMATS = List.of("VIDEO", "IN_PERSON", "WORKSHOP");
    private static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

    private final PlatformClient client = new PlatformClient();
    private final Random random = new Random(7);
    private final LocalDate today = LocalDate.now();

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        try {
            new DemoOrganisation().load(size);
        } catch (RuntimeException e) {
            System.err.println("ERROR: loading the demo organisation failed: " + e.getMessage());
            System.exit(1);
        }
    }

    void load(int size) {
        List<Person> people = SyntheticOrganisation.generate(size, 42, today);
        say("publishing " + people.size() + " employees to hris.employees.v1");
        try (KafkaProducer<String, String> producer = PlatformClient.hrisProducer()) {
            for (Person person : people) {
                producer.send(new ProducerRecord<>("hris.employees.v1", person.employeeId(), person.toHired(1).toString()));
            }
            producer.flush();
        }
        String connector = client.connectorToken();
        awaitDirectory(people.get(people.size() - 1).employeeId(), connector);
        String admin = client.userToken("hannah.hr", "hannah");
        if (demoProgrammeExists(admin)) {
            say("the demo programme '" + PROGRAMME + "' exists already; nothing more to do");
            return;
        }
        String programId = createProgramme(admin);
        List<Person> mentors = pick(people, p -> p.jobLevel() <= 6, List.of("E1003", "E1005"), 24);
        List<Person> mentees = pick(people, p -> p.jobLevel() >= 12, List.of("E1004", "E1006"), 24);
        for (Person mentor : mentors) {
            enrol(admin, programId, mentor, "MENTOR");
        }
        for (Person mentee : mentees) {
            enrol(admin, programId, mentee, "MENTEE");
        }
        say("demo ready: programme " + programId + " with " + mentors.size() + " mentors and " + mentees.size()
                + " mentees; sign in as maya.mentor/maya or sam.senior/sam and call GET /me on :8081");
    }

    private void awaitDirectory(String lastId, String connector) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (client.get(PlatformClient.PARTICIPANT + "/employees/" + lastId, connector).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("participant-service did not store employee " + lastId + " within 120 s;"
                        + " see its log under the platform's state directory");
            }
            PlatformClient.sleep(250);
        }
        say("the employee directory has all employees");
    }

    private boolean demoProgrammeExists(String admin) {
        JsonNode page = PlatformClient.read(client.get(PlatformClient.PARTICIPANT + "/programs?size=200&status=LAUNCHED",
                admin).body());
        for (JsonNode programme : page.path("items")) {
            if (PROGRAMME.equals(programme.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    private String createProgramme(String admin) {
        ObjectNode body = PlatformClient.JSON.createObjectNode();
        body.put("name", PROGRAMME);
        body.put("description", "Junior colleagues help senior leaders get fluent with AI, social media and new ways of working.");
        body.putArray("objectives").add("Every senior leader uses an AI assistant weekly by the end")
                .add("Leaders understand how younger customers and colleagues use social media");
        body.putArray("focusTopics").add("ai").add("digital-tools").add("social-media").add("remote-hybrid");
        body.put("startsOn", today.toString());
        body.put("endsOn", today.plusMonths(6).toString());
        body.put("cadence", "BIWEEKLY");
        body.put("capacity", 40);
        body.put("enrolmentClosesOn", today.plusMonths(1).toString());
        ObjectNode rules = body.putObject("eligibility");
        rules.put("mentorMaxJobLevel", 6);
        rules.put("mentorMaxTenureYears", 3);
        rules.put("menteeMinJobLevel", 12);
        String id = client.postExpecting(201, PlatformClient.PARTICIPANT + "/programs", admin, body.toString()).get("id").asText();
        client.postExpecting(200, PlatformClient.PARTICIPANT + "/programs/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "/launch", admin, null);
        say("created and launched '" + PROGRAMME + "' (" + id + ")");
        return id;
    }

    private void enrol(String admin, String programId, Person person, String role) {
        ObjectNode body = PlatformClient.JSON.createObjectNode();
        body.put("role", role);
        body.put("employeeId", person.employeeId());
        ObjectNode profile = body.putObject("profile");
        List<String> skills = new ArrayList<>(SKILLS);
        Collections.shuffle(skills, random);
        ArrayNode list = profile.putArray(role.equals("MENTOR") ? "skillsOffered" : "learningGoals");
        for (String skill : skills.subList(0, 2 + random.nextInt(2))) {
            list.addObject().put("skill", skill).put(role.equals("MENTOR") ? "proficiency" : "priority", 2 + random.nextInt(4));
        }
        ArrayNode formats = profile.putArray("formats");
        formats.add("VIDEO");
        if (random.nextBoolean()) {
            formats.add(FORMATS.get(1 + random.nextInt(2)));
        }
        ArrayNode slots = profile.putArray("availability");
        for (String day : List.of(DAYS.get(random.nextInt(2)), DAYS.get(2 + random.nextInt(3)))) {
            int hour = 8 + random.nextInt(8);
            slots.addObject().put("day", day).put("start", String.format("%02d:00", hour)).put("end", String.format("%02d:30", hour + 1));
        }
        ObjectNode style = profile.putObject("workingStyle");
        for (String item : List.of("structure", "directness", "pace", "formality", "asyncPreference")) {
            style.put(item, 1 + random.nextInt(5));
        }
        client.postExpecting(201, PlatformClient.PARTICIPANT + "/programs/" + programId + "/enrolments", admin, body.toString());
    }

    private List<Person> pick(List<Person> people, java.util.function.Predicate<Person> eligible, List<String> always, int count) {
        List<Person> pool = new ArrayList<>(people.stream().filter(eligible).filter(p -> !always.contains(p.employeeId())).toList());
        Collections.shuffle(pool, random);
        List<Person> chosen = new ArrayList<>(people.stream().filter(p -> always.contains(p.employeeId())).toList());
        chosen.addAll(pool.subList(0, Math.min(count, pool.size())));
        return chosen;
    }

    private static void say(String message) {
        System.out.printf("[%tT] demo: %s%n", System.currentTimeMillis(), message);
    }
}
