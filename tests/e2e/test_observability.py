"""Observability in real Envoy: after a scripted mix of requests (answers,
a stream, a fallback, refusals, a downgrade, PII, a shadow rule),
/stats/prometheus carries every metric with the expected labels and values,
the JSON access log carries the per-request record field by field, and a
real Prometheus scraping that Envoy returns data for every PromQL expression
of the shipped dashboard and rules."""

import copy
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import yaml

from harness import ROOT, Envoy, _stop, demo_config, free_port
from test_chat import hello, post, sse_data

OBS = ROOT / "deploy/observability"
ALICE = {"authorization": "Bearer demo-key-alice"}  # team search
CAROL = {"authorization": "Bearer demo-key-carol"}  # team research
# nano-USD per token (input, output) at the demo's prices.
PRICES = {"claude-haiku-4-5": (1000, 5000), "gpt-4o-mini": (150, 600), "llama-3.1-8b-instruct": (0, 0)}
RESEARCH_LIMIT = 530_000  # fits one 100-token request on `fast`, then < 10% is left


def mix_config():
    cfg = copy.deepcopy(demo_config())
    cfg["metrics"] = {"team_label": True}
    cfg["budgets"] = [
        # Premium (2048 tokens at $15/M) does not fit, economy does: a downgrade.
        {"name": "user-daily", "scope": "user", "window": "day", "limit_usd": 0.01, "on_exceed": "downgrade"},
        {"name": "research-monthly", "scope": "team", "ids": ["research"], "window": "month",
         "limit_usd": RESEARCH_LIMIT / 1e9, "on_exceed": "refuse"},
        {"name": "global-monthly", "scope": "global", "window": "month", "limit_usd": 1000},
    ]
    return cfg


class Prometheus:
    """The real Prometheus (Debian package), scraping one Envoy every second
    with the shipped scrape config and rules."""

    def __init__(self, envoy_admin_port: int):
        binary = shutil.which("prometheus")
        if not binary:
            pytest.fail("prometheus is not installed: `make setup` installs it (apt-get install prometheus)")
        self.dir = tempfile.mkdtemp(prefix="prom-e2e-")
        with open(OBS / "prometheus.yml") as f:
            cfg = yaml.safe_load(f)
        cfg["global"] = {"scrape_interval": "1s", "evaluation_interval": "1s"}
        cfg["rule_files"] = [str(OBS / r) for r in cfg["rule_files"]]
        cfg["scrape_configs"][0]["static_configs"] = [{"targets": [f"127.0.0.1:{envoy_admin_port}"]}]
        path = os.path.join(self.dir, "prometheus.yml")
        with open(path, "w") as f:
            yaml.safe_dump(cfg, f)
        self.port = free_port()
        self.log = open(os.path.join(self.dir, "prometheus.log"), "w")
        self.proc = subprocess.Popen(
            [binary, f"--config.file={path}", f"--storage.tsdb.path={self.dir}/data",
             f"--web.listen-address=127.0.0.1:{self.port}", "--log.level=warn"],
            stdout=self.log, stderr=subprocess.STDOUT)

    def query(self, expr: str) -> list:
        url = f"http://127.0.0.1:{self.port}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
        with urllib.request.urlopen(url, timeout=5) as r:
            v = json.load(r)
        assert v["status"] == "success", v
        return v["data"]["result"]

    def wait_up(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, "prometheus exited"
            try:
                if any(s["value"][1] == "1" for s in self.query('up{job="envoy-llm-router"}')):
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise AssertionError("prometheus never scraped envoy")

    def stop(self):
        _stop(self.proc)
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="module")
def mix(sims):
    """Envoy + Prometheus, then the scripted mix; yields what was sent and seen."""
    e = Envoy({name: s.port for name, s in sims.items()}, plugin_config=mix_config())
    prom = Prometheus(e.admin_port)
    try:
        prom.wait_up()
        sent = {}

        def send(name, body, headers=None):
            status, h, raw = post(e, body, headers=headers)
            usage = None
            if status == 200:
                if body.get("stream"):
                    chunks = [json.loads(d) for d in sse_data(raw) if d != "[DONE]"]
                    usage = next(c["usage"] for c in chunks if c.get("usage"))
                else:
                    usage = json.loads(raw)["usage"]
            sent[name] = {"status": status, "headers": h, "usage": usage, "body": raw}

        tools = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
        send("plain", hello("fast", "hello there"), ALICE)
        send("stream", hello("fast", "hello stream world", stream=True, stream_options={"include_usage": True}))
        send("fallback", hello("fast", "fall back please"), {"x-sim-target": "anthropic", "x-sim-status": "503"})
        send("unknown_model", hello("nope"))
        send("bad_key", hello("fast"), {"authorization": "Bearer not-a-key"})
        send("pii", hello("fast", "My card is 4539 1488 0343 6467"))
        send("downgrade", hello("smart", "be smart"), ALICE)
        send("shadow", hello("fast", "use a tool maybe", tools=tools))
        send("carol", hello("fast", "hi", max_tokens=100), CAROL)
        send("carol_refused", hello("fast", "hi again", max_tokens=100), CAROL)
        # Fits what is left, and leaves under 10% of the budget: LLMBudgetNearlyExhausted.
        send("carol_last", hello("fast", "hi", max_tokens=95), CAROL)
        yield e, prom, sent
    finally:
        prom.stop()
        e.stop()


