package dev.upward.analytics.api;

import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.ServiceEndpointsContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class AnalyticsEndpointsTest extends ServiceEndpointsContract {

    AnalyticsEndpointsTest() {
        super("/programs/00000000-0000-0000-0000-000000000000/kpis", "participant", "analyst", "program-admin");
    }
}
