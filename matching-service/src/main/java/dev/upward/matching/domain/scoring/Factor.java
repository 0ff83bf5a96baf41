package dev.upward.matching.domain.scoring;

/** The soft criteria a pair is scored on; each contributes a share of the 0-100 score. */
public enum Factor {
    SKILLS("what the mentor offers against what the mentee wants to learn"),
    FOCUS_TOPICS("both sides' interest in the programme's focus topics"),
    AVAILABILITY("common free time in the week"),
    FORMAT("a meeting format both accept"),
    TIME_ZONE("how far apart their working hours are"),
    WORKING_STYLE("similar answers to the working-style questions"),
    CROSS_DEPARTMENT("a view from another part of the company");

    private final String meaning;

    Factor(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
