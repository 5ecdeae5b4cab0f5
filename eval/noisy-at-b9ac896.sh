#!/usr/bin/env bash
# The made-up noisy multilingual tickets of ClassifierTrainerTest (NoisyTickets, seed 16, 2,000 training and 1,000
# test tickets) through the learned fields as they were before issue 16 (commit b9ac896: hashed n-grams + embedding,
# blended with the neighbour vote), against the TF-IDF baseline of that commit on the same held-back fifth and test
# tickets. Prints, per field, held-back and test accuracy of both. Builds a temporary clone; run from the repository.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
git clone -q "$repo" "$dir/b9" && git -C "$dir/b9" checkout -q b9ac896
cp "$repo/src/test/java/io/deskhand/classify/NoisyTickets.java" "$dir/b9/src/test/java/io/deskhand/classify/"
cat > "$dir/b9/src/test/java/io/deskhand/classify/NoisyAtB9ac896.java" <<'JAVA'
package io.deskhand.classify;

import io.deskhand.embedding.Embedder;
import io.deskhand.eval.TfidfBaseline;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import java.io.PrintStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.*;
import java.util.stream.IntStream;

public final class NoisyAtB9ac896 {
  public static void main(String[] args) {
    NoisyTickets generator = new NoisyTickets(16, 384);
    List<LabelledTicket> train = generator.tickets(2000, 1).stream().map(NoisyTickets.Ticket::labelled).toList();
    List<LabelledTicket> test = generator.tickets(1000, 100_001).stream().map(NoisyTickets.Ticket::labelled).toList();
    LearnedModels models = new ClassifierTrainer(30, 10, 16, 42, new PrintStream(OutputStream.nullOutputStream()))
        .train(train, "synthetic", 384, Optional.empty());
    models.report().forEach(r -> System.out.println("b9ac896 " + r));
    Embedder none = new Embedder() {
      public float[] embed(String t) { float[] v = new float[384]; v[Math.floorMod(t.hashCode(), 384)] = 1; return v; }
      public List<float[]> embedAll(List<String> ts) { return ts.stream().map(this::embed).toList(); }
      public int dimension() { return 384; }
      public String modelId() { return "synthetic"; }
    };
    PrototypeModel unused = PrototypeModel.build("priority", Map.of("a", List.of("a"), "b", List.of("b")), none);
    Classifiers c = new Classifiers(Optional.of(models), unused, unused, unused, Map.of(), Optional.empty());
    // the trainer's held-back fifth: the same seeded shuffle
    List<Integer> order = new ArrayList<>(IntStream.range(0, train.size()).boxed().toList());
    Collections.shuffle(order, new Random(42));
    Set<Integer> held = new HashSet<>(order.subList(0, train.size() / 5));
    List<LabelledTicket> fit = new ArrayList<>(), heldBack = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) (held.contains(i) ? heldBack : fit).add(train.get(i));
    for (String f : List.of("group", "priority", "type")) {
      TfidfBaseline partial = TfidfBaseline.train(fit.stream().map(LabelledTicket::text).toList(), fit.stream().map(t -> t.labels().get(f)).toList());
      TfidfBaseline whole = TfidfBaseline.train(train.stream().map(LabelledTicket::text).toList(), train.stream().map(t -> t.labels().get(f)).toList());
      double heldTfidf = heldBack.stream().filter(t -> t.labels().get(f).equals(partial.predict(t.text()))).count() / (double) heldBack.size();
      double testTfidf = test.stream().filter(t -> t.labels().get(f).equals(whole.predict(t.text()))).count() / (double) test.size();
      double testDeskhand = test.parallelStream().filter(t -> t.labels().get(f).equals(
          c.classify(new TicketFeatures(t.text(), t.vector(), nearest(t, train))).fields().get(f).label())).count() / (double) test.size();
      System.out.printf(Locale.ROOT, "%-9s TF-IDF held-back %.4f test %.4f; Deskhand test %.4f%n", f, heldTfidf, testTfidf, testDeskhand);
    }
  }

  private static List<TicketHit> nearest(LabelledTicket q, List<LabelledTicket> train) {
    return train.stream().map(t -> new TicketHit(new SolvedTicket(t.id(), "", t.text(), "", "und", t.labels(), t.tags(), Instant.EPOCH, ""),
            Math.max(0, Math.min(1, ClassifierTrainer.dot(q.vector(), t.vector())))))
        .sorted(Comparator.comparingDouble(h -> -h.similarity())).limit(10).toList();
  }
}
JAVA
cd "$dir/b9"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
. "$repo/eval/java.sh"
"$java_bin" -Xmx2g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" io.deskhand.classify.NoisyAtB9ac896 2>/dev/null
