"""Real Redis and the stand-in rate limit service (tests/tools/ratelimit_standin.py),
on free loopback ports, for the fleet tests and `make run-fleet`."""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis
import yaml

from harness import ROOT, _plugin_configs, _stop, free_port

FLEET = ROOT / "envoy/fleet.yaml"
STANDIN = ROOT / "tests/tools/ratelimit_standin.py"


def fleet_config() -> dict:
    """The plugin configuration (JSON) of envoy/fleet.yaml."""
    with open(FLEET) as f:
        doc = yaml.safe_load(f)
    return json.loads(_plugin_configs(doc)[0]["value"])


class Redis:
    """redis-server on a free port, in memory only."""

    def __init__(self):
        binary = shutil.which("redis-server")
        if not binary:
            raise RuntimeError("redis-server is not installed (make setup installs it)")
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="redis-e2e-")
        self.proc = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", self.dir],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self.client = redis.Redis(port=self.port)
        deadline = time.monotonic() + 10
        while True:
            try:
                if self.client.ping():
                    return
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.stop()
                    raise RuntimeError("redis-server did not start")
                time.sleep(0.05)

    def stop(self):
        _stop(self.proc)
        shutil.rmtree(self.dir, ignore_errors=True)


# The service setting envoy/fleet.yaml's `month_window: calendar` needs
# (envoyproxy/ratelimit PR #1206).
CALENDAR_MONTHS = {"USE_CALENDAR_MONTH_RATE_LIMIT": "true"}


class RateLimitService:
    """The stand-in rate limit service on a Redis; `port` is its gRPC port,
    kept across stop() / start(). `env` holds the service's settings
    (default: calendar months on, as envoy/fleet.yaml needs); `args` and
    `env` may be changed between stop() and start()."""

    def __init__(self, redis_port: int, *args: str, env: dict | None = None):
        self.redis_port = redis_port
        self.args = args
        self.env = CALENDAR_MONTHS if env is None else env
        self.port = None
        self.proc = None
        self.start()

    def start(self):
        listen = f"127.0.0.1:{self.port or 0}"
        self.log = tempfile.NamedTemporaryFile(prefix="rls-", suffix=".log", delete=False)
        self.proc = subprocess.Popen(
            [sys.executable, str(STANDIN), "--listen", listen, "--redis-port", str(self.redis_port), *self.args],
            stdout=subprocess.PIPE, stderr=self.log, text=True,
            env={**{k: v for k, v in os.environ.items() if k != "USE_CALENDAR_MONTH_RATE_LIMIT"}, **self.env},
        )
        line = self.proc.stdout.readline()
        if not line.startswith("listening on "):
            _stop(self.proc)
            raise RuntimeError(f"rate limit stand-in did not start: {line!r} {open(self.log.name).read()}")
        self.port = int(line.rsplit(":", 1)[1])

    def kill(self):
        """Gone at once, as a crash would leave it."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def stop(self):
        _stop(self.proc)


def wait_port_free(port: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return
            except OSError:
                time.sleep(0.1)
