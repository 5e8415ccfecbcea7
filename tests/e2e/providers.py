"""An Envoy config for the provider tests: the demo's listener and filters,
with one cluster per provider under test (each a copy of the demo's `openai`
cluster with its own endpoint metadata) and aggregate clusters for chains.
Kept apart from harness.py so the demo stays the demo."""

import copy
import json
import tempfile

import yaml

from harness import DEMO, Envoy, Simulator

KEY = "demo-openai-key"  # every simulator here requires it; SIM_OPENAI_KEY in the demo's VM env


def build_yaml(providers: list, chains: dict) -> str:
    """`providers`: cluster names (each cluster's endpoint names the provider of
    the same name); `chains`: aggregate cluster name -> provider clusters in order."""
    with open(DEMO) as f:
        doc = yaml.safe_load(f)
    clusters = doc["static_resources"]["clusters"]
    template = next(c for c in clusters if c["name"] == "openai")
    chain_template = next(c for c in clusters if c["name"] == "fast_chain")
    out = []
    for name in providers:
        c = copy.deepcopy(template)
        c["name"] = name
        c.pop("outlier_detection", None)  # failing on purpose must not eject a provider
        c["load_assignment"]["cluster_name"] = name
        ep = c["load_assignment"]["endpoints"][0]["lb_endpoints"][0]
        ep["metadata"]["filter_metadata"]["llm_router"]["provider"] = name
        out.append(c)
    for name, members in chains.items():
        c = copy.deepcopy(chain_template)
        c["name"] = name
        c["cluster_type"]["typed_config"]["clusters"] = members
        out.append(c)
    doc["static_resources"]["clusters"] = out
    f = tempfile.NamedTemporaryFile("w", prefix="providers-", suffix=".yaml", delete=False)
    yaml.safe_dump(doc, f)
    f.close()
    return f.name


def plugin_config(providers: dict, routes: dict) -> dict:
    """`providers`: name -> provider settings; `routes`: model name -> (cluster, {provider: model})."""
    return {
        "providers": providers,
        "routes": {m: {"cluster": c, "models": ms} for m, (c, ms) in routes.items()},
        "models": {m: {"route": m} for m in routes},
    }


class Setup:
    """Simulators (one per provider, each started with `sim_args[name]`) and an Envoy."""

    def __init__(self, providers: dict, routes: dict, chains: dict | None = None, sim_args: dict | None = None,
                 env: dict | None = None):
        self.sims = {n: Simulator(n, "--require-key", KEY, *(sim_args or {}).get(n, ())) for n in providers}
        try:
            path = build_yaml(list(providers), chains or {})
            self.envoy = Envoy({n: s.port for n, s in self.sims.items()}, plugin_config(providers, routes),
                               env=env, yaml_path=path)
        except Exception:
            self.stop_sims()
            raise

    def stop_sims(self):
        for s in self.sims.values():
            s.stop()

    def stop(self):
        self.envoy.stop()
        self.stop_sims()


def dumps(v) -> str:
    return json.dumps(v)
