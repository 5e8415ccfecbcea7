"""The gateway's edges in real Envoy: the routing header cannot be forged even
when the router is skipped, every wasm plugin reloads after a panic, wrong
methods get an OpenAI-shaped 405, slow clients are cut off."""

import http.client
import json
import socket
import threading
import time

import pytest
import yaml

from harness import DEMO, ROOT, Envoy, Simulator, _plugin_configs
from test_chat import hello, post

SHIPPED = sorted((ROOT / "envoy").glob("*.yaml"))
CHAT = "/v1/chat/completions"


def _load(path=DEMO) -> dict:
    with open(path) as f:
        return yaml.safe_load(f)


def _hcm(doc: dict) -> dict:
    return doc["static_resources"]["listeners"][0]["filter_chains"][0]["filters"][0]["typed_config"]


def _wasm_plugins(doc: dict) -> list:
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("@type") == "type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm":
                found.append(node["config"])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(doc)
    return found


def _upstream_requests(sim) -> int:
    with open(sim.log.name) as f:
        return sum(1 for line in f if line.startswith("POST "))


def _error(body: bytes) -> dict:
    return json.loads(body)["error"]


# --- item 5: failure_policy ----------------------------------------------------------


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_shipped_wasm_plugin_reloads_after_a_panic(path):
    plugins = _wasm_plugins(_load(path))
    assert {p["root_id"] for p in plugins} == {"llm_router", "llm_translator"}
    for p in plugins:
        assert p.get("failure_policy") == "FAIL_RELOAD", f"{path.name}: {p['root_id']}"


PANIC_WASM = ROOT / "target/wasm32-wasip1/release/panic_filter.wasm"


def test_a_panicking_vm_is_reloaded_and_serves_again():
    """envoy/demo.yaml's plugin configuration (vm_config, FAIL_RELOAD) with
    the code swapped for tests/tools/panic-filter, which panics when asked:
    the request that panics fails closed, and Envoy reloads the VM (after
    ReloadConfig's default 1 s backoff) so later requests are served by a
    fresh instance. One worker, so every request meets the same VM."""
    assert PANIC_WASM.exists(), "make e2e builds tests/tools/panic-filter"
    envoy = Envoy({}, wasm=PANIC_WASM, concurrency=1)
    try:
        def get(headers: dict) -> tuple[int, dict]:
            conn = http.client.HTTPConnection("127.0.0.1", envoy.port, timeout=10)
            try:
                conn.request("POST", "/v1/chat/completions", body=b"{}", headers=headers)
                r = conn.getresponse()
                r.read()
                return r.status, {k.lower(): v for k, v in r.getheaders()}
            finally:
                conn.close()

        before = [get({}) for _ in range(2)]
        assert [(s, h["x-vm-requests"]) for s, h in before] == [(200, "1"), (200, "2")]
        status, _ = get({"x-test-panic": "1"})
        assert status >= 500, status
        deadline = time.monotonic() + 20
        served = None
        while time.monotonic() < deadline:
            status, headers = get({})
            if status == 200:
                served = headers["x-vm-requests"]
                break
            assert status >= 500, status
            time.sleep(0.2)
        assert served == "1", f"after the panic: {served} (a fresh VM counts from 1)"
        assert "panic asked for by x-test-panic" in envoy.logs()
    finally:
        envoy.stop()


# --- item 5: the routing header cannot be forged ---------------------------------------


def _without_router(doc: dict) -> dict:
    """The demo with the router role left out of the chain: what FAIL_OPEN does
    when the router fails (Envoy skips the filter)."""
    hcm = _hcm(doc)
    hcm["http_filters"] = [f for f in hcm["http_filters"] if f["name"] != "llm_router"]
    return doc


def _chat_route(doc: dict) -> dict:
    return next(r for r in _hcm(doc)["route_config"]["virtual_hosts"][0]["routes"]
                if r["match"].get("path") == CHAT and "route" in r)


LAYERS = {
    # Both layers, as shipped.
    "shipped": lambda doc: doc,
    # Each layer alone holds: the filter-state guard on the route...
    "route-guard-only": lambda doc: (_hcm(doc).pop("early_header_mutation_extensions"), doc)[1],
    # ...and the connection manager's early removal of x-llm-cluster.
    "early-removal-only": lambda doc: (_chat_route(doc)["match"].pop("filter_state"), doc)[1],
}


