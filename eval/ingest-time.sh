#!/usr/bin/env bash
# Wall-clock time of `deskhand ingest --tickets` (embed + index + merge + train the classifiers) for N tickets into a
# fresh data dir, for each jar given, RUNS times with the jars alternated; prints each run and the median per jar.
# The bundle cycles the demo's 480 solved tickets with a varied sentence appended, as `bench` does (intent from the
# demo's custom field 900001, group, priority, type and tags as in the demo).
# With WARM=1 the index is built once (by the first jar, untimed) and each run re-ingests the same bundle into it:
# nothing is written, so the run is reading the bundle and retraining the classifiers, the part the jars differ in.
#   eval/ingest-time.sh RUNS N JAR...        e.g. eval/ingest-time.sh 3 10000 /tmp/b9/target/deskhand.jar target/deskhand.jar
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: eval/ingest-time.sh RUNS N JAR..." >&2; exit 2; }
runs=$1 n=$2
shift 2
cd "$(dirname "$0")/.."
. eval/java.sh
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
bundle="$work/tickets-$n.ndjson"
python3 - "$n" eval/demo/tickets.ndjson "$bundle" <<'PY'
import json, sys
n, demo, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
extra = ["I ordered on a Tuesday, if that helps.", "This is my second message about it.", "Thanks in advance.",
         "I am writing from my phone.", "Could you check quickly please?", "My account email is the usual one."]
tickets = [json.loads(l) for l in open(demo, encoding="utf-8") if l.strip()]
with open(out, "w", encoding="utf-8") as w:
    for i in range(n):
        t = json.loads(json.dumps(tickets[i % len(tickets)]))
        r = i // len(tickets)
        t["id"] = 5_000_000 + i
        if r:
            t["description"] += "\n" + extra[r % len(extra)] + (" " + extra[(r // 6) % len(extra)] if r >= 6 else "")
            if t.get("comments"):
                t["comments"][0]["body"] = t["description"]
        w.write(json.dumps(t, ensure_ascii=False) + "\n")
PY
ingest() {
  DESKHAND_DATA_DIR="$work/data" DESKHAND_CLASSIFIER_INTENT_CUSTOM_FIELD_ID=900001 \
    "$java_bin" -Xmx2g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -jar "$1" \
    ingest --tickets "$bundle" > "$work/ingest.log" 2>&1 || { cat "$work/ingest.log" >&2; exit 1; }
}
warm="${WARM:-0}"
if [ "$warm" = 1 ] && [ ! -d "$work/data" ]; then ingest "$1"; fi
declare -A times
for run in $(seq 1 "$runs"); do
  for jar in "$@"; do
    [ "$warm" = 1 ] || rm -rf "$work/data"
    start=$(date +%s.%N)
    ingest "$jar"
    secs=$(echo "$(date +%s.%N) - $start" | bc)
    # the training time as a jar of before (a printed line) or after issue 14 (an event=classifiers_trained log line) says it
    train=$( (grep -o 'trained classifiers on [0-9]* solved tickets in [0-9.]*s' "$work/ingest.log" | grep -o '[0-9.]*s$';
              grep -o 'event=classifiers_trained tickets=[0-9]* seconds=[0-9.]*' "$work/ingest.log" | sed 's/.*seconds=//; s/$/s/') | head -1)
    train=${train:-?}
    printf '%s run %d: %.1f s (training %s, load %s)\n' "$jar" "$run" "$secs" "$train" "$(cut -d' ' -f1 /proc/loadavg)"
    times[$jar]="${times[$jar]:-} $secs"
  done
done
for jar in "$@"; do
  printf '%s median of %d: %.1f s\n' "$jar" "$runs" "$(echo "${times[$jar]}" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
done
[ "$warm" = 1 ] || rm -rf "$work/data"
