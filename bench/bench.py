#!/usr/bin/env python3
"""`make bench`: what the filter costs, as ratios against plain Envoy.

Every number is relative to plain Envoy on the same machine in the same run:
no absolute thresholds, nothing fails on speed. Each scenario gets its own
fresh Envoy (--concurrency 2, as in the e2e tests) on free loopback ports:

  plain       envoy/demo.yaml without the wasm filters: the llm_router HTTP
              filter and the clusters' upstream filter chain (translator) are
              removed, and the route names `cluster: openai` instead of
              `cluster_header`. Same listener, access log, retry policy,
              clusters. The client sends the simulator's key itself.
  empty wasm  the plain config plus a wasm filter that does nothing
              (bench/empty-filter) in both places ours sit: downstream before
              the router and upstream on the `openai` cluster, in one V8 VM.
              What any proxy-wasm filter costs before its own logic runs.
  filter      the demo config as is (harness.Envoy): router + translator.
              gpt-4o-mini      -> OpenAI dialect, passthrough translation
              claude-haiku-4-5 -> Anthropic dialect, full translation
              budgeted         -> gpt-4o-mini with `Bearer demo-key-alice`:
                                  identity, user/team budgets and per-user
                                  rate limit reserved and settled per request
  1 connection  plain Envoy and the budgeted request at concurrency 1 with
              budgets on this Envoy's shared data (local) and on the rate
              limit service (envoy/fleet.yaml: a fresh Redis and the stand-in
              service of tests/tools/ratelimit_standin.py per run, which is
              Python: a Go envoyproxy/ratelimit answers faster). The added p50
              is the cost of the extra round trip per request.

The provider simulator (target/release/llm-sim, three of them with
--require-key as in tests/e2e/conftest.py) is on both paths, and so is the load
generator: everything shares the machine's cores, so ratios understate the
filter's cost relative to Envoy alone. "direct" rows (no Envoy at all) show
what the simulator and load generator cost by themselves.

CPU: Envoy's own CPU time (all its threads, from /proc/<pid>/task/*/schedstat)
during the measured requests, divided by their number: "CPU us/req". Unlike
throughput it does not depend on how the load generator and the simulator
share the cores. "+us" columns subtract the plain and the empty-wasm rows.

Load: a fixed number of POSTs per scenario at a fixed concurrency over
keep-alive connections, after a warm-up. wrk (with a small Lua script) if it is
installed, else Python threads with http.client, one connection each.

Environment: BENCH_REQUESTS (2000), BENCH_CONCURRENCY (16), BENCH_WARMUP
(max(100, requests/10)), BENCH_ROUNDS (5: every scenario runs this many
times, interleaved, and the table shows medians), BENCH_LOADGEN (auto | wrk |
python), BENCH_DIRECT (1: include the no-Envoy reference rows). Prints a
table; writes no files outside a temporary directory it removes.

Anonymous requests are not free of the ledger: the demo's global budget and
per-route rate limit apply to them too (6000 requests/min per route, so keep
BENCH_REQUESTS + warm-up below that).
"""

import http.client
import json
import math
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests/e2e"))
from harness import DEMO, ENVOY, SIM, WASM, Envoy, Simulator, demo_config  # noqa: E402
from fleet import FLEET, RateLimitService, Redis  # noqa: E402

WASM_TYPE = "type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm"
EMPTY_WASM = ROOT / "target/wasm32-wasip1/release/empty_filter.wasm"
SIM_KEYS = {"anthropic": "demo-anthropic-key", "openai": "demo-openai-key", "private": "demo-private-key"}
PATH = "/v1/chat/completions"


def env_int(name: str, default: int) -> int:
    v = os.environ.get(name, "").strip()
    return int(v) if v else default


