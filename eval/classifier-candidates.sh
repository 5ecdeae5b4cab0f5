#!/usr/bin/env bash
# Trains the learned fields with several candidate settings on the same tickets and prints, per field, the model
# chosen on the held-back fifth and the test accuracy of every blend weight (CandidateExperiment, a development tool
# in src/test). Examples, from the repository root:
#   eval/classifier-candidates.sh demo both,linear                     # the demo, newest fifth as test
#   eval/classifier-candidates.sh noisy 16 2000 1000 both,linear       # made-up noisy multilingual tickets
#   OUT=/tmp/eval-b77 eval/run-banking77.sh                            # builds an index of Banking77's training part,
#   eval/classifier-candidates.sh index /tmp/eval-b77/work/train-* ../shared/data/banking77/test.csv both,linear
#   eval/classifier-candidates.sh noisy-csv DIR    # writes the made-up noisy tickets as DIR/noisy-{train,test}.csv for eval
set -euo pipefail
main=io.deskhand.classify.CandidateExperiment
if [ "${1:-}" = noisy-csv ]; then main=io.deskhand.classify.NoisyTickets; shift; fi
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
. eval/java.sh
exec "$java_bin" -Xmx3g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" "$main" "$@"
