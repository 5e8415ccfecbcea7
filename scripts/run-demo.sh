#!/usr/bin/env bash
# `make run`: the demo. Starts the three provider simulators, checks that each
# one is listening on its own port (a leftover process holding a port would
# otherwise answer in its place), renders envoy/demo.yaml with absolute paths
# and runs Envoy in the foreground. Ctrl-C stops everything it started.
#
# Ports can be moved with environment variables (the defaults are the demo's):
#   LLM_DEMO_PORT=10000 LLM_DEMO_ADMIN_PORT=9901
#   LLM_DEMO_ANTHROPIC_PORT=8091 LLM_DEMO_OPENAI_PORT=8092 LLM_DEMO_PRIVATE_PORT=8093
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ENVOY=${ENVOY:-$ROOT/.venv/bin/envoy}
SIM=$ROOT/target/release/llm-sim
WASM=$ROOT/target/wasm32-wasip1/release/llm_router.wasm
LISTEN_PORT=${LLM_DEMO_PORT:-10000}
ADMIN_PORT=${LLM_DEMO_ADMIN_PORT:-9901}
# name, port, the key the demo config gives it (envoy/demo.yaml)
SIMS=(
  "anthropic ${LLM_DEMO_ANTHROPIC_PORT:-8091} demo-anthropic-key"
  "openai ${LLM_DEMO_OPENAI_PORT:-8092} demo-openai-key"
  "private ${LLM_DEMO_PRIVATE_PORT:-8093} demo-private-key"
)

for f in "$ENVOY" "$SIM" "$WASM"; do
  [[ -e $f ]] || { echo "make run: $f is missing (run \`make setup build\`)" >&2; exit 1; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/llm-demo.XXXXXX")
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Something already listening answers connections: name the port and stop.
busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
check_free() {
  if busy "$1"; then
    echo "make run: port 127.0.0.1:$1 ($2) is busy: another process listens there" \
         "(a leftover \`make run\`? \`ss -ltnp 'sport = :$1'\` shows it). Stop it or move the demo:" \
         "LLM_DEMO_*_PORT, see scripts/run-demo.sh." >&2
    exit 1
  fi
}
check_free "$LISTEN_PORT" "Envoy listener"
check_free "$ADMIN_PORT" "Envoy admin"
for s in "${SIMS[@]}"; do
  read -r name port _ <<<"$s"
  check_free "$port" "simulator $name"
done

# Start each simulator and wait for its "listening on" line; a simulator that
# exits instead (its port taken in the meantime, ...) is named with its error.
for s in "${SIMS[@]}"; do
  read -r name port key <<<"$s"
  "$SIM" --listen "127.0.0.1:$port" --name "$name" --require-key "$key" \
    >"$WORK/$name.out" 2>"$WORK/$name.err" &
  PIDS+=($!)
  pid=$!
  for _ in $(seq 100); do
    grep -q '^listening on ' "$WORK/$name.out" && break
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "make run: simulator $name did not start on 127.0.0.1:$port (port busy?): $(cat "$WORK/$name.err")" >&2
      exit 1
    fi
    sleep 0.1
  done
  grep -q '^listening on ' "$WORK/$name.out" || {
    echo "make run: simulator $name did not report listening on 127.0.0.1:$port within 10 s" >&2
    exit 1
  }
done

# The shipped YAML names the module by a path relative to the repository root;
# the rendered copy uses absolute paths, so it runs from any directory. Each
# line holds one port; `t` stops at the first substitution so ports never chain.
{
  echo "s#filename: target/wasm32-wasip1/release/llm_router.wasm#filename: $WASM#;t"
  echo "s#port_value: 10000 }#port_value: $LISTEN_PORT }#;t"
  echo "s#port_value: 9901 }#port_value: $ADMIN_PORT }#;t"
  for i in 0 1 2; do
    read -r _ port _ <<<"${SIMS[$i]}"
    echo "s#port_value: 809$((i + 1)) }#port_value: $port }#;t"
  done
} >"$WORK/ports.sed"
sed -f "$WORK/ports.sed" "$ROOT/envoy/demo.yaml" >"$WORK/demo.yaml"

echo "LLM router on http://127.0.0.1:$LISTEN_PORT (admin :$ADMIN_PORT; Ctrl-C stops it)"
echo "Metrics: http://127.0.0.1:$ADMIN_PORT/stats/prometheus  (Prometheus: deploy/observability/prometheus.yml; Grafana: deploy/observability/grafana-dashboard.json)"
echo "Access log: one JSON line per request below"
"$ENVOY" -c "$WORK/demo.yaml" --use-dynamic-base-id --log-level warn --component-log-level wasm:info \
  --file-flush-interval-msec 1000 &
PIDS+=($!)
wait "${PIDS[-1]}"
