package dev.upward.matching.messaging;

import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.RecordedSpans;
import dev.upward.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class TracePropagationTest {

    @Test
    void theConsumerContinuesTheTraceThatCameWithTheRecord() {
        byte[] bytes = new byte[24];
        ThreadLocalRandom.current().nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        String traceId = hex.substring(0, 32);
        UUID programId = UUID.randomUUID();
        KafkaTestClient.send("upward.programs.v1", programId.toString(),
                "{\"programId\":\"" + programId + "\",\"name\":\"Traced\",\"status\":\"DRAFT\",\"occurredAt\":\"2027-01-01T00:00:00Z\"}",
                Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", "upward.program.created.v1",
                        "ce_source", "upward/participant-service", "ce_subject", programId.toString(),
                        "traceparent", "00-" + traceId + "-" + hex.substring(32, 48) + "-01"));
        Eventually.assertTrue("policy created", Duration.ofSeconds(30), () -> TestDatabase.count(
                "select count(*) from matching_policy where program_id = ?", programId) == 1);
        Eventually.assertTrue("a span of trace " + traceId + " recorded by the consumer", Duration.ofSeconds(10),
                () -> RecordedSpans.all().stream().anyMatch(span -> span.getTraceId().equals(traceId)));
    }
}
