package io.deskhand.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Finds a model configuration file (taxonomy.yaml, tone.yaml, cleaning.yaml, drafting.yaml): the admin's copy in
 * models_dir wins; otherwise the copy bundled in the jar, so the jar runs from any directory.
 */
public final class ModelFiles {
  private final Path modelsDir;
  private final Path extractDir;

  public ModelFiles(Path modelsDir, Path extractDir) {
    this.modelsDir = modelsDir;
    this.extractDir = extractDir;
  }

  public Path resolve(String name) {
    Path own = modelsDir.resolve(name);
    if (Files.isRegularFile(own)) return own;
    return extract("models/" + name, extractDir.resolve("bundled-models").resolve(name));
  }

  /** Copies a classpath resource to {@code target}; fails with the resource named when the jar lacks it. */
  public static Path extract(String resource, Path target) {
    try (InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("bundled file " + resource + " is missing from the jar");
      Files.createDirectories(target.getParent());
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot extract " + resource + " to " + target, e);
    }
  }
}
