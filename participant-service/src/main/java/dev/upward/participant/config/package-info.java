/**
 * Configuration of participant-service. It reads no settings of its own in code: the
 * commons defaults and {@code application.properties} configure Quarkus, Kafka and the
 * outbox. The package is declared because the shared architecture rules expect every layer of
 * a service to exist.
 */
package dev.upward.participant.config;
