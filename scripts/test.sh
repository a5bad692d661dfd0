#!/usr/bin/env bash
# `npm test`: everything a change must pass, cheapest and fastest-failing first.
set -euo pipefail
export ASTRO_TELEMETRY_DISABLED=1 ASTRO_DISABLE_UPDATE_CHECK=true
# Each phase's wall time goes into one summary at the end: `npm test` must stay under 15 minutes.
timings=()
phase() {
  local started=$SECONDS
  npm run "$1"
  timings+=("$(printf '%-10s %4d s' "$1" $((SECONDS - started)))")
}
trap 'printf "\nphases:\n"; printf "  %s\n" "${timings[@]}"; printf "  %-10s %4d s\n" total "$SECONDS"' EXIT
for p in validate test:unit snippets check build test:dist test:e2e; do phase "$p"; done
