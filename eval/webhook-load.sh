#!/usr/bin/env bash
# Webhook acknowledgement under load, three processes as in production: the fake Zendesk (test scope), `serve` from
# the jar with the Zendesk integration on (jobs triage with the real pipeline and post notes to the fake), and an
# open-loop load generator sending signed webhooks at RATE/s for SECONDS. Prints ack latency percentiles and how many
# jobs the worker finished meanwhile. Run from the repository root:  eval/webhook-load.sh [RATE] [SECONDS]
# Env: HEAP (serve's -Xmx, default 1g), SERVE_OPTS (extra JVM options for serve), KEEP=1 keeps the temp folder,
# JAR (the serve jar, default target/deskhand.jar: to compare two builds run for run).
set -euo pipefail
cd "$(dirname "$0")/.."
rate="${1:-200}"
seconds="${2:-20}"
java_bin=java
if ! "$java_bin" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for cand in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    if [ -x "$cand/bin/java" ] && "$cand/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then java_bin="$cand/bin/java"; break; fi
  done
fi
build() { ./mvnw -q "$@" >target/webhook-load-build.log 2>&1 || { tail -30 target/webhook-load-build.log >&2; exit 1; }; }
mkdir -p target
jar="${JAR:-target/deskhand.jar}"
[ -n "${JAR:-}" ] || [ -f target/deskhand.jar ] || build package -DskipTests
build test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; [ "${KEEP:-0}" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT
email=load@example.com token=load-token-$RANDOM$RANDOM secret=load-secret-$RANDOM$RANDOM
tickets=$((rate * seconds + 200)) # + the generator's warm-up
"$java_bin" -Xmx1g -cp "$cp" io.deskhand.zendesk.FakeZendeskServer "$email" "$token" "$tickets" >"$work/fake.out" 2>"$work/fake.err" &
pids+=($!)
for _ in $(seq 1 120); do [ -s "$work/fake.out" ] && break; sleep 0.5; done
zendesk_url=$(head -1 "$work/fake.out")
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
# requests_per_minute far above the fake's needs: the worker triages at full speed while the webhooks arrive
DESKHAND_DATA_DIR="$work/data" DESKHAND_PORT="$port" DESKHAND_WEBHOOK_SECRET="$secret" DESKHAND_ZENDESK_URL="$zendesk_url" \
DESKHAND_ZENDESK_EMAIL="$email" DESKHAND_ZENDESK_TOKEN="$token" DESKHAND_ZENDESK_REQUESTS_PER_MINUTE=100000 \
DESKHAND_ZENDESK_UPDATE_REQUESTS_PER_MINUTE=100000 DESKHAND_MODE=note \
  "$java_bin" -Xmx"${HEAP:-1g}" ${SERVE_OPTS:-} --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  -jar "$jar" serve >"$work/serve.log" 2>&1 &
serve_pid=$!
pids+=($serve_pid)
for _ in $(seq 1 600); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; kill -0 $serve_pid 2>/dev/null || break; sleep 0.5; done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { echo "webhook-load: serve did not start; see $work/serve.log" >&2; KEEP=1; exit 1; }
jobs_done() { curl -fsS "http://127.0.0.1:$port/metrics" | awk '/^deskhand_jobs\{status="done"/{print int($2)}'; }
"$java_bin" -Xmx256m -cp "$cp" io.deskhand.api.WebhookLoadGenerator "http://127.0.0.1:$port/webhooks/zendesk" "$secret" "$rate" "$seconds"
echo "jobs_done_while_loading=$(jobs_done)"
# the service's own view: time from the request's arrival in Javalin to the answer (last 2 minutes)
# and of it, storing the job (SQLite commit synced to disk)
curl -fsS "http://127.0.0.1:$port/metrics" | awk '
  /quantile=/ && (/^deskhand_http_requests_seconds\{.*route="\/webhooks\/zendesk".*status="202"/ || /^deskhand_job_intake_seconds\{/) {
    name = /^deskhand_job_intake/ ? "of_which_job_intake" : "server_side"
    match($0, /quantile="[0-9.]+"/); q = substr($0, RSTART + 10, RLENGTH - 11); printf "%s_p%s_ms=%.2f ", name, q * 100, $2 * 1000 }
  END { print "" }'
# how many webhooks shared one intake commit (group commit; builds from before it have no commit counter)
curl -fsS "http://127.0.0.1:$port/metrics" | awk '
  /^deskhand_job_intake_commits_total/ { c = $2 }
  /^deskhand_webhook_requests_total\{outcome="(accepted|duplicate)"/ { w += $2 }
  END { if (c > 0) printf "intake_commits=%d webhooks_per_commit=%.2f\n", c, w / c }'
