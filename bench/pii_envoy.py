#!/usr/bin/env python3
"""What PII detection costs inside Envoy, per request and per KB of prompt.

Two fresh Envoys (the demo config, 2 workers) behind the same simulators:
  with PII  the demo policy: the `pii-stays-private` rule, so every request
            is scanned by every built-in detector within the default limits
  no PII    the same config without PII rules (no detector is built)
For prompts of 1 KB to 1 MB (multilingual prose with numbers, dates and
street words but no PII, so the scan never stops early), N sequential POSTs
each; Envoy's CPU time (all threads, /proc/<pid>/task/*/schedstat) over those
requests divided by N. The difference of the two rows is what the detectors
cost, JSON parsing and the rest of the router being equal. Sequential
requests, so a worker is never busy with two at once.

The machine may be shared and loaded: CPU time excludes waiting for a core,
but contention still slows each instruction, so read the numbers as upper
bounds. Environment: PII_BENCH_REQUESTS (20).
"""

import http.client
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests/e2e"))
from harness import Envoy, Simulator, demo_config  # noqa: E402

KEYS = {"anthropic": "demo-anthropic-key", "openai": "demo-openai-key", "private": "demo-private-key"}
N = int(os.environ.get("PII_BENCH_REQUESTS", "20"))
LINE = ("Please summarise the quarterly report. Revenue grew 12% to 1,234,567 EUR in Q3 2024 "
        "(see v1.2.3, ticket 0612345678, 2024-01-15). La reunión es el 15.01.2024 en la calle; "
        "Die Hauptstraße ist gesperrt; 東京都の天気は晴れ。 Wall Street rose 3%.\n")


def cpu_ns(pid: int) -> int:
    total = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                total += int(f.read().split()[0])
        except OSError:
            pass
    return total


def body(size: int) -> bytes:
    text = (LINE * (size // len(LINE) + 1))[: max(size - 200, 10)]
    return json.dumps({"model": "fast", "max_tokens": 16,
                       "messages": [{"role": "user", "content": text}]}).encode()


def measure(e: Envoy, payload: bytes) -> float:
    conn = http.client.HTTPConnection("127.0.0.1", e.port, timeout=60)
    headers = {"content-type": "application/json"}

    def one():
        conn.request("POST", "/v1/chat/completions", payload, headers)
        r = conn.getresponse()
        r.read()
        if r.status != 200:
            raise RuntimeError(f"status {r.status}")
        return r.getheader("x-llm-tier")

    one()  # warm-up
    before = cpu_ns(e.proc.pid)
    for _ in range(N):
        one()
    after = cpu_ns(e.proc.pid)
    conn.close()
    return (after - before) / N / 1000.0


def main():
    sims = {name: Simulator(name, "--require-key", key) for name, key in KEYS.items()}
    ports = {name: s.port for name, s in sims.items()}
    with_pii = demo_config()
    without = demo_config()
    without["rules"] = [r for r in without.get("rules", []) if "pii" not in r.get("when", {})]
    without.pop("pii", None)
    # Windows large enough that a 1 MB prompt is served, not refused.
    for cfg in (with_pii, without):
        for m in cfg.get("upstream_models", {}).values():
            m["context_window_tokens"] = 10_000_000
    sizes = [1024, 16 * 1024, 256 * 1024, 1000 * 1024]
    rows = {}
    try:
        for name, cfg in (("with PII", with_pii), ("no PII", without)):
            e = Envoy(ports, plugin_config=cfg)
            try:
                rows[name] = [measure(e, body(s)) for s in sizes]
            finally:
                e.stop()
    finally:
        for s in sims.values():
            s.stop()
    print(f"PII detection in Envoy (V8, demo config, {N} sequential requests per cell; "
          "Envoy CPU µs per request; machine shared and loaded: upper bounds)")
    print(f"{'prompt':>10} {'with PII':>10} {'no PII':>10} {'PII adds':>10} {'µs/KB':>8}")
    for i, s in enumerate(sizes):
        w, n = rows["with PII"][i], rows["no PII"][i]
        print(f"{s // 1024:>8}KB {w:>10.0f} {n:>10.0f} {w - n:>10.0f} {(w - n) / (s / 1024):>8.2f}")


if __name__ == "__main__":
    main()
