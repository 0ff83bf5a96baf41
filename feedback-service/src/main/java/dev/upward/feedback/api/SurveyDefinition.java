package dev.upward.feedback.api;

import dev.upward.feedback.domain.Survey;
import dev.upward.feedback.domain.SurveyItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A survey as the programme team defines it. */
public record SurveyDefinition(@NotNull Survey.Milestone milestone, @NotBlank @Size(max = 200) String title,
                               @NotEmpty @Size(max = 30) List<@Valid @NotNull Item> items) {

    public record Item(@NotNull @Pattern(regexp = "[a-z0-9-]{1,40}") String key, @NotNull SurveyItem.Kind kind,
                       @NotBlank @Size(max = 500) String prompt) {
    }

    List<SurveyItem> surveyItems() {
        return items.stream().map(i -> new SurveyItem(i.key(), i.kind(), i.prompt())).toList();
    }
}
