#!/usr/bin/env python3
"""What the filter costs to carry a big request body in Envoy, and what the
routing brain adds on top, measured in the same run.

For prompts of 16 KB, 256 KB and 1 MB (the multilingual prose line of
bench/pii_envoy.py: numbers, dates, street words, no PII, so no detector stops
early), N sequential POSTs per cell; Envoy's CPU time (all threads,
/proc/<pid>/task/*/schedstat) over them divided by N:

  (a) plain   Envoy without the wasm filters (bench.py's plain config: the
              route goes to the `openai` cluster; the client sends the key)
  (b) carry   the filter with the demo configuration minus its rules and PII
              detection, `model: "gpt-4o-mini"` (an explicit cheap model):
              buffering, UTF-8 and JSON checks, the token estimate, budgets,
              the stamp, the translator. No classifier (not an `auto` model).
  (r) rules   the demo configuration's rules and PII detection as shipped,
              the same explicit model (what bench/pii_envoy.py measured)
  (c) auto    the demo configuration as shipped, `model: "auto"`: the
              classifier, the PII detectors, the rules, the default policy

In every filter column all routes send to the `openai` provider (OpenAI
dialect), so the translation is the same whatever tier the classifier picks:
(b)-(a) is what the filter costs to carry the body, (c)-(b) what the routing
brain adds. Context windows are raised so a 1 MB prompt is served.

`--wasm PATH` (repeatable) measures several builds of the module, interleaved
(plain Envoy once per run); `--runs R` repeats everything R times and prints
each run and then the range (min-max) per cell. Sequential requests, so a
worker is never busy with two at once. The machine may be shared: CPU time
excludes waiting for a core, but contention slows each instruction, so read
the numbers as upper bounds and compare columns of the same run.
Environment: BODY_BENCH_REQUESTS (20; 16 KB cells get three times as many).
"""

import argparse
import copy
import http.client
import json
import os
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests/e2e"))
from harness import DEMO, WASM, Envoy, Simulator, demo_config  # noqa: E402

KEYS = {"anthropic": "demo-anthropic-key", "openai": "demo-openai-key", "private": "demo-private-key"}
N = int(os.environ.get("BODY_BENCH_REQUESTS", "20"))
SIZES = [16 * 1024, 256 * 1024, 1000 * 1024]
LINE = ("Please summarise the quarterly report. Revenue grew 12% to 1,234,567 EUR in Q3 2024 "
        "(see v1.2.3, ticket 0612345678, 2024-01-15). La reunión es el 15.01.2024 en la calle; "
        "Die Hauptstraße ist gesperrt; 東京都の天気は晴れ。 Wall Street rose 3%.\n")


WASM_TYPE = "type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm"


def plain_envoy_doc() -> dict:
    """envoy/demo.yaml with no wasm anywhere and the route sent to `openai`
    (as bench/bench.py's plain scenario, without its Redis dependency)."""
    with open(DEMO) as f:
        doc = yaml.safe_load(f)
    for listener in doc["static_resources"]["listeners"]:
        for chain in listener["filter_chains"]:
            for nf in chain["filters"]:
                hcm = nf.get("typed_config", {})
                if "http_filters" not in hcm:
                    continue
                hcm["http_filters"] = [f for f in hcm["http_filters"]
                                       if f.get("typed_config", {}).get("@type") != WASM_TYPE]
                for vh in hcm["route_config"]["virtual_hosts"]:
                    for r in vh["routes"]:
                        route = r.get("route")
                        if route and "cluster_header" in route:
                            del route["cluster_header"]
                            route["cluster"] = "openai"
                            r["match"].pop("filter_state", None)
    for cluster in doc["static_resources"]["clusters"]:
        cluster.pop("typed_extension_protocol_options", None)
    if WASM_TYPE in json.dumps(doc):
        raise RuntimeError("plain Envoy config still has a wasm filter")
    return doc


def cpu_ns(pid: int) -> int:
    total = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                total += int(f.read().split()[0])
        except OSError:
            pass
    return total


