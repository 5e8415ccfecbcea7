"""Azure OpenAI (both documented path shapes, the `api-key` header) and the
quirks of OpenAI-compatible servers, through real Envoy with the OpenAI SDK."""

import json

import pytest

from providers import Setup
from test_chat import client, hello, post, sse_data

PROVIDERS = {
    "azure": {"dialect": "azure_openai", "api_key_env": "SIM_OPENAI_KEY", "api_version": "2024-10-21"},
    "azure_v1": {"dialect": "azure_openai", "api_key_env": "SIM_OPENAI_KEY"},
    "compat": {"dialect": "openai", "api_key_env": "SIM_OPENAI_KEY"},
    "backup": {"dialect": "openai", "api_key_env": "SIM_OPENAI_KEY"},
}
ROUTES = {
    "azure": ("azure", {"azure": "gpt-4o-prod"}),
    "azure-v1": ("azure_v1", {"azure_v1": "gpt-4o-v1-deployment"}),
    "compat": ("compat", {"compat": "llama3.1"}),
    "compat-chain": ("compat_chain", {"compat": "llama3.1", "backup": "gpt-4o-mini"}),
}


@pytest.fixture(scope="module")
def env():
    s = Setup(PROVIDERS, ROUTES, chains={"compat_chain": ["compat", "backup"]})
    yield s.envoy
    s.stop()


@pytest.mark.parametrize("model,deployment", [("azure", "gpt-4o-prod"), ("azure-v1", "gpt-4o-v1-deployment")])
def test_azure_non_stream_and_stream(env, model, deployment):
    status, headers, body = post(env, hello(model, "hi azure"))
    assert status == 200, body
    assert json.loads(body)["choices"][0]["message"]["content"] == f"Echo from {deployment}: hi azure"
    assert headers["x-sim-received-auth"] == "api-key"
    assert headers["x-sim-received-model"] == deployment
    stream = client(env).chat.completions.create(
        model=model, messages=[{"role": "user", "content": "stream azure"}], stream=True,
        stream_options={"include_usage": True})
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == f"Echo from {deployment}: stream azure"
    assert chunks[-1].usage.completion_tokens == 5


def test_azure_tool_call(env):
    r = client(env).chat.completions.create(
        model="azure", messages=[{"role": "user", "content": "TOOL weather"}],
        tools=[{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}])
    call = r.choices[0].message.tool_calls[0]
    assert (call.function.name, json.loads(call.function.arguments)) == ("lookup", {"query": "TOOL weather"})
    assert r.usage.total_tokens > 0


@pytest.mark.parametrize("quirks", ["no-done", "done-no-space", "usage-in-last-chunk", "no-usage",
                                    "reasoning,no-done"])
def test_compatible_stream_quirks_still_give_a_clean_stream(env, quirks):
    status, headers, body = post(env, hello("compat", "quirky server", stream=True),
                                 headers={"x-sim-quirks": quirks})
    assert status == 200, body
    events = sse_data(body)
    assert events[-1] == "[DONE]", events
    chunks = [json.loads(e) for e in events[:-1]]
    assert not any("error" in c for c in chunks), events
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert text == "Echo from llama3.1: quirky server"
    if "reasoning" in quirks:
        assert any(c["choices"][0]["delta"].get("reasoning_content") == "Thinking about it."
                   for c in chunks if c["choices"])


def test_compatible_stream_through_the_sdk_without_done(env):
    stream = client(env).chat.completions.create(
        model="compat", messages=[{"role": "user", "content": "no done"}], stream=True,
        extra_headers={"x-sim-quirks": "no-done,done-no-space"})
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == "Echo from llama3.1: no done"


def test_error_in_a_200_body_is_an_error(env):
    status, _, body = post(env, hello("compat", "hi"), headers={"x-sim-quirks": "error-in-200"})
    assert status == 503, body
    err = json.loads(body)["error"]
    assert "overloaded" in err["message"]


def test_error_in_a_200_body_falls_back(env):
    status, headers, body = post(env, hello("compat-chain", "fall back"),
                                 headers={"x-sim-quirks": "error-in-200", "x-sim-target": "compat"})
    assert status == 200, body
    assert json.loads(body)["choices"][0]["message"]["content"] == "Echo from gpt-4o-mini: fall back"
    assert headers["x-envoy-attempt-count"] == "2"
    assert headers["x-llm-provider"] == "backup"
