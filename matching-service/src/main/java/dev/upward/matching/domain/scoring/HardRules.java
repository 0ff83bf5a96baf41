package dev.upward.matching.domain.scoring;

/**
 * Rules a pair must pass to be proposed at all. Each can be switched off per programme;
 * {@code minJobLevelGap} is how many grades the mentor (the junior) must be below the mentee.
 */
public record HardRules(int minJobLevelGap, boolean levelGap, boolean differentDepartment, boolean noReportingLine,
                        boolean commonLanguage, boolean respectAvoidLists, boolean notPreviouslyPaired) {

    public static final HardRules DEFAULT = new HardRules(2, true, true, true, true, true, true);
}
