package dev.upward.feedback.api;

import dev.upward.testing.PostgresAndKafka;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The endpoint contract again, against the packaged application (`target/quarkus-app`) started
 * in the prod profile: it must start, report ready with its database and Kafka, and answer an
 * authenticated call, so what ships is what is tested, not only the test classpath.
 */
@QuarkusIntegrationTest
@WithTestResource(PostgresAndKafka.class)
class PackagedFeedbackServiceIT extends FeedbackEndpointsTest {
}
