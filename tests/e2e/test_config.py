"""Configuration: every shipped Envoy YAML validates; a bad plugin config is
refused with the offending field named; switching a model's provider dialect is
a config change only."""

import copy
import json
import os
import subprocess
import tempfile

import pytest
import yaml

from harness import DEMO, ENVOY, ROOT, WASM, Envoy, Simulator, _plugin_configs, demo_config
from test_chat import client, hello, post


def validate(doc: dict, env=None):
    text = yaml.safe_dump(doc).replace("target/wasm32-wasip1/release/llm_router.wasm", str(WASM))
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
        f.write(text)
    try:
        return subprocess.run([str(ENVOY), "--mode", "validate", "-c", f.name, "--use-dynamic-base-id"],
                              capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})
    finally:
        os.unlink(f.name)


def demo_with_plugin_config(cfg) -> dict:
    with open(DEMO) as f:
        doc = yaml.safe_load(f)
    for c in _plugin_configs(doc):
        c["value"] = cfg if isinstance(cfg, str) else json.dumps(cfg)
    return doc


def test_demo_config_validates():
    r = validate(demo_with_plugin_config(demo_config()))
    assert r.returncode == 0, r.stdout + r.stderr


BAD = [
    (lambda c: c["providers"]["anthropic"].update(dialect="antropic"), "providers.anthropic.dialect"),
    (lambda c: c["models"]["fast"].update(route="nowhere"), "models.fast.route"),
    (lambda c: c["routes"]["fast"]["models"].update(gemini="gemini-2.5-flash"), "routes.fast.models.gemini"),
    (lambda c: c.update(max_request_body_bytes=-1), "max_request_body_bytes"),
    (lambda c: c.update(unknown_knob=True), "unknown_knob"),
    (lambda c: c["providers"]["openai"].update(api_key_env="NOT_SET_ANYWHERE"), "providers.openai.api_key_env"),
    (lambda c: c["classifier"].update(tiers=["nano", "economy", "premium", "gold"]), "classifier.tiers[3]"),
    (lambda c: c["classifier"].update(min_confidence=2), "classifier.min_confidence"),
    (lambda c: c["rules"][1]["when"].update(any=[]), "rules[1].when.any"),
]


@pytest.mark.parametrize("mutate,field", BAD, ids=[f for _, f in BAD])
def test_bad_plugin_config_is_refused_naming_the_field(mutate, field):
    cfg = copy.deepcopy(demo_config())
    mutate(cfg)
    r = validate(demo_with_plugin_config(cfg))
    out = r.stdout + r.stderr
    assert r.returncode != 0
    assert f"invalid configuration at `{field}" in out, out[-2000:]


def test_config_that_is_not_json_is_refused():
    r = validate(demo_with_plugin_config("providers: {}"))
    assert r.returncode != 0
    assert "invalid configuration at `(root)`" in r.stdout + r.stderr


@pytest.mark.parametrize("route,provider,model", [("openai-only", "openai", "gpt-4o-mini"),
                                                   ("anthropic-only", "anthropic", "claude-haiku-4-5")])
def test_switching_provider_is_a_config_change(route, provider, model):
    """The same client code gets the same answer shape whichever dialect serves `fast`."""
    cfg = demo_config()
    cfg["models"]["fast"]["route"] = route
    sims = {"anthropic": Simulator("anthropic", "--require-key", "demo-anthropic-key"),
            "openai": Simulator("openai", "--require-key", "demo-openai-key")}
    e = Envoy({n: s.port for n, s in sims.items()}, plugin_config=cfg)
    try:
        status, headers, body = post(e, hello("fast", "switch"))
        assert status == 200
        assert headers["x-llm-provider"] == provider
        assert json.loads(body)["choices"][0]["message"]["content"] == f"Echo from {model}: switch"
        chunks = list(client(e).chat.completions.create(
            model="fast", messages=[{"role": "user", "content": "switch"}], stream=True))
        assert "".join(c.choices[0].delta.content or "" for c in chunks) == f"Echo from {model}: switch"
    finally:
        e.stop()
        for s in sims.values():
            s.stop()


def test_every_shipped_yaml_validates():
    files = sorted((ROOT / "envoy").glob("*.yaml")) + sorted((ROOT / "examples").glob("*.yaml"))
    assert files
    for path in files:
        with open(path) as f:
            doc = yaml.safe_load(f)
        r = validate(doc, env={"OPENAI_API_KEY": "x", "ANTHROPIC_API_KEY": "x"})
        assert r.returncode == 0, f"{path}: {(r.stdout + r.stderr)[-2000:]}"


def test_configuration_as_plain_yaml_struct(sims):
    """`google.protobuf.Struct` instead of a JSON string: the same behaviour."""
    e = Envoy({n: s.port for n, s in sims.items()}, as_struct=True)
    try:
        status, headers, body = post(e, hello("smart", "as yaml"), headers={"authorization": "Bearer demo-key-alice"})
        assert status == 200, body
        assert (headers["x-llm-tier"], headers["x-llm-provider"]) == ("premium", "openai")
    finally:
        e.stop()


def test_bad_struct_configuration_names_the_field():
    with open(DEMO) as f:
        doc = yaml.safe_load(f)
    cfg = demo_config()
    cfg["tiers"][0]["route"] = "nowhere"
    for c in _plugin_configs(doc):
        c["@type"] = "type.googleapis.com/google.protobuf.Struct"
        c["value"] = cfg
    r = validate(doc)
    assert r.returncode != 0
    assert "invalid configuration at `tiers[0].route`" in r.stdout + r.stderr


def test_endpoint_without_provider_metadata_is_a_clear_500(sims, tmp_path):
    """A misconfigured cluster: the translator says what is missing, and nothing else breaks."""
    with open(DEMO) as f:
        doc = yaml.safe_load(f)
    for cluster in doc["static_resources"]["clusters"]:
        if cluster["name"] == "openai":
            del cluster["load_assignment"]["endpoints"][0]["lb_endpoints"][0]["metadata"]
    path = tmp_path / "no-metadata.yaml"
    path.write_text(yaml.safe_dump(doc))
    e = Envoy({n: s.port for n, s in sims.items()}, yaml_path=path)
    try:
        status, _, body = post(e, hello("gpt-4o-mini"))
        assert status == 500
        assert "llm_router.provider" in json.loads(body)["error"]["message"]
        assert post(e, hello("fast"))[0] == 200
    finally:
        e.stop()
