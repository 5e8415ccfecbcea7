# The two front doors: `make run` (demo: Envoy + filter + simulator, no keys)
# and `make test` (every test). Both install what they need on a fresh machine.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
WASM := target/wasm32-wasip1/release/llm_router.wasm
SIM := target/release/llm-sim
ENVOY := $(VENV)/bin/envoy

.PHONY: .rust-target .cargo-fuzz .prometheus .redis all run run-fleet test build setup lint unit e2e rules fuzz fuzz-smoke bench bench-native eval-pii clean eval-router train-router bench-router

all: build

# --- setup -------------------------------------------------------------------

$(VENV)/.installed: tests/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r tests/requirements.txt
	touch $@

.rust-target:
	@rustup target list --installed | grep -qx wasm32-wasip1 || rustup target add wasm32-wasip1

# Prometheus (and promtool) for the observability tests: the Debian package, only if missing.
.prometheus:
	@command -v prometheus >/dev/null && command -v promtool >/dev/null || \
	  (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends prometheus)

# Real Redis for the fleet tests (the rate limit service's store), from the OS packages.
.redis:
	@command -v redis-server >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null)

setup: $(VENV)/.installed .rust-target .prometheus .redis

# --- build -------------------------------------------------------------------

build: .rust-target
	cargo build --release --target wasm32-wasip1 -p llm-router
	cargo build --release -p llm-sim

# --- run the demo --------------------------------------------------------------

run: setup build
	ENVOY=$(abspath $(ENVOY)) scripts/run-demo.sh

# Two Envoys (10010, 10011) sharing budgets through one rate limit service and one
# Redis; ports apart from `make run`'s (tests/tools/run_fleet.py lists them).
run-fleet: setup build
	$(VENV)/bin/python tests/tools/run_fleet.py

# --- tests -------------------------------------------------------------------

test: setup build lint unit rules e2e fuzz-smoke

lint: .rust-target
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p llm-router --target wasm32-wasip1 --all-targets -- -D warnings

unit:
	cargo test --workspace
	$(PYTHON) eval/data/blind3_shape_test.py
	$(PYTHON) eval/data/blind4_shape_test.py
	$(PYTHON) eval/data/blind5_shape_test.py
	$(PYTHON) eval/data/blind6_shape_test.py
	$(PYTHON) eval/data/blind7_shape_test.py
	$(PYTHON) eval/data/blind8_shape_test.py
	$(PYTHON) eval/data/blind9_shape_test.py
	$(PYTHON) eval/data/cases_7_shape_test.py
	$(PYTHON) eval/data/cases_8_shape_test.py
	$(PYTHON) eval/data/cases_9_shape_test.py

# The Prometheus rules: syntax, and the alerts' unit tests with synthetic series.
rules: .prometheus
	promtool check rules deploy/observability/rules.yaml
	promtool test rules deploy/observability/rules_test.yaml
	promtool check config deploy/observability/prometheus.yml

# Real Envoy + the built .wasm + the simulator; also validates every shipped YAML.
e2e: setup build
	cargo build --release --target wasm32-wasip1 -p panic-filter
	cd tests/e2e && ../../$(VENV)/bin/pytest -q -p no:cacheprovider .

# Fuzz targets (fuzz/): `make fuzz` runs each for FUZZ_SECONDS; `make test`
# runs each for a few seconds so a change that panics on a seed or a nearby
# input fails the build. cargo-fuzz comes from crates.io and runs on the stable
# toolchain (fuzz/run.sh sets RUSTC_BOOTSTRAP=1 for its -Z flags).
FUZZ_SECONDS ?= 60
FUZZ_SMOKE_SECONDS ?= 4

.cargo-fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

fuzz: .cargo-fuzz
	fuzz/run.sh $(FUZZ_SECONDS)

fuzz-smoke: .cargo-fuzz
	fuzz/run.sh $(FUZZ_SMOKE_SECONDS)

# wrk from the OS packages when it can be had (the Python load generator's own
# ceiling makes the ratios meaningless); the empty filter is the wasm baseline.
bench: setup build bench-native bench-router
	@command -v wrk >/dev/null || (command -v apt-get >/dev/null && (apt-get install -y -qq wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null))) || echo "wrk not installed: falling back to Python threads"
	cargo build --release --target wasm32-wasip1 -p empty-filter
	$(VENV)/bin/python bench/bench.py
	$(VENV)/bin/python bench/pii_envoy.py
	$(VENV)/bin/python bench/body_envoy.py

# PII recall and precision by kind on eval/data/pii.jsonl (train and held-out test split).
eval-pii:
	cargo test --release --test pii_eval -- --nocapture

# Native CPU cost of the prompt scanners (PII detection) per KB; `make bench` runs it too.
bench-native:
	cargo run --release --example pii_bench

# --- the tier classifier (eval/) ----------------------------------------------

# The labelled set's held-out split through the router's own code, natively:
# accuracy, confusion matrix, under/over-routing, PII by kind, cost vs tier 2.
eval-router:
	cargo run --release -q -p router-eval --bin eval-router

# Rebuild the labelled set and retrain the built-in model (deterministic:
# `git diff` shows no change unless the set, features or trainer changed).
train-router:
	$(PYTHON) eval/data/make_set.py
	cargo run --release -q -p router-eval --bin train-router

# Native CPU µs of the routing decision for `model: "auto"`, 1.5 KB to 1 MB.
bench-router:
	cargo run --release -q -p router-eval --bin bench-router -- --prose all

clean:
	cargo clean
	rm -rf $(VENV)
