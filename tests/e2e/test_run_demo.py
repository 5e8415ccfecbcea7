"""`make run` (scripts/run-demo.sh): refuses to start when a port is taken,
naming it, instead of serving against whatever holds it; otherwise serves the
demo from a rendered config with absolute paths, from any directory."""

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request

from harness import ENVOY, ROOT, free_port
from test_config import validate

import yaml

SCRIPT = ROOT / "scripts/run-demo.sh"


def _ports() -> dict:
    return {k: str(free_port()) for k in
            ["LLM_DEMO_PORT", "LLM_DEMO_ADMIN_PORT", "LLM_DEMO_ANTHROPIC_PORT", "LLM_DEMO_OPENAI_PORT",
             "LLM_DEMO_PRIVATE_PORT"]}


def _run(env: dict, cwd="/") -> subprocess.Popen:
    return subprocess.Popen([str(SCRIPT)], cwd=cwd, env={**os.environ, "ENVOY": str(ENVOY), **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def test_a_port_someone_listens_on_is_named():
    """Before: the demo started anyway and the leftover process answered."""
    ports = _ports()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        ports["LLM_DEMO_OPENAI_PORT"] = str(taken)
        p = _run(ports)
        try:
            _, err = p.communicate(timeout=30)
        finally:
            _stop(p)
    assert p.returncode != 0
    assert f"port 127.0.0.1:{taken} (simulator openai) is busy" in err, err


def test_a_simulator_that_cannot_bind_is_named():
    """A port bound but not listening passes the probe; the simulator then
    fails to bind, and the script says which one and why."""
    ports = _ports()
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        taken = holder.getsockname()[1]
        ports["LLM_DEMO_PRIVATE_PORT"] = str(taken)
        p = _run(ports)
        try:
            _, err = p.communicate(timeout=30)
        finally:
            _stop(p)
    assert p.returncode != 0
    assert f"simulator private did not start on 127.0.0.1:{taken}" in err, err
    assert "in use" in err.lower(), err


def test_demo_serves_from_any_directory():
    ports = _ports()
    p = _run(ports, cwd="/")
    try:
        deadline = time.monotonic() + 60
        while True:
            assert p.poll() is None, p.communicate()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{ports['LLM_DEMO_ADMIN_PORT']}/ready", timeout=1):
                    break
            except OSError:
                assert time.monotonic() < deadline, "demo not ready in 60 s"
                time.sleep(0.2)
        body = json.dumps({"model": "smart", "messages": [{"role": "user", "content": "hi"}]}).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{ports['LLM_DEMO_PORT']}/v1/chat/completions", data=body,
                                     headers={"content-type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            assert r.status == 200
            assert r.headers["x-llm-provider"] == "openai"
    finally:
        _stop(p)


def test_a_copied_config_names_the_missing_module(tmp_path):
    """The shipped YAML's relative module path fails outside the repository root
    with Envoy's `Invalid path: ...`, which the comment next to it explains."""
    with open(ROOT / "envoy/demo.yaml") as f:
        text = f.read()
    assert "Relative to Envoy's working directory" in text
    copy = tmp_path / "demo.yaml"
    copy.write_text(text)
    r = subprocess.run([str(ENVOY), "--mode", "validate", "-c", str(copy), "--use-dynamic-base-id"],
                       cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert r.returncode != 0
    assert "Invalid path: target/wasm32-wasip1/release/llm_router.wasm" in r.stdout + r.stderr
    # With the absolute path (what `make run` renders) the same file validates anywhere.
    assert validate(yaml.safe_load(text)).returncode == 0