def body(size: int, model: str) -> bytes:
    text = (LINE * (size // len(LINE) + 1)).encode()[: max(size - 200, 10)].decode(errors="ignore")
    # The openai SDK's order: messages first, then model and the options.
    return json.dumps({"messages": [{"role": "user", "content": text}], "model": model,
                       "max_tokens": 16}, ensure_ascii=False).encode()


def measure(port: int, payload: bytes, n: int, pid: int, headers: dict) -> tuple[float, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"content-type": "application/json", **headers}
    seen = set()

    def one():
        conn.request("POST", "/v1/chat/completions", payload, headers)
        r = conn.getresponse()
        text = r.read()
        if r.status != 200:
            raise RuntimeError(f"status {r.status}: {text[:300]!r}")
        seen.add(f"{r.getheader('x-llm-tier') or '-'}/{r.getheader('x-llm-provider') or '-'}")

    one()  # warm-up
    before = cpu_ns(pid)
    for _ in range(n):
        one()
    after = cpu_ns(pid)
    conn.close()
    return (after - before) / n / 1000.0, ",".join(sorted(seen))


def configs() -> dict:
    shipped = demo_config()
    for m in shipped.get("upstream_models", {}).values():
        m["context_window_tokens"] = 10_000_000
    # Every tier's route on the OpenAI provider: the same translation in b, r and c.
    for name, r in shipped["routes"].items():
        if "openai" in r.get("models", {}):
            r["cluster"] = "openai"
    carry = copy.deepcopy(shipped)
    carry["rules"] = []
    carry.pop("shadow_rules", None)
    carry.pop("pii", None)
    return {"b": carry, "r": shipped, "c": shipped}


MODELS = {"a": "gpt-4o-mini", "b": "gpt-4o-mini", "r": "gpt-4o-mini", "c": "auto"}


def run_once(sims, ports, wasms, plain_yaml, cfgs) -> dict:
    """{(build, column, size): (µs, tiers)}; build "" for plain Envoy."""
    out = {}
    e = Envoy(ports, yaml_path=plain_yaml)
    try:
        for s in SIZES:
            n = N * 3 if s <= 16 * 1024 else N
            out[("", "a", s)] = measure(e.port, body(s, MODELS["a"]), n, e.proc.pid,
                                        {"authorization": f"Bearer {KEYS['openai']}"})
    finally:
        e.stop()
    for label, wasm in wasms:
        for col in ("b", "r", "c"):
            e = Envoy(ports, plugin_config=cfgs[col], wasm=wasm)
            try:
                for s in SIZES:
                    n = N * 3 if s <= 16 * 1024 else N
                    out[(label, col, s)] = measure(e.port, body(s, MODELS[col]), n, e.proc.pid, {})
            finally:
                e.stop()
    return out


def table(results: list, wasms) -> None:
    def cell(build, col, s):
        vals = [r[(build, col, s)][0] for r in results]
        lo, hi = min(vals), max(vals)
        return f"{lo:.0f}" if len(vals) == 1 else f"{lo:.0f}-{hi:.0f}"

    def diff(build, c1, b1, c0, b0, s):
        vals = [r[(b1, c1, s)][0] - r[(b0, c0, s)][0] for r in results]
        lo, hi = min(vals), max(vals)
        return f"{lo:.0f}" if len(vals) == 1 else f"{lo:.0f}-{hi:.0f}"

    print(f"{'prompt':>7} {'build':>8} {'(a) plain':>11} {'(b) carry':>11} {'(r) rules':>11} "
          f"{'(c) auto':>11} {'b-a':>11} {'c-b':>11} {'c-a':>11}  tier/provider of c")
    for s in SIZES:
        for label, _ in wasms:
            tiers = sorted({r[(label, "c", s)][1] for r in results})
            print(f"{s // 1024:>5}KB {label:>8} {cell('', 'a', s):>11} {cell(label, 'b', s):>11} "
                  f"{cell(label, 'r', s):>11} {cell(label, 'c', s):>11} "
                  f"{diff(label, 'b', label, 'a', '', s):>11} {diff(label, 'c', label, 'b', label, s):>11} "
                  f"{diff(label, 'c', label, 'a', '', s):>11}  {';'.join(tiers)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wasm", action="append", default=[],
                    help="LABEL=PATH of a build to measure (repeatable; default: the built module)")
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    wasms = []
    for w in args.wasm or [f"build={WASM}"]:
        label, _, path = w.partition("=")
        wasms.append((label, Path(path)) if path else ("build", Path(label)))
    sims = {name: Simulator(name, "--require-key", key) for name, key in KEYS.items()}
    ports = {name: s.port for name, s in sims.items()}
    tmp = tempfile.mkdtemp(prefix="body-bench-")
    plain_yaml = Path(tmp) / "plain.yaml"
    with open(plain_yaml, "w") as f:
        yaml.safe_dump(plain_envoy_doc(), f)
    cfgs = configs()
    results = []
    try:
        for i in range(args.runs):
            with open("/proc/loadavg") as f:
                load = f.read().split()[:3]
            r = run_once(sims, ports, wasms, plain_yaml, cfgs)
            results.append(r)
            print(f"run {i + 1}/{args.runs} (load average before it: {' '.join(load)}), "
                  f"Envoy CPU µs per request, {N} sequential requests per cell (16 KB: {3 * N})")
            table([r], wasms)
            sys.stdout.flush()
    finally:
        for s in sims.values():
            s.stop()
        for p in Path(tmp).iterdir():
            p.unlink()
        os.rmdir(tmp)
    if args.runs > 1:
        print(f"\nranges over {args.runs} runs (min-max per cell; differences taken within each run)")
        table(results, wasms)
    with open("/proc/loadavg") as f:
        print(f"load average after: {' '.join(f.read().split()[:3])}")


if __name__ == "__main__":
    main()
