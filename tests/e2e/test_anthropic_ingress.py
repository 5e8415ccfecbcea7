"""Anthropic's Messages API as a second way in, driven by the official
`anthropic` SDK through real Envoy: to an OpenAI-dialect upstream (translated
both ways) and to an Anthropic-dialect one (passed through), stream and not,
with tools, errors in Anthropic's shape, count_tokens and fallback."""

import json

import anthropic
import pytest

from test_chat import post

TOOLS = [{"name": "lookup", "description": "Look it up",
          "input_schema": {"type": "object", "properties": {"query": {"type": "string"}}}}]
# claude-haiku-4-5 -> the Anthropic simulator (pass-through); gpt-4o-mini -> the OpenAI one (translated).
TARGETS = [("claude-haiku-4-5", "anthropic"), ("gpt-4o-mini", "openai")]


def sdk(envoy, key="demo-key-alice"):
    return anthropic.Anthropic(base_url=envoy.base_url, api_key=key, max_retries=0, timeout=30)


@pytest.mark.parametrize("model,provider", TARGETS)
def test_non_stream(envoy, model, provider):
    raw = sdk(envoy).messages.with_raw_response.create(
        model=model, max_tokens=100, system="Be brief.", messages=[{"role": "user", "content": "Hello there"}])
    m = raw.parse()
    assert m.type == "message" and m.role == "assistant"
    assert m.content[0].type == "text"
    assert m.content[0].text == f"Echo from {model}: Hello there"
    assert m.stop_reason == "end_turn"
    # Simulator words: prompt = 2 + 3 per message + 2 system words (the OpenAI
    # simulator counts the system message as a message: +3); reply = 5 words.
    expected_input = 7 if provider == "anthropic" else 10
    assert (m.usage.input_tokens, m.usage.output_tokens) == (expected_input, 5)
    assert raw.headers["x-llm-provider"] == provider


@pytest.mark.parametrize("model,provider", TARGETS)
def test_stream(envoy, model, provider):
    with sdk(envoy).messages.stream(model=model, max_tokens=100,
                                    messages=[{"role": "user", "content": "stream me"}]) as s:
        text = "".join(s.text_stream)
        final = s.get_final_message()
    assert text == f"Echo from {model}: stream me"
    assert final.stop_reason == "end_turn"
    assert final.usage.output_tokens == 5
    assert final.usage.input_tokens == 2 + 3


@pytest.mark.parametrize("model,provider", TARGETS)
def test_tool_use_round_trip(envoy, model, provider):
    c = sdk(envoy)
    first = c.messages.create(model=model, max_tokens=100, tools=TOOLS, tool_choice={"type": "any"},
                              messages=[{"role": "user", "content": "TOOL find cats"}])
    assert first.stop_reason == "tool_use"
    use = next(b for b in first.content if b.type == "tool_use")
    assert (use.name, use.input) == ("lookup", {"query": "TOOL find cats"})
    second = c.messages.create(model=model, max_tokens=100, tools=TOOLS, messages=[
        {"role": "user", "content": "TOOL find cats"},
        {"role": "assistant", "content": [b.model_dump(exclude_none=True) for b in first.content]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": use.id, "content": "three cats"}]}])
    assert second.content[0].text == f"Echo from {model}: three cats"


@pytest.mark.parametrize("model,provider", TARGETS)
def test_streamed_tool_use(envoy, model, provider):
    with sdk(envoy).messages.stream(model=model, max_tokens=100, tools=TOOLS,
                                    messages=[{"role": "user", "content": "TOOL stream cats"}]) as s:
        final = s.get_final_message()
    use = next(b for b in final.content if b.type == "tool_use")
    assert use.input == {"query": "TOOL stream cats"}
    assert final.stop_reason == "tool_use"


def test_errors_are_anthropic_shaped(envoy):
    with pytest.raises(anthropic.NotFoundError) as e:
        sdk(envoy).messages.create(model="no-such-model", max_tokens=10, messages=[{"role": "user", "content": "x"}])
    assert e.value.body["type"] == "error"
    assert e.value.body["error"]["type"] == "not_found_error"
    status, _, body = post(envoy, {"model": "fast", "messages": [{"role": "user", "content": "x"}]},
                           path="/v1/messages")
    assert status == 400
    assert json.loads(body)["error"]["type"] == "invalid_request_error"
    with pytest.raises(anthropic.RateLimitError) as e:
        sdk(envoy).messages.create(model="gpt-4o-mini", max_tokens=10, messages=[{"role": "user", "content": "x"}],
                                   extra_headers={"x-sim-status": "429"})
    assert e.value.body["error"]["type"] == "rate_limit_error"


def test_count_tokens(envoy):
    r = sdk(envoy).messages.count_tokens(model="fast", messages=[{"role": "user", "content": "How many tokens is this?"}])
    assert 5 <= r.input_tokens <= 30


def test_fallback_across_dialects(envoy):
    """`fast`: the Anthropic simulator fails with 503, the OpenAI one answers; the client sees one Message."""
    raw = sdk(envoy).messages.with_raw_response.create(
        model="fast", max_tokens=100, messages=[{"role": "user", "content": "fall back"}],
        extra_headers={"x-sim-target": "anthropic", "x-sim-status": "503"})
    assert raw.parse().content[0].text == "Echo from gpt-4o-mini: fall back"
    assert raw.headers["x-envoy-attempt-count"] == "2"
