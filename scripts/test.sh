#!/usr/bin/env bash
# `npm test`: everything a change must pass, cheapest and fastest-failing first.
set -euo pipefail
export ASTRO_TELEMETRY_DISABLED=1 ASTRO_DISABLE_UPDATE_CHECK=true
npm run validate
npm run test:unit
npm run snippets
npm run check
npm run build
npm run test:dist
npm run test:e2e
