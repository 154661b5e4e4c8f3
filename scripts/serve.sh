#!/bin/sh
# Serves the portal on http://localhost:${PORT:-3000}: installs dependencies if missing, builds, starts.
set -e
export NEXT_TELEMETRY_DISABLED=1
[ -x node_modules/.bin/next ] || npm ci --no-audit --no-fund
npm run build
exec node_modules/.bin/next start -p "${PORT:-3000}"
