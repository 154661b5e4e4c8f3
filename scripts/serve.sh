#!/bin/sh
# Serves the portal on http://localhost:${PORT:-3000}: installs dependencies if missing, builds, starts.
set -e
export NEXT_TELEMETRY_DISABLED=1
# The public origin goes into shared links, QR codes, canonical and hreflang links. Here it is this
# machine, said explicitly; a deployment sets its own (README, "Deploying").
export SITE_URL="${SITE_URL:-http://localhost:${PORT:-3000}}"
echo "Building for $SITE_URL"

[ -x node_modules/.bin/next ] || npm ci --no-audit --no-fund
npm run build
exec node scripts/server.mjs -p "${PORT:-3000}"
