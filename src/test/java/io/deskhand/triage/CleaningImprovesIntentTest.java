package io.deskhand.triage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.clean.TextCleaner;
import io.deskhand.draft.Draft;
import io.deskhand.support.DemoServices;
import io.deskhand.ticket.GroupDirectory;
import io.deskhand.ticket.TicketText;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signatures, footers and quoted history about other topics skew intent; cleaning must measurably undo that. */
class CleaningImprovesIntentTest {

  @Test
  void intent_on_messy_mails_is_more_accurate_with_cleaning_than_without() throws Exception {
    Services s = DemoServices.get();
    TriagePipeline withCleaning = s.pipeline();
    TriagePipeline withoutCleaning = new TriagePipeline(TextCleaner.none(), s.detector(), s.embedder(), s.knowledge().index(),
        s.pipeline().classifiers(), r -> Draft.declined("-", r.language(), "not drafted in this test"), s.config().classifier(),
        s.config().languages().supported(), GroupDirectory::empty, Runnable::run, s.entities());
    JsonNode samples = new ObjectMapper().readTree(Path.of("src/test/resources/cleaning/messy-samples.json").toFile());
    int n = 0;
    int cleanRight = 0;
    int rawRight = 0;
    for (JsonNode sample : samples) {
      String truth = sample.get("intent").asText();
      TicketText ticket = new TicketText("", sample.get("raw").asText(), List.of(), Optional.empty());
      n++;
      if (truth.equals(withCleaning.triage(ticket).fields().get("intent").label())) cleanRight++;
      if (truth.equals(withoutCleaning.triage(ticket).fields().get("intent").label())) rawRight++;
    }
    double clean = cleanRight / (double) n;
    double raw = rawRight / (double) n;
    assertTrue(clean > raw, "with cleaning " + clean + " vs without " + raw + " on " + n + " messy mails");
    assertTrue(clean >= 0.7, "with cleaning " + clean);
  }
}
