"""Tiers, budgets and rate limits in real Envoy: identities, rule routing, PII,
context windows, shadow rules, downgrade and refusal, team caps, and a burst
of concurrent requests against a budget that fits exactly N of them."""

import contextlib
import copy
import json
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from harness import Envoy, demo_config
from test_chat import hello, post

ALICE = {"authorization": "Bearer demo-key-alice"}  # team search
BOB = {"authorization": "Bearer demo-key-bob"}      # team search, tiers economy + private
CAROL = {"authorization": "Bearer demo-key-carol"}  # team research


@contextlib.contextmanager
def running(sims, cfg):
    e = Envoy({name: s.port for name, s in sims.items()}, plugin_config=cfg)
    try:
        yield e
    finally:
        e.stop()


def config(**changes):
    """The demo's configuration on the economy / premium / private ladder these
    tests were written for: without the classifier's extra tiers (nano,
    frontier), which would give downgrades and context moves other places to go."""
    cfg = copy.deepcopy(demo_config())
    cfg.pop("classifier", None)
    cfg["tiers"] = [t for t in cfg["tiers"] if t["name"] in ("economy", "premium", "private")]
    cfg.update(changes)
    return cfg


def budgets(envoy, headers=None):
    req = urllib.request.Request(envoy.base_url + "/v1/budgets", headers=headers or {})
    with urllib.request.urlopen(req, timeout=10) as r:
        return {b["name"]: b for b in json.load(r)["data"]}


def error_code(body):
    return json.loads(body)["error"]["code"]


@pytest.fixture(scope="module")
def demo(sims):
    with running(sims, demo_config()) as e:
        yield e


# --- identity --------------------------------------------------------------------


def test_keys_required_when_configured(sims):
    cfg = config()
    cfg["identity"]["required"] = True
    with running(sims, cfg) as e:
        s, _, body = post(e, hello())
        assert (s, error_code(body)) == (401, "missing_api_key")
        s, _, body = post(e, hello(), headers={"authorization": "Bearer sk-not-a-key"})
        assert (s, error_code(body)) == (401, "invalid_api_key")
        s, h, body = post(e, hello(), headers=ALICE)
        assert s == 200, body
        assert h["x-sim-received-auth"] == "x-api-key", "the gateway key is not forwarded"


# --- tiers ---------------------------------------------------------------------------


def test_decision_is_explained(demo):
    s, h, _ = post(demo, hello("smart"), headers=ALICE)
    assert s == 200
    assert (h["x-llm-tier"], h["x-llm-route"], h["x-llm-route-reason"]) == ("premium", "smart", "model")
    assert float(h["x-llm-budget-remaining-usd"]) > 0


def test_tier_header_is_honoured_up_to_what_the_key_may_use(demo):
    s, h, _ = post(demo, hello("fast"), headers={**ALICE, "x-llm-tier": "premium"})
    assert (s, h["x-llm-tier"], h["x-llm-route-reason"]) == (200, "premium", "requested")
    s, h, _ = post(demo, hello("fast"), headers={**BOB, "x-llm-tier": "premium"})
    assert (s, h["x-llm-tier"], h["x-llm-route-reason"]) == (200, "economy", "allowed:economy")
    s, _, body = post(demo, hello("gpt-4o-mini"), headers=BOB)
    assert (s, error_code(body)) == (403, "tier_not_allowed")
    s, _, body = post(demo, hello("fast"), headers={**ALICE, "x-llm-tier": "gold"})
    assert (s, error_code(body)) == (400, "invalid_tier")


@pytest.mark.parametrize("text,kind", [
    ("Mail me at jane.doe@gmail.com please", "email"),
    ("My card is 4539 1488 0343 6467", "credit_card"),
    ("IBAN GB82 WEST 1234 5698 7654 32 for the refund", "iban"),
    ("Hola, mi DNI es 12345678Z, ¿puedes rellenar el formulario?", "national_id:es_dni"),
    ("Please ship it to 221B Baker Street, London NW1 6XE", "address"),
    ("Schreib an Frau Schneider, sie hat Brustkrebs", "health"),
])
def test_pii_lands_on_the_private_tier(demo, text, kind):
    s, h, body = post(demo, hello("smart", text), headers=ALICE)
    assert s == 200, body
    assert (h["x-llm-tier"], h["x-llm-provider"], h["x-llm-route-reason"]) == \
        ("private", "private", f"rule:pii-stays-private({kind})")
    assert json.loads(body)["choices"][0]["message"]["content"].startswith("Echo from llama-3.1-8b-instruct:")