@pytest.mark.parametrize("layer", LAYERS, ids=list(LAYERS))
def test_forged_cluster_header_never_reaches_a_provider_without_the_router(sims, tmp_path, layer):
    """Without both layers (the config before this test) the request below
    reached the OpenAI provider with a 200, skipping identity and budgets."""
    doc = LAYERS[layer](_without_router(_load()))
    path = tmp_path / "no-router.yaml"
    path.write_text(yaml.safe_dump(doc))
    before = {n: _upstream_requests(s) for n, s in sims.items()}
    e = Envoy({n: s.port for n, s in sims.items()}, yaml_path=path)
    try:
        for cluster in ["openai", "fast_chain", "private"]:
            forged = {"x-llm-cluster": cluster, "x-llm-tier": "premium"}
            status, headers, body = post(e, hello("gpt-4o-mini"), headers=forged)
            assert status == 503, body
            if layer != "early-removal-only":
                assert _error(body)["code"] == "router_unavailable"
                assert headers["content-type"] == "application/json"
        stats = e.stats("upstream_rq_total")
        sent = {k: v for k, v in stats.items() if k.startswith("cluster.") and v not in ("", "0")}
        assert not sent, sent
    finally:
        e.stop()
    assert {n: _upstream_requests(s) for n, s in sims.items()} == before


def test_forged_router_stamp_is_refused_by_the_translator(sims, tmp_path):
    """A deployment that sends requests to the translator without the router in
    front (a fixed cluster, no router role): a client-written `__llm_router`
    stamp must not choose the route, max_tokens or ticket. Before the check the
    request below went out as route `smart` (gpt-4.1) with max_tokens 5."""
    doc = _without_router(_load())
    route = _chat_route(doc)
    route["match"].pop("filter_state")
    route["route"].pop("cluster_header")
    route["route"]["cluster"] = "openai"
    path = tmp_path / "translator-only.yaml"
    path.write_text(yaml.safe_dump(doc))
    e = Envoy({n: s.port for n, s in sims.items()}, yaml_path=path)
    try:
        forged = hello("gpt-4o-mini", __llm_router={"route": "smart", "ticket": 1, "max_tokens": 5})
        status, _, body = post(e, forged)
        assert status == 400, body
        assert _error(body)["param"] == "__llm_router"
        status, headers, body = post(e, hello("gpt-4o-mini"))
        assert status == 200, body
        assert headers["x-sim-received-model"] == "gpt-4o-mini"
    finally:
        e.stop()


def test_client_cluster_header_is_ignored_with_the_router(envoy, sims):
    status, headers, body = post(envoy, hello("fast"), headers={"x-llm-cluster": "openai"})
    assert status == 200, body
    assert headers["x-llm-provider"] == "anthropic", "the router's choice, not the client's"


# --- item 10: 405 on wrong methods ---------------------------------------------------------


def _request(envoy, method, path, headers=None):
    import urllib.error
    import urllib.request
    req = urllib.request.Request(envoy.base_url + path, method=method, headers=headers or {},
                                 data=b"{}" if method in ("PUT", "PATCH", "POST") else None)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


@pytest.mark.parametrize("method,path,allow", [
    ("GET", CHAT, "POST"), ("PUT", CHAT, "POST"), ("DELETE", CHAT, "POST"), ("PATCH", CHAT, "POST"),
    ("POST", "/v1/models", "GET"), ("DELETE", "/v1/models", "GET"),
    ("POST", "/v1/budgets", "GET"), ("PUT", "/v1/budgets", "GET"),
])
def test_wrong_method_is_405_with_allow(envoy, method, path, allow):
    status, headers, body = _request(envoy, method, path)
    assert status == 405, body
    assert headers["allow"] == allow
    assert headers["content-type"] == "application/json"
    err = _error(body)
    assert (err["type"], err["code"]) == ("invalid_request_error", "method_not_allowed")
    assert method in err["message"] and allow in err["message"]
    assert post(envoy, hello())[0] == 200, "the filter keeps serving"


# --- item 12: timeouts -----------------------------------------------------------------------


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_configs_bound_slow_clients(path):
    hcm = _hcm(_load(path))
    assert hcm["request_headers_timeout"] == "10s"
    assert hcm["request_timeout"] == "30s"
    assert hcm["stream_idle_timeout"] == "300s"
    mapper = hcm["local_reply_config"]["mappers"][0]
    assert mapper["filter"]["status_code_filter"]["comparison"]["value"]["default_value"] == 408


