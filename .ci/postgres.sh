# Sourced by .ci/run. Starts a throw-away PostgreSQL for the index/pgstore
# tests: a fresh cluster in a temporary directory, listening only on a Unix
# socket in that directory, with IPSMATCH_PG_URL exported for the tests. An
# EXIT trap stops the server and removes the directory, so the script stops
# what it started even when the tests fail. A URL already set is used as is.
# Works as root on a fresh Debian machine: postgresql is installed when no
# initdb is found, and the server runs as the postgres user the package makes.

pg_bindir() {
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return
  fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pg_start() {
  local bin
  bin="$(pg_bindir)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "== installing postgresql"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin="$(pg_bindir)"
  fi
  local as_pg=()
  if [ "$(id -u)" = 0 ]; then
    as_pg=(runuser -u postgres --) # initdb and postgres refuse to run as root
  fi
  PG_TMP="$(mktemp -d)"
  [ "$(id -u)" = 0 ] && chown postgres: "$PG_TMP"
  chmod 700 "$PG_TMP"
  trap pg_stop EXIT
  "${as_pg[@]}" "$bin/initdb" -D "$PG_TMP/data" -U postgres -A trust -E UTF8 \
    --locale=C --no-sync >"$PG_TMP/initdb.log" 2>&1 ||
    { cat "$PG_TMP/initdb.log"; return 1; }
  # A throw-away server: no TCP, no fsync; the socket lives in PG_TMP only.
  "${as_pg[@]}" "$bin/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -s \
    -o "-c listen_addresses='' -c unix_socket_directories='$PG_TMP' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start || { cat "$PG_TMP/server.log"; return 1; }
  PG_CTL=("${as_pg[@]}" "$bin/pg_ctl")
  export IPSMATCH_PG_URL="postgres:///postgres?host=$PG_TMP&user=postgres"
  echo "$("$bin/postgres" --version) on $PG_TMP"
}

pg_stop() {
  if [ -n "${PG_TMP:-}" ]; then
    "${PG_CTL[@]}" -D "$PG_TMP/data" -m immediate -s stop >/dev/null 2>&1 || true
    rm -rf "$PG_TMP"
    PG_TMP=
  fi
}

if [ -z "${IPSMATCH_PG_URL:-}" ]; then
  echo "== postgresql"
  pg_start
fi
