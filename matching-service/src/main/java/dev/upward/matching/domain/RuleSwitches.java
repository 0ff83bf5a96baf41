package dev.upward.matching.domain;

/** Which hard rules a programme applies besides the department rule and the grade gap's size. */
public record RuleSwitches(boolean levelGap, boolean noReportingLine, boolean commonLanguage, boolean respectAvoidLists,
                           boolean notPreviouslyPaired) {

    public static final RuleSwitches ALL_ON = new RuleSwitches(true, true, true, true, true);
}
