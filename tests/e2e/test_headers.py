"""The provider account belongs to the gateway: only an allowlist of client
headers reaches a provider (plus what a provider's configuration allows, by
value, on every retry attempt), and provider headers about the account do not
reach clients unless configured. The simulator reports the header names it
received (`x-sim-received-headers`) and sends account headers as the real APIs
do (`openai-organization`, `x-ratelimit-*`, `anthropic-organization-id`, ...)."""

import http.client
import json

import pytest

from harness import Envoy, Simulator, demo_config
from test_chat import hello, post, sse_data

CLIENT_HEADERS = {
    "OpenAI-Organization": "org-victim",
    "OpenAI-Project": "proj_victim",
    "OpenAI-Beta": "assistants=v2",
    "anthropic-beta": "b1, evil-beta",
    "anthropic-dangerous-direct-browser-access": "true",
    "cookie": "session=abc",
    "x-custom-thing": "1",
    "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
    "x-request-id": "req-allowlist-1",
    "accept": "application/json",
}
NEVER_FORWARDED = {"openai-organization", "openai-project", "openai-beta", "cookie", "x-custom-thing",
                   "anthropic-dangerous-direct-browser-access", "user-agent", "accept-encoding"}
ACCOUNT_HEADERS = {"openai-organization", "openai-project", "openai-processing-ms", "x-ratelimit-limit-requests",
                   "x-ratelimit-remaining-requests", "anthropic-organization-id",
                   "anthropic-ratelimit-requests-limit", "anthropic-ratelimit-requests-remaining", "set-cookie"}


@pytest.fixture(scope="module")
def gw():
    """The demo, with Anthropic taking one `anthropic-beta` value from clients
    and OpenAI showing its rate-limit headers to clients."""
    sims = {n: Simulator(n, "--require-key", k) for n, k in
            {"anthropic": "demo-anthropic-key", "openai": "demo-openai-key", "private": "demo-private-key"}.items()}
    cfg = demo_config()
    cfg["providers"]["anthropic"]["forward_request_headers"] = {"anthropic-beta": ["b1"]}
    cfg["providers"]["openai"]["expose_response_headers"] = ["x-ratelimit-*"]
    e = Envoy({n: s.port for n, s in sims.items()}, plugin_config=cfg)
    yield e
    e.stop()
    for s in sims.values():
        s.stop()


def received(headers):
    return set(filter(None, headers["x-sim-received-headers"].split(",")))


@pytest.mark.parametrize("model,provider", [("fast", "anthropic"), ("smart", "openai"), ("private", "private")])
def test_only_allowlisted_client_headers_reach_the_provider(gw, model, provider):
    status, headers, body = post(gw, hello(model), headers=CLIENT_HEADERS)
    assert status == 200, body
    assert headers["x-llm-provider"] == provider
    got = received(headers)
    assert not got & NEVER_FORWARDED, got & NEVER_FORWARDED
    assert {"traceparent", "x-request-id", "accept", "content-type"} <= got, got
    if provider == "anthropic":
        # Configured for Anthropic: only the allowed item of the value.
        assert headers["x-sim-received-anthropic-beta"] == "b1"
    else:
        assert "anthropic-beta" not in got


def test_configured_header_survives_a_retry_from_another_provider(gw):
    # smart: OpenAI first (fails; its attempt strips the shared header map),
    # then Anthropic, which still gets the client's allowed value.
    status, headers, body = post(gw, hello("smart", "retry"), headers={
        **CLIENT_HEADERS, "x-sim-target": "openai", "x-sim-status": "503"})
    assert status == 200, body
    assert headers["x-llm-provider"] == "anthropic"
    assert headers["x-envoy-attempt-count"] == "2"
    assert headers["x-sim-received-anthropic-beta"] == "b1"
    assert not received(headers) & NEVER_FORWARDED


def test_configured_header_does_not_follow_a_retry_to_another_provider(gw):
    # fast: Anthropic first (gets anthropic-beta), then OpenAI, which must not.
    status, headers, body = post(gw, hello("fast", "retry"), headers={
        **CLIENT_HEADERS, "x-sim-target": "anthropic", "x-sim-status": "503"})
    assert status == 200, body
    assert headers["x-llm-provider"] == "openai"
    got = received(headers)
    assert "anthropic-beta" not in got and "x-api-key" not in got and "anthropic-version" not in got, got


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("model", ["fast", "private"])
def test_account_headers_do_not_reach_clients(gw, model, stream):
    status, headers, body = post(gw, hello(model, stream=stream))
    assert status == 200, body
    if stream:
        assert sse_data(body)[-1] == "[DONE]"
    lower = {k.lower() for k in headers}
    assert not lower & ACCOUNT_HEADERS, lower & ACCOUNT_HEADERS
    assert "x-llm-provider" in lower and "content-type" in lower


def test_configured_response_headers_do_reach_clients(gw):
    status, headers, body = post(gw, hello("smart"))
    assert status == 200, body
    lower = {k.lower(): v for k, v in headers.items()}
    assert lower["x-ratelimit-remaining-requests"] == "9999"
    assert "openai-organization" not in lower and "openai-project" not in lower


def test_provider_error_answers_are_stripped_too(gw):
    status, headers, body = post(gw, hello("private"), headers={"x-sim-status": "429"})
    assert status == 429, body
    assert json.loads(body)["error"]
    assert not {k.lower() for k in headers} & ACCOUNT_HEADERS


def test_non_utf8_header_value_does_not_kill_the_vm(gw):
    # HTTP/1 allows bytes 0x80-0xFF in header values; the SDK's string header
    # getters unwrap their UTF-8 decoding, which would panic the VM.
    body = json.dumps(hello("fast")).encode()
    for _ in range(3):
        conn = http.client.HTTPConnection("127.0.0.1", gw.port, timeout=30)
        conn.putrequest("POST", "/v1/chat/completions")
        conn.putheader("content-type", "application/json")
        conn.putheader("content-length", str(len(body)))
        conn.putheader("x-request-id", "caf\xe9")  # latin-1 encoded: one 0xE9 byte
        conn.putheader("x-note", "na\xefve")
        conn.endheaders(body)
        r = conn.getresponse()
        assert r.status == 200, r.read()
        r.read()
        conn.close()
    status, _, body = post(gw, hello("fast"))
    assert status == 200, body
