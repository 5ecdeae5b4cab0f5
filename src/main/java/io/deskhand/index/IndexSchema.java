package io.deskhand.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.deskhand.ticket.KnowledgeChunk;
import io.deskhand.ticket.SolvedTicket;
import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The documents the index holds, shared by the writer, the searcher and the statistics: a solved ticket or one
 * section of an article or doc, each with its source JSON stored, an HNSW vector (dot product on unit vectors) and
 * BM25 text fields.
 */
final class IndexSchema {
  static final String UID = "uid";
  static final String SOURCE_UID = "source_uid";
  static final String KIND = "kind";
  static final String LANG = "lang";
  static final String HASH = "hash";
  static final String SOURCE = "source";
  static final String VECTOR = "vector";
  static final String PRIMARY = "primary";
  static final String CREATED = "created";
  static final String MODEL_KEY = "embedding_model";
  static final String KIND_TICKET = "ticket";
  static final String KIND_ARTICLE = "article";
  static final String KIND_DOC = "doc";
  static final String TICKETS_DIR = "tickets";
  static final String KNOWLEDGE_DIR = "knowledge";

  final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  static String ticketUid(long id) {
    return KIND_TICKET + ":" + id;
  }

  static boolean isTicket(String uid) {
    return uid.startsWith(KIND_TICKET + ":");
  }

  /** Text embedded for a ticket: what the customer asked (a new ticket has no answer to compare with). */
  static String ticketEmbeddingText(SolvedTicket t) {
    return t.requestText();
  }

  static String chunkEmbeddingText(KnowledgeChunk c) {
    return c.title().isBlank() ? c.text() : c.title() + "\n" + c.text();
  }

  /** The embedded text of a stored document, for rebuilding it with another model. */
  String embeddingText(String kind, String source) throws JsonProcessingException {
    return KIND_TICKET.equals(kind) ? ticketEmbeddingText(json.readValue(source, SolvedTicket.class))
        : chunkEmbeddingText(json.readValue(source, KnowledgeChunk.class));
  }

  Document ticket(SolvedTicket t, float[] vector, String hash) throws IOException {
    Document d = new Document();
    String uid = ticketUid(t.id());
    d.add(new StringField(UID, uid, Field.Store.YES));
    d.add(new StringField(SOURCE_UID, uid, Field.Store.YES));
    d.add(new StringField(KIND, KIND_TICKET, Field.Store.YES));
    d.add(new StringField(PRIMARY, "1", Field.Store.NO));
    d.add(new StringField(LANG, t.language(), Field.Store.YES));
    d.add(new StringField(HASH, hash, Field.Store.YES));
    d.add(new NumericDocValuesField(CREATED, t.createdAt().toEpochMilli()));
    addText(d, t.subject() + "\n" + t.customerText() + "\n" + t.resolution(), t.language());
    d.add(new StoredField(SOURCE, json.writeValueAsBytes(t)));
    d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    return d;
  }

  Document chunk(String uid, String sourceUid, KnowledgeChunk c, float[] vector, String hash) throws IOException {
    Document d = new Document();
    d.add(new StringField(UID, uid, Field.Store.YES));
    d.add(new StringField(SOURCE_UID, sourceUid, Field.Store.YES));
    d.add(new StringField(KIND, c.kind() == KnowledgeChunk.Kind.ARTICLE ? KIND_ARTICLE : KIND_DOC, Field.Store.YES));
    if (c.chunk() == 0) d.add(new StringField(PRIMARY, "1", Field.Store.NO));
    d.add(new StringField(LANG, c.language(), Field.Store.YES));
    d.add(new StringField(HASH, hash, Field.Store.YES));
    addText(d, c.title() + "\n" + c.text(), c.language());
    d.add(new StoredField(SOURCE, json.writeValueAsBytes(c)));
    d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    return d;
  }

  private static void addText(Document d, String text, String language) {
    d.add(new TextField(Analyzers.TEXT, text, Field.Store.NO));
    String stemmed = Analyzers.field(language);
    if (stemmed != null) d.add(new TextField(stemmed, text, Field.Store.NO));
  }

  static Query kind(String kind) {
    return new TermQuery(new Term(KIND, kind));
  }

  /** The first document of each source (a ticket, or an article's or doc's first section), of one kind. */
  static Query primary(String kind) {
    return new BooleanQuery.Builder().add(kind(kind), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(PRIMARY, "1")), BooleanClause.Occur.FILTER).build();
  }
}
