package dev.upward.session.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A reverse-mentoring subject in the library, with questions that help open a session. */
@Entity
@Table(name = "topic")
public class Topic {

    /** Questions are stored as one text column; '|' never occurs inside a question. */
    private static final String QUESTION_SEPARATOR = "|";

    @Id
    private UUID id;
    private String slug;
    private String title;
    private String description;
    private String suggestedQuestions;
    private Instant createdAt;

    protected Topic() {
        // for Hibernate
    }

    public static Topic create(String slug, String title, String description, List<String> questions, Instant now) {
        if (questions.stream().anyMatch(q -> q.contains(QUESTION_SEPARATOR))) {
            throw new IllegalArgumentException("a question may not contain '|'");
        }
        Topic topic = new Topic();
        topic.id = UUID.randomUUID();
        topic.slug = slug;
        topic.title = title;
        topic.description = description;
        topic.suggestedQuestions = String.join(QUESTION_SEPARATOR, questions);
        topic.createdAt = now;
        return topic;
    }

    /** An admin's edit; the slug stays, since sessions refer to topics by it. */
    public void edit(String newTitle, String newDescription, List<String> questions) {
        if (questions.stream().anyMatch(q -> q.contains(QUESTION_SEPARATOR))) {
            throw new IllegalArgumentException("a question may not contain '|'");
        }
        title = newTitle;
        description = newDescription;
        suggestedQuestions = String.join(QUESTION_SEPARATOR, questions);
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<String> suggestedQuestions() {
        return suggestedQuestions.isEmpty() ? List.of() : Arrays.asList(suggestedQuestions.split("\\|"));
    }
}
