"""`make run-fleet`: two Envoys sharing budgets through one rate limit service
and one Redis, on one machine. Ctrl-C (or SIGTERM to this process) stops
everything it started.

Ports (127.0.0.1), chosen not to collide with `make run` (10000, 9901,
8091-8093), each movable with its variable:

  10010, 10011   Envoy A and B, both with envoy/fleet.yaml   LLM_FLEET_PORT_A, LLM_FLEET_PORT_B
  9910, 9911     their admin ports                           LLM_FLEET_ADMIN_A, LLM_FLEET_ADMIN_B
  8181           the stand-in rate limit service             LLM_FLEET_RLS_PORT
                 (tests/tools/ratelimit_standin.py, run with USE_CALENDAR_MONTH_RATE_LIMIT=true)
  6390           redis-server (in memory)                    LLM_FLEET_REDIS_PORT
  8191-8193      the provider simulators (anthropic, openai, private)
                                                             LLM_FLEET_ANTHROPIC_PORT, _OPENAI_PORT, _PRIVATE_PORT

A port already taken stops it before anything starts, naming the port.

With a real deployment, replace the stand-in by envoyproxy/ratelimit (PR #1206
or later, with USE_CALENDAR_MONTH_RATE_LIMIT=true USE_STATSD=false
REDIS_SOCKET_TYPE=tcp REDIS_URL=... and a config file with `domain: llm_router`)
on its gRPC port 8081 as envoy/fleet.yaml has it, and run one Envoy per replica."""

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import redis
import yaml

ROOT = Path(__file__).resolve().parents[2]
ENVOY = ROOT / ".venv/bin/envoy"
SIM = ROOT / "target/release/llm-sim"
WASM = ROOT / "target/wasm32-wasip1/release/llm_router.wasm"
STANDIN = ROOT / "tests/tools/ratelimit_standin.py"
KEYS = {"anthropic": "demo-anthropic-key", "openai": "demo-openai-key", "private": "demo-private-key"}
START_TIMEOUT_S = 30


def port(var: str, default: int) -> int:
    value = os.environ.get(var, str(default))
    if not value.isdigit() or not 0 < int(value) < 65536:
        sys.exit(f"make run-fleet: {var}={value!r} is not a port")
    return int(value)


PORTS = {
    "Envoy A": ("LLM_FLEET_PORT_A", port("LLM_FLEET_PORT_A", 10010)),
    "Envoy B": ("LLM_FLEET_PORT_B", port("LLM_FLEET_PORT_B", 10011)),
    "Envoy A admin": ("LLM_FLEET_ADMIN_A", port("LLM_FLEET_ADMIN_A", 9910)),
    "Envoy B admin": ("LLM_FLEET_ADMIN_B", port("LLM_FLEET_ADMIN_B", 9911)),
    "rate limit service": ("LLM_FLEET_RLS_PORT", port("LLM_FLEET_RLS_PORT", 8181)),
    "redis": ("LLM_FLEET_REDIS_PORT", port("LLM_FLEET_REDIS_PORT", 6390)),
    "anthropic": ("LLM_FLEET_ANTHROPIC_PORT", port("LLM_FLEET_ANTHROPIC_PORT", 8191)),
    "openai": ("LLM_FLEET_OPENAI_PORT", port("LLM_FLEET_OPENAI_PORT", 8192)),
    "private": ("LLM_FLEET_PRIVATE_PORT", port("LLM_FLEET_PRIVATE_PORT", 8193)),
}


def p(name: str) -> int:
    return PORTS[name][1]


class Stop(Exception):
    pass


def check_ports_free() -> None:
    seen = {}
    for name, (var, number) in PORTS.items():
        if number in seen:
            raise Stop(f"{name} and {seen[number]} are both on port {number}: set {var}")
        seen[number] = name
        with socket.socket() as s:
            # As the servers bind: a port held only by closed connections
            # (TIME_WAIT) is free; one a process listens on is not.
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                s.bind(("127.0.0.1", number))
            except OSError:
                raise Stop(f"port 127.0.0.1:{number} ({name}) is busy: another process listens there "
                           f"(`ss -ltnp 'sport = :{number}'` shows it). Stop it or move this one: {var}=...")


