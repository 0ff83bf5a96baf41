/**
 * Command-line tools and benchmarks of feedback-service. It has none in its main code: the
 * submit load client ({@code bench/submit.sh}) is driven by a test that starts the service with
 * test tokens, so it lives in the test sources. The package is declared because the shared
 * architecture rules expect every layer of a service to exist.
 */
package dev.upward.feedback.tools;
