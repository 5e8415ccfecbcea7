"""`model: "auto"` in real Envoy: the built-in classifier picks one of four
tiers from what the last turn asks, PII rules send personal data to the
private tier first, and `x-llm-route-reason` says which did it."""

import copy
import json

import pytest

from harness import WASM, Envoy, demo_config
from test_chat import client, post

LOG = "\n".join(f"2026-11-28T10:14:{i:02d}Z ERROR api path=/v1/orders status=500 err=\"pq: too many clients\" pool_wait={i}"
                for i in range(40))


def auto(text, **extra):
    return {"model": "auto", "messages": [{"role": "user", "content": text}], **extra}


@pytest.mark.parametrize("text,tier,reason,model", [
    ("Capitalise every word of this title: notes on learning rust in a month",
     "nano", "classifier:tier0(", "gpt-4.1-nano"),
    ("Write a short, friendly email to my team saying the Friday meeting moves to 3pm.",
     "economy", "classifier:tier1(", "claude-haiku-4-5"),
    (f"Here are our API logs from this morning.\n\n{LOG}\n\nWhat is the root cause of the 500s and what should we change?",
     "premium", "classifier:tier2(", "gpt-4.1"),
    ("Can I take ibuprofen together with warfarin?",
     "frontier", "classifier:tier3(", "claude-opus-4-5"),
])
def test_auto_routes_by_the_classifier(envoy, text, tier, reason, model):
    s, h, body = post(envoy, auto(text))
    assert s == 200, body
    assert h["x-llm-tier"] == tier, h["x-llm-route-reason"]
    assert h["x-llm-route-reason"].startswith(reason)
    confidence = float(h["x-llm-route-reason"][len(reason):-1])
    assert 0.5 <= confidence <= 1.0, "the demo's min_confidence is 0.5"
    assert h["x-sim-received-model"] == model
    assert json.loads(body)["choices"][0]["message"]["content"].startswith(f"Echo from {model}:")


def test_thanks_after_a_long_conversation_is_tier0(envoy):
    """The tier follows the last turn, not what came before, and unused tools do not raise it."""
    tools = [{"type": "function", "function": {"name": "search_orders", "parameters": {"type": "object"}}}]
    body = {"model": "auto", "tools": tools, "messages": [
        {"role": "user", "content": f"Analyse these logs and find the root cause.\n\n{LOG}"},
        {"role": "assistant", "content": "The database pool is exhausted while the reindex job runs. " * 20},
        {"role": "user", "content": "Thanks, that's all I needed!"}]}
    s, h, raw = post(envoy, body)
    assert s == 200, raw
    assert h["x-llm-tier"] == "nano" and h["x-llm-route-reason"].startswith("classifier:tier0("), h


@pytest.mark.parametrize("text,kind", [
    ("Please set up the transfer to IBAN GB82 WEST 1234 5698 7654 32 and write a payment reference.", "iban"),
    ("Write a short note to maria.gonzalez84@gmail.com confirming her appointment.", "email"),
    # A named person with a condition: a name by its shape and an age, a medicine.
    ("Remind Odalys Ferreira, 77, to take her warfarin before dinner.", "health"),
    ("Mi padre Evaristo tiene una úlcera; ¿qué puede cenar?", "health"),
    ("Apunta el móvil de la fontanera: 655 30 18 42.", "phone"),
])
def test_pii_wins_over_the_classifier(envoy, text, kind):
    s, h, body = post(envoy, auto(text))
    assert s == 200, body
    assert (h["x-llm-tier"], h["x-llm-provider"], h["x-llm-route-reason"]) == \
        ("private", "private", f"rule:pii-stays-private({kind})")


def test_auto_with_the_sdk_streaming(envoy):
    with client(envoy).chat.completions.with_streaming_response.create(
            model="auto", stream=True,
            messages=[{"role": "user", "content": "¿Puedo tomar ibuprofeno junto con warfarina?"}]) as r:
        assert r.headers["x-llm-tier"] == "frontier", r.headers["x-llm-route-reason"]
        text = "".join(c.choices[0].delta.content or "" for c in r.parse() if c.choices)
    assert text.startswith("Echo from claude-opus-4-5:")


def test_rules_on_the_predicted_tier(sims):
    """A rule on the predicted tier, combined with a team and `not` on the output cap."""
    cfg = copy.deepcopy(demo_config())
    cfg["rules"].append({"name": "no-frontier-for-search", "tier": "premium",
                         "when": {"teams": ["search"], "predicted_tiers": [3], "not": {"max_tokens_below": 100}}})
    e = Envoy({name: s.port for name, s in sims.items()}, plugin_config=cfg)
    try:
        alice = {"authorization": "Bearer demo-key-alice"}  # team search
        stakes = auto("Can I take ibuprofen together with warfarin?")
        s, h, _ = post(e, stakes, headers=alice)
        assert (s, h["x-llm-tier"], h["x-llm-route-reason"]) == (200, "premium", "rule:no-frontier-for-search")
        s, h, _ = post(e, {**stakes, "max_tokens": 50}, headers=alice)
        assert h["x-llm-tier"] == "frontier" and h["x-llm-route-reason"].startswith("classifier:tier3("), h
        s, h, _ = post(e, stakes, headers={"authorization": "Bearer demo-key-carol"})  # team research
        assert h["x-llm-tier"] == "frontier"
    finally:
        e.stop()


def test_the_module_stays_under_2_mib():
    """Issue 10's size budget for the release `.wasm` Envoy loads here: the
    whole module under 2 MiB (the model itself is 64 KiB of it)."""
    size = WASM.stat().st_size
    assert size <= 2 * 1024 * 1024, f"{WASM}: {size} bytes"
