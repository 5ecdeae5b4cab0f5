package io.deskhand.eval;

import io.deskhand.embedding.Embedder;
import io.deskhand.progress.Progress;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Embeddings of texts `eval` needs beyond the index (test tickets, drafts, replies), appended to a file batch by
 * batch, so an interrupted run resumes without embedding them again. Keys are hashes of model id and text.
 */
final class VectorCache {
  private static final int BATCH = 256;

  private final Path file;
  private final Embedder embedder;
  private final Map<String, float[]> vectors = new HashMap<>();

  VectorCache(Path file, Embedder embedder) throws IOException {
    this.file = file;
    this.embedder = embedder;
    if (Files.isRegularFile(file)) load();
  }

  private void load() throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      while (true) {
        String key;
        try {
          key = in.readUTF();
        } catch (EOFException e) {
          return;
        }
        int n = in.readInt();
        float[] v = new float[n];
        try {
          for (int i = 0; i < n; i++) v[i] = in.readFloat();
        } catch (EOFException e) {
          return; // a batch cut short by an interruption: embedded again
        }
        vectors.put(key, v);
      }
    }
  }

  int size() {
    return vectors.size();
  }

  /** Vectors for all texts, in order; missing ones are embedded in parallel batches and appended to the file. */
  List<float[]> vectors(List<String> texts, String label, PrintStream log) throws IOException {
    List<String> keys = texts.stream().map(this::key).toList();
    List<String> missing = new ArrayList<>();
    List<String> missingKeys = new ArrayList<>();
    java.util.Set<String> queued = new java.util.HashSet<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!vectors.containsKey(keys.get(i)) && queued.add(keys.get(i))) {
        missing.add(texts.get(i));
        missingKeys.add(keys.get(i));
      }
    }
    if (!missing.isEmpty()) {
      Files.createDirectories(file.getParent());
      Progress progress = new Progress(label, missing.size(), log);
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
        for (int start = 0; start < missing.size(); start += BATCH) {
          int end = Math.min(missing.size(), start + BATCH);
          List<float[]> batch = embedder.embedAll(missing.subList(start, end));
          for (int i = 0; i < batch.size(); i++) {
            String key = missingKeys.get(start + i);
            float[] v = batch.get(i);
            vectors.put(key, v);
            out.writeUTF(key);
            out.writeInt(v.length);
            for (float f : v) out.writeFloat(f);
          }
          out.flush();
          progress.advance(batch.size());
        }
      }
      progress.finish();
    }
    return keys.stream().map(vectors::get).toList();
  }

  private String key(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(embedder.modelId().getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
