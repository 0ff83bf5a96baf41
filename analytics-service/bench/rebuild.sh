#!/usr/bin/env bash
# Rebuild and KPI latency benchmark of analytics-service on real PostgreSQL and Kafka processes:
# a million events are published, the packaged service rebuilds its projections from offset 0,
# then the KPIs of a programme of 10,000 participants are queried.
#   analytics-service/bench/rebuild.sh [events] [consumers-per-topic] [queries] [warm-up-queries]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
cd "$ROOT"
# Maven runs under the shared lock: builds on this machine must not overlap.
# One invocation, so the sibling modules resolve to the jars it has just built; the module
# built last (analytics-service) writes the classpath file last.
flock /tmp/upward-maven.lock ./mvnw -B -q -pl analytics-service -am package dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile="$HERE/target/bench.classpath"
exec java -Xmx1g -cp "$HERE/target/test-classes:$HERE/target/classes:$(cat "$HERE/target/bench.classpath")" \
    dev.upward.analytics.bench.RebuildBenchmark "$HERE/target/quarkus-app/quarkus-run.jar" "$@"
