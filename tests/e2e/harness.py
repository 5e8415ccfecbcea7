"""Starts the real parts for end-to-end tests: the provider simulator and
Envoy with the built .wasm, each on free loopback ports, and stops them.

Envoy's config is the shipped demo (envoy/demo.yaml) with its ports, wasm path
and, when a test asks, its plugin configuration replaced."""

import json
import os
import random
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WASM = ROOT / "target/wasm32-wasip1/release/llm_router.wasm"
SIM = ROOT / "target/release/llm-sim"
DEMO = ROOT / "envoy/demo.yaml"
ENVOY = Path(os.environ.get("ENVOY_BIN") or shutil.which("envoy") or ROOT / ".venv/bin/envoy")

START_TIMEOUT_S = 30


# Ports for the servers a test starts, below Linux's ephemeral range
# (net.ipv4.ip_local_port_range, 32768-60999 by default). A port the kernel
# hands out for bind(0) comes from that range, which every outgoing connection
# (Envoy to its upstreams, clients to Envoy) also draws from, so one could
# take it between our check and the server's bind. Below the range only
# another listener can, and the bind check sees those.
_PORT_RANGE = (20000, 32700)
_ports_given: set[int] = set()


def free_port() -> int:
    """A loopback TCP port nothing listens on, not handed out before by this
    process (tests run beside each other and beside `make run`)."""
    rng = random.Random()
    for _ in range(1000):
        port = rng.randrange(*_PORT_RANGE)
        if port in _ports_given:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _ports_given.add(port)
        return port
    raise RuntimeError(f"no free port in {_PORT_RANGE}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


class Simulator:
    """One llm-sim process; `port` is where it listens."""

    def __init__(self, name: str, *args: str):
        self.name = name
        self.log = tempfile.NamedTemporaryFile(prefix=f"sim-{name}-", suffix=".log", delete=False)
        self.proc = subprocess.Popen(
            [str(SIM), "--listen", "127.0.0.1:0", "--name", name, *args],
            stdout=subprocess.PIPE, stderr=self.log, text=True,
        )
        line = self.proc.stdout.readline()  # "listening on 127.0.0.1:PORT"
        if not line.startswith("listening on "):
            _stop(self.proc)
            raise RuntimeError(f"simulator {name} did not start: {line!r}")
        self.port = int(line.rsplit(":", 1)[1])

    def stop(self) -> None:
        _stop(self.proc)


def demo_config() -> dict:
    """The plugin configuration (JSON) of the demo."""
    with open(DEMO) as f:
        doc = yaml.safe_load(f)
    return json.loads(_plugin_configs(doc)[0]["value"])


def _plugin_configs(doc: dict) -> list:
    """Every wasm plugin's `configuration` StringValue in the document."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("@type") == "type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm":
                found.append(node["config"]["configuration"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(doc)
    return found


def allow_simulator_headers(config):
    """Lets the simulator's fault headers (`x-sim-*`) through the provider
    header allowlist both ways, as envoy/demo.yaml does, in a test's own
    plugin configuration (a dict or JSON text; anything else as is)."""
    text = isinstance(config, str)
    try:
        doc = json.loads(config) if text else json.loads(json.dumps(config))
    except ValueError:
        return config
    providers = doc.get("providers") if isinstance(doc, dict) else None
    if not isinstance(providers, dict):
        return config
    for p in providers.values():
        if isinstance(p, dict):
            fwd = p.setdefault("forward_request_headers", {})
            if isinstance(fwd, dict):
                fwd.setdefault("x-sim-*", ["*"])
            exp = p.setdefault("expose_response_headers", [])
            if isinstance(exp, list) and "x-sim-*" not in exp:
                exp.append("x-sim-*")
    return json.dumps(doc) if text else doc


class Envoy:
    """Envoy on free ports, running the demo config against the given simulators.

    `upstreams` maps the demo's provider cluster names to simulator ports;
    `plugin_config` replaces the plugin JSON of both roles."""

    def __init__(self, upstreams: dict, plugin_config: dict | None = None, env: dict | None = None,
                 yaml_path: Path = DEMO, as_struct: bool = False, wasm: Path = WASM,
                 concurrency: int = 2):
        self.port = free_port()
        self.admin_port = free_port()
        with open(yaml_path) as f:
            doc = yaml.safe_load(f)
        doc["admin"]["address"]["socket_address"]["port_value"] = self.admin_port
        listener = doc["static_resources"]["listeners"][0]
        listener["address"]["socket_address"]["port_value"] = self.port
        for cluster in doc["static_resources"]["clusters"]:
            if cluster["name"] in upstreams:
                ep = cluster["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["endpoint"]
                ep["address"]["socket_address"]["port_value"] = upstreams[cluster["name"]]
        if plugin_config is not None:
            plugin_config = allow_simulator_headers(plugin_config)
        for cfg in _plugin_configs(doc):
            if plugin_config is None and isinstance(cfg.get("value"), str):
                cfg["value"] = allow_simulator_headers(cfg["value"])
            if as_struct:
                # The configuration as plain YAML: a google.protobuf.Struct.
                cfg["@type"] = "type.googleapis.com/google.protobuf.Struct"
                value = plugin_config if plugin_config is not None else cfg["value"]
                cfg["value"] = json.loads(value) if isinstance(value, str) else value
            elif plugin_config is not None:
                cfg["value"] = json.dumps(plugin_config)
        text = yaml.safe_dump(doc).replace("target/wasm32-wasip1/release/llm_router.wasm", str(wasm))
        self.dir = tempfile.mkdtemp(prefix="envoy-e2e-")
        self.config_path = os.path.join(self.dir, "envoy.yaml")
        with open(self.config_path, "w") as f:
            f.write(text)
        # Envoy's own log (stderr) and the access log (stdout) go to separate
        # files: Envoy flushes the access log buffer in slices, so in one shared
        # file an application log line can land inside an access log record.
        self.log_path = os.path.join(self.dir, "envoy.log")
        self.log = open(self.log_path, "w")
        self.access_log_path = os.path.join(self.dir, "access.log")
        self.access_log = open(self.access_log_path, "w")
        self.proc = subprocess.Popen(
            [str(ENVOY), "-c", self.config_path, "--use-dynamic-base-id", "--concurrency", str(concurrency),
             "--log-level", "warn", "--component-log-level", "wasm:info",
             # Access log lines reach the log file within 100 ms (default: 10 s).
             "--file-flush-interval-msec", "100"],
            stdout=self.access_log, stderr=self.log, env={**os.environ, **(env or {})},
        )
        self._wait_ready()
        self.base_url = f"http://127.0.0.1:{self.port}"

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"envoy exited with {self.proc.returncode}:\n{self.logs()}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.admin_port}/ready", timeout=1) as r:
                    if r.status == 200:
                        with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                            return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"envoy not ready in {START_TIMEOUT_S}s:\n{self.logs()}")

    def logs(self) -> str:
        """Envoy's log, then the access log (each file holds whole lines)."""
        out = []
        for path in (self.log_path, self.access_log_path):
            with open(path) as f:
                out.append(f.read())
        return "".join(out)

    def stats(self, prefix: str = "") -> dict:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.admin_port}/stats?filter={prefix}", timeout=5) as r:
            out = {}
            for line in r.read().decode().splitlines():
                k, _, v = line.partition(": ")
                out[k] = v
            return out

    def prometheus(self) -> dict:
        """/stats/prometheus samples as {(name, ((label, value), ...)): float}, labels sorted."""
        with urllib.request.urlopen(f"http://127.0.0.1:{self.admin_port}/stats/prometheus", timeout=5) as r:
            return parse_prometheus(r.read().decode())

    def stop(self) -> None:
        _stop(self.proc)
        self.log.close()
        self.access_log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def parse_prometheus(text: str) -> dict:
    """Prometheus text exposition -> {(name, ((label, value), ...)): float}, labels sorted."""
    out = {}
    pair = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        head, _, value = line.rpartition(" ")
        name, _, labels = head.partition("{")
        out[(name, tuple(sorted(pair.findall(labels))))] = float(value)
    return out
