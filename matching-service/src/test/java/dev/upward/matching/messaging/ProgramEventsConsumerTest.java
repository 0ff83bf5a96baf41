package dev.upward.matching.messaging;

import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.ProgramEventsContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ProgramEventsConsumerTest extends ProgramEventsContract {

    ProgramEventsConsumerTest() {
        super("matching-service", "matching_policy", "program_focus");
    }
}
