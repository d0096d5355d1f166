#!/usr/bin/env bash
# Starts the local PostgreSQL 15 cluster (Debian) and creates the role the tests and the dev config use.
# Safe to run again: it only does what is missing. Needs root (as on CI and the dev machines).
set -euo pipefail
[ -n "$(pg_lsclusters -h 2>/dev/null)" ] || pg_createcluster 15 main >/dev/null
pg_lsclusters -h | grep -q online || pg_ctlcluster 15 main start
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='app') THEN CREATE ROLE app LOGIN PASSWORD 'app' CREATEDB; END IF; END\$\$;"
# Tests drop their databases WITH (FORCE), which must be able to end other sessions (e.g. autovacuum) in them.
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -c "GRANT pg_signal_backend TO app;"
