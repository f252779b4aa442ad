#!/usr/bin/env bash
# Does trace recording slow the bulk run? Builds the benchmark twice, once as it is (a null check at
# every recording point) and once with every `this.trace?.…(…);` call cut out of the bundle, and runs
# both on 1,000,000 customers, alternating, printing the CPU time of each simulation.
# Run: bash test/bench/trace-overhead.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
npx esbuild test/bench/simulate.bench.ts --bundle --platform=node --format=esm --target=es2022 \
  --outfile="$out/with.mjs" --log-level=error
sed -E 's/this\.trace\?\.[a-zA-Z]+\([^;]*\);/;/g' "$out/with.mjs" >"$out/without.mjs"
if grep -q 'this\.trace?\.' "$out/without.mjs"; then
  echo "could not cut every recording point out of the bundle" >&2
  exit 1
fi
for round in $(seq "${1:-2}"); do
  for variant in with without; do
    echo "round $round, $variant recording points: $(node "$out/$variant.mjs" 1000000 | head -1)"
  done
done
