package dev.upward.matching.domain;

/**
 * Which hard rules a programme applies besides the department rule and the grade gap's size.
 * In a change request a null switch means "leave as it is".
 */
public record RuleSwitches(Boolean levelGap, Boolean noReportingLine, Boolean commonLanguage, Boolean respectAvoidLists,
                           Boolean notPreviouslyPaired) {

    public static final RuleSwitches ALL_ON = new RuleSwitches(true, true, true, true, true);

    /** These switches with every null one taken from {@code current}. */
    public RuleSwitches over(RuleSwitches current) {
        return new RuleSwitches(or(levelGap, current.levelGap()), or(noReportingLine, current.noReportingLine()),
                or(commonLanguage, current.commonLanguage()), or(respectAvoidLists, current.respectAvoidLists()),
                or(notPreviouslyPaired, current.notPreviouslyPaired()));
    }

    private static Boolean or(Boolean value, Boolean fallback) {
        return value != null ? value : fallback;
    }
}
