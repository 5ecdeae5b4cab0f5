import io.deskhand.bench.Bench;
import io.deskhand.config.ConfigLoader;
import io.deskhand.embedding.Embedder;
import io.deskhand.embedding.OnnxEmbedder;
import io.deskhand.index.LuceneKnowledgeIndex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Index query time alone, as `bench` measures it (query_p50_ms, query_p99_ms) but without its other phases, so two
 * jars can be compared on one index many times in a row: eval/query-latency.sh runs it.
 * Arguments: an index folder ({data_dir}/lucene, opened read and write: give each run a copy), the bundle to take
 * query texts from, and the seconds to run.
 */
public class QueryLatency {
  public static void main(String[] args) throws Exception {
    Path lucene = Path.of(args[0]);
    Path bundle = Path.of(args[1]);
    double seconds = Double.parseDouble(args[2]);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    var config = new ConfigLoader(Map.of()).load(Optional.empty());
    try (Embedder embedder = OnnxEmbedder.create(config.embedding(), config.modelsDir());
         LuceneKnowledgeIndex index = LuceneKnowledgeIndex.open(lucene, embedder, quiet)) {
      Bench bench = new Bench(quiet);
      List<String> texts = bench.sampleTexts(bundle, 400);
      List<float[]> vectors = embedder.embedAll(texts);
      bench.queryLatency(index, texts, vectors, seconds); // warm-up: the JIT, the page cache, the source cache
      double[] ms = bench.queryLatency(index, texts, vectors, seconds);
      System.out.printf(java.util.Locale.ROOT, "query_p50_ms %.2f query_p99_ms %.2f tickets %d%n", ms[0], ms[1], index.counts().tickets());
    }
  }
}