def test_the_mix_went_as_scripted(mix):
    _, _, sent = mix
    statuses = {k: v["status"] for k, v in sent.items()}
    assert statuses == {"plain": 200, "stream": 200, "fallback": 200, "unknown_model": 404, "bad_key": 401,
                        "pii": 200, "downgrade": 200, "shadow": 200, "carol": 200, "carol_refused": 429,
                        "carol_last": 200}
    h = {k: v["headers"] for k, v in sent.items()}
    assert (h["fallback"]["x-llm-provider"], h["fallback"]["x-envoy-attempt-count"]) == ("openai", "2")
    assert h["downgrade"]["x-llm-route-reason"] == "budget:user-daily"
    assert h["pii"]["x-llm-tier"] == "private"


def served(sent):
    """(provider, upstream model) -> list of usages, from the responses."""
    out = {}
    for v in sent.values():
        if v["status"] == 200:
            provider = v["headers"]["x-llm-provider"]
            model = json.loads(v["body"])["model"] if v["body"].startswith(b"{") else \
                json.loads(sse_data(v["body"])[0])["model"]
            out.setdefault((provider, model), []).append(v["usage"])
    return out


def prom_snapshot(envoy, need, timeout=20):
    """/stats/prometheus once every metric in `need` is present and the
    histograms have caught up with the counters (Envoy merges histograms at
    its stats flush, every 5 s)."""
    deadline = time.monotonic() + timeout
    while True:
        samples = envoy.prometheus()
        names = {n for n, _ in samples}
        sums = {}
        for (n, _), v in samples.items():
            sums[n] = sums.get(n, 0) + v
        caught_up = sums.get("gen_ai_server_request_duration_count") == sums.get("llm_router_provider_attempts_total")
        if (need <= names and caught_up) or time.monotonic() > deadline:
            return samples
        time.sleep(0.5)


def total(samples, name, **labels):
    """Sum of a metric's samples whose labels include `labels`."""
    found = [v for (n, ls), v in samples.items() if n == name and set(labels.items()) <= set(ls)]
    assert found, f"no {name} with {labels}"
    return sum(found)


