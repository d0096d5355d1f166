#!/usr/bin/env bash
# Generates a migration for both providers: scripts/add-migration.sh NAME
# EF Design is not restorable from the package mirror; EfDesign=true makes the migration projects reference the
# downloaded DLL (see docs/adr/0002-two-database-providers.md). Never hand-edit the generated files.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do EfDesign=true dotnet restore src/CircularPark.Migrations.$provider >/dev/null; done
for provider in Sqlite Postgres; do
  project=src/CircularPark.Migrations.$provider
  EfDesign=true dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context AppDbContext --output-dir Migrations
done
