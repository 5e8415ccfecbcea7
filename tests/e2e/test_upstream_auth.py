"""A provider that rejects the gateway's own key (401/403) is the gateway's
problem, not the client's: the client gets 502 `upstream_auth_error` (never a
401 that says its own key is wrong), the error is logged at error level and
counted, and Envoy's retry still moves on to the next provider of the chain."""

import json
import time

import pytest

from harness import Envoy, Simulator
from test_chat import hello, post


@pytest.fixture(scope="module")
def gw():
    # The OpenAI simulator wants a key the gateway does not have (a rotated key).
    sims = {"anthropic": Simulator("anthropic", "--require-key", "demo-anthropic-key"),
            "openai": Simulator("openai", "--require-key", "rotated-openai-key"),
            "private": Simulator("private", "--require-key", "demo-private-key")}
    e = Envoy({n: s.port for n, s in sims.items()})
    yield e
    e.stop()
    for s in sims.values():
        s.stop()


def assert_upstream_auth_error(status, headers, body, provider, provider_status):
    assert status == 502, body
    err = json.loads(body)["error"]
    assert err["code"] == "upstream_auth_error"
    assert f"gateway's credential for provider `{provider}` was rejected (HTTP {provider_status})" in err["message"]
    assert "not of your API key" in err["message"]
    assert "www-authenticate" not in {k.lower() for k in headers}


def test_rejected_key_falls_back_to_the_next_provider(gw):
    # smart: OpenAI (rejects the gateway's key) then Anthropic. (First: the
    # 502s below get OpenAI ejected by outlier detection for a while.)
    status, headers, body = post(gw, hello("smart", "still answered"))
    assert status == 200, body
    assert headers["x-llm-provider"] == "anthropic"
    assert headers["x-envoy-attempt-count"] == "2"
    assert json.loads(body)["choices"][0]["message"]["content"] == "Echo from claude-sonnet-4-5: still answered"


@pytest.mark.parametrize("stream", [False, True])
def test_rejected_gateway_key_is_502_upstream_auth_error(gw, stream):
    key = ("llm_router_upstream_auth_errors_total", (("gen_ai_provider_name", "openai"),))
    before = gw.prometheus().get(key, 0)
    status, headers, body = post(gw, hello("gpt-4o-mini", stream=stream))
    assert_upstream_auth_error(status, headers, body, "openai", 401)
    # Counted per attempt: Envoy retries the 502 (on the same provider here).
    assert gw.prometheus()[key] > before
    deadline = time.monotonic() + 5
    while "REJECTED THE GATEWAY'S CREDENTIAL" not in gw.logs() and time.monotonic() < deadline:
        time.sleep(0.1)
    line = next(l for l in gw.logs().splitlines() if "REJECTED THE GATEWAY'S CREDENTIAL" in l)
    assert "[error]" in line and "providers.openai.api_key_env" in line


def test_provider_403_is_502_upstream_auth_error(gw):
    status, headers, body = post(gw, hello("claude-haiku-4-5"), headers={"x-sim-status": "403"})
    assert_upstream_auth_error(status, headers, body, "anthropic", 403)