REQUESTS = env_int("BENCH_REQUESTS", 2000)
CONCURRENCY = env_int("BENCH_CONCURRENCY", 16)
WARMUP = env_int("BENCH_WARMUP", max(100, REQUESTS // 10))
LOADGEN = os.environ.get("BENCH_LOADGEN", "auto").strip() or "auto"
ROUNDS = max(1, env_int("BENCH_ROUNDS", 5))
DIRECT = os.environ.get("BENCH_DIRECT", "1").strip() not in ("0", "", "no", "false")
# The demo config limits each user to 600 requests a minute (and each route to
# 6000): the budgeted scenario stays under that, warm-up included, so it
# measures admitted requests and not 429s.
BUDGET_REQUESTS = min(REQUESTS, 400)
BUDGET_WARMUP = min(WARMUP, 100)
# Upper bound on one wrk run (it normally ends when its requests are done).
WRK_MAX_S = 120
PROMPT = "Hello from the benchmark! Please echo this sentence back."


# --- configurations --------------------------------------------------------------

def plain_envoy_doc() -> dict:
    """envoy/demo.yaml with no wasm anywhere and the route sent to `openai`."""
    with open(DEMO) as f:
        doc = yaml.safe_load(f)
    for listener in doc["static_resources"]["listeners"]:
        for chain in listener["filter_chains"]:
            for nf in chain["filters"]:
                hcm = nf.get("typed_config", {})
                if "http_filters" not in hcm:
                    continue
                hcm["http_filters"] = [
                    f for f in hcm["http_filters"] if f.get("typed_config", {}).get("@type") != WASM_TYPE
                ]
                for vh in hcm["route_config"]["virtual_hosts"]:
                    for r in vh["routes"]:
                        route = r.get("route")
                        if route and "cluster_header" in route:
                            del route["cluster_header"]
                            route["cluster"] = "openai"
                            # The guard that only admits requests the router handled.
                            r["match"].pop("filter_state", None)
    for cluster in doc["static_resources"]["clusters"]:
        cluster.pop("typed_extension_protocol_options", None)
    text = json.dumps(doc)
    if WASM_TYPE in text or "cluster_header" in text:
        raise RuntimeError("plain Envoy config still has a wasm filter or cluster_header")
    return doc


def empty_wasm_doc() -> dict:
    """The plain config plus the do-nothing module where ours sit: the
    downstream filter (before the router) and the upstream chain of `openai`."""
    with open(DEMO) as f:
        demo = yaml.safe_load(f)
    wasm_filters = []
    for listener in demo["static_resources"]["listeners"]:
        for chain in listener["filter_chains"]:
            for nf in chain["filters"]:
                wasm_filters += [f for f in nf.get("typed_config", {}).get("http_filters", [])
                                 if f.get("typed_config", {}).get("@type") == WASM_TYPE]
    upstream = next(c["typed_extension_protocol_options"] for c in demo["static_resources"]["clusters"]
                    if c["name"] == "openai")
    # YAML anchors load as shared objects: one change reaches both roles' vm_config.
    for f in wasm_filters:
        f["typed_config"]["config"]["vm_config"]["code"]["local"]["filename"] = str(EMPTY_WASM)
    doc = plain_envoy_doc()
    for listener in doc["static_resources"]["listeners"]:
        for chain in listener["filter_chains"]:
            for nf in chain["filters"]:
                hcm = nf.get("typed_config", {})
                if "http_filters" in hcm:
                    hcm["http_filters"] = wasm_filters + hcm["http_filters"]
    for cluster in doc["static_resources"]["clusters"]:
        if cluster["name"] == "openai":
            cluster["typed_extension_protocol_options"] = upstream
    text = json.dumps(doc)
    if "llm_router.wasm" in text or "cluster_header" in text:
        raise RuntimeError("empty-wasm config still loads the router or routes by cluster_header")
    return doc


# --- scenarios -------------------------------------------------------------------

def openai_body(model: str, stream: bool) -> bytes:
    b = {"model": model, "messages": [{"role": "user", "content": PROMPT}]}
    if stream:
        b["stream"] = True
    return json.dumps(b).encode()


def anthropic_body(model: str, stream: bool) -> bytes:
    b = {"model": model, "max_tokens": 1024, "messages": [{"role": "user", "content": PROMPT}]}
    if stream:
        b["stream"] = True
    return json.dumps(b).encode()


class Scenario:
    def __init__(self, name, target, body, headers, expect, stream, baseline=None,
                 path=PATH, requests=REQUESTS, warmup=WARMUP, expect_headers=None, plugin_config=None,
                 concurrency=None):
        self.name = name
        self.plugin_config = plugin_config  # "filter" only: replaces the demo's plugin JSON
        self.concurrency = concurrency or CONCURRENCY
        self.target = target        # "plain" | "empty" | "filter" | "sim:<name>"
        self.body = body
        self.headers = {"content-type": "application/json", **headers}
        self.expect = expect        # substring of a good response body
        self.expect_headers = expect_headers or {}
        self.stream = stream
        self.baseline = baseline    # name of the plain-Envoy scenario to compare with
        self.empty = None           # name of the empty-wasm scenario to compare with
        self.path = path
        self.requests = requests
        self.warmup = warmup
        self.results = []

    @property
    def result(self):
        """The median of the rounds (RSS: the largest; failures: the sum)."""
        rs = self.results
        if len(rs) == 1:
            return rs[0]
        med = lambda xs: statistics.median(xs)  # noqa: E731
        out = Result(sum(r.requests for r in rs), 1.0, med([r.p50_ms for r in rs]), med([r.p99_ms for r in rs]),
                     sum(r.bad_status for r in rs), sum(r.errors for r in rs), rs[0].tool)
        out.rps = med([r.rps for r in rs])
        out.spread = (max(r.rps for r in rs) - min(r.rps for r in rs)) / out.rps * 100 if out.rps else 0.0
        rss = [r.rss_mib for r in rs if r.rss_mib is not None]
        out.rss_mib = max(rss) if rss else None
        cpu = [r.cpu_us_per_req for r in rs if r.cpu_us_per_req is not None]
        out.cpu_us_per_req = med(cpu) if cpu else None
        return out


def no_histograms() -> dict:
    cfg = demo_config()
    cfg["metrics"] = {**cfg.get("metrics", {}), "histograms": False}
    return cfg


def scenarios() -> list:
    out = []
    for stream in (False, True):
        kind = "stream" if stream else "non-stream"
        done = "data: [DONE]" if stream else "Echo from gpt-4o-mini"
        if DIRECT:
            out.append(Scenario(
                f"direct openai-sim, {kind}", "sim:openai", openai_body("gpt-4o-mini", stream),
                {"authorization": f"Bearer {SIM_KEYS['openai']}"}, done, stream))
            out.append(Scenario(
                f"direct anthropic-sim, {kind}", "sim:anthropic", anthropic_body("claude-haiku-4-5", stream),
                {"x-api-key": SIM_KEYS["anthropic"], "anthropic-version": "2023-06-01"},
                "message_stop" if stream else "Echo from claude-haiku-4-5", stream, path="/v1/messages"))
        base = f"plain envoy, {kind}"
        empty = f"empty wasm, {kind}"
        out.append(Scenario(
            base, "plain", openai_body("gpt-4o-mini", stream),
            {"authorization": f"Bearer {SIM_KEYS['openai']}"}, done, stream))
        out.append(Scenario(
            empty, "empty", openai_body("gpt-4o-mini", stream),
            {"authorization": f"Bearer {SIM_KEYS['openai']}"}, done, stream, baseline=base))
        out.append(Scenario(
            f"filter gpt-4o-mini, {kind}", "filter", openai_body("gpt-4o-mini", stream), {},
            done, stream, baseline=base, expect_headers={"x-llm-provider": "openai"}))
        out.append(Scenario(
            f"filter claude-haiku-4-5, {kind}", "filter", openai_body("claude-haiku-4-5", stream), {},
            "data: [DONE]" if stream else "Echo from claude-haiku-4-5", stream, baseline=base,
            expect_headers={"x-llm-provider": "anthropic"}))
        # What the latency/TTFT/token histograms cost: the row above, without them.
        out.append(Scenario(
            f"filter claude-haiku-4-5, no histograms, {kind}", "filter", openai_body("claude-haiku-4-5", stream), {},
            "data: [DONE]" if stream else "Echo from claude-haiku-4-5", stream, baseline=base,
            expect_headers={"x-llm-provider": "anthropic"},
            plugin_config=no_histograms()))
        if not stream:
            out.append(Scenario(
                f"filter gpt-4o-mini + key/budget, {kind}", "filter", openai_body("gpt-4o-mini", stream),
                {"authorization": "Bearer demo-key-alice"}, done, stream, baseline=base,
                requests=BUDGET_REQUESTS, warmup=BUDGET_WARMUP,
                expect_headers={"x-llm-provider": "openai", "x-llm-budget-remaining-usd": None}))
        if not stream:
            # One connection: the latency a request pays for its budget check,
            # with the ledger in this Envoy (local) and on the rate limit
            # service (the Python stand-in on Redis; envoyproxy/ratelimit is Go).
            plain1 = f"plain envoy, {kind}, 1 connection"
            out.append(Scenario(
                plain1, "plain", openai_body("gpt-4o-mini", stream),
                {"authorization": f"Bearer {SIM_KEYS['openai']}"}, done, stream,
                requests=BUDGET_REQUESTS, warmup=BUDGET_WARMUP, concurrency=1))
            for target, store in (("filter", "local"), ("fleet", "rate limit service")):
                out.append(Scenario(
                    f"filter + key/budget, {store}, {kind}, 1 connection", target,
                    openai_body("gpt-4o-mini", stream), {"authorization": "Bearer demo-key-alice"}, done, stream,
                    baseline=plain1, requests=BUDGET_REQUESTS, warmup=BUDGET_WARMUP, concurrency=1,
                    expect_headers={"x-llm-provider": "openai", "x-llm-budget-remaining-usd": None}))
        for sc in out:
            if sc.target in ("filter", "fleet") and sc.baseline == base:
                sc.empty = empty
    return out


# --- load generators ---------------------------------------------------------------

class Result:
    def __init__(self, requests, seconds, p50_ms, p99_ms, bad_status, errors, tool):
        self.requests = requests
        self.seconds = seconds
        self.rps = requests / seconds if seconds > 0 else 0.0
        self.p50_ms = p50_ms
        self.p99_ms = p99_ms
        self.bad_status = bad_status
        self.errors = errors
        self.tool = tool
        self.rss_mib = None
        self.cpu_us_per_req = None
        self.spread = None   # (max - min) / median of req/s over the rounds, in %


def percentile(sorted_values: list, p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = max(0, math.ceil(p / 100 * len(sorted_values)) - 1)
    return sorted_values[k]


def python_load(port: int, sc: Scenario, n: int) -> Result:
    """n requests over the scenario's concurrency in threads, each with its own keep-alive connection."""
    c = sc.concurrency
    quotas = [n // c + (1 if i < n % c else 0) for i in range(c)]
    latencies = [[] for _ in quotas]
    bad = [0] * len(quotas)
    errs = [0] * len(quotas)
    start = threading.Barrier(len(quotas) + 1)

    def worker(i: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            conn.connect()
        except OSError:
            errs[i] += 1
        start.wait()
        lat = latencies[i]
        for _ in range(quotas[i]):
            t0 = time.perf_counter()
            try:
                conn.request("POST", sc.path, sc.body, sc.headers)
                resp = conn.getresponse()
                resp.read()
                lat.append(time.perf_counter() - t0)
                if resp.status != 200:
                    bad[i] += 1
                if resp.will_close:
                    conn.close()
            except (OSError, http.client.HTTPException):
                errs[i] += 1
                conn.close()
        conn.close()

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(len(quotas))]
    for t in threads:
        t.start()
    start.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    all_lat = sorted(x for lat in latencies for x in lat)
    return Result(len(all_lat), wall, percentile(all_lat, 50) * 1e3, percentile(all_lat, 99) * 1e3,
                  sum(bad), sum(errs), "python")


WRK_LUA = r"""
wrk.method = "POST"
wrk.path = [==[%(path)s]==]
wrk.body = [==[%(body)s]==]
%(headers)s

-- A monotonic clock in microseconds (wrk embeds LuaJIT; without ffi the
-- Python side times the run instead).
local have_ffi, ffi = pcall(require, "ffi")
local now_us = nil
if have_ffi then
  pcall(ffi.cdef, "typedef struct { long tv_sec; long tv_nsec; } bench_ts; int clock_gettime(int, bench_ts *);")
  local ts = ffi.new("bench_ts")
  now_us = function()
    ffi.C.clock_gettime(1, ts)
    return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
  end
end

-- Main state: keep the threads to read their clocks in done().
local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("bench_id", #threads)
end

-- Thread states: stop after `limit` responses, leave a marker file for the
-- Python side (which then interrupts wrk's fixed-duration sleep).
local limit, count, marker = 0, 0, nil
t_start, t_end = -1, -1
function init(args)
  limit = tonumber(args[1])
  marker = args[2] .. "/" .. tostring(bench_id)
  if now_us then t_start = now_us() end
end
function response(status, headers, body)
  count = count + 1
  if count == limit then
    if now_us then t_end = now_us() end
    local f = io.open(marker, "w")
    if f then f:close() end
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local first, last = nil, nil
  for _, t in ipairs(threads) do
    local s, e = t:get("t_start"), t:get("t_end")
    if s and s >= 0 and (first == nil or s < first) then first = s end
    if e and e >= 0 and (last == nil or e > last) then last = e end
  end
  local span = (first and last) and math.floor(last - first) or -1
  local e = summary.errors
  io.write(string.format("BENCH_RESULT %%d %%d %%d %%d %%d %%d\n",
    summary.requests, span, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
"""


def wrk_load(port: int, sc: Scenario, n: int, workdir: str) -> Result:
    """n requests (rounded up to a multiple of wrk's threads) with wrk. Each
    wrk thread stops after its share of responses; wrk itself only exits after
    its -d sleep or SIGINT, so we send SIGINT once every thread is done."""
    threads = max(1, min(2, sc.concurrency))
    per_thread = math.ceil(n / threads)
    headers = "\n".join(f'wrk.headers["{k}"] = [==[{v}]==]' for k, v in sc.headers.items())
    script = os.path.join(workdir, "bench.lua")
    with open(script, "w") as f:
        f.write(WRK_LUA % {"path": sc.path, "body": sc.body.decode(), "headers": headers})
    markers = tempfile.mkdtemp(prefix="wrk-", dir=workdir)
    cmd = ["wrk", "-t", str(threads), "-c", str(sc.concurrency), "-d", f"{WRK_MAX_S}s", "--timeout", "30s",
           "-s", script, f"http://127.0.0.1:{port}", "--", str(per_thread), markers]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while proc.poll() is None and len(os.listdir(markers)) < threads:
            time.sleep(0.005)
        wall = time.perf_counter() - t0
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(markers, ignore_errors=True)
    m = re.search(r"^BENCH_RESULT (\d+) (-?\d+) (\d+) (\d+) (\d+) (\d+)$", stdout, re.M)
    if not m:
        raise RuntimeError(f"wrk failed ({proc.returncode}):\n{stdout}\n{stderr}")
    reqs, span_us, p50_us, p99_us, bad, errs = map(int, m.groups())
    seconds = span_us / 1e6 if span_us > 0 else wall
    return Result(reqs, seconds, p50_us / 1e3, p99_us / 1e3, bad, errs, "wrk")


def use_wrk() -> bool:
    if LOADGEN == "python":
        return False
    have = shutil.which("wrk") is not None
    if LOADGEN == "wrk" and not have:
        raise SystemExit("BENCH_LOADGEN=wrk but wrk is not installed")
    return have


# --- running ---------------------------------------------------------------------

def rss_mib(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def cpu_ns(pid: int) -> int | None:
    """CPU time of every thread of the process so far, in ns (schedstat's
    first field), or None where /proc does not have it."""
    total = 0
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                total += int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return total


def check_once(port: int, sc: Scenario) -> None:
    """One request that must succeed and look right before the scenario counts."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("POST", sc.path, sc.body, sc.headers)
        resp = conn.getresponse()
        body = resp.read().decode(errors="replace")
        hdrs = {k.lower(): v for k, v in resp.getheaders()}
    finally:
        conn.close()
    problems = []
    if resp.status != 200:
        problems.append(f"status {resp.status}")
    if sc.expect not in body:
        problems.append(f"body lacks {sc.expect!r}")
    for k, v in sc.expect_headers.items():
        if k not in hdrs or (v is not None and hdrs[k] != v):
            problems.append(f"header {k}={hdrs.get(k)!r}, want {v or 'present'}")
    if problems:
        raise RuntimeError(f"{sc.name}: sanity request failed: {', '.join(problems)}\n{body[:500]}")


def run_scenario(sc: Scenario, sims: dict, yamls: dict, workdir: str, wrk: bool) -> Result:
    upstreams = {name: s.port for name, s in sims.items()}
    envoy = None
    store = []
    try:
        if sc.target == "fleet":
            # A fresh Redis and rate limit service per run: no counts carried over.
            redis_server = Redis()
            store.append(redis_server)
            rls = RateLimitService(redis_server.port)
            store.append(rls)
            envoy = Envoy({**upstreams, "ratelimit": rls.port}, yaml_path=FLEET)
            port = envoy.port
        elif sc.target in yamls:
            envoy = Envoy(upstreams, yaml_path=yamls[sc.target])
            port = envoy.port
        elif sc.target == "filter":
            envoy = Envoy(upstreams, plugin_config=sc.plugin_config)
            port = envoy.port
        else:
            port = sims[sc.target.split(":", 1)[1]].port
        check_once(port, sc)

        def load(n):
            return wrk_load(port, sc, n, workdir) if wrk else python_load(port, sc, n)

        if sc.warmup:
            load(sc.warmup)
        cpu0 = cpu_ns(envoy.proc.pid) if envoy is not None else None
        res = load(sc.requests)
        cpu1 = cpu_ns(envoy.proc.pid) if envoy is not None else None
        if cpu0 is not None and cpu1 is not None and res.requests:
            res.cpu_us_per_req = (cpu1 - cpu0) / 1e3 / res.requests
        if envoy is not None:
            res.rss_mib = rss_mib(envoy.proc.pid)
            if envoy.proc.poll() is not None:
                raise RuntimeError(f"envoy exited during {sc.name}:\n{envoy.logs()[-2000:]}")
        return res
    finally:
        if envoy is not None:
            envoy.stop()
        for p in reversed(store):
            p.stop()


def fmt(x: float | None, spec: str) -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else format(x, spec)


def report(all_sc: list, wrk: bool, elapsed: float) -> None:
    by_name = {sc.name: sc for sc in all_sc}
    cols = ["scenario", "req/s", "spread", "p50 ms", "p99 ms", "x plain req/s", "x plain p50",
            "CPU us/req", "+us vs plain", "+us vs empty", "RSS MiB", "non-200", "errors"]
    rows = []
    for sc in all_sc:
        r = sc.result
        base = by_name[sc.baseline].result if sc.baseline else None
        if sc.target == "plain":
            tput_ratio, lat_ratio = "1.00", "1.00"
        elif base is not None and base.rps > 0 and base.p50_ms > 0:
            tput_ratio, lat_ratio = f"{r.rps / base.rps:.2f}", f"{r.p50_ms / base.p50_ms:.2f}"
        else:
            tput_ratio, lat_ratio = "", ""
        empty = by_name[sc.empty].result if sc.empty else None

        def over(other):
            if other is None or r.cpu_us_per_req is None or other.cpu_us_per_req is None:
                return ""
            return f"{r.cpu_us_per_req - other.cpu_us_per_req:+.0f}"

        rows.append([sc.name, f"{r.rps:.0f}", "-" if r.spread is None else f"{r.spread:.0f}%", fmt(r.p50_ms, ".2f"),
                     fmt(r.p99_ms, ".2f"), tput_ratio, lat_ratio, fmt(r.cpu_us_per_req, ".0f"),
                     "" if sc.target == "plain" else over(base), over(empty),
                     fmt(r.rss_mib, ".1f"), str(r.bad_status), str(r.errors)])
    widths = [max(len(c), *(len(row[i]) for row in rows)) for i, c in enumerate(cols)]

    def line(vals):
        return "  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(vals, widths)))

    print()
    print(line(cols))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))
    print()
    wasm_size = WASM.stat().st_size if WASM.exists() else None
    print(f"wasm: {WASM.relative_to(ROOT)} {fmt(wasm_size and wasm_size / 1024, '.0f')} KiB; "
          f"envoy: {ENVOY}; cores: {os.cpu_count()}; load: {'wrk' if wrk else 'python http.client threads'}, "
          f"{REQUESTS} requests/scenario (budgeted: {BUDGET_REQUESTS}) at concurrency {CONCURRENCY} "
          f"after {WARMUP} warm-up, median of {ROUNDS} round(s); total {elapsed:.0f}s")
    print("spread = (max - min) / median of req/s over the rounds: run-to-run noise on this machine.")
    print("CPU us/req = Envoy's CPU time (all threads) during the measured requests / requests; +us = that minus "
          "the plain Envoy row's, or the empty-wasm row's (the filter's own logic beyond a do-nothing wasm filter).")
    print("x plain req/s = throughput / plain Envoy's (higher is better); x plain p50 = p50 latency / plain "
          "Envoy's (lower is better), stream rows against the plain stream row.")
    print("The simulator (llm-sim) answers on every path, plain Envoy included, and the load generator and "
          "simulator share the cores with Envoy, so these ratios understate the filter's cost relative to Envoy "
          "alone. claude rows use the Anthropic simulator (compare its direct row with the OpenAI one). "
          "RSS: Envoy's resident memory after the scenario (fresh Envoy per scenario, 2 workers). "
          "Latency is to the full response (last byte of the stream).")
    if not wrk:
        print("NOTE: the Python load generator (threads under the GIL) saturates at a few thousand req/s on "
              "its own, so ratios near 1.00 may only mean the client is the bottleneck; install wrk "
              "(e.g. apt-get install wrk) for meaningful ratios.")
    bad = [sc.name for sc in all_sc if sc.result.bad_status or sc.result.errors]
    if bad:
        print(f"WARNING: non-200 responses or transport errors in: {', '.join(bad)}; their numbers are not "
              "comparable (the demo config rate-limits 600 requests/min per user and 6000/min per route).")


def main() -> int:
    for p in (SIM, WASM, EMPTY_WASM, ENVOY):
        if not Path(p).exists():
            print(f"missing {p}: run `make setup build` first", file=sys.stderr)
            return 2
    wrk = use_wrk()
    # SIGTERM (e.g. from make or a CI timeout) unwinds like Ctrl-C, so every process is stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    workdir = tempfile.mkdtemp(prefix="llm-bench-")
    sims = {}
    all_sc = scenarios()
    t_start = time.monotonic()
    try:
        yamls = {"plain": Path(workdir) / "plain-envoy.yaml", "empty": Path(workdir) / "empty-wasm.yaml"}
        with open(yamls["plain"], "w") as f:
            yaml.safe_dump(plain_envoy_doc(), f)
        with open(yamls["empty"], "w") as f:
            yaml.safe_dump(empty_wasm_doc(), f)
        for name, key in SIM_KEYS.items():
            sims[name] = Simulator(name, "--require-key", key)
        for rnd in range(1, ROUNDS + 1):
            for sc in all_sc:
                t0 = time.monotonic()
                r = run_scenario(sc, sims, yamls, workdir, wrk)
                sc.results.append(r)
                print(f"  round {rnd}/{ROUNDS} {sc.name}: {r.requests} requests in {r.seconds:.2f}s, "
                      f"{r.rps:.0f} req/s, p50 {r.p50_ms:.2f} ms, CPU {fmt(r.cpu_us_per_req, '.0f')} us/req, non-200 {r.bad_status}, errors {r.errors} "
                      f"({time.monotonic() - t0:.1f}s with start-up)", flush=True)
        report(all_sc, wrk, time.monotonic() - t_start)
        return 0
    finally:
        for s in sims.values():
            s.stop()
            s.log.close()
            try:
                os.unlink(s.log.name)
            except OSError:
                pass
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
