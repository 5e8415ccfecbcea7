"""Spend integrity in real Envoy: `n` and the output caps in reservations,
validation of both output-cap names, and reservation leases renewed while a
request runs (a lease far shorter than the request)."""

import json
import threading
import time

from test_chat import hello, post
from test_policy import ALICE, budgets, config, error_code, running


def param(body):
    return json.loads(body)["error"]["param"]


def test_n_is_refused_above_max_n_and_reserved_n_times(sims):
    cfg = config(rules=[], shadow_rules=[], rate_limits=[], budgets=[
        {"name": "user-daily", "scope": "user", "window": "day", "limit_usd": 0.002, "on_exceed": "refuse"}])
    with running(sims, cfg) as e:
        # Default max_n is 1: n = 128 used to be billed 128 times past a small cap.
        s, _, body = post(e, hello("gpt-4o-mini", n=128), headers=ALICE)
        assert (s, param(body)) == (400, "n"), body
        assert post(e, hello("gpt-4o-mini", n=1, max_tokens=100), headers=ALICE)[0] == 200
    cfg["max_n"] = 4
    cfg["rate_limits"] = [{"name": "tpm", "scope": "user", "tokens_per_minute": 2000}]
    if time.time() % 60 > 50:  # keep the requests inside one minute window
        time.sleep(61 - time.time() % 60)
    with running(sims, cfg) as e:
        # gpt-4o-mini's output is $0.6/M: 1000 tokens reserve $0.0006, 4 x 1000 $0.0024 > $0.002.
        s, _, body = post(e, hello("gpt-4o-mini", max_tokens=1000), headers=ALICE)
        assert s == 200, body
        s, _, body = post(e, hello("gpt-4o-mini", max_tokens=1000, n=4), headers=ALICE)
        assert (s, error_code(body)) == (429, "insufficient_quota"), body
        # 4 x 700 fits the budget but not 2000 tokens per minute.
        s, _, body = post(e, hello("gpt-4o-mini", max_tokens=700, n=4), headers=ALICE)
        assert (s, error_code(body)) == (400, "rate_limit_exceeded"), body
        s, _, body = post(e, hello("gpt-4o-mini", max_tokens=400, n=4), headers=ALICE)
        assert s == 200, body
        # Anthropic returns one choice: n > 1 is a 400 for any route it is on
        # (`fast` is Anthropic, then OpenAI), not a silent n = 1.
        s, _, body = post(e, hello("fast", max_tokens=100, n=2), headers=ALICE)
        assert (s, param(body)) == (400, "n"), body


def test_output_caps_are_validated_and_the_larger_is_reserved(sims):
    cfg = config(rules=[], shadow_rules=[], rate_limits=[], budgets=[
        {"name": "user-daily", "scope": "user", "window": "day", "limit_usd": 0.01, "on_exceed": "refuse"}])
    cfg["upstream_models"]["gpt-4.1"]["max_output_tokens"] = 32768
    cfg["upstream_models"]["claude-sonnet-4-5"]["max_output_tokens"] = 64000
    with running(sims, cfg) as e:
        for bad, name in [({"max_tokens": 10, "max_completion_tokens": 100000.0}, "max_completion_tokens"),
                          ({"max_completion_tokens": "100000"}, "max_completion_tokens"),
                          ({"max_tokens": 0}, "max_tokens"),
                          ({"max_tokens": 2.5}, "max_tokens")]:
            s, _, body = post(e, hello("smart", **bad), headers=ALICE)
            assert (s, param(body)) == (400, name), (bad, body)
            assert json.loads(body)["error"]["type"] == "invalid_request_error"
        # Above the route's smallest output limit.
        s, _, body = post(e, hello("smart", max_tokens=32769), headers=ALICE)
        assert (s, param(body)) == (400, "max_tokens"), body
        assert "32768" in json.loads(body)["error"]["message"]
        # $0.01 covers 600 output tokens at $15/M, not 1000: the larger name counts.
        s, _, body = post(e, hello("smart", max_tokens=1000, max_completion_tokens=10), headers=ALICE)
        assert (s, error_code(body)) == (429, "insufficient_quota"), body
        s, _, body = post(e, hello("smart", max_tokens=10, max_completion_tokens=1000), headers=ALICE)
        assert (s, error_code(body)) == (429, "insufficient_quota"), body
        s, _, body = post(e, hello("smart", max_tokens=10, max_completion_tokens=20), headers=ALICE)
        assert s == 200, body


