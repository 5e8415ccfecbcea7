"""Fallback before the first byte: the translator holds a stream's response
headers until the translated stream shows content. A stream broken from its
start (not the provider's format, or an error event before any content)
becomes a 503 from the upstream filter, which Envoy's retry policy sends to
the next provider; the client sees one clean stream. A stream that breaks
after content went out still ends with an OpenAI error event. And, verified
here in Envoy 1.40: a local reply from the upstream filter is NOT retried,
which is why the translator rewrites the provider's status instead."""

import json

import openai
import pytest
import yaml

from harness import DEMO, Envoy, Simulator
from test_chat import client, hello, post, sse_data

KEYS = {"anthropic": "demo-anthropic-key", "openai": "demo-openai-key", "private": "demo-private-key"}


@pytest.fixture(scope="module")
def sims():
    started = {n: Simulator(n, "--require-key", k) for n, k in KEYS.items()}
    yield started
    for s in started.values():
        s.stop()


@pytest.fixture(scope="module")
def gw(sims):
    e = Envoy({n: s.port for n, s in sims.items()})
    yield e
    e.stop()


def text_of(events):
    assert events[-1] == "[DONE]", events[-3:]
    chunks = [json.loads(e) for e in events[:-1]]
    assert not [c for c in chunks if "error" in c], chunks
    return "".join((c["choices"][0]["delta"].get("content") or "") for c in chunks if c.get("choices"))


def test_stream_broken_after_content_ends_with_an_error_event(gw):
    # Content went out first: no fallback is possible, the client is told.
    # (First in this file: the broken starts below get Anthropic ejected by
    # outlier detection for a while.)
    status, headers, body = post(gw, hello("fast", "a b c d", stream=True),
                                 headers={"x-sim-target": "anthropic", "x-sim-stream-error": "1"})
    assert status == 200
    assert headers["x-llm-provider"] == "anthropic"
    events = sse_data(body)
    assert json.loads(events[0])["choices"][0]["delta"].get("content") is not None or len(events) > 2
    assert json.loads(events[-1])["error"]["code"] == "overloaded_error"


BROKEN_STARTS = [
    pytest.param("fast", "anthropic", {"x-sim-garbage": "1"}, "openai", "gpt-4o-mini", id="anthropic-garbage"),
    pytest.param("fast", "anthropic", {"x-sim-stream-error-start": "1"}, "openai", "gpt-4o-mini",
                 id="anthropic-error-event-first"),
    pytest.param("smart", "openai", {"x-sim-garbage": "1"}, "anthropic", "claude-sonnet-4-5", id="openai-garbage"),
    pytest.param("smart", "openai", {"x-sim-stream-error-start": "1"}, "anthropic", "claude-sonnet-4-5",
                 id="openai-error-chunk-first"),
]


@pytest.mark.parametrize("model,primary,fault,secondary,secondary_model", BROKEN_STARTS)
def test_broken_stream_start_falls_back_to_the_next_provider(gw, model, primary, fault, secondary, secondary_model):
    status, headers, body = post(gw, hello(model, "clean stream", stream=True),
                                 headers={"x-sim-target": primary, **fault})
    assert status == 200, body
    assert headers["x-llm-provider"] == secondary
    assert headers["x-envoy-attempt-count"] == "2"
    assert headers["content-type"].startswith("text/event-stream")
    assert text_of(sse_data(body)) == f"Echo from {secondary_model}: clean stream"


def test_sdk_sees_one_clean_stream(gw):
    stream = client(gw).chat.completions.create(
        model="fast", messages=[{"role": "user", "content": "via sdk"}], stream=True,
        stream_options={"include_usage": True},
        extra_headers={"x-sim-target": "anthropic", "x-sim-stream-error-start": "1"})
    chunks = list(stream)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Echo from gpt-4o-mini: via sdk"
    assert chunks[-1].usage.total_tokens > 0


def test_broken_on_every_provider_is_an_openai_shaped_503(gw):
    status, headers, body = post(gw, hello("fast", stream=True), headers={"x-sim-stream-error-start": "1"})
    assert status == 503, body
    assert headers["content-type"].startswith("application/json")
    err = json.loads(body)["error"]
    assert err["code"] == "overloaded_error" or err["message"]
    with pytest.raises(openai.InternalServerError):
        list(client(gw).chat.completions.create(
            model="fast", messages=[{"role": "user", "content": "x"}], stream=True,
            extra_headers={"x-sim-garbage": "1"}))
    assert post(gw, hello("fast", stream=True))[0] == 200


def test_counted(gw):
    prom = gw.prometheus()
    for provider in ("anthropic", "openai"):
        assert prom[("llm_router_stream_start_failures_total", (("gen_ai_provider_name", provider),))] >= 1


def test_local_reply_from_the_upstream_filter_is_not_retried(sims, tmp_path):
    """Envoy 1.40: when the upstream filter answers itself (send_http_response),
    the router does not retry, even with 5xx in retry_on. Here the OpenAI
    endpoint lacks its provider metadata, so the translator answers 500 on
    the first attempt of `smart` (OpenAI, then Anthropic): the client gets
    that 500 after one attempt, not Anthropic's answer."""
    with open(DEMO) as f:
        doc = yaml.safe_load(f)
    for cluster in doc["static_resources"]["clusters"]:
        if cluster["name"] == "openai":
            del cluster["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["metadata"]
    path = tmp_path / "no-metadata.yaml"
    path.write_text(yaml.safe_dump(doc))
    e = Envoy({n: s.port for n, s in sims.items()}, yaml_path=path)
    try:
        status, headers, body = post(e, hello("smart"))
        assert status == 500, body
        assert headers.get("x-envoy-attempt-count", "1") == "1"
        assert "llm_router.provider" in json.loads(body)["error"]["message"]
    finally:
        e.stop()