@pytest.mark.parametrize("text", [
    "Mail me at jane.doe@example.com please",  # RFC 2606 documentation domain
    "Write to support@acme.com for help",  # a role mailbox, not a person
    "My order 12345678A shipped on 2024-01-15",  # not a DNI: wrong check letter
    "Wall Street fell 3% on Tuesday",
    "Send the invoice question to facturacion@acme.es",  # a billing mailbox
    "Dr. Gregory Hale explains how metformin works",  # a doctor, not a patient
    "Form field: 4821 7730 1956, how many digits?",  # an id's shape, not a phone
])
def test_near_miss_pii_stays_on_its_tier(demo, text):
    s, h, body = post(demo, hello("smart", text), headers=ALICE)
    assert s == 200, body
    assert (h["x-llm-tier"], h["x-llm-route-reason"]) == ("premium", "model")


def test_long_prompt_is_routed_by_context_window(sims):
    cfg = config(rules=[], shadow_rules=[])
    cfg["upstream_models"]["gpt-4o-mini"]["context_window_tokens"] = 500  # economy's smallest window
    cfg["upstream_models"]["claude-sonnet-4-5"]["context_window_tokens"] = 3000  # premium's
    with running(sims, cfg) as e:
        s, h, _ = post(e, hello("fast", "short question"), headers=ALICE)
        assert (s, h["x-llm-tier"]) == (200, "economy")
        s, h, body = post(e, hello("fast", "word " * 800), headers=ALICE)
        assert s == 200, body
        assert (h["x-llm-tier"], h["x-llm-route-reason"]) == ("premium", "context:premium")
        s, _, body = post(e, hello("fast", "word " * 5000), headers=ALICE)
        assert (s, error_code(body)) == (400, "context_length_exceeded")


def test_shadow_rules_change_nothing_but_are_counted(demo):
    tools = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
    key = ("llm_router_shadow_rule_matches_total", (("rule", "tools-to-premium"), ("would_change", "true")))
    before = demo.prometheus().get(key, 0)
    s, h, _ = post(demo, hello("fast", "use a tool maybe", tools=tools), headers=ALICE)
    assert (s, h["x-llm-tier"]) == (200, "economy"), "a shadow rule does not change the route"
    assert demo.prometheus()[key] == before + 1


# --- budgets -------------------------------------------------------------------------


def test_over_budget_user_is_downgraded_then_refused(sims):
    cfg = config(rules=[], budgets=[
        {"name": "user-daily", "scope": "user", "window": "day", "limit_usd": 0.001, "on_exceed": "downgrade"}])
    with running(sims, cfg) as e:
        # premium reserves 100 output tokens at $15/M = $0.0015 > $0.001: economy ($5/M) fits.
        s, h, body = post(e, hello("smart", max_tokens=100), headers=ALICE)
        assert s == 200, body
        assert (h["x-llm-tier"], h["x-llm-route-reason"]) == ("economy", "budget:user-daily")
        # 1000 output tokens do not fit even economy: refused, with what is left.
        s, h, body = post(e, hello("smart", max_tokens=1000), headers=ALICE)
        assert (s, error_code(body)) == (429, "insufficient_quota")
        assert 0 < float(h["x-llm-budget-remaining-usd"]) < 0.001
        # Another user has a budget of their own.
        s, h, _ = post(e, hello("smart", max_tokens=50), headers=CAROL)
        assert (s, h["x-llm-tier"]) == (200, "premium")


