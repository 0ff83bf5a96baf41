package dev.upward.analytics.messaging;

import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.ProgramEventsContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ProgramEventsConsumerTest extends ProgramEventsContract {

    ProgramEventsConsumerTest() {
        super("analytics-service", "program_kpi");
    }
}
