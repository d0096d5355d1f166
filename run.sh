#!/usr/bin/env bash
# The run command (README): builds what it needs (NuGet packages, the ECharts library from npm) and starts
# CircularPark on the embedded SQLite database (data/app/circularpark.db), migrated and seeded with the source
# documents' data on first start, in demo mode (the demo accounts of the README exist). Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")"
url="${CIRCULARPARK_URL:-http://127.0.0.1:5000}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/CircularPark.Web -v quiet -nologo
data="$PWD/data/app"
export ConnectionStrings__Sqlite="${ConnectionStrings__Sqlite:-Data Source=$data/circularpark.db}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" Demo__Enabled="${Demo__Enabled:-true}"
echo "CircularPark 园区循环化改造管理平台 → $url   (API: $url/api/docs · health: $url/health · Ctrl+C stops)"
exec dotnet run --project src/CircularPark.Web --no-build --no-launch-profile -- --urls "$url"
