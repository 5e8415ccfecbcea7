"""The README's examples through real Envoy: curl-shaped HTTP and the official
OpenAI SDK, streaming and not, against both provider dialects."""

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request

import openai
import pytest

from harness import ROOT


def post(envoy, body, headers=None, path="/v1/chat/completions", raw=None):
    data = raw if raw is not None else json.dumps(body).encode()
    req = urllib.request.Request(envoy.base_url + path, data=data, method="POST",
                                 headers={"content-type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def client(envoy, **kw):
    return openai.OpenAI(base_url=envoy.base_url + "/v1", api_key="demo-key-alice", max_retries=0, timeout=30, **kw)


def hello(model="fast", text="Hello!", **extra):
    return {"model": model, "messages": [{"role": "user", "content": text}], **extra}


@pytest.mark.parametrize("model,provider,upstream_model", [
    ("fast", "anthropic", "claude-haiku-4-5"),
    ("smart", "openai", "gpt-4.1"),
    ("gpt-4o-mini", "openai", "gpt-4o-mini"),
    ("claude-haiku-4-5", "anthropic", "claude-haiku-4-5"),
])
def test_non_stream_answer_is_openai_shaped(envoy, model, provider, upstream_model):
    status, headers, body = post(envoy, hello(model))
    assert status == 200, body
    v = json.loads(body)
    assert v["object"] == "chat.completion"
    message = v["choices"][0]["message"]
    assert (message["role"], message["content"]) == ("assistant", f"Echo from {upstream_model}: Hello!")
    assert v["choices"][0]["finish_reason"] == "stop"
    u = v["usage"]
    assert u["total_tokens"] == u["prompt_tokens"] + u["completion_tokens"] > 0
    assert headers["x-llm-provider"] == provider
    assert headers["x-sim-received-model"] == upstream_model
    assert headers["x-request-id"]


def sse_data(body: bytes):
    return [line[len("data: "):] for line in body.decode().splitlines() if line.startswith("data: ")]


@pytest.mark.parametrize("model", ["fast", "smart"])
def test_stream_is_openai_chunks(envoy, model):
    status, headers, body = post(envoy, hello(model, "one two three", stream=True))
    assert status == 200, body
    assert headers["content-type"].startswith("text/event-stream")
    events = sse_data(body)
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert text.endswith(": one two three")
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert not any("usage" in c and c["usage"] for c in chunks), "usage chunk only when asked for"


def test_request_id_is_kept_and_echoed(envoy):
    status, headers, _ = post(envoy, hello(), headers={"x-request-id": "req-abc-123"})
    assert status == 200
    assert headers["x-request-id"] == "req-abc-123"


def test_client_cannot_pick_cluster_or_leak_credentials(envoy):
    # The sims require the demo provider keys: a forwarded client key would get a 401.
    status, headers, body = post(envoy, hello("fast"), headers={
        "authorization": "Bearer demo-key-alice", "x-api-key": "client-secret",
        "x-llm-cluster": "openai", "x-llm-route": "smart"})
    assert status == 200, body
    assert headers["x-llm-provider"] == "anthropic"
    assert headers["x-llm-route"] == "fast"
    assert headers["x-sim-received-auth"] == "x-api-key"
    assert headers["x-sim-saw-headers"] == "", "internal headers must not reach the provider"


def test_sdk_non_stream(envoy):
    r = client(envoy).chat.completions.create(model="fast", messages=[{"role": "user", "content": "Hello!"}])
    assert r.choices[0].message.content == "Echo from claude-haiku-4-5: Hello!"
    assert r.usage.total_tokens == r.usage.prompt_tokens + r.usage.completion_tokens


@pytest.mark.parametrize("model", ["fast", "smart"])
@pytest.mark.parametrize("include_usage", [False, True])
def test_sdk_stream(envoy, model, include_usage):
    kw = {"stream_options": {"include_usage": True}} if include_usage else {}
    stream = client(envoy).chat.completions.create(
        model=model, messages=[{"role": "system", "content": "Be brief."},
                               {"role": "user", "content": "Stream me"}], stream=True, **kw)
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.endswith(": Stream me")
    usage = [c.usage for c in chunks if c.usage]
    if include_usage:
        assert len(usage) == 1 and not chunks[-1].choices
        assert usage[0].completion_tokens > 0
    else:
        assert usage == []


def test_sdk_lists_models(envoy):
    ids = {m.id for m in client(envoy).models.list()}
    assert ids == {"fast", "smart", "private", "gpt-4o-mini", "claude-haiku-4-5"}


def test_sdk_tool_calls_through_anthropic(envoy):
    tools = [{"type": "function", "function": {"name": "search", "description": "Search the web",
                                               "parameters": {"type": "object", "properties": {"query": {"type": "string"}}}}}]
    c = client(envoy)
    msgs = [{"role": "user", "content": "TOOL find envoy"}]
    r = c.chat.completions.create(model="claude-haiku-4-5", messages=msgs, tools=tools)
    call = r.choices[0].message.tool_calls[0]
    assert r.choices[0].finish_reason == "tool_calls"
    assert call.function.name == "search"
    assert json.loads(call.function.arguments) == {"query": "TOOL find envoy"}
    # Streamed, the arguments arrive in pieces and reassemble to the same call.
    args = ""
    for chunk in c.chat.completions.create(model="claude-haiku-4-5", messages=msgs, tools=tools, stream=True):
        for tc in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
            args += tc.function.arguments or ""
    assert json.loads(args) == {"query": "TOOL find envoy"}
    # The tool result goes back as Anthropic's tool_result and the conversation continues.
    follow = msgs + [{"role": "assistant", "content": None, "tool_calls": [call.model_dump()]},
                     {"role": "tool", "tool_call_id": call.id, "content": "Envoy is a proxy."},
                     {"role": "user", "content": "thanks"}]
    r = c.chat.completions.create(model="claude-haiku-4-5", messages=follow, tools=tools)
    # Anthropic needs alternating turns: the tool result and "thanks" became one user turn.
    content = r.choices[0].message.content
    assert content.startswith("Echo from claude-haiku-4-5: ") and "Envoy is a proxy." in content
    assert content.endswith("thanks")


def test_other_paths_pass_by_the_router(envoy):
    status, _, body = post(envoy, {}, path="/v1/embeddings")
    assert status == 404
    assert json.loads(body)["error"]["code"] == "unknown_url"


def test_sdk_example_runs(envoy):
    """examples/openai_sdk.py, as a user would run it against `make run`."""
    r = subprocess.run([sys.executable, str(ROOT / "examples/openai_sdk.py")], capture_output=True, text=True,
                       timeout=60, env={**os.environ, "LLM_GATEWAY_URL": envoy.base_url + "/v1"})
    assert r.returncode == 0, r.stderr
    assert "fast: 'Echo from claude-haiku-4-5: Hello!'" in r.stdout
    assert "stream: 'Echo from claude-haiku-4-5: Stream this please'" in r.stdout
    assert "tool call: search({'query': 'TOOL envoy retries'})" in r.stdout
    assert "tier=private reason=rule:pii-stays-private(email) provider=private" in r.stdout


@pytest.mark.parametrize("stream", [False, True])
def test_http2_clients_with_curl(envoy, stream):
    """Sidecars often talk HTTP/2: the same answers over h2c, driven by curl."""
    body = json.dumps(hello("fast", "over h2", stream=stream))
    r = subprocess.run(["curl", "-s", "-i", "--http2-prior-knowledge", "--max-time", "30",
                        envoy.base_url + "/v1/chat/completions", "-H", "content-type: application/json",
                        "-H", "authorization: Bearer demo-key-alice", "-d", body],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    head, _, payload = r.stdout.replace("\r\n", "\n").partition("\n\n")
    assert head.startswith("HTTP/2 200"), head
    assert "x-llm-provider: anthropic" in head
    if stream:
        events = sse_data(payload.encode())
        assert events[-1] == "[DONE]"
        text = "".join(json.loads(e)["choices"][0]["delta"].get("content") or "" for e in events[:-1])
    else:
        text = json.loads(payload)["choices"][0]["message"]["content"]
    assert text == "Echo from claude-haiku-4-5: over h2"
