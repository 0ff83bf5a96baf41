package dev.upward.feedback.api;

import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.ServiceEndpointsContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class FeedbackEndpointsTest extends ServiceEndpointsContract {

    FeedbackEndpointsTest() {
        super("/feedback/mine", "analyst", "participant");
    }
}
