#!/usr/bin/env bash
# The one quality gate (README's test command and .ci/run): types, lint, format, unit and
# component tests, then browser tests in real Chromium against the production build.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s ==\n' "$1"; }
step typecheck; npm run -s typecheck
step lint; npm run -s lint
step format; npm run -s format:check
step "unit and component tests"; npx vitest run
step "browser tests"; bash test/ensure-chromium.sh; npx playwright test -c test/e2e
