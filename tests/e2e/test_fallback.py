"""Fallback across providers of different dialects, done by Envoy: the primary
(Anthropic dialect) fails and the secondary (OpenAI dialect) answers, and the
client sees one correct OpenAI-shaped answer."""

import json

import pytest

from harness import Envoy, Simulator
from test_chat import client, hello, post, sse_data


@pytest.fixture(scope="module")
def chain():
    """Its own Envoy: failing the primary here trips outlier detection."""
    sims = {"anthropic": Simulator("anthropic", "--require-key", "demo-anthropic-key"),
            "openai": Simulator("openai", "--require-key", "demo-openai-key")}
    e = Envoy({n: s.port for n, s in sims.items()})
    yield e
    e.stop()
    for s in sims.values():
        s.stop()


FAIL_PRIMARY = [pytest.param({"x-sim-target": "anthropic", "x-sim-status": "503"}, id="503"),
                pytest.param({"x-sim-target": "anthropic", "x-sim-status": "429"}, id="429"),
                pytest.param({"x-sim-target": "anthropic", "x-sim-drop-after-chunks": "0"}, id="reset")]


@pytest.mark.parametrize("fault", FAIL_PRIMARY)
def test_non_stream_falls_back(chain, fault):
    status, headers, body = post(chain, hello("fast", "fall back"), headers=fault)
    assert status == 200, body
    v = json.loads(body)
    assert v["choices"][0]["message"]["content"] == "Echo from gpt-4o-mini: fall back"
    assert headers["x-llm-provider"] == "openai"
    assert headers["x-envoy-attempt-count"] == "2"
    # Attempt 1's Anthropic headers were replaced, and nothing internal leaked.
    assert headers["x-sim-received-auth"] == "authorization"
    assert headers["x-sim-saw-headers"] == ""


@pytest.mark.parametrize("fault", FAIL_PRIMARY[:2])
def test_stream_falls_back(chain, fault):
    status, headers, body = post(chain, hello("fast", "fall back streaming", stream=True), headers=fault)
    assert status == 200, body
    events = sse_data(body)
    assert events[-1] == "[DONE]"
    text = "".join(json.loads(e)["choices"][0]["delta"].get("content") or "" for e in events[:-1])
    assert text == "Echo from gpt-4o-mini: fall back streaming"
    assert headers["x-llm-provider"] == "openai"


def test_sdk_stream_falls_back(chain):
    stream = client(chain).chat.completions.create(
        model="fast", messages=[{"role": "user", "content": "via sdk"}], stream=True,
        stream_options={"include_usage": True},
        extra_headers={"x-sim-target": "anthropic", "x-sim-status": "503"})
    chunks = list(stream)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Echo from gpt-4o-mini: via sdk"
    assert chunks[-1].usage.total_tokens > 0


def test_both_down_gives_last_error_in_openai_shape(chain):
    status, _, body = post(chain, hello("fast"), headers={"x-sim-status": "503"})
    assert status == 503
    assert json.loads(body)["error"]["type"] == "server_error"
