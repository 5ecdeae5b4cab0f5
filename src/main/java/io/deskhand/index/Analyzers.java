package io.deskhand.index;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Language-aware BM25: every document's text goes into {@code text} (lower-cased, accents folded, any language) and
 * into {@code text_<lang>} analysed with its language's stemmer and stop words, when Lucene has one.
 */
final class Analyzers {
  static final String TEXT = "text";
  static final Set<String> STEMMED = Set.of("en", "fr", "de", "es", "it", "pt", "nl");

  private Analyzers() {}

  static String field(String language) {
    return STEMMED.contains(language) ? TEXT + "_" + language : null;
  }

  static Analyzer perField() {
    Map<String, Analyzer> fields = new HashMap<>();
    fields.put("text_en", new EnglishAnalyzer());
    fields.put("text_fr", new FrenchAnalyzer());
    fields.put("text_de", new GermanAnalyzer());
    fields.put("text_es", new SpanishAnalyzer());
    fields.put("text_it", new ItalianAnalyzer());
    fields.put("text_pt", new PortugueseAnalyzer());
    fields.put("text_nl", new DutchAnalyzer());
    return new PerFieldAnalyzerWrapper(new FoldingAnalyzer(), fields);
  }

  /** Standard tokens, lower-cased, accents folded: "remboursé" and "rembourse" match. */
  static final class FoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source));
      return new TokenStreamComponents(source, ts);
    }
  }
}
