package io.deskhand.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything trained from solved tickets at ingest, saved under the data dir so `serve` starts without training.
 *
 * @param models single-label fields (intent, group, priority, type) that had enough labelled tickets
 * @param tagModels one yes/no model per frequent tag
 * @param features the features every learned model reads (one featurisation per ticket at triage)
 * @param report what was trained and its held-back accuracy, for logs and `ingest` output
 */
public record LearnedModels(String embeddingModel, TfidfFeatures features, Map<String, LinearKnnModel> models,
                            List<LinearKnnModel> tagModels, List<String> report) implements Serializable {
  private static final long serialVersionUID = 2L;
  static final String FILE = "classifiers.bin";

  /** How each learned field's model was chosen (eval's report shows it), in field order. */
  public Map<String, ModelChoice> choices() {
    Map<String, ModelChoice> out = new java.util.LinkedHashMap<>();
    models.forEach((field, m) -> out.put(field, m.choice()));
    return out;
  }

  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path tmp = dir.resolve(FILE + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp); ObjectOutputStream oos = new ObjectOutputStream(out)) {
      oos.writeObject(this);
    }
    Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Removes what {@link #save} wrote, if anything. */
  public static void delete(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE));
  }

  /** Empty when nothing was trained yet, or the file is from another Deskhand version (then ingest retrains). */
  public static Optional<LearnedModels> load(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) return Optional.empty();
    try (InputStream in = Files.newInputStream(file); ObjectInputStream ois = new ObjectInputStream(in)) {
      return Optional.of((LearnedModels) ois.readObject());
    } catch (InvalidClassException | ClassNotFoundException | ClassCastException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file, e);
    }
  }
}
