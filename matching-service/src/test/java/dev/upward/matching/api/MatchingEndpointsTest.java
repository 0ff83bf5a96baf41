package dev.upward.matching.api;

import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.ServiceEndpointsContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class MatchingEndpointsTest extends ServiceEndpointsContract {

    MatchingEndpointsTest() {
        super("/programs/00000000-0000-0000-0000-000000000000/matching-policy", "analyst", "program-admin");
    }
}
