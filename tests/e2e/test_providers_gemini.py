"""Google Gemini through real Envoy with the OpenAI SDK: generateContent and
streamGenerateContent?alt=sse, x-goog-api-key, tools, images, structured
output, usage, errors."""

import json

import openai
import pytest

from providers import Setup
from test_chat import client, hello, post, sse_data

PROVIDERS = {"gemini": {"dialect": "gemini", "api_key_env": "SIM_OPENAI_KEY"}}
ROUTES = {"flash": ("gemini", {"gemini": "gemini-2.5-flash"})}
TOOLS = [{"type": "function", "function": {"name": "lookup", "description": "Look it up",
                                            "parameters": {"type": "object", "properties": {"query": {"type": "string"}},
                                                           "additionalProperties": False}}}]
PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="


@pytest.fixture(scope="module")
def env():
    s = Setup(PROVIDERS, ROUTES)
    yield s.envoy
    s.stop()


def test_non_stream_text_and_usage(env):
    status, headers, body = post(env, hello("flash", "hi gemini", max_tokens=50, temperature=0.2, stop=["zzz"]))
    assert status == 200, body
    v = json.loads(body)
    assert v["object"] == "chat.completion"
    assert v["choices"][0]["message"]["content"] == "Echo from gemini-2.5-flash: hi gemini"
    assert v["choices"][0]["finish_reason"] == "stop"
    # Words: 2 prompt words + 3 per message; 5 reply words.
    assert (v["usage"]["prompt_tokens"], v["usage"]["completion_tokens"], v["usage"]["total_tokens"]) == (5, 5, 10)
    assert headers["x-sim-received-auth"] == "x-goog-api-key"
    assert headers["x-sim-received-model"] == "gemini-2.5-flash"
    assert headers["x-llm-provider"] == "gemini"


def test_stream_through_the_sdk_with_usage(env):
    chunks = list(client(env).chat.completions.create(
        model="flash", messages=[{"role": "system", "content": "be brief"}, {"role": "user", "content": "stream it"}],
        stream=True, stream_options={"include_usage": True}))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Echo from gemini-2.5-flash: stream it"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].usage.completion_tokens == 5
    assert chunks[-1].usage.prompt_tokens == 2 + 3 + 2


def test_tool_call_round_trip(env):
    c = client(env)
    first = c.chat.completions.create(model="flash", tools=TOOLS, tool_choice="required",
                                      messages=[{"role": "user", "content": "TOOL find cats"}])
    call = first.choices[0].message.tool_calls[0]
    assert first.choices[0].finish_reason == "tool_calls"
    assert (call.function.name, json.loads(call.function.arguments)) == ("lookup", {"query": "TOOL find cats"})
    second = c.chat.completions.create(model="flash", tools=TOOLS, messages=[
        {"role": "user", "content": "TOOL find cats"},
        {"role": "assistant", "content": None, "tool_calls": [call.model_dump()]},
        {"role": "tool", "tool_call_id": call.id, "content": "three cats"}])
    assert second.choices[0].message.content == "Echo from gemini-2.5-flash: three cats"


def test_streamed_tool_call(env):
    chunks = list(client(env).chat.completions.create(
        model="flash", tools=TOOLS, stream=True, messages=[{"role": "user", "content": "TOOL stream"}]))
    calls = [tc for c in chunks if c.choices for tc in (c.choices[0].delta.tool_calls or [])]
    assert calls[0].index == 0 and calls[0].function.name == "lookup"
    assert json.loads("".join(tc.function.arguments or "" for tc in calls)) == {"query": "TOOL stream"}
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "tool_calls"


def test_image_inline_and_url_refused(env):
    r = client(env).chat.completions.create(model="flash", messages=[{"role": "user", "content": [
        {"type": "text", "text": "what is this"}, {"type": "image_url", "image_url": {"url": PNG}}]}])
    assert r.choices[0].message.content == "Echo from gemini-2.5-flash: what is this"
    with pytest.raises(openai.BadRequestError) as e:
        client(env).chat.completions.create(model="flash", messages=[{"role": "user", "content": [
            {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}]}])
    assert "cannot fetch" in str(e.value)


def test_structured_output(env):
    schema = {"type": "object", "properties": {"echo": {"type": "string"}}, "required": ["echo"]}
    r = client(env).chat.completions.create(
        model="flash", messages=[{"role": "user", "content": "as json"}],
        response_format={"type": "json_schema", "json_schema": {"name": "echo", "schema": schema}})
    assert json.loads(r.choices[0].message.content) == {"echo": "Echo from gemini-2.5-flash: as json"}


@pytest.mark.parametrize("status,kind", [(429, openai.RateLimitError), (503, openai.InternalServerError),
                                         (400, openai.BadRequestError)])
def test_errors_keep_status_in_openai_shape(env, status, kind):
    with pytest.raises(kind) as e:
        client(env).chat.completions.create(model="flash", messages=[{"role": "user", "content": "x"}],
                                            extra_headers={"x-sim-status": str(status)})
    assert e.value.status_code == status
    assert e.value.body["code"] in ("resource_exhausted", "unavailable", "invalid_argument")


def test_stream_error_event_ends_the_stream(env):
    status, _, body = post(env, hello("flash", "one two three", stream=True), headers={"x-sim-stream-error": "1"})
    assert status == 200
    events = sse_data(body)
    assert "overloaded" in json.loads(events[-1])["error"]["message"]
