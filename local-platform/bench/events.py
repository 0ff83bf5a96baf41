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
import http.client
import json
import re
import statistics
import threading
import time
import urllib.parse
import urllib.request

KEYCLOAK = "http://127.0.0.1:8180/realms/upward/protocol/openid-connect/token"
PARTICIPANT = "http://127.0.0.1:8081"
ANALYTICS = "http://127.0.0.1:8085"
LOCAL = threading.local()


def connection(port):
    """One keep-alive connection per thread and port, as a real client pool would keep."""
    key = f"port{port}"
    if not hasattr(LOCAL, key):
        setattr(LOCAL, key, http.client.HTTPConnection("127.0.0.1", port, timeout=10))
    return getattr(LOCAL, key)


def call(port, method, path, bearer, body=None):
    conn = connection(port)
    headers = {"Authorization": "Bearer " + bearer}
    if body is not None:
        headers["Content-Type"] = "application/json"
    conn.request(method, path, body, headers)
    response = conn.getresponse()
    return response.status, response.read()


def token(user, password):
    data = urllib.parse.urlencode({"grant_type": "password", "client_id": "upward-frontend",
                                   "username": user, "password": password}).encode()
    with urllib.request.urlopen(KEYCLOAK, data, timeout=10) as response:
        return json.load(response)["access_token"]


def create_programme(admin, name):
    status, body = call(8081, "POST", "/programs", admin, json.dumps({"name": name}))
    if status != 201:
        raise RuntimeError(f"create answered {status}: {body[:200]}")
    return json.loads(body)["id"]


def status(port, path, bearer):
    return call(port, "GET", path, bearer)[0]


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
        while status(8085, f"/programs/{programme}/kpis", analyst) != 200:
            if time.perf_counter() > deadline:
                raise SystemExit(f"programme {programme} never reached analytics")
            time.sleep(0.001)
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
