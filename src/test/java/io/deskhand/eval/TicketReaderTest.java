package io.deskhand.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.index.TicketLabels;
import io.deskhand.zendesk.ZendeskJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TicketReaderTest {
  @TempDir Path dir;

  private static TicketReader reader(List<String> text, Map<String, String> labels, String reply) {
    return new TicketReader(new ColumnMapping(text, labels, Optional.ofNullable(reply), Optional.empty(), Optional.empty()),
        new TicketLabels(Optional.empty(), "intent__"));
  }

  @Test
  void csv_rows_become_bundle_lines_whose_labels_ingest_reads_back() throws Exception {
    Path f = Files.writeString(dir.resolve("t.csv"), "text,category,answer\n\"two\nlines\",card_lost,\"We blocked it.\"\n,x,y\n");
    TicketReader r = reader(List.of("text"), Map.of("intent", "category"), "answer");

    TicketReader.Loaded loaded = r.read(f, InputFormat.CSV, "--input");

    assertEquals(1, loaded.tickets().size());
    assertEquals(Map.of("no text", 1), loaded.skipped());
    EvalTicket t = loaded.tickets().get(0);
    assertEquals("two\nlines", t.description());
    var zt = ZendeskJson.thread(new ObjectMapper().readTree(t.bundleLine()));
    assertEquals(Map.of("intent", "card_lost"), r.labels().of(zt));
    assertEquals("We blocked it.", zt.resolution());
    assertTrue(zt.resolved());
  }

  @Test
  void jsonl_rows_with_a_subject_and_malformed_lines_counted() throws Exception {
    Path f = Files.writeString(dir.resolve("t.jsonl"),
        "{\"s\":\"Card\",\"b\":\"lost my card\",\"team\":\"Cards\"}\nnot json\n{\"s\":\"Hi\",\"b\":\"\",\"team\":\"\"}\n");
    TicketReader r = reader(List.of("s", "b"), Map.of("group", "team"), null);

    TicketReader.Loaded loaded = r.read(f, InputFormat.JSONL, "--input");

    assertEquals(1, loaded.tickets().size());
    assertEquals("Card", loaded.tickets().get(0).subject());
    assertEquals(Map.of("malformed JSON", 1, "no label", 1), loaded.skipped());
  }

  @Test
  void zendesk_bundles_keep_solved_tickets_with_intent_from_a_custom_field() throws Exception {
    String solved = "{\"id\":7,\"subject\":\"Refund\",\"description\":\"money back\",\"status\":\"solved\",\"requester_id\":1,"
        + "\"group_id\":360001,\"custom_fields\":[{\"id\":900001,\"value\":\"billing.refund\"}],"
        + "\"comments\":[{\"author_id\":1,\"public\":true,\"body\":\"money back please\"},{\"author_id\":2,\"public\":true,\"body\":\"Refunded.\"}]}";
    String open = "{\"id\":8,\"subject\":\"x\",\"status\":\"open\"}";
    Path f = Files.writeString(dir.resolve("b.ndjson"), solved + "\n" + open + "\n" + solved + "\n");
    TicketReader r = reader(List.of(), Map.of("intent", "900001"), null);

    TicketReader.Loaded loaded = r.read(f, InputFormat.ZENDESK, "--input");

    assertEquals(1, loaded.tickets().size());
    EvalTicket t = loaded.tickets().get(0);
    assertEquals(Map.of("intent", "billing.refund", "group", "360001"), t.labels());
    assertEquals("money back please", t.description());
    assertEquals("Refunded.", t.reply());
    assertEquals(Map.of("not solved or closed", 1, "duplicate id", 1), loaded.skipped());
  }

  @Test
  void time_split_tests_on_the_latest_tickets_and_random_split_is_seeded() {
    List<EvalTicket> tickets = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      tickets.add(new EvalTicket("t" + i, i, "", "text " + i, "", Map.of(), java.time.Instant.ofEpochSecond(1000 - i), null, "{}"));
    }
    Evaluation.Split time = Evaluation.split(tickets, "time", 0.2, 42);
    assertEquals(List.of("t1", "t0"), time.test().stream().map(EvalTicket::id).toList());
    assertEquals(8, time.train().size());
    assertEquals(Evaluation.split(tickets, "random", 0.3, 7).test(), Evaluation.split(tickets, "random", 0.3, 7).test());
  }
}
