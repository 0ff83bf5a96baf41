package dev.upward.analytics.messaging;

import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.ProgramEventsContract;
import dev.upward.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import java.util.UUID;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ProgramEventsConsumerTest extends ProgramEventsContract {

    @Override
    protected long projectedRows(UUID programId) {
        return TestDatabase.count("select count(*) from program_kpi where program_id = ?", programId);
    }

    @Override
    protected String deadLetterTopic() {
        return "upward.programs.v1.dlq.analytics-service";
    }

    @Override
    protected java.util.List<String> projectionTables() {
        return java.util.List.of("program_kpi");
    }
}
