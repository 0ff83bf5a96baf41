#!/usr/bin/env python3
"""Schedule and list sessions at 50 concurrent clients, with real Keycloak tokens, on a running
local platform (./upward run in another terminal).

  python3 session-service/bench/sessions.py [--clients 50] [--requests 2000]

Setup, through the public APIs only: the HRIS connector imports lea.mentor (E1005) and
victor.vp (E1006) if the directory lacks them, the demo admin creates and launches a
programme, enrols both, runs matching, both accept, and the script waits for the mentorship.
Then each client thread alternates: lea or victor schedules a session (every request a slot
of its own, so every one passes the rules) and lists the mentorship's sessions. All sessions
belong to one mentorship, whose row lock serialises scheduling: a worst case for writes.
Prints req/s and p50/p95/p99 per request type. Only loopback; bounded in count and time.
"""
import argparse
import datetime
import http.client
import json
import statistics
import threading
import time
import urllib.parse
import urllib.request

KEYCLOAK = "http://127.0.0.1:8180/realms/upward/protocol/openid-connect/token"
LOCAL = threading.local()


def connection(port):
    key = f"port{port}"
    if not hasattr(LOCAL, key):
        setattr(LOCAL, key, http.client.HTTPConnection("127.0.0.1", port, timeout=30))
    return getattr(LOCAL, key)


def call(port, method, path, bearer, body=None, content_type="application/json"):
    conn = connection(port)
    headers = {"Authorization": "Bearer " + bearer}
    if body is not None:
        headers["Content-Type"] = content_type
    try:
        conn.request(method, path, body, headers)
        response = conn.getresponse()
        return response.status, response.read()
    except (http.client.HTTPException, OSError):
        setattr(LOCAL, f"port{port}", http.client.HTTPConnection("127.0.0.1", port, timeout=30))
        raise


def token(form):
    with urllib.request.urlopen(KEYCLOAK, urllib.parse.urlencode(form).encode(), timeout=10) as response:
        return json.load(response)["access_token"]


def user(name, password):
    return token({"grant_type": "password", "client_id": "upward-frontend", "username": name, "password": password})


def until(what, check, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.3)
    raise RuntimeError(f"timed out waiting for {what}")


def setup():
    admin, lea, victor = user("hannah.hr", "hannah"), user("lea.mentor", "lea"), user("victor.vp", "victor")
    connector = token({"grant_type": "client_credentials", "client_id": "upward-hris-connector",
                       "client_secret": "hris-connector-secret"})
    version = int(time.time() * 1000)
    hired = datetime.date.today() - datetime.timedelta(days=365)
    csv = ("employeeId,eventType,email,givenName,familyName,department,jobLevel,timeZone,languages,hireDate,hrisVersion\n"
           f"E1005,EmployeeHired,lea@example.com,Lea,Mentor,Data Platform,2,Europe/Berlin,en,{hired},{version}\n"
           f"E1006,EmployeeHired,victor@example.com,Victor,Vp,Sales,9,Europe/Berlin,en,{hired},{version}\n")
    status, body = call(8081, "POST", "/employees/import", connector, csv, "text/csv")
    print(f"HRIS import of E1005/E1006: {status}")
    today = datetime.date.today()
    status, body = call(8081, "POST", "/programs", admin, json.dumps({
        "name": f"Session benchmark {version}", "focusTopics": ["ai"], "startsOn": str(today - datetime.timedelta(days=1)),
        "endsOn": str(today + datetime.timedelta(days=360))}))
    programme = json.loads(body)["id"]
    call(8081, "POST", f"/programs/{programme}/launch", admin)
    for who, role in ((lea, "MENTOR"), (victor, "MENTEE")):
        status, body = call(8081, "POST", f"/programs/{programme}/enrolments", who, json.dumps({"role": role}))
        if status != 201:
            raise RuntimeError(f"enrolment answered {status}: {body[:300]}")
    until("both in matching", lambda: (lambda r: r[0] == 200 and json.loads(r[1]).get("matched") == 1)(
        call(8082, "POST", f"/programs/{programme}/matching-runs/preview", admin)))
    call(8082, "POST", f"/programs/{programme}/matching-runs", admin)

    def proposal():
        status, body = call(8082, "GET", "/matches/mine", lea)
        mine = [m for m in json.loads(body) if m["programId"] == programme] if status == 200 else []
        return mine[0]["matchId"] if mine else None
    match = until("the proposal", proposal)
    call(8082, "POST", f"/matches/{match}/acceptance", victor)
    call(8082, "POST", f"/matches/{match}/acceptance", lea)

    def mentorship():
        status, body = call(8083, "GET", "/mentorships/mine", lea)
        mine = [m for m in json.loads(body) if m["matchId"] == match] if status == 200 else []
        return mine[0]["id"] if mine else None
    return lea, victor, until("the mentorship", mentorship)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000, help="requests in all, half schedule and half list")
    args = parser.parse_args()
    lea, victor, mentorship = setup()
    print(f"mentorship {mentorship} ready; {args.clients} clients, {args.requests} requests")
    base = datetime.datetime.now(datetime.timezone.utc).replace(minute=0, second=0, microsecond=0) + datetime.timedelta(days=2)
    counter = iter(range(args.requests))
    lock = threading.Lock()
    samples = {"schedule": [], "list": []}
    errors = {"schedule": 0, "list": 0}

    def client(index):
        bearer = lea if index % 2 == 0 else victor
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                return
            kind = "schedule" if n % 2 == 0 else "list"
            started = time.perf_counter()
            try:
                if kind == "schedule":
                    slot = base + datetime.timedelta(minutes=30 * (n // 2))  # 15-minute sessions, 30 minutes apart
                    status, _ = call(8083, "POST", f"/mentorships/{mentorship}/sessions", bearer, json.dumps(
                        {"startsAt": slot.strftime("%Y-%m-%dT%H:%M:%SZ"), "durationMinutes": 15, "format": "VIDEO"}))
                    ok = status == 201
                else:
                    status, _ = call(8083, "GET", f"/mentorships/{mentorship}/sessions", bearer)
                    ok = status == 200
            except (http.client.HTTPException, OSError):
                ok = False
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                samples[kind].append(elapsed)
                if not ok:
                    errors[kind] += 1

    began = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    wall = time.perf_counter() - began
    total = sum(len(v) for v in samples.values())
    print(f"{total} requests in {wall:.1f} s = {total / wall:.0f} req/s with {args.clients} clients")
    for kind, values in samples.items():
        if values:
            print(f"  {kind:8s} {len(values)} requests, {errors[kind]} errors, {len(values) / wall:.0f} req/s, "
                  f"p50 {statistics.median(values):.0f} ms, p95 {percentile(values, 95):.0f} ms, "
                  f"p99 {percentile(values, 99):.0f} ms, max {max(values):.0f} ms")


if __name__ == "__main__":
    main()
