package dev.upward.participant.api;

import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.ServiceEndpointsContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ParticipantEndpointsTest extends ServiceEndpointsContract {

    ParticipantEndpointsTest() {
        super("/programs", "hris-connector", "program-admin", "analyst", "participant");
    }
}