def test_a_long_request_keeps_its_reservation_past_the_lease(sims):
    """A 2 s lease renewed by the router's timer holds a 6 s request's
    reservation to its end; then it settles at the actual cost."""
    cfg = config(rules=[], shadow_rules=[], rate_limits=[], reservation_lease_secs=2, budgets=[
        {"name": "global", "scope": "global", "window": "month", "limit_usd": 100}])
    with running(sims, cfg) as e:
        result = {}

        def slow():
            result["r"] = post(e, hello("smart", max_tokens=1000), headers={**ALICE, "x-sim-delay-ms": "6000"})

        t = threading.Thread(target=slow)
        t.start()
        time.sleep(4.5)  # past the 2 s lease (and its 1 s bucket)
        during = budgets(e, ALICE)["global"]
        t.join(timeout=30)
        s, _, body = result["r"]
        assert s == 200, body
        assert during["reserved_nano_usd"] > 0, during
        after = budgets(e, ALICE)["global"]
        assert after["reserved_nano_usd"] == 0, after
        assert after["spent_nano_usd"] == after["used_nano_usd"] > 0
        assert after["spent_nano_usd"] < during["reserved_nano_usd"], "settled at the actual cost"
        assert after["remaining_nano_usd"] == after["limit_nano_usd"] - after["used_nano_usd"]


def test_the_provider_gets_exactly_one_output_cap(sims):
    cfg = config(rules=[], shadow_rules=[], rate_limits=[], budgets=[
        {"name": "global", "scope": "global", "window": "day", "limit_usd": 100}])
    cfg["upstream_models"]["gpt-4.1"]["max_tokens_param"] = "max_completion_tokens"
    with running(sims, cfg) as e:
        # Both names sent: the larger, once, under the name the model takes.
        s, h, body = post(e, hello("smart", max_tokens=10, max_completion_tokens=20), headers=ALICE)
        assert s == 200, body
        assert (h["x-llm-provider"], h["x-sim-received-caps"]) == ("openai", "max_completion_tokens=20")
        s, h, body = post(e, hello("gpt-4o-mini", max_tokens=30, max_completion_tokens=20), headers=ALICE)
        assert (s, h["x-sim-received-caps"]) == (200, "max_tokens=30"), body
        # None sent, a budget applies: the tier default the reservation assumed.
        s, h, body = post(e, hello("smart"), headers=ALICE)
        assert (s, h["x-sim-received-caps"]) == (200, "max_completion_tokens=2048"), body


# --- per-dialect parameters (never clamped, never silently dropped) -----------


def test_parameters_out_of_range_or_unsupported_are_refused(sims):
    cfg = config(rules=[], shadow_rules=[])
    with running(sims, cfg) as e:
        # `fast` is Anthropic first (temperature 0..1), then OpenAI (0..2):
        # 1.5 used to be clamped to 1 silently on the Anthropic attempt.
        s, _, body = post(e, hello("fast", temperature=1.5), headers=ALICE)
        assert (s, param(body)) == (400, "temperature"), body
        err = json.loads(body)["error"]
        assert err["type"] == "invalid_request_error" and "0 to 1" in err["message"], err
        assert post(e, hello("fast", temperature=0.9), headers=ALICE)[0] == 200
        # An OpenAI-only route takes OpenAI's range.
        assert post(e, hello("gpt-4o-mini", temperature=1.5), headers=ALICE)[0] == 200
        s, _, body = post(e, hello("gpt-4o-mini", temperature=2.5), headers=ALICE)
        assert (s, param(body)) == (400, "temperature"), body
        s, _, body = post(e, hello("gpt-4o-mini", stop=["a", "b", "c", "d", "e"]), headers=ALICE)
        assert (s, param(body)) == (400, "stop"), body
        # Anthropic has no seed nor penalties: refused (they used to vanish) ...
        for extra in ({"seed": 7}, {"presence_penalty": 0.5}, {"logprobs": True}):
            s, _, body = post(e, hello("fast", **extra), headers=ALICE)
            assert (s, param(body)) == (400, next(iter(extra))), body
        # ... unless at their default, which changes nothing.
        s, _, body = post(e, hello("fast", presence_penalty=0, logprobs=False), headers=ALICE)
        assert s == 200, body
    cfg["providers"]["anthropic"]["drop_params"] = ["seed"]
    with running(sims, cfg) as e:
        # The operator asked for `seed` to be dropped for Anthropic.
        s, h, body = post(e, hello("fast", seed=7), headers=ALICE)
        assert (s, h["x-llm-provider"]) == (200, "anthropic"), body
        s, _, body = post(e, hello("fast", seed=7, temperature=1.5), headers=ALICE)
        assert (s, param(body)) == (400, "temperature"), "a range is never dropped"
