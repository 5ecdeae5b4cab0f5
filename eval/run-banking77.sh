#!/usr/bin/env bash
# Banking77 intent classification through `deskhand eval` (train.csv -> index + classifiers, test.csv triaged).
# Run from the repository root after `./mvnw -q package -DskipTests`; figures go to target/eval-banking77/.
# The development data lives next to the repository (../shared/data/banking77); override with BANKING77=dir.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${BANKING77:-../shared/data/banking77}"
jar=target/deskhand.jar
[ -f "$jar" ] || { echo "run-banking77: $jar not found; build it with ./mvnw -q package -DskipTests" >&2; exit 2; }
java_bin=java
if ! "$java_bin" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for cand in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    if [ -x "$cand/bin/java" ] && "$cand/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then java_bin="$cand/bin/java"; break; fi
  done
fi
out="${OUT:-target/eval-banking77}"
[ "${FRESH:-1}" = 1 ] && rm -rf "$out/work" # time a cold run: index and classifiers built from scratch
exec "$java_bin" -Xmx2g --enable-native-access=ALL-UNNAMED -jar "$jar" eval \
  --train "$data/train.csv" --test "$data/test.csv" --format csv \
  --text-columns text --label-columns intent=category --baseline tfidf --out "$out" "$@"
