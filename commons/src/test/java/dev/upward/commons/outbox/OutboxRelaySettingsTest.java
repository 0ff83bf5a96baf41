package dev.upward.commons.outbox;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxRelaySettingsTest {

    @Test
    void theRelayTakesTheBrokersLoginSettingsAndNothingElse() {
        Map<String, Object> broker = Map.of("bootstrap.servers", "kafka:9093", "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/ca.p12", "auto.offset.reset", "earliest");
        assertEquals(Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512",
                        "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                        "ssl.truststore.location", "/etc/kafka/ca.p12"),
                OutboxRelay.securitySettings(broker));
    }
}
