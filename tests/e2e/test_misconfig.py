"""Configuration mistakes Envoy cannot catch, caught by the filter at run time
(a clear 500, a counter, a log line naming the problem) or before production
by scripts/check-config.py."""

import json
import subprocess
import sys
import time

import pytest
import yaml

from harness import DEMO, ROOT, Envoy, _plugin_configs, demo_config
from test_chat import hello, post

CHECK = ROOT / "scripts/check-config.py"


def _load() -> dict:
    with open(DEMO) as f:
        return yaml.safe_load(f)


def _router_plugin(doc: dict) -> dict:
    hcm = doc["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]["typed_config"]
    return next(f for f in hcm["http_filters"] if f["name"] == "llm_router")["typed_config"]["config"]


def _start(sims, doc, tmp_path, name) -> Envoy:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(doc))
    return Envoy({n: s.port for n, s in sims.items()}, yaml_path=path)


def _error(body: bytes) -> dict:
    return json.loads(body)["error"]


def _misconfigurations(e, kind: str) -> int:
    """`llm_router_misconfigurations_total{kind=...}` from Envoy's Prometheus output."""
    import urllib.request
    with urllib.request.urlopen(f"http://127.0.0.1:{e.admin_port}/stats/prometheus", timeout=10) as r:
        lines = r.read().decode().splitlines()
    return sum(int(float(line.rsplit(" ", 1)[1])) for line in lines
               if line.startswith("llm_router_misconfigurations_total{") and f'kind="{kind}"' in line)


# --- item 13: allow_on_headers_stop_iteration missing ---------------------------------------


def test_missing_allow_on_headers_stop_iteration_is_a_clear_500(sims, tmp_path):
    """Before: the request hung until a timeout (the client below gives up at 30 s)."""
    doc = _load()
    del _router_plugin(doc)["allow_on_headers_stop_iteration"]
    e = _start(sims, doc, tmp_path, "no-stop-iteration")
    try:
        for _ in range(2):
            start = time.monotonic()
            status, _, body = post(e, hello())
            took = time.monotonic() - start
            assert status == 500, body
            err = _error(body)
            assert err["code"] == "gateway_misconfigured"
            assert "allow_on_headers_stop_iteration: true" in err["message"]
            assert took < 8, took
        assert "set `allow_on_headers_stop_iteration: true`" in e.logs()
        assert _misconfigurations(e, "body_never_arrived") == 2
        # What does not wait for a body keeps working.
        with __import__("urllib.request").request.urlopen(e.base_url + "/v1/models", timeout=10) as r:
            assert r.status == 200
    finally:
        e.stop()


def test_slow_first_body_with_the_field_set_is_served(sims, tmp_path):
    """The watch is only for the missing field: with it set, a client that
    sends its body later than the watchdog's wait, as the very first request
    of a fresh Envoy (no worker has seen a body yet), is served normally. The
    watchdog tells the two apart by whether Envoy received body bytes the
    filter never got."""
    import socket
    e = _start(sims, _load(), tmp_path, "slow-first-body")
    try:
        body = json.dumps(hello()).encode()
        head = (f"POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
                f"content-length: {len(body)}\r\nconnection: close\r\n\r\n").encode()
        with socket.create_connection(("127.0.0.1", e.port), timeout=30) as s:
            s.sendall(head)
            time.sleep(4.5)
            s.sendall(body)
            got = b""
            while chunk := s.recv(65536):
                got += chunk
        assert got.startswith(b"HTTP/1.1 200"), got[:300]
        assert _misconfigurations(e, "body_never_arrived") == 0
    finally:
        e.stop()


# --- item 14: router and translator given different configurations ---------------------------


def test_different_configurations_are_refused_with_the_reason(sims, tmp_path):
    """Before: both started and the translator used its own routes' models."""
    doc = _load()
    translator_cfg = demo_config()
    translator_cfg["routes"]["fast"]["models"]["anthropic"] = "claude-sonnet-4-5"
    configs = _plugin_configs(doc)
    assert len(configs) >= 2
    # yaml.safe_load shares the anchored node: give the translator its own.
    for c in configs:
        c["value"] = json.dumps(demo_config())
    hcm_router = _router_plugin(doc)["configuration"]
    for c in _plugin_configs(doc):
        if c is not hcm_router:
            c["value"] = json.dumps(translator_cfg)
    e = _start(sims, doc, tmp_path, "mismatch")
    try:
        status, _, body = post(e, hello("fast"))
        assert status == 500, body
        err = _error(body)
        assert err["code"] == "config_mismatch"
        assert "different configurations" in err["message"]
        assert "different configurations" in e.logs()
        assert _misconfigurations(e, "config_mismatch") >= 1
    finally:
        e.stop()


def test_same_configuration_as_struct_and_json_is_not_a_mismatch(sims, tmp_path):
    """The digest is over content: the router's JSON and the translator's Struct agree."""
    doc = _load()
    router_cfg = _router_plugin(doc)["configuration"]
    for c in _plugin_configs(doc):
        if c is not router_cfg:
            c["@type"] = "type.googleapis.com/google.protobuf.Struct"
            c["value"] = demo_config()
        else:
            c["value"] = json.dumps(demo_config())
    e = _start(sims, doc, tmp_path, "struct-and-json")
    try:
        status, _, body = post(e, hello("fast"))
        assert status == 200, body
    finally:
        e.stop()


# --- item 15: an endpoint names an unknown provider -------------------------------------------


def _with_unknown_provider() -> dict:
    doc = _load()
    for cluster in doc["static_resources"]["clusters"]:
        if cluster["name"] == "openai":
            ep = cluster["load_assignment"]["endpoints"][0]["lb_endpoints"][0]
            ep["metadata"]["filter_metadata"]["llm_router"]["provider"] = "opanai"
    return doc


def test_unknown_provider_is_counted_and_logged_once(sims, tmp_path):
    e = _start(sims, _with_unknown_provider(), tmp_path, "unknown-provider")
    try:
        for _ in range(4):
            status, _, body = post(e, hello("gpt-4o-mini"))
            assert status == 500, body
            err = _error(body)
            assert err["code"] == "unknown_provider"
            assert "`opanai`" in err["message"]
        assert _misconfigurations(e, "unknown_provider") == 4
        logged = [line for line in e.logs().splitlines() if "names provider `opanai`" in line and "error" in line]
        assert 1 <= len(logged) <= 2, logged  # once per worker (2 workers)
        assert post(e, hello("fast"))[0] == 200, "the other providers serve"
    finally:
        e.stop()


def test_check_config_catches_it_before_production(tmp_path):
    for path in sorted((ROOT / "envoy").glob("*.yaml")):
        r = subprocess.run([sys.executable, str(CHECK), str(path)], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stdout + r.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(_with_unknown_provider()))
    r = subprocess.run([sys.executable, str(CHECK), str(bad)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert "names provider `opanai`, which is not in the configuration's `providers`" in r.stdout, r.stdout