def test_prometheus_endpoint_has_each_metric_with_labels_and_values(mix):
    e, _, sent = mix
    need = {"gen_ai_client_token_usage_count", "gen_ai_server_request_duration_count",
            "gen_ai_server_time_to_first_token_count", "gen_ai_server_time_per_output_token_count",
            "llm_router_stream_output_tokens_per_second_count"}
    s = prom_snapshot(e, need)
    by_model = served(sent)
    assert set(by_model) == {("anthropic", "claude-haiku-4-5"), ("openai", "gpt-4o-mini"),
                             ("private", "llama-3.1-8b-instruct")}
    # Requests by route, tier, provider, model and outcome (team summed over).
    R = "llm_router_requests_total"
    assert total(s, R, route="fast", tier="economy", gen_ai_provider_name="anthropic",
                 gen_ai_response_model="claude-haiku-4-5", status_class="2xx", error_type="") == 6
    assert total(s, R, route="fast", tier="economy", gen_ai_provider_name="openai",
                 gen_ai_response_model="gpt-4o-mini", status_class="2xx") == 1
    assert total(s, R, route="private", tier="private", gen_ai_provider_name="private", status_class="2xx") == 1
    for code, status_class in [("model_not_found", "4xx"), ("invalid_api_key", "4xx"), ("insufficient_quota", "4xx")]:
        assert total(s, R, route="", error_type=code, status_class=status_class) == 1
        assert total(s, "llm_router_refusals_total", code=code) == 1
    assert total(s, R, team="research", error_type="insufficient_quota") == 1, "the team switch labels requests"
    # Token sums equal what the simulators reported; cost is those tokens at the configured prices.
    for (provider, model), usages in by_model.items():
        labels = {"gen_ai_provider_name": provider, "gen_ai_response_model": model}
        prompt = sum(u["prompt_tokens"] for u in usages)
        completion = sum(u["completion_tokens"] for u in usages)
        assert total(s, "llm_router_tokens_total", gen_ai_token_type="input", **labels) == prompt
        assert total(s, "llm_router_tokens_total", gen_ai_token_type="output", **labels) == completion
        assert total(s, "llm_router_tokens_total", gen_ai_token_type="cached_input", **labels) == 0
        price_in, price_out = PRICES[model]
        assert total(s, "llm_router_cost_nano_usd_total", **labels) == prompt * price_in + completion * price_out
        usage_labels = dict(labels, gen_ai_operation_name="chat")
        assert total(s, "gen_ai_client_token_usage_count", gen_ai_token_type="input", **usage_labels) == len(usages)
    assert total(s, "llm_router_cost_nano_usd_total", team="research") > 0
    # One fallback, with its from and to; the provider that failed has its own attempt series.
    assert total(s, "llm_router_fallbacks_total") == 1
    assert total(s, "llm_router_fallbacks_total", route="fast", from_provider="anthropic", to_provider="openai") == 1
    A = "llm_router_provider_attempts_total"
    assert total(s, A, gen_ai_provider_name="anthropic", status_class="5xx", error_type="503") == 1
    assert total(s, A, gen_ai_provider_name="anthropic", status_class="2xx") == 6
    assert total(s, A, gen_ai_provider_name="openai", status_class="2xx") == 1
    # Latency per attempt and provider: the failed attempt is attributed to anthropic, not to the chain.
    D = "gen_ai_server_request_duration_count"
    assert total(s, D, gen_ai_provider_name="anthropic", gen_ai_request_model="fast",
                 gen_ai_response_model="claude-haiku-4-5", error_type="503") == 1
    assert total(s, D, gen_ai_provider_name="anthropic", error_type="") == 6
    assert total(s, D, gen_ai_provider_name="openai", error_type="") == 1
    # The one stream: TTFT, time per output token, tokens per second.
    for m in ["gen_ai_server_time_to_first_token_count", "gen_ai_server_time_per_output_token_count",
              "llm_router_stream_output_tokens_per_second_count"]:
        assert total(s, m) == 1
        assert total(s, m, gen_ai_provider_name="anthropic", gen_ai_response_model="claude-haiku-4-5") == 1
    buckets = [(dict(ls)["le"], v) for (n, ls), v in s.items() if n == "gen_ai_server_time_to_first_token_bucket"]
    assert [le for le, _ in buckets][:3] == ["1", "5", "10"], "the shipped TTFT buckets"
    assert max(v for _, v in buckets) == 1
    # Downgrades, PII, shadow rules, budgets.
    assert total(s, "llm_router_downgrades_total", budget="user-daily", from_tier="premium", to_tier="economy") == 1
    assert total(s, "llm_router_pii_detections_total", kind="credit_card") == 1
    assert total(s, "llm_router_shadow_rule_matches_total", rule="tools-to-premium", would_change="true") == 1
    assert total(s, "llm_router_budget_limit_nano_usd", budget="research-monthly") == RESEARCH_LIMIT
    assert total(s, "llm_router_budget_limit_nano_usd", budget="user-daily") == 10_000_000
    # Set at carol's last admission: the limit less carol's first request and the last one's reservation.
    carol = sent["carol"]["usage"]
    carol_cost = carol["prompt_tokens"] * 1000 + carol["completion_tokens"] * 5000
    left = total(s, "llm_router_budget_remaining_nano_usd", budget="research-monthly")
    assert 0 < left < RESEARCH_LIMIT - carol_cost - 95 * 5000
    assert left < RESEARCH_LIMIT / 10
    # No user label anywhere by default.
    assert not any(l == "user" for (_, ls) in s for l, _ in ls)