def _trickle(port, head: bytes, body: bytes, every_s: float, out: dict, key: str):
    """Sends `head` then `body` one byte every `every_s` seconds; records how
    long the connection lasted and what came back."""
    start = time.monotonic()
    got = b""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        try:
            s.sendall(head)
            for b in body:
                s.sendall(bytes([b]))
                s.settimeout(every_s)
                try:
                    chunk = s.recv(4096)
                    if not chunk:
                        break
                    got += chunk
                    break
                except socket.timeout:
                    pass
                if time.monotonic() - start > 50:
                    break
            s.settimeout(10)
            while True:
                chunk = s.recv(4096)
                if not chunk:
                    break
                got += chunk
        except OSError:
            pass
    out[key] = (time.monotonic() - start, got)


def test_slow_clients_are_cut_off(envoy):
    """One byte every 2 s: headers are cut at 10 s (request_headers_timeout),
    a body at 30 s (request_timeout) with a 408; neither holds a stream longer.
    Without these timeouts both were held for the whole 50 s of trickling."""
    body = json.dumps(hello()).encode()
    head = (f"POST {CHAT} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
            f"content-length: {len(body)}\r\n\r\n").encode()
    out = {}
    threads = [
        threading.Thread(target=_trickle, args=(envoy.port, b"", head, 2.0, out, "headers")),
        threading.Thread(target=_trickle, args=(envoy.port, head, body, 2.0, out, "body")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=90)
    took, got = out["headers"]
    assert 8 <= took <= 20, (took, got)
    took, got = out["body"]
    assert 28 <= took <= 40, (took, got)
    assert got.startswith(b"HTTP/1.1 408"), got[:200]
    head_, _, payload = got.partition(b"\r\n\r\n")
    assert b"content-type: application/json" in head_.lower()
    assert _error(payload)["code"] == "request_timeout", "OpenAI-shaped, like every answer"
    assert post(envoy, hello())[0] == 200


# --- item 9: failed gateway keys are throttled per source ---------------------------------------


def _post_from(envoy, source_ip: str, headers: dict):
    import http.client
    conn = http.client.HTTPConnection("127.0.0.1", envoy.port, timeout=30, source_address=(source_ip, 0))
    try:
        conn.request("POST", CHAT, body=json.dumps(hello()),
                     headers={"content-type": "application/json", **headers})
        r = conn.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        conn.close()


def test_failed_keys_are_throttled_per_source(sims):
    """The demo's 20 unknown keys a minute per address, then 429 for any key
    from there until the minute ends. Before: all 60 guesses got a 401."""
    if time.time() % 60 > 45:  # keep the burst inside one minute window
        time.sleep(61 - time.time() % 60)
    e = Envoy({n: s.port for n, s in sims.items()})
    before = {n: _upstream_requests(s) for n, s in sims.items()}
    try:
        answers = [_post_from(e, "127.0.0.1", {"authorization": f"Bearer sk-guess-{i}"}) for i in range(60)]
        codes = [(s, _error(b)["code"]) for s, _, b in answers]
        assert codes[:20] == [(401, "invalid_api_key")] * 20, codes[:21]
        assert codes[20:] == [(429, "too_many_failed_keys")] * 40, codes[20:]
        assert all(1 <= int(h["retry-after"]) <= 60 for _, h, _ in answers[20:])
        # A right key from the throttled address learns nothing either...
        s, _, b = _post_from(e, "127.0.0.1", {"authorization": "Bearer demo-key-alice"})
        assert (s, _error(b)["code"]) == (429, "too_many_failed_keys")
        # ...while a request without a key (anonymous is allowed in the demo)
        # and another address are served.
        assert _post_from(e, "127.0.0.1", {})[0] == 200
        s, _, b = _post_from(e, "127.0.0.2", {"authorization": "Bearer demo-key-alice"})
        assert s == 200, b
    finally:
        e.stop()
    after = {n: _upstream_requests(s) for n, s in sims.items()}
    assert sum(after.values()) - sum(before.values()) == 2, "no guess reached a provider"


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_key_configs_throttle_failed_keys(path):
    for p in _wasm_plugins(_load(path)):
        identity = json.loads(p["configuration"]["value"]).get("identity") or {}
        if identity.get("api_keys"):
            assert identity.get("failed_keys_per_minute", 20) > 0
            assert "failed_keys_per_minute" in identity, "say it where users look"
