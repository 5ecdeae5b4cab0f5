package io.deskhand.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.liblinear.Feature;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfidfFeaturesTest {
  private static final List<String> TEXTS = List.of(
      "Bonjour, je n'ai toujours pas reçu le remboursement de ma commande n° 48213 retournée.",
      "Hallo,\n\nmein Paket   ist seit drei Tagen als zugestellt markiert – aber nie angekommen!",
      "I was charged twice for order 48213. Please refund the second charge ASAP.",
      "¿Dónde está mi pedido? El seguimiento no se actualiza desde el lunes.",
      "Ｆｕｌｌ-width ＡＢＣ and ligatures ﬁ are folded by NFKC; ½ counts as a number.");

  /** The n-grams as strings, the definition the hashes stand for (eval's baseline row before it moved here). */
  private static Map<String, Integer> reference(String text) {
    String t = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    Map<String, Integer> out = new HashMap<>();
    List<String> ws = new ArrayList<>();
    for (String w : t.split("[^\\p{L}\\p{N}']+")) if (!w.isEmpty()) ws.add(w);
    for (int i = 0; i < ws.size(); i++) {
      out.merge("w:" + ws.get(i), 1, Integer::sum);
      if (i + 1 < ws.size()) out.merge("w:" + ws.get(i) + " " + ws.get(i + 1), 1, Integer::sum);
    }
    String padded = " " + t + " ";
    for (int n = 2; n <= 5; n++) for (int s = 0; s + n <= padded.length(); s++) out.merge("c:" + padded.substring(s, s + n), 1, Integer::sum);
    return out;
  }

  @Test
  void a_text_has_the_word_1_2_grams_and_character_2_5_grams_of_its_definition() {
    for (String text : TEXTS) {
      // given
      Map<String, Integer> expected = reference(text);
      // when
      long[] grams = TfidfFeatures.grams(text);
      // then: as many distinct n-grams, with the same counts
      Map<Long, Integer> counts = new HashMap<>();
      for (long g : grams) counts.merge(g, 1, Integer::sum);
      assertEquals(expected.size(), counts.size(), text);
      assertEquals(expected.values().stream().sorted().toList(), counts.values().stream().sorted().toList(), text);
      long words = expected.keySet().stream().filter(k -> k.startsWith("w:")).count();
      assertEquals(words, counts.keySet().stream().filter(k -> (k & 1) == 0).count(), "word n-grams of " + text);
    }
  }

  @Test
  void words_and_characters_are_each_normalised_and_unknown_n_grams_weigh_nothing() {
    // given
    TfidfFeatures features = TfidfFeatures.fit(TEXTS, 3, List.of("urgency:high"), TfidfFeatures.MAX_FEATURES);
    // when
    Feature[] row = features.features("Paket nie angekommen xyzzy", new float[] {0.6f, 0.8f, 0}, new double[] {0.7});
    Feature[] unseen = features.features("qqqq", null, null);
    // then: constant, embedding, signal, then n-grams whose word and character blocks each have norm 1
    assertEquals(1, row[0].getIndex());
    assertEquals(1.0, row[0].getValue());
    assertEquals(0.6, row[1].getValue(), 1e-6);
    assertEquals(0.7, row[4].getValue(), 1e-9);
    double norm = 0;
    for (int i = 5; i < row.length; i++) {
      assertTrue(row[i].getIndex() > row[i - 1].getIndex(), "sorted by index");
      norm += row[i].getValue() * row[i].getValue();
    }
    assertEquals(2.0, norm, 1e-6); // words 1 + characters 1
    assertEquals(1, unseen.length, "only the constant: no n-gram of 'qqqq' was in the training texts");
    Feature[] text = features.textOnly(row);
    assertEquals(1, text[0].getIndex());
    assertTrue(text[1].getIndex() > 5, "no embedding or signal in the text-only view");
    assertEquals(row.length - 4, text.length);
    assertEquals(row.length - 1, features.withoutSignals(row).length);
    Feature[] textAndSignals = features.withoutEmbedding(row);
    assertEquals(row.length - 3, textAndSignals.length);
    assertEquals(List.of(1, 5), List.of(textAndSignals[0].getIndex(), textAndSignals[1].getIndex()), "constant, signal, then n-grams");
  }

  @Test
  void the_vocabulary_keeps_the_most_frequent_n_grams() {
    // given: "paket" in three texts, everything else rarer
    List<String> texts = List.of("paket eins", "paket zwei", "paket drei");
    // when
    TfidfFeatures top = TfidfFeatures.fit(texts, 0, List.of(), 4);
    // then: four of the n-grams in all three texts (those of " paket ") are kept, none of "eins"
    assertEquals(4, top.vocabularySize());
    Feature[] row = top.features("paket", null, null);
    assertEquals(5, row.length);
    assertEquals(1, top.features("eins", null, null).length);
  }
}
