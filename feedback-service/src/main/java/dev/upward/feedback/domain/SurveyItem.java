package dev.upward.feedback.domain;

/** One question of a survey: a 1-5 agreement scale or free text. */
public record SurveyItem(String key, Kind kind, String prompt) {

    public enum Kind {
        LIKERT, TEXT
    }

    public SurveyItem {
        if (key == null || !key.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("an item key is 1 to 40 of a-z, 0-9 and '-'");
        }
        if (kind == null || prompt == null || prompt.isBlank()) {
            throw new IllegalArgumentException("item " + key + " needs a kind and a prompt");
        }
    }
}
