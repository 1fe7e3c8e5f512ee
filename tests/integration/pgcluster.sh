#!/usr/bin/env bash
# A private, throw-away PostgreSQL cluster for tests.
#
#   pgcluster.sh start DIR   initdb + start in DIR, create database qadam_test, write the
#                            connection URL to DIR/url (postgresql://postgres@127.0.0.1:PORT/qadam_test)
#   pgcluster.sh stop DIR    stop the cluster and remove DIR
#
# Listens on 127.0.0.1 only, on a free port; its socket lives in DIR; trust authentication for
# the loopback and the socket only. PostgreSQL refuses to run as root: under root the cluster
# belongs to user "postgres" (runuser), otherwise to the current user. Binaries: $PG_BINDIR, or
# the newest /usr/lib/postgresql/*/bin (Debian's postgresql package, installed by setup.sh).
# Durability is off (fsync=off): this cluster holds test data only.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action=$1
dir=$2
[[ $dir == /* ]] || dir="$PWD/$dir"

find_bindir() {
    if [[ -n ${PG_BINDIR:-} ]]; then echo "$PG_BINDIR"; return; fi
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -z $d ]] && command -v pg_config >/dev/null; then d=$(pg_config --bindir); fi
    [[ -n $d && -x $d/initdb ]] || { echo "pgcluster: no PostgreSQL server binaries (initdb) found" >&2; exit 1; }
    echo "$d"
}

# Runs a command as the cluster's owner.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Where the cluster lives: DIR/data and DIR/run, or (see start_cluster) a /tmp directory named
# in DIR/tmpdir.
cluster_base() {
    if [[ -f $dir/tmpdir ]]; then cat "$dir/tmpdir"; else echo "$dir"; fi
}

stop_cluster() {
    local bindir base
    [[ -d $dir ]] || return 0
    base=$(cluster_base)
    if [[ -f $base/data/postmaster.pid ]]; then
        bindir=$(find_bindir)
        as_owner "$bindir/pg_ctl" -D "$base/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
            || as_owner "$bindir/pg_ctl" -D "$base/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [[ $base == /tmp/qadam-pg.* ]] && rm -rf "$base"
    rm -rf "$dir"
}

start_cluster() {
    local bindir base data sock port tries=0
    bindir=$(find_bindir)
    stop_cluster  # a leftover from an interrupted run
    trap 'stop_cluster' EXIT  # a failed start leaves nothing behind
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || { echo "pgcluster: running as root needs the user postgres" >&2; exit 1; }
        chown postgres: "$dir"
    fi
    # The cluster goes inside DIR unless its owner cannot reach DIR (a parent directory closed to
    # postgres) or the socket path would be too long for a Unix socket (107 bytes).
    base=$dir
    if ! as_owner test -w "$dir" 2>/dev/null || [[ ${#dir} -gt 80 ]]; then
        base=$(mktemp -d /tmp/qadam-pg.XXXXXX)
        [[ $(id -u) -eq 0 ]] && chown postgres: "$base"
        echo "$base" >"$dir/tmpdir"
    fi
    data=$base/data
    sock=$base/run
    as_owner mkdir -p "$sock"

    as_owner "$bindir/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 -A trust --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # Only the socket and the IPv4 loopback, no password: nothing else may connect.
    as_owner sh -c "cat >'$data/pg_hba.conf'" <<'EOF'
local all all trust
host  all all 127.0.0.1/32 trust
EOF
    while :; do
        port=$((20000 + RANDOM % 40000))
        if port_free "$port" && as_owner "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null; then
            break
        fi
        tries=$((tries + 1))
        if [[ $tries -ge 5 ]]; then
            echo "pgcluster: could not start PostgreSQL" >&2
            as_owner cat "$data/server.log" >&2 || true
            exit 1
        fi
    done
    as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres qadam_test
    echo "postgresql://postgres@127.0.0.1:$port/qadam_test" >"$dir/url"
    trap - EXIT
    echo "pgcluster: $(cat "$dir/url")"
}

case $action in
    start) start_cluster ;;
    stop) stop_cluster ;;
    *) usage ;;
esac
