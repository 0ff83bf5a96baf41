package dev.upward.feedback.domain.disclosure;

import dev.upward.feedback.domain.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisclosureRuleTest {

    private static final Instant START = Instant.parse("2027-03-01T00:00:00Z");

    private final DisclosureRule rule = new DisclosureRule();
    private final List<SettledAnswer<Integer>> answers = new ArrayList<>();

    private UUID answer(UUID respondent, Role role, int rating) {
        answers.add(new SettledAnswer<>(UUID.randomUUID(), respondent, role, START.plusSeconds(answers.size()), rating));
        return respondent;
    }

    private UUID newRespondent(Role role, int rating) {
        return answer(UUID.randomUUID(), role, rating);
    }

    private static long respondents(List<SettledAnswer<Integer>> answers) {
        return answers.stream().map(SettledAnswer::respondent).distinct().count();
    }

    @Test
    void fourRespondentsAreSuppressedAndFiveAreShown() {
        for (int i = 0; i < 4; i++) {
            newRespondent(Role.MENTOR, 4);
        }
        assertTrue(rule.release(answers).wholeSuppressed());

        newRespondent(Role.MENTEE, 2);
        Release<Integer> release = rule.release(answers);
        assertEquals(5, release.whole().size());
        assertEquals(new RatingFigures(5, 5, 3.6, java.util.Map.of(1, 0, 2, 1, 3, 0, 4, 4, 5, 0)),
                RatingFigures.of(release.whole()));
        assertTrue(release.byRoleSuppressed(), "one side has a single respondent");
    }

    @Test
    void aSixthAnswerChangesNoFigureSoSubtractingTwoFiguresRevealsNobody() {
        for (int i = 0; i < 5; i++) {
            newRespondent(Role.MENTOR, 3);
        }
        RatingFigures before = RatingFigures.of(rule.release(answers).whole());
        newRespondent(Role.MENTOR, 1);
        assertEquals(before, RatingFigures.of(rule.release(answers).whole()),
                "the sixth person's rating would be today's total minus yesterday's");
        for (int i = 0; i < 3; i++) {
            newRespondent(Role.MENTOR, 1);
        }
        assertEquals(before, RatingFigures.of(rule.release(answers).whole()));
        newRespondent(Role.MENTOR, 1);
        assertEquals(10, rule.release(answers).whole().size(), "five more people make a new block");
    }

    @Test
    void manyAnswersFromFourPeopleStaySuppressed() {
        List<UUID> people = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int session = 0; session < 10; session++) {
            for (UUID person : people) {
                answer(person, Role.MENTEE, 5);
            }
        }
        assertTrue(rule.release(answers).wholeSuppressed());
    }

    @Test
    void theSidesAreShownOnlyOnceBothHaveFiveAndThenAddUpToTheWhole() {
        for (int i = 0; i < 5; i++) {
            newRespondent(Role.MENTOR, 5);
        }
        for (int i = 0; i < 4; i++) {
            newRespondent(Role.MENTEE, 1);
        }
        Release<Integer> fiveAndFour = rule.release(answers);
        assertEquals(5, fiveAndFour.whole().size());
        assertTrue(fiveAndFour.byRoleSuppressed(), "the whole minus the mentors would be four mentees");

        newRespondent(Role.MENTEE, 1);
        Release<Integer> fiveAndFive = rule.release(answers);
        assertEquals(10, fiveAndFive.whole().size());
        assertEquals(5, fiveAndFive.byRole().get(Role.MENTOR).size());
        assertEquals(5, fiveAndFive.byRole().get(Role.MENTEE).size());
        assertEquals(1.0, RatingFigures.of(fiveAndFive.byRole().get(Role.MENTEE)).mean());
    }

    /**
     * Someone who reads the summary after every single answer and subtracts any two figures
     * they saw never gets a group of fewer than five people.
     */
    @Test
    void noDifferenceBetweenAnyFiguresEverSeenDescribesFewerThanFivePeople() {
        Random random = new Random(20270301);
        for (int run = 0; run < 50; run++) {
            answers.clear();
            List<UUID> mentors = new ArrayList<>();
            List<UUID> mentees = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                mentors.add(UUID.randomUUID());
                mentees.add(UUID.randomUUID());
            }
            List<Release<Integer>> seen = new ArrayList<>();
            for (int step = 0; step < 60; step++) {
                boolean mentor = random.nextInt(3) > 0;
                List<UUID> side = mentor ? mentors : mentees;
                answer(side.get(random.nextInt(side.size())), mentor ? Role.MENTOR : Role.MENTEE, 1 + random.nextInt(5));
                seen.add(rule.release(answers));
            }
            for (Release<Integer> r : seen) {
                assertTrue(r.wholeSuppressed() || respondents(r.whole()) >= 5);
                r.byRole().values().forEach(group -> assertTrue(respondents(group) >= 5));
                if (!r.byRoleSuppressed()) {
                    List<SettledAnswer<Integer>> sides = new ArrayList<>(r.byRole().get(Role.MENTOR));
                    sides.addAll(r.byRole().get(Role.MENTEE));
                    assertSmallestDifferenceAtLeastFive(r.whole(), sides);
                }
            }
            for (int a = 0; a < seen.size(); a++) {
                for (int b = a + 1; b < seen.size(); b++) {
                    assertSmallestDifferenceAtLeastFive(seen.get(b).whole(), seen.get(a).whole());
                    for (Role role : Role.values()) {
                        assertSmallestDifferenceAtLeastFive(seen.get(b).byRole().getOrDefault(role, List.of()),
                                seen.get(a).byRole().getOrDefault(role, List.of()));
                    }
                }
            }
        }
    }

    /** {@code later} extends {@code earlier}, and by nothing or by answers of at least five people. */
    private static void assertSmallestDifferenceAtLeastFive(List<SettledAnswer<Integer>> later,
                                                            List<SettledAnswer<Integer>> earlier) {
        Set<UUID> earlierIds = new HashSet<>();
        earlier.forEach(a -> earlierIds.add(a.id()));
        List<SettledAnswer<Integer>> added = later.stream().filter(a -> !earlierIds.contains(a.id())).toList();
        assertEquals(earlier.size(), later.size() - added.size(), "figures only ever grow");
        assertTrue(added.isEmpty() || respondents(added) >= 5,
                "a difference of " + respondents(added) + " respondents would be visible");
    }
}
