package dev.upward.session.api;

import dev.upward.session.app.TopicLibrary;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A topic as an admin writes it. */
public record TopicRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 80) String slug,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String description,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 300) @Pattern(regexp = "[^|]*") String> suggestedQuestions) {

    TopicLibrary.Entry entry() {
        return new TopicLibrary.Entry(slug, title, description, suggestedQuestions);
    }
}
