package io.deskhand.triage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.index.TicketLabels;
import io.deskhand.knowledge.KnowledgeBase;
import io.deskhand.support.DemoServices;
import io.deskhand.ticket.Prediction;
import io.deskhand.ticket.TicketText;
import io.deskhand.ticket.TicketThread;
import io.deskhand.zendesk.ZendeskJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classifiers judged as a team would use them: trained on the older 80% of the demo tickets, tested on the newer
 * 20%, which they never saw.
 */
class HeldBackAccuracyTest {
  static final long INTENT_FIELD = 900001L;
  @TempDir static Path dir;
  static List<TicketThread> test = new ArrayList<>();
  static List<Triage> results = new ArrayList<>();

  @BeforeAll
  static void trainOnOlderTicketsAndTriageNewerOnes() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(Path.of("eval/demo/tickets.ndjson")).stream().filter(l -> !l.isBlank()).toList();
    List<TicketThread> all = new ArrayList<>();
    Map<Long, String> raw = new java.util.HashMap<>();
    for (String l : lines) {
      TicketThread t = ZendeskJson.thread(json.readTree(l));
      all.add(t);
      raw.put(t.id(), l);
    }
    all.sort(Comparator.comparing(TicketThread::createdAt));
    int cut = all.size() * 4 / 5;
    Path train = dir.resolve("train.ndjson");
    Files.write(train, all.subList(0, cut).stream().map(t -> raw.get(t.id())).toList());
    test = all.subList(cut, all.size());
    try (Services s = new Services(DemoServices.config(dir.resolve("data"), Map.of()), DemoServices.quiet())) {
      s.knowledge().ingest(new KnowledgeBase.Sources(Optional.of(train), Optional.empty(), Optional.empty()),
          new TicketLabels(Optional.of(INTENT_FIELD), "intent__"), KnowledgeBase.Retrain.WHEN_TICKETS_GIVEN);
      for (TicketThread t : test) {
        results.add(s.pipeline().triage(new TicketText(t.subject(), t.firstMessage(), List.of(), Optional.empty())));
      }
    }
  }

  static double accuracy(String field, java.util.function.Function<TicketThread, String> truth) {
    int right = 0;
    for (int i = 0; i < test.size(); i++) {
      Prediction p = results.get(i).fields().get(field);
      if (p != null && p.label().equals(truth.apply(test.get(i)))) right++;
    }
    return right / (double) test.size();
  }

  @Test
  void intent_is_right_on_most_unseen_tickets() {
    double acc = accuracy("intent", t -> t.customFields().get(INTENT_FIELD));
    assertTrue(acc >= 0.75, "intent accuracy on " + test.size() + " held-back tickets: " + acc);
  }

  @Test
  void group_routing_is_right_on_most_unseen_tickets() {
    Map<Long, String> names = Map.of(360001L, "Billing", 360002L, "Orders & Shipping", 360003L, "Returns",
        360004L, "Accounts & App", 360005L, "General");
    double acc = accuracy("group", t -> t.groupId() == null ? "" : names.getOrDefault(t.groupId(), "group " + t.groupId()));
    double accById = 0;
    for (int i = 0; i < test.size(); i++) {
      if (results.get(i).groupId().equals(Optional.ofNullable(test.get(i).groupId()))) accById++;
    }
    accById /= test.size();
    assertTrue(accById >= 0.75, "group accuracy (by id) " + accById + " (by name " + acc + ")");
  }

  @Test
  void confident_intents_are_right_as_often_as_they_claim() {
    // Tickets Deskhand would act on (not abstained) must be right at least as often as the threshold promises.
    int acted = 0;
    int right = 0;
    double confidenceSum = 0;
    for (int i = 0; i < test.size(); i++) {
      Triage r = results.get(i);
      if (r.isAbstained("intent")) continue;
      acted++;
      confidenceSum += r.fields().get("intent").confidence();
      if (r.fields().get("intent").label().equals(test.get(i).customFields().get(INTENT_FIELD))) right++;
    }
    assertTrue(acted >= test.size() / 2, "acts on at least half: " + acted + "/" + test.size());
    double meanConfidence = confidenceSum / acted;
    double precision = right / (double) acted;
    assertTrue(precision >= 0.75, "precision when acting " + precision + " (mean confidence " + meanConfidence + ")");
    assertTrue(Math.abs(precision - meanConfidence) <= 0.12, "claimed " + meanConfidence + " vs observed " + precision);
  }
}
