package dev.upward.participant.messaging;

import dev.upward.platform.PostgresServer;
import dev.upward.testing.Eventually;
import dev.upward.testing.KafkaTestClient;
import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class OutboxRelayTest {

    /**
     * Rows committed while no relay ran (the service crashed after the commit) are published
     * when it runs again, in commit order, with their ids as CloudEvents ids, and marked sent.
     */
    @Test
    void committedRowsArePublishedInOrderAndMarkedPublished() throws Exception {
        String aggregate = UUID.randomUUID().toString();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        insertUnpublished(first, aggregate, "{\"n\":1}");
        insertUnpublished(second, aggregate, "{\"n\":2}");
        insertUnpublished(third, aggregate, "{\"n\":3}");

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil("upward.test.v1", Duration.ofSeconds(30),
                seen -> seen.stream().filter(r -> aggregate.equals(r.key())).count() >= 3);
        List<String> ids = records.stream().filter(r -> aggregate.equals(r.key()))
                .map(r -> KafkaTestClient.header(r, "ce_id")).toList();
        assertEquals(List.of(first.toString(), second.toString(), third.toString()), ids);
        ConsumerRecord<String, String> one = records.stream().filter(r -> aggregate.equals(r.key())).findFirst().orElseThrow();
        assertEquals("upward.test.happened.v1", KafkaTestClient.header(one, "ce_type"));
        assertEquals("upward/participant-service", KafkaTestClient.header(one, "ce_source"));
        assertEquals(aggregate, KafkaTestClient.header(one, "ce_subject"));
        assertEquals("{\"n\":1}", one.value());

        Eventually.assertTrue("rows marked published", Duration.ofSeconds(10), () -> TestDatabase.count(
                "select count(*) from outbox_event where aggregate_id = ? and published_at is not null", aggregate) == 3);
    }

    private static void insertUnpublished(UUID id, String aggregate, String payload) throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             PreparedStatement insert = connection.prepareStatement("insert into outbox_event "
                     + "(id, topic, aggregate_id, type, payload, occurred_at) values (?, 'upward.test.v1', ?, "
                     + "'upward.test.happened.v1', ?, now())")) {
            insert.setObject(1, id);
            insert.setString(2, aggregate);
            insert.setString(3, payload);
            insert.executeUpdate();
        }
    }
}