def access_log(envoy, timeout=10):
    """The JSON access log lines, by request id."""
    deadline = time.monotonic() + timeout
    while True:
        lines = [json.loads(l) for l in envoy.logs().splitlines() if l.startswith("{")]
        if len(lines) >= 11 or time.monotonic() > deadline:
            return {l["request_id"]: l for l in lines}
        time.sleep(0.2)


def test_access_log_has_the_record_field_by_field(mix):
    e, _, sent = mix
    log = access_log(e)
    rec = {name: log[v["headers"]["x-request-id"]] for name, v in sent.items()}

    plain, u = rec["plain"], sent["plain"]["usage"]
    assert {k: plain[k] for k in ["user", "team", "model", "tier", "route", "reason", "provider", "upstream_model",
                                  "error", "ttft_ms"]} == {
        "user": "alice", "team": "search", "model": "fast", "tier": "economy", "route": "fast", "reason": "model",
        "provider": "anthropic", "upstream_model": "claude-haiku-4-5", "error": None, "ttft_ms": None}
    assert (plain["status"], plain["attempts"], plain["method"]) == (200, 1, "POST")
    assert int(plain["prompt_tokens"]) == u["prompt_tokens"]
    assert int(plain["completion_tokens"]) == u["completion_tokens"]
    assert int(plain["cached_tokens"]) == 0
    assert int(plain["cost_nano_usd"]) == u["prompt_tokens"] * 1000 + u["completion_tokens"] * 5000
    assert isinstance(plain["duration_ms"], int)

    stream, u = rec["stream"], sent["stream"]["usage"]
    assert (stream["user"], stream["provider"], int(stream["completion_tokens"])) == (None, "anthropic",
                                                                                    u["completion_tokens"])
    assert 0 <= int(stream["ttft_ms"]) <= stream["duration_ms"] + 1

    fb, u = rec["fallback"], sent["fallback"]["usage"]
    assert (fb["attempts"], fb["provider"], fb["upstream_model"]) == (2, "openai", "gpt-4o-mini")
    assert int(fb["cost_nano_usd"]) == u["prompt_tokens"] * 150 + u["completion_tokens"] * 600

    for name, code, status in [("unknown_model", "model_not_found", 404), ("bad_key", "invalid_api_key", 401),
                               ("carol_refused", "insufficient_quota", 429)]:
        r = rec[name]
        assert (r["status"], r["error"], r["provider"], r["cost_nano_usd"]) == (status, code, None, None)
    assert (rec["carol_refused"]["user"], rec["carol_refused"]["team"]) == ("carol", "research")
    assert (rec["downgrade"]["model"], rec["downgrade"]["tier"], rec["downgrade"]["reason"]) == (
        "smart", "economy", "budget:user-daily")
    assert (rec["pii"]["tier"], rec["pii"]["reason"], rec["pii"]["provider"]) == (
        "private", "rule:pii-stays-private(credit_card)", "private")


