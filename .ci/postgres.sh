# Sourced by .ci/run. Starts a throw-away PostgreSQL for the index/pgstore
# tests: a fresh cluster in a temporary directory, listening only on a Unix
# socket in that directory, with IPSMATCH_PG_URL exported for the tests. An
# EXIT trap stops the server and removes the directory, so the script stops
# what it started even when the tests fail. A URL already set is used as is.
# Works as root on a fresh Debian machine: postgresql is installed when no
# initdb is found, and the server runs as the postgres user the package makes.

pg_bindir() {
  local d
  if d="$(command -v initdb)"; then
    dirname "$(readlink -f "$d")"
    return 0
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  return 0
}

# pg_install installs Debian's postgresql without letting the package start
# its own cluster: the tests use only the one started below.
pg_install() {
  echo "== installing postgresql"
  local policy=/usr/sbin/policy-rc.d made=
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && made=1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  if [ -n "$made" ]; then rm -f "$policy"; fi
}

pg_start() {
  local bin
  bin="$(pg_bindir)"
  if [ -z "$bin" ]; then
    pg_install
    bin="$(pg_bindir)"
    [ -n "$bin" ] || { echo "postgresql installed but no initdb found" >&2; return 1; }
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
