#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Run by hand: tests/bench/bench_team.sh [BUILD-DIR] [REQUESTS] [CONCURRENCY] [FAULTS]
#
# The shared store's price: RECIPIENTS = REQUESTS x 200 unique numbers (default
# 500 requests: 100,000) sent to a fresh local sms-sandbox three times:
#   sqlite   one `smsctl campaign run` on the profile's SQLite file
#   pg-1     one `smsctl --store URL campaign run` on a PostgreSQL database
#   pg-2     the same, with a second smsctl resuming the same campaign as soon
#            as the first has imported it: the two share the batches
#   pg-floor the same rows' three writes as three SQL statements run by the
#            server alone: the least the schema can cost PostgreSQL
# The PostgreSQL server is a throwaway cluster (initdb in a temporary folder,
# a Unix socket, default settings: fsync and synchronous_commit on), on the
# same two cores as the clients. Prints each run's wall time (from the first
# client's start to the last one's end), the send phase's wall time (from
# smsctl's own sms.campaign lines), the clients' CPU time and the database
# server's CPU time (its processes' user + sys, children included), and every
# number's fate by the sandbox's count.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
requests=${2:-500}
concurrency=${3:-4}
faults=${4:-}
smsctl="$build/app/cli/smsctl"
work=$(mktemp -d)
chmod 755 "$work"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "bench_team: no PostgreSQL server binaries (install postgresql)" >&2; exit 2; }
as_pg=()
pguser=$(id -un)
if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); pguser=postgres; fi
cleanup() {
    kill $(jobs -p) 2>/dev/null || true
    [ -d "$work/pg" ] && "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
# SMS_BENCH_KEEP=1 leaves the cluster running and says where, for a look at
# pg_stat_statements (SMS_BENCH_PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements").
if [ -n "${SMS_BENCH_KEEP:-}" ]; then trap - EXIT; fi

mkdir "$work/pg" "$work/sock" && chown "$pguser" "$work/pg" "$work/sock"
"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -U "$pguser" -A trust -E UTF8 --no-locale >/dev/null
port=$((20000 + RANDOM % 20000))
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
    -o "-k $work/sock -p $port -c listen_addresses='' ${SMS_BENCH_PG_OPTIONS:-}" start >/dev/null
postmaster=$(head -1 "$work/pg/postmaster.pid")
new_store() { # name
    psql -h "$work/sock" -p $port -U "$pguser" -d postgres -qc "CREATE DATABASE $1" >/dev/null
    echo "postgresql://$pguser@/$1?host=$work/sock&port=$port"
}
# The server's CPU seconds so far: the postmaster's own and its reaped
# children's (each connection is a child that ends with its client).
server_cpu() {
    awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15 + $16 + $17) / hz }' /proc/$postmaster/stat
}

source "$here/bench_sandbox.sh"

write_recipients "$work/recipients.csv" "$requests"

# smsctl with its campaign log lines on; "$1" names the run's files.
client() {
    local name=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" \
        env QT_LOGGING_RULES="sms.campaign.info=true" "$smsctl" --endpoint "$endpoint" "$@" \
        > "$work/$name.out" 2> "$work/$name.err" || true
}
run_args() {
    echo campaign run --csv "$work/recipients.csv" --template $template --sign "$sign" \
        --app-id "$app_id" --concurrency "$concurrency"
}
# "send_ms" of a client: from smsctl's "ran for MS ms" line.
send_ms() {
    grep -oE "ran for [0-9]+ ms" "$work/$1.err" | tail -1 | grep -oE "[0-9]+" || echo 0
}
calc() { awk "BEGIN { print $* }"; }
cpu_of() { tail -1 "$work/$1.time" | awk '{ print $2 + $3 }'; }
counts() { grep -E "^(accepted|refused|uncertain)" "$work/$1.out" | tr '\n' ' '; }

report() { # label wall send_s clients_cpu server_cpu
    printf "%-7s wall %6.2f s  send %6.2f s  clients cpu %6.2f s  server cpu %6.2f s\n" "$@"
}

# 1. SQLite
sandbox
start=$(date +%s.%N)
client sqlite $(run_args) --journal "$work/journal.sqlite"
end=$(date +%s.%N)
echo "sqlite: $(counts sqlite)"
report sqlite "$(calc "$end - $start")" "$(calc "$(send_ms sqlite) / 1000")" \
    "$(cpu_of sqlite)" 0 | tee "$work/summary"
