#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Run by hand: tests/bench/bench_reconcile.sh [BUILD-DIR] [NUMBERS] [CONCURRENCY]
#
# NUMBERS (default 1,000) recipients sent by `smsctl campaign run` to a
# local sms-sandbox that carries out every SendSms and then closes the
# connection without answering ("drop after commit"): every batch ends
# uncertain. After a pause (the receipts arrive 2-8 s after a send), the same
# sandbox is asked what happened by `smsctl campaign reconcile`; prints its
# wall time, its summary (every number should be accepted, none uncertain)
# and how many answers were RequestLimitExceeded, from smsctl's sms.api log.
# SMSCTL=PATH runs another smsctl (an earlier build, to compare).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
numbers=${2:-1000}
concurrency=${3:-4}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

"$build/app/sandbox/sms-sandbox" --demo --listen 127.0.0.1:0 --faults "SendSms:drop=1" \
    > "$work/start.json" 2> "$work/sandbox.log" &
for _ in $(seq 100); do [ -s "$work/start.json" ] && break; sleep 0.05; done
field() { python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())[sys.argv[2]])' "$work/start.json" "$1"; }
endpoint=$(field endpoint)
app_id=$(field appId)
export TENCENTCLOUD_SECRET_ID=$(field secretId)
export TENCENTCLOUD_SECRET_KEY=$(field secretKey)

python3 - "$work/recipients.csv" "$numbers" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("phone,name,order,when\n")
    for i in range(int(sys.argv[2])):
        f.write(f"139{i:08d},Li,A7,C\n")
PY

smsctl() { "${SMSCTL:-$build/app/cli/smsctl}" --endpoint "$endpoint" "$@"; }
smsctl campaign run --csv "$work/recipients.csv" --template 200002 --sign 沙盒科技 \
    --app-id "$app_id" --concurrency "$concurrency" --journal "$work/journal.sqlite" \
    > "$work/run.out" 2> "$work/run.err" || true
echo "run: $(grep -E '^(accepted|refused|uncertain)' "$work/run.out" | tr '\n' ' ')"
sleep 9
campaign=$(smsctl campaign list --journal "$work/journal.sqlite" | head -1 | cut -f1)
start=$(date +%s.%N)
QT_LOGGING_RULES="sms.api.info=true" \
    smsctl campaign reconcile --campaign "$campaign" --journal "$work/journal.sqlite" \
    > "$work/reconcile.out" 2> "$work/reconcile.err" || true
end=$(date +%s.%N)
echo "reconcile: $(grep -E '^(accepted|refused|uncertain|queued|requeued)' "$work/reconcile.out" | tr '\n' ' ')"
python3 -c "import sys; print(f'reconcile wall {float(sys.argv[2]) - float(sys.argv[1]):.2f} s for {sys.argv[3]} numbers')" "$start" "$end" "$numbers"
echo "RequestLimitExceeded answers: $(grep -c 'after RequestLimitExceeded' "$work/reconcile.err" || true)"
grep -v '^sms\.api\|^sms.api' "$work/reconcile.err" | tail -3
