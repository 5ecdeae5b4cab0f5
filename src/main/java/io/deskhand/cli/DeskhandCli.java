package io.deskhand.cli;

import io.deskhand.Services;
import io.deskhand.config.ConfigException;
import io.deskhand.config.ConfigLoader;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.index.BadInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The `deskhand` command line: serve, ingest, eval, bench. Exit codes: 0 ok, 2 bad usage or input, 1 anything else. */
@Command(name = "deskhand", mixinStandardHelpOptions = true, versionProvider = DeskhandCli.Version.class,
    description = "Self-hosted AI triage and reply drafting for Zendesk Support.")
public final class DeskhandCli implements java.util.concurrent.Callable<Integer> {

  @Option(names = "--config", scope = CommandLine.ScopeType.INHERIT,
      description = "YAML config file (default: deskhand.yaml in the working directory, if present)")
  Path configFile;

  private final Context context;

  /** What every subcommand needs: environment, output streams, and how to build the services. */
  record Context(Map<String, String> env, PrintStream out, PrintStream err,
                 BiFunction<DeskhandConfig, PrintStream, Services> services, DeskhandCli root) {
    DeskhandConfig config() {
      return new ConfigLoader(env).load(Optional.ofNullable(root.configFile));
    }
  }

  private DeskhandCli(Map<String, String> env, PrintStream out, PrintStream err,
                      BiFunction<DeskhandConfig, PrintStream, Services> services) {
    this.context = new Context(env, out, err, services, this);
  }

  /** No command given: bad usage. */
  @Override
  public Integer call() {
    context.err().println("deskhand: name a command (serve, ingest, sync, eval, bench)");
    new CommandLine(this).usage(context.err());
    return 2;
  }

  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err,
                        BiFunction<DeskhandConfig, PrintStream, Services> services) {
    DeskhandCli root = new DeskhandCli(env, out, err, services);
    CommandLine cmd = new CommandLine(root)
        .addSubcommand("serve", new ServeCommand(root.context))
        .addSubcommand("ingest", new IngestCommand(root.context))
        .addSubcommand("sync", new SyncCommand(root.context))
        .addSubcommand("eval", new EvalCommand(root.context, args))
        .addSubcommand("bench", new BenchCommand(root.context));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof ConfigException || e instanceof BadInputException || e instanceof UsageException) {
        err.println("deskhand: " + e.getMessage());
        return 2;
      }
      err.println("deskhand: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    });
    return cmd.execute(args);
  }

  /**
   * A folder a command writes into, created if missing, checked before any long work starts: a file in its place or a
   * path that cannot be created is bad usage.
   */
  static void requireOutputFolder(String option, Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) throw new UsageException(option + " " + dir + " is a file; name a folder");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
      throw new UsageException("cannot create " + option + " " + dir + " (" + reason + ")");
    }
    if (!Files.isWritable(dir)) throw new UsageException(option + " " + dir + " is not writable");
  }

  /** A usage problem found after parsing (e.g. no input option given). */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = DeskhandCli.class.getPackage().getImplementationVersion();
      return new String[] {"deskhand " + (v == null ? "dev" : v)};
    }
  }
}
