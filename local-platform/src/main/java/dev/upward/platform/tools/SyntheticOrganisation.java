package dev.upward.platform.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up company with a believable shape: a chief executive, department heads, managers
 * and staff over several locations and time zones, with reporting lines, grades from 1
 * (entry) to 20 (executive) and hire dates. The same seed gives the same company. The demo
 * accounts of the local Keycloak realm (E1001 to E1007) are part of it.
 */
final class SyntheticOrganisation {

    record Person(String employeeId, String givenName, String familyName, String department, String jobTitle,
                  int jobLevel, String managerId, String location, String timeZone, List<String> languages,
                  LocalDate hireDate) {

        ObjectNode toHired(long hrisVersion) {
            ObjectNode event = PlatformClient.JSON.createObjectNode();
            event.put("eventType", "EmployeeHired");
            event.put("employeeId", employeeId);
            event.put("email", (givenName + "." + familyName).toLowerCase().replaceAll("[^a-z.]", "") + "."
                    + employeeId.toLowerCase() + "@example.com");
            event.put("givenName", givenName);
            event.put("familyName", familyName);
            event.put("department", department);
            event.put("jobTitle", jobTitle);
            event.put("jobLevel", jobLevel);
            event.put("managerId", managerId);
            event.put("location", location);
            event.put("timeZone", timeZone);
            languages.forEach(event.putArray("languages")::add);
            event.put("hireDate", hireDate.toString());
            event.put("hrisVersion", hrisVersion);
            return event;
        }
    }

    private record Site(String location, String timeZone, String language) {
    }

    static final List<String> DEPARTMENTS = List.of("Finance", "Sales", "Marketing", "Engineering", "Data & Analytics",
            "People & Culture", "Operations", "Customer Service", "Legal");
    private static final List<Site> SITES = List.of(new Site("Berlin", "Europe/Berlin", "de"),
            new Site("London", "Europe/London", "en"), new Site("Lisbon", "Europe/Lisbon", "pt"),
            new Site("New York", "America/New_York", "en"), new Site("Singapore", "Asia/Singapore", "zh"));
    private static final List<String> GIVEN = List.of("Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo",
            "Ines", "Jonas", "Kemi", "Liam", "Mina", "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tara",
            "Umar", "Vera", "Wei", "Xenia", "Yusuf", "Zoe");
    private static final List<String> FAMILY = List.of("Adams", "Becker", "Costa", "Dubois", "Evans", "Fischer",
            "Garcia", "Hoffmann", "Ito", "Jensen", "Kowalski", "Lopez", "Meyer", "Nakamura", "Okafor", "Popescu",
            "Rossi", "Schmidt", "Tanaka", "Weber", "Yilmaz", "Zhang");

    private SyntheticOrganisation() {
    }

    /** About {@code size} people; the first ones are the executive team and the demo accounts. */
    static List<Person> generate(int size, long seed, LocalDate today) {
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>();
        people.add(new Person("E0001", "Marta", "Lindqvist", "Executive Office", "Chief Executive Officer", 20, null,
                "Berlin", "Europe/Berlin", List.of("en", "de", "sv"), LocalDate.of(2009, 3, 1)));
        List<Person> heads = new ArrayList<>();
        for (int d = 0; d < DEPARTMENTS.size(); d++) {
            Site site = SITES.get(d % SITES.size());
            Person head = new Person(String.format("E%04d", d + 2), pick(random, GIVEN), pick(random, FAMILY),
                    DEPARTMENTS.get(d), "Head of " + DEPARTMENTS.get(d), 17 + random.nextInt(2), "E0001",
                    site.location(), site.timeZone(), languages(site), today.minusYears(8 + random.nextInt(12)));
            heads.add(head);
            people.add(head);
        }
        people.addAll(demoAccounts(heads, today));
        int next = 100;
        List<Person> managers = new ArrayList<>();
        for (Person head : heads) {
            for (int m = 0; m < 3; m++) {
                Site site = SITES.get(random.nextInt(SITES.size()));
                Person manager = new Person(String.format("E%04d", next++), pick(random, GIVEN), pick(random, FAMILY),
                        head.department(), "Manager", 12 + random.nextInt(4), head.employeeId(), site.location(),
                        site.timeZone(), languages(site), today.minusYears(4 + random.nextInt(12)));
                managers.add(manager);
                people.add(manager);
            }
        }
        while (people.size() < size) {
            Person manager = managers.get(random.nextInt(managers.size()));
            boolean junior = random.nextInt(100) < 60;
            int level = junior ? 1 + random.nextInt(6) : 7 + random.nextInt(5);
            LocalDate hired = junior ? today.minusDays(30 + random.nextInt(3 * 365)) : today.minusYears(3 + random.nextInt(15));
            Site site = SITES.get(random.nextInt(SITES.size()));
            people.add(new Person(String.format("E%04d", next++), pick(random, GIVEN), pick(random, FAMILY),
                    manager.department(), junior ? "Associate" : "Specialist", level, manager.employeeId(),
                    site.location(), site.timeZone(), languages(site), hired));
        }
        return people;
    }

    /** The realm's demo users, placed so that their roles in the demo programme make sense. */
    private static List<Person> demoAccounts(List<Person> heads, LocalDate today) {
        Person people = heads.get(DEPARTMENTS.indexOf("People & Culture"));
        Person data = heads.get(DEPARTMENTS.indexOf("Data & Analytics"));
        Person engineering = heads.get(DEPARTMENTS.indexOf("Engineering"));
        Person marketing = heads.get(DEPARTMENTS.indexOf("Marketing"));
        Person operations = heads.get(DEPARTMENTS.indexOf("Operations"));
        return List.of(
                new Person("E1001", "Hannah", "Richter", "People & Culture", "HR Programme Lead", 11, people.employeeId(),
                        "Berlin", "Europe/Berlin", List.of("en", "de"), today.minusYears(6)),
                new Person("E1002", "Alex", "Morgan", "Data & Analytics", "People Analyst", 8, data.employeeId(),
                        "London", "Europe/London", List.of("en"), today.minusYears(4)),
                new Person("E1003", "Maya", "Okafor", "Engineering", "Software Engineer", 3, engineering.employeeId(),
                        "Lisbon", "Europe/Lisbon", List.of("en", "pt"), today.minusMonths(18)),
                new Person("E1004", "Sam", "Becker", "Sales", "Sales Director", 16, "E0001",
                        "Berlin", "Europe/Berlin", List.of("en", "de"), today.minusYears(14)),
                new Person("E1005", "Lea", "Nakamura", "Marketing", "Social Media Associate", 2, marketing.employeeId(),
                        "London", "Europe/London", List.of("en", "ja"), today.minusMonths(9)),
                new Person("E1006", "Victor", "Costa", "Finance", "VP Finance", 18, "E0001",
                        "New York", "America/New_York", List.of("en", "pt"), today.minusYears(17)),
                new Person("E1007", "Nora", "Jensen", "Operations", "Operations Planner", 5, operations.employeeId(),
                        "Berlin", "Europe/Berlin", List.of("en", "de"), today.minusYears(2)));
    }

    private static List<String> languages(Site site) {
        return site.language().equals("en") ? List.of("en") : List.of("en", site.language());
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
