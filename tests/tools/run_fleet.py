"""`make run-fleet`: two Envoys sharing budgets through one rate limit service
and one Redis, on one machine. Ctrl-C stops everything it started.

  127.0.0.1:6390       redis-server (in memory)
  127.0.0.1:8081       the stand-in rate limit service (tests/tools/ratelimit_standin.py)
  127.0.0.1:8091-8093  the provider simulators of `make run`
  127.0.0.1:10000      Envoy A (admin 9901)    both with envoy/fleet.yaml
  127.0.0.1:10001      Envoy B (admin 9911)

With a real deployment, replace the stand-in by envoyproxy/ratelimit
(USE_STATSD=false REDIS_URL=... and a config file with `domain: llm_router`)
listening on 8081, and run one Envoy per replica."""

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
ENVOY = ROOT / ".venv/bin/envoy"
SIM = ROOT / "target/release/llm-sim"
WASM = ROOT / "target/wasm32-wasip1/release/llm_router.wasm"
SIMS = [("anthropic", 8091, "demo-anthropic-key"), ("openai", 8092, "demo-openai-key"),
        ("private", 8093, "demo-private-key")]


def main() -> int:
    procs = []
    tmp = tempfile.mkdtemp(prefix="llm-fleet-")
    try:
        procs.append(subprocess.Popen(["redis-server", "--port", "6390", "--bind", "127.0.0.1", "--save", "",
                                       "--appendonly", "no", "--dir", tmp], stdout=subprocess.DEVNULL))
        time.sleep(0.3)
        procs.append(subprocess.Popen([sys.executable, str(ROOT / "tests/tools/ratelimit_standin.py"),
                                       "--listen", "127.0.0.1:8081", "--redis-port", "6390"]))
        for name, port, key in SIMS:
            procs.append(subprocess.Popen([str(SIM), "--listen", f"127.0.0.1:{port}", "--name", name,
                                           "--require-key", key]))
        for listen, admin in ((10000, 9901), (10001, 9911)):
            with open(ROOT / "envoy/fleet.yaml") as f:
                doc = yaml.safe_load(f)
            doc["admin"]["address"]["socket_address"]["port_value"] = admin
            doc["static_resources"]["listeners"][0]["address"]["socket_address"]["port_value"] = listen
            path = os.path.join(tmp, f"envoy-{listen}.yaml")
            with open(path, "w") as f:
                f.write(yaml.safe_dump(doc).replace("target/wasm32-wasip1/release/llm_router.wasm", str(WASM)))
            procs.append(subprocess.Popen([str(ENVOY), "-c", path, "--use-dynamic-base-id", "--concurrency", "2",
                                           "--log-level", "warn", "--component-log-level", "wasm:info"]))
        print("fleet: Envoy A on http://127.0.0.1:10000, Envoy B on http://127.0.0.1:10001 "
              "(one Redis, one rate limit service; Ctrl-C stops it)", flush=True)
        while all(p.poll() is None for p in procs):
            time.sleep(0.5)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        subprocess.run(["rm", "-rf", tmp])


if __name__ == "__main__":
    sys.exit(main())
