package dev.upward.session.api;

import dev.upward.session.domain.Topic;

import java.util.List;
import java.util.UUID;

public record TopicView(UUID id, String slug, String title, String description, List<String> suggestedQuestions) {

    static TopicView of(Topic topic) {
        return new TopicView(topic.id(), topic.slug(), topic.title(), topic.description(), topic.suggestedQuestions());
    }
}
