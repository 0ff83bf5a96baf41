package dev.upward.session.app;

import dev.upward.commons.problem.ProblemException;
import dev.upward.session.domain.Topic;
import dev.upward.session.persistence.TopicRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The library of topics sessions can be about, kept by programme admins. */
@ApplicationScoped
public class TopicLibrary {

    /** What an admin writes of a topic. */
    public record Entry(String slug, String title, String description, List<String> suggestedQuestions) {
    }

    private final TopicRepository topics;
    private final Clock clock;

    public TopicLibrary(TopicRepository topics, Clock clock) {
        this.topics = topics;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<Topic>> all() {
        return topics.allByTitle();
    }

    /** 409 when the slug is taken. */
    @WithTransaction
    public Uni<Topic> add(Entry entry) {
        return topics.slugTaken(entry.slug()).flatMap(taken -> {
            if (taken) {
                return Uni.createFrom().failure(ProblemException.conflict("a topic with slug '" + entry.slug() + "' exists"));
            }
            return topics.persist(Topic.create(entry.slug(), entry.title().strip(), entry.description().strip(),
                    entry.suggestedQuestions(), clock.instant()));
        });
    }

    /** The slug cannot change, since sessions refer to it: 409 if a different one is sent. */
    @WithTransaction
    public Uni<Topic> edit(UUID topicId, Entry entry) {
        return topics.findById(topicId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("topic", topicId))
                .invoke(topic -> {
                    if (!topic.slug().equals(entry.slug())) {
                        throw ProblemException.conflict("the slug of topic " + topicId + " is '" + topic.slug()
                                + "' and cannot change: sessions refer to it");
                    }
                    topic.edit(entry.title().strip(), entry.description().strip(), entry.suggestedQuestions());
                });
    }
}
