#!/usr/bin/env bash
# The programme workload under Gatling against the whole local platform, with real Keycloak
# tokens, next to the machine's own limits measured on the same servers.
#
#   load-tests/run.sh [load|faults|soak] [-Dload.duration=SECONDS] [-Dload.scale=X] [-Dload.pairs=N]
#
#   load    (default) 3 minutes; first the baselines: pgbench -S on the platform's PostgreSQL and
#           Kafka's producer/consumer perf tools on its broker
#   faults  8 minutes of load while each service, then Kafka, then PostgreSQL is crashed and
#           restarted; afterwards every acknowledged write is reconciled across the services
#   soak    30 minutes at half the load rate; heap and RSS of every process sampled every 30 s
#
# Starts its own platform (fresh databases and topics, state under load-tests/target/platform)
# and stops it at the end; the ports of ./upward run must be free. Results: the Gatling HTML
# report under load-tests/target/gatling/, and load-tests/target/load-results/<mode>/
# (report.md, summary.md, resources.csv). Exits non-zero when the reconciliation finds a
# lost or duplicated write.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MODE="${1:-load}"
[[ "$MODE" =~ ^(load|faults|soak)$ ]] && shift || MODE=load
STATE="$ROOT/load-tests/target/platform"
OUT="$ROOT/load-tests/target/load-results/$MODE"
say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# Builds on this machine take turns through one lock; the whole run holds it, so no build
# competes with the load for the two cores.
exec 9>/tmp/upward-maven.lock
say "waiting for other builds to finish ..."
flock 9

if ! command -v pgbench >/dev/null 2>&1 && [[ "$MODE" != soak ]]; then
  say "pgbench is missing; installing Debian's PostgreSQL client tools (pgbench ships with the server package)"
  if [[ $(id -u) -eq 0 ]]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else echo "ERROR: pgbench not found; install it (sudo apt-get install postgresql) and run again" >&2; exit 1; fi
fi

say "building the platform and the load module (tests are not run here: this builds what the load runs against)"
./mvnw -B -q install -DskipTests -pl local-platform,participant-service,matching-service,session-service,feedback-service,analytics-service,load-tests -am

mkdir -p "$OUT"
rm -rf "$STATE"
export UPWARD_STATE_DIR="$STATE" UPWARD_FRESH=1
say "starting the platform (log: $OUT/platform.log)"
./upward run >"$OUT/platform.log" 2>&1 &
PLATFORM=$!
stop_platform() {
  say "stopping the platform"
  ./upward stop >/dev/null 2>&1 || true
  wait "$PLATFORM" 2>/dev/null || true
}
trap stop_platform EXIT
for _ in $(seq 1 600); do
  grep -q "all ready" "$OUT/platform.log" && break
  kill -0 "$PLATFORM" 2>/dev/null || { echo "ERROR: the platform did not start; see $OUT/platform.log" >&2; exit 1; }
  sleep 1
done
grep -q "all ready" "$OUT/platform.log" || { echo "ERROR: the platform was not ready in 10 minutes; see $OUT/platform.log" >&2; exit 1; }
say "platform ready"

BASELINES="$OUT/baselines.txt"
: >"$BASELINES"
if [[ "$MODE" != soak ]]; then
  say "baseline: pgbench -S (select-only, scale 10, 8 clients, 30 s) on the platform's PostgreSQL"
  export PGPASSWORD=upward
  psql -q -h 127.0.0.1 -p 15432 -U upward -d postgres -c "CREATE DATABASE pgbench_baseline" >/dev/null
  pgbench -q -i -s 10 -h 127.0.0.1 -p 15432 -U upward pgbench_baseline >/dev/null 2>&1
  pgbench -S -c 8 -j 2 -T 30 -P 10 -h 127.0.0.1 -p 15432 -U upward pgbench_baseline 2>&1 | tee "$OUT/pgbench.txt" | grep -E "^progress|^tps|latency average"
  echo "pgbench_tps=$(awk '/^tps/ {print $3; exit}' "$OUT/pgbench.txt")" >>"$BASELINES"
  KAFKA_CP="$(cat local-platform/target/classes/dev/upward/platform/kafka.classpath)"
  say "baseline: kafka-producer-perf-test, 500,000 records of 500 bytes, acks=all, on the platform's broker"
  java -Xmx512m -cp "$KAFKA_CP" org.apache.kafka.tools.ProducerPerformance --topic load.baseline --num-records 500000 \
      --record-size 500 --throughput -1 --producer-props bootstrap.servers=127.0.0.1:9092 acks=all 2>/dev/null \
      | tee "$OUT/kafka-producer.txt" | tail -1
  echo "kafka_producer_records_per_s=$(tail -1 "$OUT/kafka-producer.txt" | sed -E 's/.*, ([0-9.]+) records\/sec.*/\1/')" >>"$BASELINES"
  say "baseline: kafka-consumer-perf-test, the same 500,000 records"
  java -Xmx512m -cp "$KAFKA_CP" org.apache.kafka.tools.ConsumerPerformance --bootstrap-server 127.0.0.1:9092 \
      --topic load.baseline --messages 500000 --timeout 60000 2>/dev/null | tee "$OUT/kafka-consumer.txt" | tail -2
  echo "kafka_consumer_records_per_s=$(tail -1 "$OUT/kafka-consumer.txt" | awk -F', *' '{print $6}')" >>"$BASELINES"
fi

say "Gatling: the programme workload ($MODE)"
rm -rf load-tests/target/gatling
set +e
./mvnw -B -q -f load-tests/pom.xml gatling:test -Dload.mode="$MODE" -Dload.state-dir="$STATE" -Dload.output-dir="$OUT" "$@" \
    2>&1 | tee "$OUT/gatling.txt" | grep -vE "^\s*$" | grep -E "^\[load|^#|^\||^-|HRIS|Reconciliation|Please open|ERROR|KO|> " 
GATLING=${PIPESTATUS[0]}
set -e
python3 load-tests/report.py "$MODE" "$OUT" load-tests/target/gatling "$BASELINES"
[[ $GATLING -eq 0 ]] || { echo "ERROR: Gatling ended with status $GATLING; see $OUT/gatling.txt" >&2; exit "$GATLING"; }
if [[ -s "$OUT/problems.txt" ]]; then
  echo "ERROR: the reconciliation found problems:" >&2; cat "$OUT/problems.txt" >&2; exit 1
fi
