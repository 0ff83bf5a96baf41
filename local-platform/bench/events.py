#!/usr/bin/env python3
"""Event backbone figures on a running local platform (./upward run in another terminal).

  python3 local-platform/bench/events.py [--latency-samples 200] [--burst 2000] [--threads 8]

1. End-to-end latency: an admin creates a programme (REST, participant-service); the clock
   stops when analytics-service answers for that programme, i.e. when the outbox row was
   published, consumed and its effect committed. Sequential, one at a time: p50/p90/p99/max.
2. Outbox relay throughput: a burst of programme creations from several threads; the relay's
   own counter (upward_outbox_published_total on /q/metrics) gives events published per
   second while the burst drains, next to the rate at which the REST writes were accepted.
Only loopback addresses are used; every loop is bounded in count and time.
"""
import argparse
import json
import re
import statistics
import threading
import time
import urllib.parse
import urllib.request

KEYCLOAK = "http://localhost:8180/realms/upward/protocol/openid-connect/token"
PARTICIPANT = "http://localhost:8081"
ANALYTICS = "http://localhost:8085"


def token(user, password):
    data = urllib.parse.urlencode({"grant_type": "password", "client_id": "upward-frontend",
                                   "username": user, "password": password}).encode()
    with urllib.request.urlopen(KEYCLOAK, data, timeout=10) as response:
        return json.load(response)["access_token"]


def create_programme(admin, name):
    body = json.dumps({"name": name}).encode()
    request = urllib.request.Request(PARTICIPANT + "/programs", body, method="POST", headers={
        "Authorization": "Bearer " + admin, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["id"]


def status(url, bearer):
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + bearer})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def published_total():
    with urllib.request.urlopen(PARTICIPANT + "/q/metrics", timeout=10) as response:
        text = response.read().decode()
    match = re.search(r"^upward_outbox_published_total(?:\{[^}]*\})? ([0-9.eE+]+)$", text, re.M)
    return float(match.group(1)) if match else 0.0


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def latency(admin, analyst, samples):
    results = []
    for i in range(samples):
        started = time.perf_counter()
        programme = create_programme(admin, f"latency {i}")
        deadline = started + 30
        while status(f"{ANALYTICS}/programs/{programme}/kpis", analyst) != 200:
            if time.perf_counter() > deadline:
                raise SystemExit(f"programme {programme} never reached analytics")
            time.sleep(0.002)
        results.append((time.perf_counter() - started) * 1000)
        if (i + 1) % 50 == 0:
            print(f"  {i + 1}/{samples} samples", flush=True)
    print(f"end-to-end latency REST write -> analytics effect, {samples} samples (ms): "
          f"p50 {percentile(results, 50):.1f}  p90 {percentile(results, 90):.1f}  "
          f"p99 {percentile(results, 99):.1f}  max {max(results):.1f}  mean {statistics.mean(results):.1f}")


def burst(admin, total, threads):
    before = published_total()
    per_thread = total // threads
    errors = []

    def writer(n):
        try:
            for i in range(per_thread):
                create_programme(admin, f"burst {n}-{i}")
        except Exception as error:  # reported below, the run is bounded anyway
            errors.append(error)

    started = time.perf_counter()
    workers = [threading.Thread(target=writer, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    written = time.perf_counter() - started
    expected = before + per_thread * threads
    deadline = time.perf_counter() + 120
    while published_total() < expected and time.perf_counter() < deadline:
        time.sleep(0.05)
    drained = time.perf_counter() - started
    published = published_total() - before
    print(f"burst of {per_thread * threads} writes from {threads} threads: REST accepted "
          f"{per_thread * threads / written:.0f} writes/s; relay published {published:.0f} events in "
          f"{drained:.2f} s = {published / drained:.0f} events/s; errors: {len(errors)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--latency-samples", type=int, default=200)
    parser.add_argument("--burst", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    admin = token("hannah.hr", "hannah")
    analyst = token("alex.analyst", "alex")
    print("warming up ...", flush=True)
    for i in range(20):
        create_programme(admin, f"warm-up {i}")
    latency(admin, analyst, args.latency_samples)
    burst(admin, args.burst, args.threads)


if __name__ == "__main__":
    main()
