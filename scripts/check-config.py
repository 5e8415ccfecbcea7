#!/usr/bin/env python3
"""Checks what `envoy --mode validate` cannot: that an Envoy configuration and
the LLM router's plugin configuration agree.

    scripts/check-config.py envoy/demo.yaml
    curl -s 'localhost:9901/config_dump?include_eds' | scripts/check-config.py -

Input: an Envoy bootstrap (YAML or JSON), or the admin `/config_dump` output
(with `?include_eds` so endpoints from EDS are included). Checks:
- every endpoint's `llm_router.provider` metadata names a configured provider
  (otherwise requests that reach it get a 500, often only on failover);
- every route's `cluster` in the plugin configuration is an Envoy cluster,
  and every sub-cluster of an aggregate cluster exists;
- every endpoint of a cluster the routes use has the provider metadata;
- the router and translator plugins have the same configuration.
Exit status 1 and one line per problem when something is wrong.
Needs Python 3 and, for YAML input, PyYAML.
"""

import json
import sys

WASM = "type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm"
CLUSTER = "type.googleapis.com/envoy.config.cluster.v3.Cluster"
AGGREGATE = "type.googleapis.com/envoy.extensions.clusters.aggregate.v3.ClusterConfig"


def load(path: str):
    text = sys.stdin.read() if path == "-" else open(path).read()
    try:
        return json.loads(text)
    except ValueError:
        import yaml
        return yaml.safe_load(text)


def walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)


def plugin_configs(doc):
    """(root_id, configuration as a dict) of every llm_router/llm_translator plugin."""
    out = []
    for d in walk(doc):
        if d.get("@type") == WASM:
            cfg = d.get("config", {})
            conf = cfg.get("configuration", {})
            value = conf.get("value")
            if isinstance(value, str):
                try:
                    value = json.loads(value)
                except ValueError:
                    value = None
            out.append((cfg.get("root_id", ""), value))
    return [(r, v) for r, v in out if r in ("llm_router", "llm_translator")]


def clusters(doc):
    found = {}
    for c in (doc.get("static_resources") or {}).get("clusters", []) or []:
        found[c["name"]] = c
    for d in walk(doc):
        if d.get("@type") == CLUSTER and "name" in d:
            found[d["name"]] = d
    return found


def endpoints(doc, all_clusters):
    """cluster name -> list of (address, provider or None)."""
    out = {}
    assignments = [c["load_assignment"] for c in all_clusters.values() if "load_assignment" in c]
    assignments += [d for d in walk(doc) if "cluster_name" in d and "endpoints" in d]
    for la in assignments:
        for group in la.get("endpoints", []) or []:
            for lb in group.get("lb_endpoints", []) or []:
                sa = ((lb.get("endpoint") or {}).get("address") or {}).get("socket_address") or {}
                meta = ((lb.get("metadata") or {}).get("filter_metadata") or {}).get("llm_router") or {}
                address = f"{sa.get('address')}:{sa.get('port_value')}"
                out.setdefault(la["cluster_name"], []).append((address, meta.get("provider")))
    return out


def check(doc) -> list:
    problems = []
    plugins = plugin_configs(doc)
    if not plugins:
        return ["no llm_router or llm_translator wasm plugin found"]
    configs = [v for _, v in plugins]
    if any(v is None for v in configs):
        problems.append("a plugin configuration is not JSON (a Struct is fine in Envoy; this script reads JSON only)")
        return problems
    if any(json.dumps(v, sort_keys=True) != json.dumps(configs[0], sort_keys=True) for v in configs):
        problems.append("the router and translator plugins have different configurations")
    cfg = configs[0]
    providers = set((cfg.get("providers") or {}).keys())
    all_clusters = clusters(doc)
    eps = endpoints(doc, all_clusters)

    def leaves(name, seen=()):
        c = all_clusters.get(name)
        if c is None:
            return [name]
        ct = (c.get("cluster_type") or {}).get("typed_config") or {}
        if ct.get("@type") == AGGREGATE:
            out = []
            for sub in ct.get("clusters", []):
                if sub in seen:
                    continue
                if sub not in all_clusters:
                    problems.append(f"aggregate cluster `{name}` lists `{sub}`, which is not a cluster")
                    continue
                out += leaves(sub, seen + (name,))
            return out
        return [name]

    for route_name, route in sorted((cfg.get("routes") or {}).items()):
        cluster = route.get("cluster")
        if cluster not in all_clusters:
            problems.append(f"route `{route_name}`: cluster `{cluster}` is not an Envoy cluster")
            continue
        for leaf in leaves(cluster):
            for address, provider in eps.get(leaf, []):
                if provider is None:
                    problems.append(f"cluster `{leaf}` (route `{route_name}`): endpoint {address} has no "
                                    "`llm_router.provider` metadata")
    for cluster, items in sorted(eps.items()):
        for address, provider in items:
            if provider is not None and provider not in providers:
                problems.append(f"cluster `{cluster}`: endpoint {address} names provider `{provider}`, which is not "
                                f"in the configuration's `providers` ({', '.join(sorted(providers))})")
    return sorted(set(problems))


def main(argv) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check(load(argv[1]))
    for p in problems:
        print(f"{argv[1]}: {p}")
    if not problems:
        print(f"{argv[1]}: ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
