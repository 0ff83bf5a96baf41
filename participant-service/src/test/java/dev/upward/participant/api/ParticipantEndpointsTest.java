package dev.upward.participant.api;

import dev.upward.testing.PostgresAndKafka;
import dev.upward.testing.ServiceEndpointsContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresAndKafka.class)
class ParticipantEndpointsTest extends ServiceEndpointsContract {

    @Override
    protected String protectedPath() {
        return "/programs";
    }

    @Override
    protected String[] allowedRoles() {
        return new String[] {"program-admin", "analyst", "participant"};
    }

    @Override
    protected String forbiddenRole() {
        return "hris-connector";
    }
}
