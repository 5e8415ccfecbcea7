#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for SECONDS each, seeded from
# tests/fixtures/. New inputs go to fuzz/corpus/<target> (not committed); a
# crash stops the run with the input saved in fuzz/artifacts/<target>/ and a
# non-zero exit. Inputs that once failed are kept in tests/fixtures/fuzz/
# (each target starts from them; `cargo test` runs them too). Usage: fuzz/run.sh SECONDS [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
secs=${1:-60}
shift || true
# cargo fuzz passes nightly-only flags (-Z...) to rustc; the stable toolchain
# accepts them with RUSTC_BOOTSTRAP=1. No sanitizer: the code has no
# `unsafe`, and what we look for are panics, which abort the run anyway.
export RUSTC_BOOTSTRAP=1
if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(cargo fuzz list); fi

seeds() {
  case $1 in
    chat_request | pii) echo "$root/tests/fixtures/requests" ;;
    config_document | pb_struct) echo "$root/tests/fixtures/config" ;;
    # Provider payloads: every fixture folder but the ones above.
    *) find "$root/tests/fixtures" -mindepth 1 -maxdepth 1 -type d \
         ! -name requests ! -name config ! -name fuzz | sort | tr '\n' ' ' ;;
  esac
}

cargo fuzz build -s none
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  echo "== fuzz $t for ${secs}s"
  log=$(mktemp)
  # shellcheck disable=SC2046
  if ! cargo fuzz run -s none "$t" "$root/fuzz/corpus/$t" $(seeds "$t") "$root/tests/fixtures/fuzz" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1; then
    grep -v '^WARNING' "$log" | tail -40
    rm -f "$log"
    echo "fuzz target $t failed: the input is in fuzz/artifacts/$t/"
    exit 1
  fi
  grep -E '^stat::number_of_executed_units' "$log" || true
  rm -f "$log"
done
