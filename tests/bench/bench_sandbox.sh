# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the send benchmarks: a fresh local sms-sandbox with the demo
# account, and a list of unique recipients. Expects $build, $work and
# $faults (may be empty); sets $sandbox_pid, $endpoint, $app_id and the
# TENCENTCLOUD_SECRET_ID/KEY the clients sign with.

# The demo account's approved notification template and signature.
template=200002
sign=沙盒科技

sandbox() {
    local args=(--demo --listen 127.0.0.1:0)
    [ -n "$faults" ] && args+=(--faults "$faults")
    "$build/app/sandbox/sms-sandbox" "${args[@]}" > "$work/start.json" 2> "$work/sandbox.log" &
    sandbox_pid=$!
    for _ in $(seq 100); do [ -s "$work/start.json" ] && break; sleep 0.05; done
    local field='import json,sys; print(json.loads(open(sys.argv[1]).readline())[sys.argv[2]])'
    endpoint=$(python3 -c "$field" "$work/start.json" endpoint)
    export TENCENTCLOUD_SECRET_ID=$(python3 -c "$field" "$work/start.json" secretId)
    export TENCENTCLOUD_SECRET_KEY=$(python3 -c "$field" "$work/start.json" secretKey)
    app_id=$(python3 -c "$field" "$work/start.json" appId)
}

# FILE gets REQUESTS x 200 unique numbers with three parameters.
write_recipients() { # FILE REQUESTS
    python3 - "$1" "$2" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("phone,name,order,when\n")
    for i in range(int(sys.argv[2]) * 200):
        f.write(f"139{i:08d},Li,A7,C\n")
PY
}
