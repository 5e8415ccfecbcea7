"""Budgets and rate limits shared by a fleet: three Envoys (two workers each)
on one Redis through a rate limit service (the stand-in of
tests/tools/ratelimit_standin.py), with envoy/fleet.yaml."""

import calendar
import contextlib
import copy
import json
import math
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis

from fleet import FLEET, RateLimitService, Redis, fleet_config
from harness import ROOT, Envoy, free_port
from test_chat import hello, post

ALICE = {"authorization": "Bearer demo-key-alice"}  # team search
BOB = {"authorization": "Bearer demo-key-bob"}      # team search
CAROL = {"authorization": "Bearer demo-key-carol"}  # team research
UNIT_NANO = 1000  # budget_store.usd_unit default: one micro-dollar


@pytest.fixture(scope="module")
def store():
    r = Redis()
    rls = RateLimitService(r.port)
    yield r, rls
    rls.stop()
    r.stop()


def config(**changes):
    cfg = copy.deepcopy(fleet_config())
    cfg.update(rules=[], shadow_rules=[], rate_limits=[], budgets=[])
    cfg.update(changes)
    return cfg


@contextlib.contextmanager
def fleet(sims, rls, cfg, n=3):
    """n Envoys with the same configuration. Started one after the other from
    this thread: an Envoy started from a thread that then ends gets SIGTERM."""
    upstreams = {**{name: s.port for name, s in sims.items()}, "ratelimit": rls.port}
    started = []
    try:
        for _ in range(n):
            started.append(Envoy(upstreams, cfg, None, FLEET))
        yield started
    finally:
        for e in started:
            e.stop()


def budgets(envoy, headers):
    req = urllib.request.Request(envoy.base_url + "/v1/budgets", headers=headers)
    with urllib.request.urlopen(req, timeout=10) as r:
        return {b["name"]: b for b in json.load(r)["data"]}


def error_code(body):
    return json.loads(body)["error"]["code"]


def spend_units(redis_client, budget_name):
    """What the service's Redis holds for a budget, summed over its keys."""
    keys = redis_client.keys(f"*_name_{budget_name}_*")
    return sum(int(redis_client.get(k) or 0) for k in keys)


