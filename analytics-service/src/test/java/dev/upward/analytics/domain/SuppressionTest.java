package dev.upward.analytics.domain;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuppressionTest {

    @Test
    void cellsOfFiveOrMorePeopleAreShown() {
        assertArrayEquals(new boolean[] {false, false, false}, Suppression.hiddenCells(new int[] {5, 7, 12}, true));
    }

    @Test
    void oneSmallCellBesideAShownTotalTakesTheNextSmallestWithIt() {
        // total 25 shown: hiding only the 3 would give it back as 25 - 10 - 12
        assertArrayEquals(new boolean[] {true, true, false}, Suppression.hiddenCells(new int[] {3, 10, 12}, true));
    }

    @Test
    void smallCellsThatTogetherStayBelowFiveTakeAnotherCell() {
        // 1 + 2 hidden would still reveal a group of three through the total
        assertArrayEquals(new boolean[] {true, true, true, false}, Suppression.hiddenCells(new int[] {1, 2, 10, 20}, true));
    }

    @Test
    void twoSmallCellsCoveringFivePeopleAreEnough() {
        assertArrayEquals(new boolean[] {true, true, false}, Suppression.hiddenCells(new int[] {2, 3, 9}, true));
    }

    @Test
    void emptyCellsDescribeNobodyAndCannotCoverOthers() {
        assertArrayEquals(new boolean[] {false, true, true}, Suppression.hiddenCells(new int[] {0, 3, 9}, true));
    }

    @Test
    void withoutAPublishedTotalOnlyTheSmallCellsAreHidden() {
        assertArrayEquals(new boolean[] {true, false}, Suppression.hiddenCells(new int[] {3, 10}, false));
    }

    @Test
    void noHiddenCellCanBeWorkedOutFromTheTotalAndTheVisibleCells() {
        Random random = new Random(42);
        for (int run = 0; run < 20_000; run++) {
            int[] people = new int[1 + random.nextInt(8)];
            for (int i = 0; i < people.length; i++) {
                people[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(15);
            }
            if (Suppression.totalMustBeHidden(people)) {
                continue;
            }
            boolean[] hidden = Suppression.hiddenCells(people, true);
            int count = 0;
            int covered = 0;
            for (int i = 0; i < people.length; i++) {
                if (people[i] > 0 && people[i] < Suppression.MIN_PEOPLE) {
                    assertTrue(hidden[i], "a small cell is hidden");
                }
                if (hidden[i]) {
                    count++;
                    covered += people[i];
                }
            }
            assertTrue(count == 0 || (count >= 2 && covered >= Suppression.MIN_PEOPLE),
                    "the hidden cells are not one alone nor a small group: " + java.util.Arrays.toString(people));
        }
    }
}
