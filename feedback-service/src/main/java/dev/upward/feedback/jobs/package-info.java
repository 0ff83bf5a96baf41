/**
 * Scheduled jobs of feedback-service. It has none: everything here happens on a request or on
 * another service's event, and requests are derived when asked for rather than sent on a timer.
 * The package is declared because the shared architecture rules expect every layer of a
 * service to exist.
 */
package dev.upward.feedback.jobs;
