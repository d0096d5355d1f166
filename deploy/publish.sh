#!/usr/bin/env bash
# Publishes the web app and the circularpark command for Linux x64 (framework-dependent: the server needs the
# ASP.NET Core 10 runtime): deploy/publish.sh [OUT]   (default OUT: artifacts/publish)
# Copy OUT/web and OUT/cli to /opt/circularpark/ on each node (see README, "Production deployment").
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/publish}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rm -rf "$out/web" "$out/cli"
# -r linux-x64: only the native SQLite of this platform, not every RID's (about 88 MB more).
dotnet publish src/CircularPark.Web -c Release -r linux-x64 --self-contained false -o "$out/web" -nologo -v quiet
dotnet publish src/CircularPark.Cli -c Release -r linux-x64 --self-contained false -o "$out/cli" -nologo -v quiet
echo "Published: $out/web (CircularPark.Web.dll) and $out/cli (CircularPark.Cli.dll)"
