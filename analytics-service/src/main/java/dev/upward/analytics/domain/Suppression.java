package dev.upward.analytics.domain;

import java.util.Arrays;

/**
 * Small-group suppression. A figure that describes people's answers or attributes is shown only
 * when it is derived from at least {@link #MIN_PEOPLE} people. In a breakdown whose total is
 * shown, hiding the small cells alone is not enough: the total minus the visible cells would
 * give a hidden cell back. So further cells are hidden (the smallest first) until at least two
 * are hidden and the hidden cells together cover at least {@link #MIN_PEOPLE} people; what the
 * total then gives away is an aggregate over a group that is itself large enough.
 */
public final class Suppression {

    public static final int MIN_PEOPLE = 5;

    private Suppression() {
    }

    public static boolean shown(int people) {
        return people >= MIN_PEOPLE;
    }

    /**
     * Which cells to hide, given how many people each describes. Empty cells describe nobody and
     * are never hidden (nor used to cover others, since hiding them protects nothing).
     *
     * @param totalShown whether the breakdown's total is published next to the cells
     */
    public static boolean[] hiddenCells(int[] people, boolean totalShown) {
        boolean[] hidden = new boolean[people.length];
        for (int i = 0; i < people.length; i++) {
            hidden[i] = people[i] > 0 && people[i] < MIN_PEOPLE;
        }
        if (!totalShown) {
            return hidden;
        }
        while (true) {
            int count = 0;
            int covered = 0;
            for (int i = 0; i < people.length; i++) {
                if (hidden[i]) {
                    count++;
                    covered += people[i];
                }
            }
            if (count == 0 || (count >= 2 && covered >= MIN_PEOPLE)) {
                return hidden;
            }
            int smallest = -1;
            for (int i = 0; i < people.length; i++) {
                if (!hidden[i] && people[i] > 0 && (smallest < 0 || people[i] < people[smallest])) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                // only when the total itself covers fewer than MIN_PEOPLE, and then it is hidden too
                return hidden;
            }
            hidden[smallest] = true;
        }
    }

    /** True when hiding cells cannot protect them because the total they add up to is below the minimum. */
    public static boolean totalMustBeHidden(int[] people) {
        return !shown(Arrays.stream(people).sum());
    }
}