def test_team_cap_stops_all_its_users(sims):
    cfg = config(rules=[], budgets=[
        {"name": "team-daily", "scope": "team", "window": "day", "limit_usd": 0.01, "on_exceed": "refuse"}])
    with running(sims, cfg) as e:
        long = "lorem " * 300
        statuses = []
        for _ in range(20):  # bounded: each request spends about $0.002
            s, _, _ = post(e, hello("fast", long, max_tokens=1000), headers=ALICE)
            statuses.append(s)
            if s == 429:
                break
        assert statuses[0] == 200 and statuses[-1] == 429, statuses
        s, _, body = post(e, hello("fast", long, max_tokens=1000), headers=BOB)
        assert (s, error_code(body)) == (429, "insufficient_quota"), "bob is in alice's team"
        s, _, body = post(e, hello("fast", long, max_tokens=1000), headers=CAROL)
        assert s == 200, body
        spent = budgets(e, BOB)["team-daily"]
        assert spent["id"] == "search" and 0 < spent["used_nano_usd"] <= spent["limit_nano_usd"]


def _cost_nano(usage, in_per_m, out_per_m):
    # $/M tokens = 1000 nano-USD per token per $1.
    return usage["prompt_tokens"] * in_per_m * 1000 + usage["completion_tokens"] * out_per_m * 1000


def test_concurrent_burst_never_passes_the_cap_and_spend_is_exact(sims):
    """200 requests at once against a global budget that fits exactly N."""
    n, burst = 20, 200
    cfg = config(rules=[], shadow_rules=[], rate_limits=[])
    for m in ("claude-haiku-4-5", "gpt-4o-mini"):
        cfg["upstream_models"][m].update(input_per_million_tokens_usd=1, cached_input_per_million_tokens_usd=1,
                                         output_per_million_tokens_usd=2)
    body = hello("fast", "burst test prompt", max_tokens=40)
    slow = {"x-sim-delay-ms": "5000"}  # every reservation is taken before any is settled

    # 1. Measure one request's reservation: prices in whole $/M make it whole micro-dollars.
    cfg["budgets"] = [{"name": "global", "scope": "global", "window": "month", "limit_usd": 1000}]
    with running(sims, cfg) as e:
        s, h, _ = post(e, body)
        assert s == 200
        reserved_usd = round(1000 - float(h["x-llm-budget-remaining-usd"]), 6)
    assert reserved_usd > 0

    # 2. A budget of exactly N reservations.
    cfg["budgets"] = [{"name": "global", "scope": "global", "window": "month", "limit_usd": round(n * reserved_usd, 6)}]
    upstream_before = sum(_upstream_requests(s) for s in sims.values())
    with running(sims, cfg) as e:
        with ThreadPoolExecutor(max_workers=burst) as pool:
            results = list(pool.map(lambda _: post(e, body, headers=slow), range(burst)))
        ok = [json.loads(b) for s, _, b in results if s == 200]
        refused = [b for s, _, b in results if s == 429]
        assert len(ok) + len(refused) == burst, {s for s, _, _ in results}
        assert all(error_code(b) == "insufficient_quota" for b in refused)
        assert 0 < len(ok) <= n
        upstream = sum(_upstream_requests(s) for s in sims.values()) - upstream_before
        assert upstream == len(ok), "refused requests never reach a provider"
        spent = sum(_cost_nano(r["usage"], 1, 2) for r in ok)
        status = budgets(e)["global"]
        assert status["used_nano_usd"] == spent, "recorded spend equals the usage at the configured prices"
        assert status["used_nano_usd"] <= status["limit_nano_usd"]


def _upstream_requests(sim) -> int:
    with open(sim.log.name) as f:
        return sum(1 for line in f if line.startswith("POST "))


# --- rate limits ---------------------------------------------------------------------


def test_requests_per_minute_limit(sims):
    cfg = config(rules=[], rate_limits=[{"name": "per-user", "scope": "user", "requests_per_minute": 3}])
    if time.time() % 60 > 50:  # keep the four requests inside one minute window
        time.sleep(61 - time.time() % 60)
    with running(sims, cfg) as e:
        for _ in range(3):
            assert post(e, hello(), headers=ALICE)[0] == 200
        s, h, body = post(e, hello(), headers=ALICE)
        assert (s, error_code(body)) == (429, "rate_limit_exceeded")
        assert 1 <= int(h["retry-after"]) <= 60
        assert post(e, hello(), headers=CAROL)[0] == 200, "limits are per user"
