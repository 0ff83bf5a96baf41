package dev.upward.participant.persistence;

import dev.upward.testing.PostgresAndKafka;
import org.flywaydb.core.Flyway;

import java.util.Map;

/**
 * A database as the previous release left it: the service's migrations with the outbox and
 * inbox in its own V2, before those tables moved to commons' migration. The service then
 * starts on it with today's code.
 */
public class PreviousReleaseSchema extends PostgresAndKafka {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        Flyway.configure()
                .dataSource(config.get("quarkus.datasource.jdbc.url"), config.get("quarkus.datasource.username"),
                        config.get("quarkus.datasource.password"))
                .locations("classpath:db/migration", "classpath:db/previous-release")
                .load()
                .migrate();
        return config;
    }
}
