package dev.upward.session.api;

import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.ServiceEndpointsContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class SessionEndpointsTest extends ServiceEndpointsContract {

    SessionEndpointsTest() {
        super("/topics", "analyst", "participant", "program-admin");
    }
}
