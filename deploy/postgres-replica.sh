#!/usr/bin/env bash
# A streaming read replica of the CircularPark database for the officials' reports (ADR 0092), Debian PostgreSQL, as root.
#   on the primary:  deploy/postgres-replica.sh primary STANDBY_ADDRESS
#       a replication role, a physical replication slot, a pg_hba line for the standby, reload (wal_level=replica and
#       10 WAL senders are the defaults)
#   on the standby:  deploy/postgres-replica.sh standby PRIMARY_HOST
#       REPLACES the local cluster's data with a base backup of the primary that then follows it (hot standby, read-only)
# Then set ConnectionStrings__PostgresReports on every node to the standby (circularpark.env) and restart the nodes.
# Environment: PG_VERSION (15) PG_CLUSTER (main) PG_PORT (5432, the local cluster) PRIMARY_PORT (5432)
#   REPLICATION_USER (replicator) REPLICATION_PASSWORD (required) SLOT (circularpark_reports, the primary's slot for it)
set -euo pipefail
mode="${1:?usage: $0 primary STANDBY_ADDRESS | standby PRIMARY_HOST}"
peer="${2:?usage: $0 primary STANDBY_ADDRESS | standby PRIMARY_HOST}"
version="${PG_VERSION:-15}" cluster="${PG_CLUSTER:-main}" port="${PG_PORT:-5432}"
user="${REPLICATION_USER:-replicator}" slot="${SLOT:-circularpark_reports}"
: "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD (the same on both hosts)}"
psql_local() { runuser -u postgres -- psql -q -X -v ON_ERROR_STOP=1 -p "$port" "$@"; }

case "$mode" in
  primary)
    # The slot keeps the primary's WAL until the standby has it: a standby down for long fills the primary's disk —
    # drop the slot (SELECT pg_drop_replication_slot('circularpark_reports')) when a standby is retired.
    psql_local -o /dev/null -v user="$user" -v password="$REPLICATION_PASSWORD" -v slot="$slot" <<'SQL'
SELECT format('CREATE ROLE %I REPLICATION LOGIN PASSWORD %L', :'user', :'password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I REPLICATION LOGIN PASSWORD %L', :'user', :'password') \gexec
SELECT pg_create_physical_replication_slot(:'slot') WHERE NOT EXISTS (SELECT FROM pg_replication_slots WHERE slot_name = :'slot');
SQL
    hba="/etc/postgresql/$version/$cluster/pg_hba.conf"
    case "$peer" in */*) net="$peer" ;; *:*) net="$peer/128" ;; *) net="$peer/32" ;; esac
    line="host replication $user $net scram-sha-256"
    grep -qxF "$line" "$hba" || echo "$line" >> "$hba"
    psql_local -c "SELECT pg_reload_conf()" >/dev/null
    echo "primary ready for a standby at $net: replication role $user, $hba; listen_addresses must include an address the standby reaches"
    ;;
  standby)
    data=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $6 }')
    [ -n "$data" ] || pg_createcluster "$version" "$cluster" --port "$port" >/dev/null
    data=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $6 }')
    pg_ctlcluster "$version" "$cluster" stop >/dev/null 2>&1 || true
    # The cluster's data is kept in DATA.old until the copy is complete (and stays there when it fails).
    rm -rf "${data:?}.old" && mv "$data" "$data.old" && install -d -o postgres -g postgres -m 0700 "$data"
    PGPASSWORD="$REPLICATION_PASSWORD" runuser -u postgres --preserve-environment -- pg_basebackup \
      -h "$peer" -p "${PRIMARY_PORT:-5432}" -U "$user" -D "$data" -R -X stream -S "$slot" --checkpoint=fast
    rm -rf "$data.old"
    pg_ctlcluster "$version" "$cluster" start
    for _ in $(seq 1 60); do
      [ "$(psql_local -tAc 'SELECT pg_is_in_recovery()' 2>/dev/null)" = t ] && break
      sleep 1
    done
    [ "$(psql_local -tAc 'SELECT pg_is_in_recovery()')" = t ] || { echo "the standby did not start in recovery" >&2; exit 1; }
    echo "standby $version/$cluster on port $port follows $peer (slot $slot); lag: SELECT now() - pg_last_xact_replay_timestamp();"
    ;;
  *) echo "usage: $0 primary STANDBY_ADDRESS | standby PRIMARY_HOST" >&2; exit 2 ;;
esac
