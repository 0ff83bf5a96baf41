/**
 * Command-line tools and benchmarks of analytics-service. It has none in its main code: the
 * rebuild benchmark ({@code bench/rebuild.sh}) needs the local platform and test tokens, so it
 * lives in the test sources. The package is declared because the shared architecture rules
 * expect every layer of a service to exist.
 */
package dev.upward.analytics.tools;
