#!/usr/bin/env bash
# Index query time of two jars on the same index, alternated: eval/query-latency.sh A.jar B.jar DATA_DIR [ROUNDS] [SECONDS]
# DATA_DIR is a data dir holding a built index (e.g. a `bench` one: {data_dir}/bench/20000); each run opens a fresh
# copy of its lucene folder, so neither jar changes what the other one reads. Run from the repository root.
set -euo pipefail
A=$1; B=$2; DATA=$3; ROUNDS=${4:-3}; SECONDS_EACH=${5:-20}
JAVA=${JAVA:-java}
BUNDLE=$DATA/bench-tickets.ndjson
[ -f "$BUNDLE" ] || BUNDLE=eval/demo/tickets.ndjson
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for round in $(seq 1 "$ROUNDS"); do
  for jar in "$A" "$B"; do
    rm -rf "$WORK/lucene" && cp -r "$DATA/lucene" "$WORK/lucene" && rm -f "$WORK"/lucene/*/write.lock
    printf 'round %s %s: ' "$round" "$(basename "$jar")"
    "$JAVA" --add-modules jdk.incubator.vector -Xmx1g -cp "$jar" eval/QueryLatency.java "$WORK/lucene" "$BUNDLE" "$SECONDS_EACH" 2>/dev/null
  done
done
