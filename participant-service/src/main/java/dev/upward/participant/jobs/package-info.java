/**
 * Scheduled jobs of participant-service. It has none: everything here happens on a request or
 * an HRIS event. The package is declared because the shared architecture rules expect every
 * layer of a service to exist.
 */
package dev.upward.participant.jobs;