def wait(what: str, ready, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise Stop(f"{what} exited with status {proc.returncode}")
        try:
            if ready():
                return
        except (OSError, redis.RedisError):
            pass
        time.sleep(0.1)
    raise Stop(f"{what} not ready within {START_TIMEOUT_S} s")


def listening(number: int):
    def check():
        with socket.create_connection(("127.0.0.1", number), timeout=1):
            return True
    return check


def envoy_ready(admin: int):
    def check():
        with urllib.request.urlopen(f"http://127.0.0.1:{admin}/ready", timeout=1) as r:
            return r.status == 200
    return check


def envoy_config(listen: int, admin: int, directory: str) -> str:
    with open(ROOT / "envoy/fleet.yaml") as f:
        doc = yaml.safe_load(f)
    doc["admin"]["address"]["socket_address"]["port_value"] = admin
    doc["static_resources"]["listeners"][0]["address"]["socket_address"]["port_value"] = listen
    upstreams = {"ratelimit": p("rate limit service"), **{name: p(name) for name in KEYS}}
    for cluster in doc["static_resources"]["clusters"]:
        if cluster["name"] in upstreams:
            ep = cluster["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]
            ep["address"]["socket_address"]["port_value"] = upstreams[cluster["name"]]
    path = os.path.join(directory, f"envoy-{listen}.yaml")
    with open(path, "w") as f:
        f.write(yaml.safe_dump(doc).replace("target/wasm32-wasip1/release/llm_router.wasm", str(WASM)))
    return path


def on_signal(signum, _frame):
    raise KeyboardInterrupt(signal.Signals(signum).name)


def main() -> int:
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, on_signal)
    procs = []
    tmp = tempfile.mkdtemp(prefix="llm-fleet-")

    def start(what, argv, **kw):
        proc = subprocess.Popen(argv, **kw)
        procs.append((what, proc))
        return proc

    try:
        check_ports_free()
        rp = p("redis")
        proc = start("redis-server", ["redis-server", "--port", str(rp), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no", "--dir", tmp], stdout=subprocess.DEVNULL)
        wait("redis-server", redis.Redis(port=rp, socket_timeout=1).ping, proc)
        env = {**os.environ, "USE_CALENDAR_MONTH_RATE_LIMIT": "true"}
        proc = start("the rate limit stand-in",
                     [sys.executable, str(STANDIN), "--listen", f"127.0.0.1:{p('rate limit service')}",
                      "--redis-port", str(rp)], env=env, stdout=subprocess.DEVNULL)
        wait("the rate limit stand-in", listening(p("rate limit service")), proc)
        for name, key in KEYS.items():
            proc = start(f"simulator {name}", [str(SIM), "--listen", f"127.0.0.1:{p(name)}", "--name", name,
                                               "--require-key", key])
            wait(f"simulator {name}", listening(p(name)), proc)
        for label in ("A", "B"):
            listen, admin = p(f"Envoy {label}"), p(f"Envoy {label} admin")
            proc = start(f"Envoy {label}", [str(ENVOY), "-c", envoy_config(listen, admin, tmp),
                                            "--use-dynamic-base-id", "--concurrency", "2", "--log-level", "warn"])
            wait(f"Envoy {label}", envoy_ready(admin), proc)
        a, b = p("Envoy A"), p("Envoy B")
        print(f"""
fleet: Envoy A on http://127.0.0.1:{a} (admin {p('Envoy A admin')}), Envoy B on http://127.0.0.1:{b} \
(admin {p('Envoy B admin')}), one rate limit service (127.0.0.1:{p('rate limit service')}) on one Redis \
(127.0.0.1:{rp}). Ctrl-C stops it.
Try: spend on A, see it on B:
  curl -s localhost:{a}/v1/chat/completions -H 'content-type: application/json' \\
    -H 'authorization: Bearer demo-key-alice' -d '{{"model": "fast", "messages": [{{"role": "user", "content": "hi"}}]}}'
  curl -s localhost:{b}/v1/budgets -H 'authorization: Bearer demo-key-bob'
  redis-cli -p {rp} --scan --pattern '*budget*'
""", flush=True)
        while True:
            for what, proc in procs:
                if proc.poll() is not None:
                    raise Stop(f"{what} exited with status {proc.returncode}")
            time.sleep(0.5)
    except Stop as e:
        print(f"make run-fleet: {e}; stopping", file=sys.stderr, flush=True)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for _, proc in reversed(procs):
            if proc.poll() is None:
                proc.terminate()
        for _, proc in procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        subprocess.run(["rm", "-rf", tmp], check=False)


if __name__ == "__main__":
    sys.exit(main())