def expressions():
    """Every PromQL expression of the shipped rules and dashboard: (where, expr)."""
    out = []
    with open(OBS / "rules.yaml") as f:
        for g in yaml.safe_load(f)["groups"]:
            for r in g["rules"]:
                out.append((r.get("record") or r.get("alert"), r["expr"]))
    with open(OBS / "grafana-dashboard.json") as f:
        for p in json.load(f)["panels"]:
            for t in p["targets"]:
                out.append((p["title"], t["expr"].replace("$__rate_interval", "1m")))
    return out


def test_prometheus_returns_data_for_every_dashboard_and_rule_expression(mix):
    e, prom, sent = mix
    # Requests that fail on both providers of their chain: the fallback cascade.
    # Twice, a scrape apart: rate() sees a series increase only after its first sample.
    failed = 'llm_router_requests_total{route="fast",status_class="5xx"}'
    for _ in range(2):
        status, _, _ = post(e, hello("fast", "everything is down"), headers={"x-sim-status": "503"})
        assert status == 503
        deadline = time.monotonic() + 15
        while not prom.query(failed) and time.monotonic() < deadline:
            time.sleep(0.3)
    time.sleep(1.5)
    exprs = expressions()
    assert len(exprs) >= 30
    # The TTFT alert's threshold (3 s) is not met by the simulator; its left side must have data.
    # Every other alert is met by the mix (error rate, cascade, the research budget under 10%).
    not_met = {"LLMTimeToFirstTokenHigh"}
    deadline = time.monotonic() + 60
    missing = exprs
    while missing and time.monotonic() < deadline:
        missing = []
        for where, expr in exprs:
            if where in not_met:
                expr = re.sub(r"\s*>\s*[\d.]+\s*$", "", expr.strip())
            if not prom.query(expr):
                missing.append((where, expr))
        if missing:
            time.sleep(1)
    assert not missing, f"no data for: {missing}"
    ratio = {s["metric"]["gen_ai_provider_name"]: float(s["value"][1])
             for s in prom.query("llm_router:provider_error_ratio:rate5m")}
    assert ratio["anthropic"] > 0.02 and ratio["openai"] > 0.02
    assert ratio.get("private", 0) == 0
    cascade = prom.query("llm_router:failed_after_fallback:rate5m")
    assert [s["metric"]["route"] for s in cascade] == ["fast"]
    p95 = prom.query("llm_router:ttft_p95_ms:rate5m")
    assert {(s["metric"]["gen_ai_provider_name"], s["metric"]["gen_ai_response_model"]) for s in p95} == {
        ("anthropic", "claude-haiku-4-5")}


def test_an_attempt_without_an_answer_is_attributed_to_its_provider(mix):
    """A provider that resets the connection: its attempt counts as failed
    (`none`: `incomplete` after the headers, `no_response` before them) for
    that provider, and the fallback is named."""
    e, _, _ = mix
    no_answer = ("llm_router_provider_attempts_total", "anthropic", "none")
    fallback = ("llm_router_fallbacks_total", "fast", "anthropic", "openai")

    def counts():
        s = e.prometheus()
        pick = lambda name, **l: sum(v for (n, ls), v in s.items()  # noqa: E731
                                     if n == name and set(l.items()) <= set(ls))
        return (pick(no_answer[0], gen_ai_provider_name=no_answer[1], status_class=no_answer[2]),
                pick(fallback[0], route=fallback[1], from_provider=fallback[2], to_provider=fallback[3]))

    before = counts()
    status, headers, _ = post(e, hello("fast", "reset me"),
                              headers={"x-sim-target": "anthropic", "x-sim-drop-after-chunks": "0"})
    assert (status, headers["x-llm-provider"], headers["x-envoy-attempt-count"]) == (200, "openai", "2")
    deadline = time.monotonic() + 10
    while counts() == before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert counts() == (before[0] + 1, before[1] + 1)
    attempts = {dict(ls)["error_type"] for (n, ls), v in e.prometheus().items()
                if n == no_answer[0] and dict(ls)["status_class"] == "none"}
    assert attempts <= {"incomplete", "no_response"} and attempts