def wait_for(predicate, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


def upstream_requests(sims):
    total = 0
    for s in sims.values():
        with open(s.log.name) as f:
            total += sum(1 for line in f if line.startswith("POST "))
    return total


def whole_dollar_prices(cfg):
    # Whole $/M prices: every request costs a whole number of micro-dollars.
    for m in ("claude-haiku-4-5", "gpt-4o-mini"):
        cfg["upstream_models"][m].update(input_per_million_tokens_usd=1, cached_input_per_million_tokens_usd=1,
                                         output_per_million_tokens_usd=2)


def cost_units(usage, input_usd=1, output_usd=2):
    nano = usage["prompt_tokens"] * input_usd * 1000 + usage["completion_tokens"] * output_usd * 1000
    return math.ceil(nano / UNIT_NANO)


def test_burst_across_three_envoys_holds_the_team_cap_and_spend_is_exact(sims, store):
    """300 concurrent requests over three Envoys against a team budget that fits exactly N."""
    r, rls = store
    n, burst = 20, 300
    body = hello("fast", "fleet burst prompt", max_tokens=40)
    cfg = config()
    whole_dollar_prices(cfg)
    # 300 calls at once on a loaded 2-core machine: the Python stand-in may take
    # longer than the shipped 0.25s to answer; this test is about the cap.
    cfg["budget_store"]["timeout"] = "5s"

    # 1. One request's reservation, measured on a budget of its own.
    cfg["budgets"] = [{"name": "measure", "scope": "team", "window": "month", "limit_usd": 1}]
    with fleet(sims, rls, cfg, n=1) as (e,):
        s, h, _ = post(e, body, headers=ALICE)
        assert s == 200
        reserved_usd = round(1 - float(h["x-llm-budget-remaining-usd"]), 6)
    assert reserved_usd > 0

    # 2. A team budget of exactly N reservations, shared by three Envoys.
    cfg["budgets"] = [{"name": "team-burst", "scope": "team", "window": "month",
                       "limit_usd": round(n * reserved_usd, 6), "on_exceed": "refuse"}]
    slow = {"x-sim-delay-ms": "5000"}  # every reservation is taken before any is settled
    with fleet(sims, rls, cfg) as envoys:
        before = upstream_requests(sims)
        callers = [ALICE, BOB]

        def one(i):
            return post(envoys[i % 3], body, headers={**callers[i % 2], **slow})

        with ThreadPoolExecutor(max_workers=burst) as pool:
            results = list(pool.map(one, range(burst)))
        ok = [json.loads(b) for s, _, b in results if s == 200]
        refused = [b for s, _, b in results if s == 429]
        assert len(ok) + len(refused) == burst, [(s, b[:120]) for s, _, b in results if s not in (200, 429)][:5]
        assert all(error_code(b) == "insufficient_quota" for b in refused)
        assert 0 < len(ok) <= n
        assert upstream_requests(sims) - before == len(ok), "refused requests never reach a provider"
        usage_units = sum(cost_units(v["usage"]) for v in ok)
        # Settlements are sent from each Envoy's root context within a tick.
        assert wait_for(lambda: spend_units(r.client, "team-burst") == usage_units), \
            (spend_units(r.client, "team-burst"), usage_units)
        status = budgets(envoys[2], ALICE)["team-burst"]
        assert status["used_nano_usd"] == usage_units * UNIT_NANO
        assert status["used_nano_usd"] <= status["limit_nano_usd"]
        print(f"burst: N={n} sent={burst} admitted={len(ok)} refused={len(refused)} "
              f"redis={spend_units(r.client, 'team-burst')} units usage={usage_units} units")


def test_downgrade_on_one_envoy_is_seen_on_another(sims, store):
    _, rls = store
    cfg = config(budgets=[{"name": "user-fleet-daily", "scope": "user", "window": "day", "limit_usd": 0.01,
                           "on_exceed": "downgrade"}])
    limit_units = 10_000
    with fleet(sims, rls, cfg, n=2) as (a, b):
        s, h, body = post(a, hello("smart", "hello there", max_tokens=100), headers=CAROL)
        assert s == 200, body
        assert h["x-llm-tier"] == "premium"
        # The premium route reserves at its highest prices: $3/M in, $15/M out.
        reserved = limit_units - round(float(h["x-llm-budget-remaining-usd"]) * 1e6)
        prompt_estimate = (reserved - 15 * 100) / 3
        usage = json.loads(body)["usage"]
        spent = math.ceil((usage["prompt_tokens"] * 2 + usage["completion_tokens"] * 8))  # gpt-4.1 served it
        left = limit_units - spent
        # A max_tokens whose premium reservation no longer fits, but whose economy one does.
        m = math.floor((left - 3 * prompt_estimate) / 15) + 1
        assert prompt_estimate + 5 * m <= left
        time.sleep(0.3)  # the first request's settlement reaches the service
        s, h, body = post(b, hello("smart", "hello there", max_tokens=m), headers=CAROL)
        assert s == 200, body
        assert (h["x-llm-tier"], h["x-llm-route-reason"]) == ("economy", "budget:user-fleet-daily")


def test_requests_per_minute_hold_across_envoys(sims, store):
    _, rls = store
    cfg = config(rate_limits=[{"name": "fleet-rpm", "scope": "user", "requests_per_minute": 3}])
    with fleet(sims, rls, cfg) as envoys:
        if time.time() % 60 > 45:  # keep the requests inside one minute window
            time.sleep(61 - time.time() % 60)
        for e in envoys:
            assert post(e, hello(), headers=ALICE)[0] == 200
        for e in envoys:
            s, h, body = post(e, hello(), headers=ALICE)
            assert (s, error_code(body)) == (429, "rate_limit_exceeded")
            assert 1 <= int(h["retry-after"]) <= 60
        assert post(envoys[0], hello(), headers=CAROL)[0] == 200, "limits are per user"


def test_service_killed_mid_burst(sims, store):
    """Refuse mode: requests after the kill get 503 at once, none hangs; the
    settlements of requests admitted before are sent once the service is back."""
    r, rls = store
    cfg = config(budgets=[{"name": "team-outage", "scope": "team", "window": "day", "limit_usd": 100}])
    whole_dollar_prices(cfg)
    cfg["budget_store"]["timeout"] = "2s"  # the 30 first calls all answered on a loaded machine
    body = hello("fast", "outage prompt", max_tokens=40)
    slow = {"x-sim-delay-ms": "3000"}
    with fleet(sims, rls, cfg) as envoys:
        s, h, b = post(envoys[0], body, headers=ALICE)
        assert s == 200
        reserved = 100_000_000 - round(float(h["x-llm-budget-remaining-usd"]) * 1e6)
        settled = cost_units(json.loads(b)["usage"])
        assert wait_for(lambda: spend_units(r.client, "team-outage") == settled)
        with ThreadPoolExecutor(max_workers=60) as pool:
            first = [pool.submit(post, envoys[i % 3], body, {**ALICE, **slow}) for i in range(30)]
            # Every one reserved and waiting on the provider, then the service dies.
            assert wait_for(lambda: spend_units(r.client, "team-outage") == settled + 30 * reserved, 10)
            rls.kill()
            t0 = time.monotonic()
            during = [pool.submit(post, envoys[i % 3], body, ALICE) for i in range(30)]
            during = [f.result() for f in during]
            took = time.monotonic() - t0
            first = [f.result() for f in first]
        assert all(s == 200 for s, _, _ in first), {s for s, _, _ in first}
        assert all((s, error_code(b)) == (503, "budget_service_unavailable") for s, _, b in during), \
            {s for s, _, _ in during}
        assert took < 10, "no request waits for a dead service beyond its timeout"
        usage_units = settled + sum(cost_units(json.loads(b)["usage"]) for _, _, b in first)
        # While it is down, the reservations are in Redis but not settled.
        time.sleep(0.5)
        assert spend_units(r.client, "team-outage") > usage_units
        rls.start()
        assert wait_for(lambda: spend_units(r.client, "team-outage") == usage_units), \
            (spend_units(r.client, "team-outage"), usage_units)
        assert post(envoys[0], body, headers=ALICE)[0] == 200


def test_local_failure_mode_keeps_serving(sims, store):
    """`on_unavailable: local`: served on the local ledger while the service
    is down, and what that spent is sent to the service once it is back."""
    r, rls = store
    cfg = config(budgets=[{"name": "team-local", "scope": "team", "window": "day", "limit_usd": 100}])
    cfg["budget_store"]["on_unavailable"] = "local"
    whole_dollar_prices(cfg)
    body = hello("fast", "local fallback", max_tokens=40)
    with fleet(sims, rls, cfg, n=1) as (e,):
        s, _, out = post(e, body, headers=ALICE)
        assert s == 200
        first = cost_units(json.loads(out)["usage"])
        assert wait_for(lambda: spend_units(r.client, "team-local") == first)
        rls.kill()
        try:
            s, h, out = post(e, body, headers=ALICE)
            assert s == 200, out
            second = cost_units(json.loads(out)["usage"])
            stats = e.stats("rate_limit_service")
            fallbacks = [int(v) for k, v in stats.items() if k.endswith("code=local_fallback")]
            assert fallbacks and fallbacks[0] >= 1, stats
            time.sleep(0.5)
            assert spend_units(r.client, "team-local") == first, "the service is down"
        finally:
            rls.start()
        assert wait_for(lambda: spend_units(r.client, "team-local") == first + second), \
            (spend_units(r.client, "team-local"), first, second)


def test_spend_survives_an_envoy_restart(sims, store):
    _, rls = store
    cfg = config(budgets=[{"name": "team-restart", "scope": "team", "window": "month", "limit_usd": 10}])
    with fleet(sims, rls, cfg, n=1) as (e,):
        s, _, body = post(e, hello(), headers=ALICE)
        assert s == 200
        time.sleep(0.3)
        used = budgets(e, ALICE)["team-restart"]["used_nano_usd"]
    assert used > 0
    with fleet(sims, rls, cfg, n=1) as (e,):
        assert budgets(e, ALICE)["team-restart"]["used_nano_usd"] == used


def test_clients_that_go_away_still_settle(sims, store):
    """Settlement does not need the client: one that gives up before the
    provider answers gets everything back; one that leaves mid-stream, whose
    usage is unknown, is charged its reservation. Both sent from the root
    context after the request's own context is gone."""
    import http.client

    r, rls = store
    cfg = config(budgets=[{"name": "team-gone", "scope": "team", "window": "day", "limit_usd": 100}])
    whole_dollar_prices(cfg)
    with fleet(sims, rls, cfg, n=1) as (e,):
        s, h, b = post(e, hello("fast", "gone", max_tokens=40), headers=ALICE)
        assert s == 200
        reserved = 100_000_000 - round(float(h["x-llm-budget-remaining-usd"]) * 1e6)
        base = cost_units(json.loads(b)["usage"])
        assert wait_for(lambda: spend_units(r.client, "team-gone") == base)

        # 1. Gone before the answer: the provider holds it for 3 s, the client leaves after 0.5 s.
        conn = http.client.HTTPConnection("127.0.0.1", e.port, timeout=0.5)
        conn.request("POST", "/v1/chat/completions", json.dumps(hello("fast", "gone", max_tokens=40)),
                     {"content-type": "application/json", "x-sim-delay-ms": "3000", **ALICE})
        with pytest.raises(OSError):
            conn.getresponse()
        assert spend_units(r.client, "team-gone") == base + reserved, "reserved while in flight"
        conn.close()
        assert wait_for(lambda: spend_units(r.client, "team-gone") == base), "released once the client left"

        # 2. Gone mid-stream: the first chunk arrives, the rest would take seconds.
        conn = http.client.HTTPConnection("127.0.0.1", e.port, timeout=10)
        conn.request("POST", "/v1/chat/completions",
                     json.dumps(hello("fast", "gone in the middle of a stream", max_tokens=40, stream=True)),
                     {"content-type": "application/json", "x-sim-chunk-delay-ms": "1000", **ALICE})
        resp = conn.getresponse()
        assert resp.status == 200
        # This prompt is longer: its own reservation, from what was left after it.
        reserved = 100_000_000 - base - round(float(resp.getheader("x-llm-budget-remaining-usd")) * 1e6)
        assert resp.fp.readline()  # the first bytes of the stream
        conn.sock.close()
        conn.close()
        assert wait_for(lambda: spend_units(r.client, "team-gone") == base + reserved), \
            (spend_units(r.client, "team-gone"), base, reserved)
        time.sleep(1)
        assert spend_units(r.client, "team-gone") == base + reserved, "charged the reservation, once"


# The service's YEAR window (365 days from the epoch) restarts at
# 2026-12-18 00:00 UTC, 57 * 365 days after the epoch, inside December.
YEAR_BOUNDARY = 57 * 365 * 86400


def clock_offset(at: int) -> str:
    """--clock-offset-secs placing the stand-in's clock at `at` (Unix seconds)."""
    return str(at - int(time.time()))


def outside_a_month_end():
    """Keep a test's few seconds inside one real UTC month (Envoy's clock)."""
    now = time.gmtime()
    nxt = (now.tm_year + (now.tm_mon == 12), now.tm_mon % 12 + 1)
    left = calendar.timegm((*nxt, 1, 0, 0, 0)) - time.time()
    if left < 120:
        time.sleep(left + 1)


def post_through_restart(envoy, body, headers):
    """A request to a service just restarted: the first call may find the old
    connection gone (503 budget_service_unavailable); a few tries, bounded."""
    for _ in range(20):
        s, h, b = post(envoy, body, headers=headers)
        if s != 503:
            return s, h, b
        time.sleep(0.2)
    return s, h, b


@pytest.mark.parametrize("month_window", ["calendar", "year_window"])
def test_a_monthly_cap_across_the_services_year_boundary(sims, store, month_window):
    """The service's clock a few minutes before 2026-12-18 00:00 UTC: a month
    budget spent to its cap; the service restarted with its clock after the
    boundary (Redis keeps the counters). In `calendar` mode (unit MONTH on a
    service with USE_CALENDAR_MONTH_RATE_LIMIT=true) the cap still holds; in
    `year_window` mode (unit YEAR, services older than PR #1206) the counter
    restarts: the documented flaw, shown so this test can tell them apart."""
    r, _ = store
    name = f"team-month-{month_window.replace('_', '-')}"
    cfg = config(budgets=[{"name": name, "scope": "team", "window": "month", "limit_usd": 0.0002,
                           "on_exceed": "refuse"}])
    cfg["budget_store"]["month_window"] = month_window
    whole_dollar_prices(cfg)
    body = hello("fast", "month boundary", max_tokens=40)
    rls = RateLimitService(r.port, "--clock-offset-secs", clock_offset(YEAR_BOUNDARY - 300))
    try:
        outside_a_month_end()
        with fleet(sims, rls, cfg, n=1) as (e,):
            # Each request reserves ~90 units and costs ~15 of the 200; each
            # one's settlement lands before the next, so the refusal below
            # means the cap, not reservations in flight.
            admitted = []
            for _ in range(30):
                s, _, b = post(e, body, headers=ALICE)
                if s != 200:
                    break
                admitted.append(cost_units(json.loads(b)["usage"]))
                assert wait_for(lambda: spend_units(r.client, name) == sum(admitted)), \
                    (spend_units(r.client, name), admitted)
            assert (s, error_code(b)) == (429, "insufficient_quota"), b
            assert 0 < len(admitted) < 30
            assert wait_for(lambda: spend_units(r.client, name) == sum(admitted)), "the refused call's hits given back"
            (key,) = r.client.keys(f"*_name_{name}_*")
            if month_window == "calendar":
                # Bucketed by the service's calendar month: 2026-12-01 00:00 UTC.
                assert key.endswith(b"_1796083200"), key
            else:
                assert key.endswith(f"_{YEAR_BOUNDARY - 365 * 86400}".encode()), key
                year = 365 * 86400
                nxt = time.strftime("%Y-%m-%d", time.gmtime((int(time.time()) // year + 1) * year))
                assert f"restarts at {nxt} 00:00 UTC" in e.logs(), "the configure-time warning"

            rls.stop()
            rls.args = ("--clock-offset-secs", clock_offset(YEAR_BOUNDARY + 60))
            rls.start()
            s, _, b = post_through_restart(e, body, ALICE)
            if month_window == "calendar":
                assert (s, error_code(b)) == (429, "insufficient_quota"), b
                assert wait_for(lambda: spend_units(r.client, name) == sum(admitted))
                assert len(r.client.keys(f"*_name_{name}_*")) == 1, "one counter for the month"
            else:
                assert s == 200, b
                assert len(r.client.keys(f"*_name_{name}_*")) == 2, "a second counter in the same month"
    finally:
        rls.stop()


def test_a_service_without_calendar_months_is_noticed(sims, store):
    """`month_window: calendar` on a service run without
    USE_CALENDAR_MONTH_RATE_LIMIT: its MONTH reset is not the month's end;
    the filter counts it (and logs once). With the setting: nothing."""
    r, good = store
    cfg = config(budgets=[{"name": "team-month-check", "scope": "team", "window": "month", "limit_usd": 10}])

    def mismatches(e):
        return sum(int(v) for k, v in e.stats("rate_limit_service").items()
                   if k.endswith("code=month_window_mismatch"))

    with fleet(sims, good, cfg, n=1) as (e,):
        assert post(e, hello(), headers=ALICE)[0] == 200
        assert mismatches(e) == 0
    legacy = RateLimitService(r.port, env={})
    try:
        with fleet(sims, legacy, cfg, n=1) as (e,):
            now = int(time.time())
            assert post(e, hello(), headers=ALICE)[0] == 200
            assert post(e, hello(), headers=BOB)[0] == 200
            # A 30-day window can end with the month (2027-01-02 to 2027-02-01):
            # then its reset is the month's and nothing tells them apart.
            thirty = 30 * 86400
            month_end = calendar.timegm((*(time.gmtime(now)[:2]), 1, 0, 0, 0)) + 32 * 86400
            month_end = calendar.timegm((*(time.gmtime(month_end)[:2]), 1, 0, 0, 0))
            coincide = abs((thirty - now % thirty) - (month_end - now)) <= 900
            assert mismatches(e) == (0 if coincide else 2)
            # Logged once per VM (one per worker at most).
            logged = e.logs().count("USE_CALENDAR_MONTH_RATE_LIMIT=true (PR #1206), check")
            assert (logged == 0) if coincide else (1 <= logged <= 2)
    finally:
        legacy.stop()


def test_every_envoy_shows_the_shared_state(sims, store):
    """GET /v1/budgets, x-llm-budget-remaining-usd and the remaining gauge on
    one Envoy reflect what was spent through another."""
    r, rls = store
    name = "team-shown"
    cfg = config(budgets=[{"name": name, "scope": "team", "window": "month", "limit_usd": 1}])
    whole_dollar_prices(cfg)
    body = hello("fast", "shared state", max_tokens=40)
    with fleet(sims, rls, cfg, n=2) as (a, b):
        s, h, out = post(a, body, headers=ALICE)
        assert s == 200
        spent = cost_units(json.loads(out)["usage"])
        assert wait_for(lambda: spend_units(r.client, name) == spent)
        # Bob (same team) on the other Envoy sees Alice's spend.
        status = budgets(b, BOB)[name]
        assert status["used_nano_usd"] == spent * UNIT_NANO
        assert status["remaining_nano_usd"] == 1_000_000_000 - spent * UNIT_NANO
        # The service holds one count: settled and in flight are not told apart.
        assert status["spent_nano_usd"] is None and status["reserved_nano_usd"] is None
        s, h, _ = post(b, body, headers=BOB)
        assert s == 200
        left = round(float(h["x-llm-budget-remaining-usd"]) * 1e9)
        reserved = 1_000_000_000 - spent * UNIT_NANO - left
        assert 0 < reserved < 1_000_000, "what is left after Alice's spend and Bob's reservation"
        gauge = [int(v) for k, v in b.stats("budget_remaining").items() if k.endswith(f"budget={name}")]
        assert gauge == [left], b.stats("budget_remaining")


RUN_FLEET = [sys.executable, str(ROOT / "tests/tools/run_fleet.py")]
FLEET_PORT_VARS = ["LLM_FLEET_PORT_A", "LLM_FLEET_PORT_B", "LLM_FLEET_ADMIN_A", "LLM_FLEET_ADMIN_B",
                   "LLM_FLEET_RLS_PORT", "LLM_FLEET_REDIS_PORT", "LLM_FLEET_ANTHROPIC_PORT",
                   "LLM_FLEET_OPENAI_PORT", "LLM_FLEET_PRIVATE_PORT"]


def test_make_run_fleet_serves_then_stops_everything_on_sigterm():
    """`make run-fleet`'s script on free ports: spend through Envoy A shows on
    Envoy B, keyed by calendar month; SIGTERM to the script (not its group)
    stops every process it started. A port already taken stops it first."""
    ports = {v: free_port() for v in FLEET_PORT_VARS}
    env = {**os.environ, **{k: str(v) for k, v in ports.items()}}
    proc = subprocess.Popen(RUN_FLEET, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    # Ready once the script says so (it prints its banner after every part
    # answered): Envoy B's /ready alone can come first, and a SIGTERM before
    # the banner would make the banner check below fail for no fault.
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
    try:
        def ready():
            assert proc.poll() is None, proc.stderr.read()
            return any("fleet: Envoy A on" in line for line in lines)
        assert wait_for(ready, 90)
        a = type("E", (), {"base_url": f"http://127.0.0.1:{ports['LLM_FLEET_PORT_A']}"})
        b = type("E", (), {"base_url": f"http://127.0.0.1:{ports['LLM_FLEET_PORT_B']}"})
        assert post(a, hello(), headers=ALICE)[0] == 200
        assert wait_for(lambda: budgets(b, BOB)["team-monthly"]["used_nano_usd"] > 0)
        keys = redis.Redis(port=ports["LLM_FLEET_REDIS_PORT"]).keys("*team-monthly*")
        start = calendar.timegm((*time.gmtime()[:2], 1, 0, 0, 0))
        assert [k.rsplit(b"_", 1)[1] for k in keys] == [str(start).encode()], keys

        os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
        reader.join(timeout=10)
        out = "".join(lines)
        assert f"Envoy A on http://127.0.0.1:{ports['LLM_FLEET_PORT_A']}" in out
        left = subprocess.run(["pgrep", "-s", str(proc.pid)], capture_output=True, text=True).stdout.split()
        assert left == [], f"processes left behind: {left}"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        env["LLM_FLEET_REDIS_PORT"] = str(busy.getsockname()[1])
        r = subprocess.run(RUN_FLEET, env=env, capture_output=True, text=True, timeout=30)
    assert r.returncode == 1
    assert f"port 127.0.0.1:{env['LLM_FLEET_REDIS_PORT']} (redis) is busy" in r.stderr, r.stderr
