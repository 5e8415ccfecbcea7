"""AWS Bedrock (Converse, ConverseStream with the binary event stream, SigV4
or a Bedrock API key) through real Envoy with the OpenAI SDK, and a fallback
chain across four dialects (Bedrock -> Gemini -> Anthropic -> OpenAI) where
each attempt is translated for its own provider."""

import json
import re

import openai
import pytest

from providers import Setup
from test_chat import client, hello, post, sse_data

PROVIDERS = {
    "bedrock": {"dialect": "bedrock", "region": "us-east-1", "aws_access_key_id_env": "SIM_AWS_KEY_ID",
                "aws_secret_access_key_env": "SIM_OPENAI_KEY", "aws_session_token_env": "SIM_AWS_SESSION"},
    "bedrock_key": {"dialect": "bedrock", "region": "us-west-2", "api_key_env": "SIM_OPENAI_KEY"},
    "bedrock_wrong": {"dialect": "bedrock", "region": "us-east-1", "aws_access_key_id_env": "SIM_AWS_KEY_ID",
                      "aws_secret_access_key_env": "SIM_ANTHROPIC_KEY"},
    "gemini": {"dialect": "gemini", "api_key_env": "SIM_OPENAI_KEY"},
    "anthropic": {"dialect": "anthropic", "api_key_env": "SIM_OPENAI_KEY"},
    "openai": {"dialect": "openai", "api_key_env": "SIM_OPENAI_KEY"},
}
MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0"
ROUTES = {
    "br": ("bedrock", {"bedrock": MODEL}),
    "br-key": ("bedrock_key", {"bedrock_key": "amazon.nova-lite-v1:0"}),
    "br-wrong": ("bedrock_wrong", {"bedrock_wrong": MODEL}),
    "chain": ("chain4", {"bedrock": MODEL, "gemini": "gemini-2.5-flash", "anthropic": "claude-haiku-4-5",
                         "openai": "gpt-4o-mini"}),
}
CHAINS = {"chain4": ["bedrock", "gemini", "anthropic", "openai"]}
TOOLS = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]


@pytest.fixture(scope="module")
def setup():
    s = Setup(PROVIDERS, ROUTES, chains=CHAINS, vm_env={"SIM_AWS_KEY_ID": "AKIDSIMULATOR", "SIM_AWS_SESSION": "session-tok"},
              num_retries=3)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def env(setup):
    return setup.envoy


def sim_log(setup, name) -> str:
    with open(setup.sims[name].log.name) as f:
        return f.read()


def test_non_stream_signed(env, setup):
    status, headers, body = post(env, hello("br", "hi bedrock", max_tokens=50))
    assert status == 200, body
    v = json.loads(body)
    assert v["choices"][0]["message"]["content"] == f"Echo from {MODEL}: hi bedrock"
    assert v["choices"][0]["finish_reason"] == "stop"
    assert (v["usage"]["prompt_tokens"], v["usage"]["completion_tokens"]) == (2 + 3, 5)
    assert headers["x-llm-provider"] == "bedrock"
    # The model id's ':' travelled percent-encoded in the path the signature covers.
    assert "/model/anthropic.claude-3-5-haiku-20241022-v1%3A0/converse 200" in sim_log(setup, "bedrock")


def test_stream_event_stream_through_the_sdk(env):
    chunks = list(client(env).chat.completions.create(
        model="br", messages=[{"role": "user", "content": "stream bedrock"}], stream=True,
        stream_options={"include_usage": True}))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == f"Echo from {MODEL}: stream bedrock"
    assert chunks[-1].usage.completion_tokens == 5