kill $sandbox_pid; wait $sandbox_pid 2>/dev/null || true

# 2. PostgreSQL, one client
sandbox
store=$(new_store one)
before=$(server_cpu)
start=$(date +%s.%N)
client pg1 --store "$store" $(run_args)
end=$(date +%s.%N)
after=$(server_cpu)
echo "pg-1: $(counts pg1)"
report pg-1 "$(calc "$end - $start")" "$(calc "$(send_ms pg1) / 1000")" \
    "$(cpu_of pg1)" "$(calc "$after - $before")" | tee -a "$work/summary"
kill $sandbox_pid; wait $sandbox_pid 2>/dev/null || true

# 3. PostgreSQL, two clients on one campaign
sandbox
store=$(new_store two)
before=$(server_cpu)
start=$(date +%s.%N)
client pg2a --store "$store" $(run_args) &
first=$!
# The second joins once the first has imported and started sending.
for _ in $(seq 600); do
    grep -q "imported .* rows" "$work/pg2a.err" 2>/dev/null && break
    sleep 0.05
done
campaign=$("$smsctl" --store "$store" campaign list 2>/dev/null | awk 'NR==1 { print $1 }')
client pg2b --store "$store" campaign resume --campaign "$campaign" --concurrency "$concurrency"
wait $first || true
end=$(date +%s.%N)
after=$(server_cpu)
echo "pg-2: first $(counts pg2a)/ second $(counts pg2b)"
report pg-2 "$(calc "$end - $start")" \
    "$(calc "($(send_ms pg2a) > $(send_ms pg2b) ? $(send_ms pg2a) : $(send_ms pg2b)) / 1000")" \
    "$(calc "$(cpu_of pg2a) + $(cpu_of pg2b)")" "$(calc "$after - $before")" \
    | tee -a "$work/summary"
# The campaign as both left it (exit 3: one number is on the sandbox's blacklist).
{ "$smsctl" --store "$store" campaign status --campaign "$campaign" 2>/dev/null || true; } \
    | grep -E "^(accepted|refused|uncertain)" | tr '\n' ' '
echo
kill $sandbox_pid; wait $sandbox_pid 2>/dev/null || true

# 4. The floor: the same three writes per recipient (the import's insert, the
# claim, the answer) as three set-based statements run by the server alone,
# no client, no protocol, no transaction per batch: what the store's schema
# (its table and indexes) costs PostgreSQL at the least.
store=$(new_store floor)
"$smsctl" --store "$store" campaign list >/dev/null 2>&1 || true # creates the schema
before=$(server_cpu)
start=$(date +%s.%N)
psql -h "$work/sock" -p $port -U "$pguser" -d floor -q -v n=$((requests * 200)) <<'SQL'
INSERT INTO campaigns (name, created, template_id, app_id) VALUES ('floor', 0, '1', '1');
INSERT INTO recipients (campaign_id, source_row, input, phone, params, market, state)
    SELECT 1, g, '138' || lpad(g::text, 8, '0'), '+86138' || lpad(g::text, 8, '0'),
           'Li' || chr(31) || g, 0, 0 FROM generate_series(1, :n) g;
UPDATE recipients SET state = 1, batch_id = id / 200 + 1, sent_at = 1790000000000 + id / 200;
UPDATE recipients SET state = 2, serial_no = 'floor-' || id, fee = 1, code = 'Ok',
    message = 'send success';
SQL
end=$(date +%s.%N)
# The session's CPU counts once the server has reaped its process.
for _ in $(seq 100); do
    [ "$(psql -h "$work/sock" -p $port -U "$pguser" -d postgres -Atc \
        "SELECT count(*) FROM pg_stat_activity WHERE datname = 'floor'")" = 0 ] && break
    sleep 0.05
done
after=$(server_cpu)
printf "%-7s wall %6.2f s  server cpu %6.2f s  (three statements on the server, no client)\n" \
    pg-floor "$(calc "$end - $start")" "$(calc "$after - $before")"

echo "$((requests * 200)) recipients, $requests requests, concurrency $concurrency, faults ${faults:-none}"
python3 - "$work/summary" <<'PY'
import sys
import re
rows = {l.split()[0]: [float(x) for x in re.findall(r"\d+\.\d+", l)] for l in open(sys.argv[1])}
base = rows["sqlite"]
for name in ("pg-1", "pg-2"):
    r = rows[name]
    print(f"{name} / sqlite: wall {r[0] / base[0]:.2f}x, send {r[1] / base[1]:.2f}x")
PY
