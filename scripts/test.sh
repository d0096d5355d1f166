#!/usr/bin/env bash
# The test command (README): installs what the tests need from Debian (Chromium, PostgreSQL, GLPK, fonts — a Chinese one, so
# the browser tests lay pages out and take screenshots with the glyphs users see, not empty boxes),
# starts PostgreSQL, builds with warnings as errors and runs every test project. Ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need=()
for pkg in chromium postgresql libglpk40 glpk-utils fonts-dejavu-core fonts-wqy-microhei python3-scipy python3-networkx; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
scripts/start-postgres.sh

dotnet restore CircularPark.slnx
dotnet build CircularPark.slnx --no-restore -warnaserror
results=$(mktemp -d)
status=0
dotnet test CircularPark.slnx --no-build --logger "trx" --results-directory "$results" || status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
rm -rf "$results"
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
