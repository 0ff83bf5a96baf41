#!/usr/bin/env bash
# Feedback submit throughput: POST /feedback at 50 concurrent clients against the service
# started by the Quarkus test harness (real PostgreSQL and Kafka processes, no platform).
# Every request is a first submission: one row and one outbox event in one transaction.
#   ./feedback-service/bench/submit.sh [-Dbench.pairs=200 -Dbench.sessions=6 -Dbench.clients=50]
# Against a running platform, use the load client directly with a fixture of real tokens:
#   java -cp feedback-service/target/test-classes dev.upward.feedback.bench.SubmitLoad \
#       --url http://localhost:8084 --fixture submissions.tsv --clients 50
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
flock /tmp/upward-maven.lock ./mvnw -B -q -pl feedback-service -am verify \
    -Dtest=SubmitThroughputBench -Dsurefire.failIfNoSpecifiedTests=false "$@" \
    | grep -E '^(warm-up|measured|outbox drained)'
