#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Run by hand: tests/bench/bench_campaign.sh [BUILD-DIR] [REQUESTS] [CONCURRENCY] [FAULTS]
#
# RECIPIENTS = REQUESTS x 200 unique numbers (default 500 requests: 100,000)
# sent to a fresh local sms-sandbox, once by `smsctl campaign run` (journaled,
# import and pre-flight of the CSV included) and once by the official Node.js
# SDK (tests/conformance) with the same requests at the same concurrency and
# no journal. Prints wall time, user + sys CPU time and peak RSS of each
# client process (GNU time), and the ratios. FAULTS goes to the sandbox's
# --faults, e.g. "*:latency=50" for a real network's round trip.
#
# The Node side only sends; smsctl also imports, pre-flights and journals
# the list first. So smsctl's send phase is shown on its own as well: the
# wall time of the runner and the process CPU time it added, from smsctl's
# own sms.campaign log lines (CPU time read with clock() at the end of the
# import and at the end of the run). The Node process's time includes its
# start-up and the SDK's loading (about 0.1-0.2 s).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
requests=${2:-500}
concurrency=${3:-4}
faults=${4:-}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

source "$here/bench_sandbox.sh"

write_recipients "$work/recipients.csv" "$requests"

# "wall user sys rss" of a command, from GNU time.
measure() {
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || true
    cat "$work/time" | tail -1
}

sandbox
read -r c_wall c_user c_sys c_rss < <(measure env QT_LOGGING_RULES="sms.campaign.info=true" \
    "$build/app/cli/smsctl" --endpoint "$endpoint" \
    campaign run --csv "$work/recipients.csv" --template $template --sign "$sign" \
    --app-id "$app_id" --concurrency "$concurrency" --journal "$work/journal.sqlite")
grep -E "^(accepted|refused|uncertain)" "$work/out" | tr '\n' ' '; echo
# "imported N rows in MS ms; process CPU time so far S s" and
# "campaign ID ran for MS ms, N requests; process CPU time so far S s"
phases=$(python3 - "$work/err" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
imp = re.search(r"imported \d+ rows in (\d+) ms; process CPU time so far ([\d.]+) s", text)
run = re.search(r"ran for (\d+) ms, \d+ requests; process CPU time so far ([\d.]+) s", text)
if imp and run:
    print(int(imp.group(1)) / 1000, float(imp.group(2)), int(run.group(1)) / 1000,
          float(run.group(2)) - float(imp.group(2)))
else:
    print("0 0 0 0")
PY
)
kill $sandbox_pid; wait $sandbox_pid 2>/dev/null || true

sandbox
read -r n_wall n_user n_sys n_rss < <(measure node "$here/bench_campaign_node.js" "$work/start.json" \
    $template "$sign" "$requests" "$concurrency")
cat "$work/out"
kill $sandbox_pid; wait $sandbox_pid 2>/dev/null || true

python3 - "$requests" "$concurrency" "$faults" $c_wall $c_user $c_sys $c_rss $n_wall $n_user $n_sys $n_rss $phases <<'PY'
import sys
r, c, faults = sys.argv[1], sys.argv[2], sys.argv[3] or "none"
cw, cu, cs, cr, nw, nu, ns, nr, iw, ic, sw, sc = map(float, sys.argv[4:])
print(f"{int(r) * 200} recipients, {r} requests, concurrency {c}, faults {faults}")
print(f"smsctl campaign run: wall {cw:.2f} s, cpu {cu + cs:.2f} s (user {cu:.2f} + sys {cs:.2f}), peak RSS {cr / 1024:.0f} MB")
print(f"node sdk:            wall {nw:.2f} s, cpu {nu + ns:.2f} s (user {nu:.2f} + sys {ns:.2f}), peak RSS {nr / 1024:.0f} MB")
print(f"ratios smsctl/node:  wall {cw / nw:.2f}, cpu {(cu + cs) / (nu + ns):.2f}")
if sw > 0:
    print(f"smsctl phases:       import + pre-flight wall {iw:.2f} s, cpu {ic:.2f} s; "
          f"send wall {sw:.2f} s, cpu {sc:.2f} s")
    print(f"send phase / node:   wall {sw / nw:.2f}, cpu {sc / (nu + ns):.2f}")
PY
