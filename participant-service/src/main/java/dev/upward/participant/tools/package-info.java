/**
 * Command-line tools and benchmarks of participant-service. It has none in its main code: the
 * HRIS ingest benchmark ({@code ./upward bench-hris}) drives the running service from the local
 * platform. The package is declared because the shared architecture rules expect every layer of
 * a service to exist.
 */
package dev.upward.participant.tools;
