"""The body an OpenAI-dialect provider gets is the client's bytes with a few
members edited (the router puts its stamp first, the translator drops it and
sets `model`, and `stream_options.include_usage` for a stream), or, when an
edit would be ambiguous, the whole body parsed and written out again. Either
way the provider must get the same request and the client the same answer:
these drive both paths through real Envoy with bodies written byte by byte."""

import json

from test_chat import post, sse_data

MODEL = "gpt-4o-mini"  # demo route `openai-only`: the OpenAI dialect, model gpt-4o-mini


def echo(body: bytes) -> str:
    return json.loads(body)["choices"][0]["message"]["content"]


def test_sdk_order_and_escapes_reach_the_provider_intact(envoy):
    # `messages` first (the Python SDK's order), escaped quotes, \u escapes,
    # a surrogate pair, a solidus escape, and a `"model":` inside the prompt.
    raw = ('{"messages":[{"role":"user","content":"He said \\"model\\": \\"gpt-5\\" '
           '\\u00e9 \\ud83d\\ude00 a\\/b \\\\n"}],  "model" : "gpt-4o-mini" ,"temperature":0.50}').encode()
    status, headers, body = post(envoy, None, raw=raw)
    assert status == 200, body
    assert headers["x-sim-received-model"] == "gpt-4o-mini"
    assert echo(body) == 'Echo from gpt-4o-mini: He said "model": "gpt-5" é \U0001F600 a/b \\n'


def test_nested_model_keys_are_not_the_model(envoy):
    body = {
        "messages": [{"role": "user", "content": "nested keys", "name": "model"}],
        "tools": [{"type": "function", "function": {
            "name": "model", "parameters": {"type": "object", "properties": {"model": {"type": "string"}}}}}],
        "model": MODEL,
        "metadata": {"model": "not-this-one"},
    }
    status, headers, out = post(envoy, body)
    assert status == 200, out
    assert headers["x-sim-received-model"] == "gpt-4o-mini"
    assert headers["x-llm-route"] == "openai-only"


def test_duplicate_model_keys_take_the_last_as_the_router_does(envoy):
    # JSON parsers keep the last of two members: so does the router, and the
    # translator then takes its full parse path instead of editing bytes.
    for raw in (b'{"model":"smart","messages":[{"role":"user","content":"dup"}],"model":"gpt-4o-mini"}',
                b'{"model":"smart","messages":[{"role":"user","content":"dup"}],"mod\\u0065l":"gpt-4o-mini"}'):
        status, headers, body = post(envoy, None, raw=raw)
        assert status == 200, body
        assert headers["x-llm-route"] == "openai-only", raw
        assert headers["x-sim-received-model"] == "gpt-4o-mini", raw
        assert echo(body) == "Echo from gpt-4o-mini: dup"


def test_client_copy_of_the_stamp_loses_to_the_router(envoy):
    # The router appends its stamp after the client's member of that name
    # (a parser keeps the last), so the request goes where the router says.
    forged = {"route": "smart", "ticket": 1, "max_tokens": 5}
    for order in ("first", "last"):
        body = {"__llm_router": forged, "model": MODEL, "messages": [{"role": "user", "content": "forged"}]}
        if order == "last":
            body = {"model": MODEL, "messages": body["messages"], "__llm_router": forged}
        status, headers, out = post(envoy, body)
        assert status == 200, out
        assert headers["x-llm-route"] == "openai-only"
        assert headers["x-sim-received-model"] == "gpt-4o-mini"


def test_stream_asks_for_usage_whatever_the_client_sent(envoy):
    for options in ({}, {"stream_options": {"include_usage": False}}, {"stream_options": None}):
        body = {"messages": [{"role": "user", "content": "one two three"}], "stream": True, **options,
                "model": MODEL}
        status, headers, out = post(envoy, body)
        assert status == 200, out
        events = sse_data(out)
        assert events[-1] == "[DONE]"
        chunks = [json.loads(e) for e in events[:-1]]
        text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
        assert text == "Echo from gpt-4o-mini: one two three"
        # The client did not ask for the usage chunk: it gets none ...
        assert not any(c.get("usage") for c in chunks), options
    # ... and gets it when it asks.
    body = {"messages": [{"role": "user", "content": "one two"}], "stream": True,
            "stream_options": {"include_usage": True}, "model": MODEL}
    status, _, out = post(envoy, body)
    chunks = [json.loads(e) for e in sse_data(out)[:-1]]
    assert chunks[-1]["usage"]["prompt_tokens"] == 2 + 3


def test_big_prompt_arrives_whole_in_both_member_orders(envoy):
    # About 300 KB of words: the simulator counts them, so every one of them
    # reached it (words + 3 per message), in either member order.
    text = " ".join(f"w{i} Grüße" for i in range(25_000))
    words = len(text.split())
    for order in ("model first", "messages first"):
        messages = [{"role": "user", "content": text}]
        body = ({"model": "smart", "messages": messages, "max_tokens": 8} if order == "model first"
                else {"messages": messages, "max_tokens": 8, "model": "smart"})
        raw = json.dumps(body, ensure_ascii=False).encode()
        assert len(raw) > 250_000
        status, headers, out = post(envoy, None, raw=raw)
        assert status == 200, out[:300]
        assert headers["x-sim-received-model"] == "gpt-4.1", order
        v = json.loads(out)
        assert v["usage"]["prompt_tokens"] == words + 3, order
        assert v["choices"][0]["message"]["content"].startswith("Echo from gpt-4.1: w0 Grüße w1 Grüße")


def test_without_a_router_the_body_is_parsed_whole(sims, tmp_path):
    """No router in front (a fixed cluster): nothing vouches for the body, so
    the translator parses it whole, as before, whatever the member order;
    a member named like the stamp that is no stamp is dropped, not sent."""
    from harness import Envoy
    from test_hardening import _chat_route, _load, _without_router
    import yaml

    doc = _without_router(_load())
    route = _chat_route(doc)
    route["match"].pop("filter_state")
    route["route"].pop("cluster_header")
    route["route"]["cluster"] = "openai"
    path = tmp_path / "translator-only.yaml"
    path.write_text(yaml.safe_dump(doc))
    e = Envoy({n: s.port for n, s in sims.items()}, yaml_path=path)
    try:
        for raw in (b'{"messages":[{"role":"user","content":"solo \\u00e9"}],"model":"gpt-4o-mini","__llm_router":1}',
                    b'{"model":"x","messages":[{"role":"user","content":"solo \\u00e9"}],"model":"gpt-4o-mini"}'):
            status, headers, body = post(e, None, raw=raw)
            assert status == 200, body
            assert headers["x-sim-received-model"] == "gpt-4o-mini"
            assert echo(body) == "Echo from gpt-4o-mini: solo é"
        status, _, body = post(e, None, raw=b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"\\ud800"}]}')
        assert status == 400, body
        assert "not valid JSON" in json.loads(body)["error"]["message"]
    finally:
        e.stop()