def test_tools_stream_and_not(env):
    c = client(env)
    r = c.chat.completions.create(model="br", tools=TOOLS, tool_choice="required",
                                  messages=[{"role": "user", "content": "TOOL cats"}])
    call = r.choices[0].message.tool_calls[0]
    assert (call.function.name, json.loads(call.function.arguments)) == ("lookup", {"query": "TOOL cats"})
    assert r.choices[0].finish_reason == "tool_calls"
    r2 = c.chat.completions.create(model="br", tools=TOOLS, messages=[
        {"role": "user", "content": "TOOL cats"},
        {"role": "assistant", "content": None, "tool_calls": [call.model_dump()]},
        {"role": "tool", "tool_call_id": call.id, "content": "two cats"}])
    assert r2.choices[0].message.content == f"Echo from {MODEL}: two cats"
    chunks = list(c.chat.completions.create(model="br", tools=TOOLS, stream=True,
                                            messages=[{"role": "user", "content": "TOOL dogs"}]))
    calls = [tc for ch in chunks if ch.choices for tc in (ch.choices[0].delta.tool_calls or [])]
    assert calls[0].function.name == "lookup"
    assert json.loads("".join(tc.function.arguments or "" for tc in calls)) == {"query": "TOOL dogs"}


def test_api_key_and_structured_output(env, setup):
    schema = {"type": "object", "properties": {"echo": {"type": "string"}}, "required": ["echo"]}
    r = client(env).chat.completions.create(
        model="br-key", messages=[{"role": "user", "content": "json please"}],
        response_format={"type": "json_schema", "json_schema": {"name": "e", "schema": schema}})
    assert json.loads(r.choices[0].message.content) == {"echo": "Echo from amazon.nova-lite-v1:0: json please"}
    with pytest.raises(openai.BadRequestError) as e:
        client(env).chat.completions.create(model="br-key", messages=[{"role": "user", "content": "x"}],
                                            response_format={"type": "json_object"})
    assert "json_schema" in str(e.value)


def test_wrong_secret_is_refused_by_the_provider(env, setup):
    """The simulator recomputes the signature with its own secret and refuses
    (403); a provider refusing the gateway's credential is the gateway's 502."""
    status, _, body = post(env, hello("br-wrong"))
    assert status == 502, body
    assert json.loads(body)["error"]["code"] == "upstream_auth_error"
    assert "/converse 403 bedrock" in sim_log(setup, "bedrock_wrong")


def test_provider_errors_and_stream_exceptions(env):
    with pytest.raises(openai.RateLimitError):
        client(env).chat.completions.create(model="br", messages=[{"role": "user", "content": "x"}],
                                            extra_headers={"x-sim-status": "429"})
    status, _, body = post(env, hello("br", "one two three", stream=True), headers={"x-sim-stream-error": "1"})
    assert status == 200
    err = json.loads(sse_data(body)[-1])["error"]
    assert err["code"] == "throttlingException"


@pytest.mark.parametrize("stream", [False, True])
def test_fallback_chain_across_four_dialects(env, setup, stream):
    """Bedrock, Gemini and Anthropic fail with 503; OpenAI answers. Each
    simulator logs the path and model it was sent: each attempt was
    translated for its own provider."""
    word = f"four-dialects-{int(stream)}"
    fail = {"x-sim-target": "bedrock,gemini,anthropic", "x-sim-status": "503"}
    status, headers, body = post(env, hello("chain", word, stream=stream), headers=fail)
    assert status == 200, body
    assert headers["x-envoy-attempt-count"] == "4"
    assert headers["x-llm-provider"] == "openai"
    if stream:
        text = "".join(json.loads(e)["choices"][0]["delta"].get("content") or "" for e in sse_data(body)[:-1]
                       if json.loads(e)["choices"])
    else:
        text = json.loads(body)["choices"][0]["message"]["content"]
    assert text == f"Echo from gpt-4o-mini: {word}"
    op = "converse-stream" if stream else "converse"
    assert re.search(rf"/model/{re.escape(MODEL.replace(':', '%3A'))}/{op} 503 bedrock", sim_log(setup, "bedrock"))
    gem = "streamGenerateContent" if stream else "generateContent"
    assert re.search(rf"/v1beta/models/gemini-2.5-flash:{gem} 503 gemini", sim_log(setup, "gemini"))
    assert re.search(r"/v1/messages 503 anthropic", sim_log(setup, "anthropic"))
