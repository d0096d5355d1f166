#!/usr/bin/env bash
# Migrates (and, when empty, seeds) the PostgreSQL database named in an environment file, before nodes start or
# after a new release: deploy/migrate.sh [ENV_FILE] [CLI_DIR]
#   ENV_FILE default /etc/circularpark/circularpark.env   CLI_DIR default /opt/circularpark/cli
# The web nodes do not migrate PostgreSQL themselves (Database__MigrateAtStart stays false).
set -euo pipefail
env_file="${1:-/etc/circularpark/circularpark.env}"
cli="${2:-/opt/circularpark/cli}"
# Read as systemd's EnvironmentFile is, KEY=VALUE per line: values hold ';' (connection strings), so no shell `source`.
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in ''|'#'*) continue ;; esac
  export "${line%%=*}=${line#*=}"
done < "$env_file"
: "${ConnectionStrings__Postgres:?ConnectionStrings__Postgres is not set in $env_file}"
run() { dotnet "$cli/CircularPark.Cli.dll" --provider postgres --connection "$ConnectionStrings__Postgres" "$@"; }
run db migrate
run db seed
