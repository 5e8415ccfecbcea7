"""The gateway through the official OpenAI SDK: plain, streamed, tool calls,
and the policy headers. Run it against `make run`:

    .venv/bin/python examples/openai_sdk.py

LLM_GATEWAY_URL overrides the address (default http://127.0.0.1:10000/v1).
"""

import json
import os

from openai import OpenAI

BASE_URL = os.environ.get("LLM_GATEWAY_URL", "http://127.0.0.1:10000/v1")
client = OpenAI(base_url=BASE_URL, api_key="demo-key-alice", max_retries=0, timeout=30)

# 1. One request shape, whichever provider serves it.
for model in ("fast", "smart"):
    r = client.chat.completions.create(model=model, messages=[{"role": "user", "content": "Hello!"}])
    print(f"{model}: {r.choices[0].message.content!r} ({r.usage.total_tokens} tokens)")

# 2. Streaming, with the final usage chunk.
text, usage = "", None
for chunk in client.chat.completions.create(
        model="fast", messages=[{"role": "user", "content": "Stream this please"}],
        stream=True, stream_options={"include_usage": True}):
    if chunk.choices:
        text += chunk.choices[0].delta.content or ""
    usage = chunk.usage or usage
print(f"stream: {text!r} ({usage.total_tokens} tokens)")

# 3. Tool calls, translated to and from Anthropic's tool_use blocks.
tools = [{"type": "function", "function": {
    "name": "search", "description": "Search the docs",
    "parameters": {"type": "object", "properties": {"query": {"type": "string"}}}}}]
r = client.chat.completions.create(
    model="claude-haiku-4-5", messages=[{"role": "user", "content": "TOOL envoy retries"}], tools=tools)
call = r.choices[0].message.tool_calls[0]
print(f"tool call: {call.function.name}({json.loads(call.function.arguments)})")

# 4. What the router decided, and what is left of the budget.
raw = client.chat.completions.with_raw_response.create(
    model="smart", messages=[{"role": "user", "content": "My email is jane.doe@gmail.com"}])
h = raw.headers
print(f"decision: tier={h['x-llm-tier']} reason={h['x-llm-route-reason']} "
      f"provider={h['x-llm-provider']} budget left=${h['x-llm-budget-remaining-usd']}")
