package io.deskhand.knowledge;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.classify.LabelledTicket;
import io.deskhand.clean.TextCleaner;
import io.deskhand.config.ModelFiles;
import io.deskhand.embedding.Embedder;
import io.deskhand.index.BadInputException;
import io.deskhand.index.CommitPoint;
import io.deskhand.index.IndexCounts;
import io.deskhand.index.Ingestor;
import io.deskhand.index.KnowledgeIndex;
import io.deskhand.index.LuceneKnowledgeIndex;
import io.deskhand.index.TicketLabels;
import io.deskhand.language.LanguageDetector;
import io.deskhand.progress.ProgressBoard;
import io.deskhand.ticket.GroupDirectory;
import io.deskhand.ticket.TextFiles;
import io.deskhand.zendesk.ZendeskClient;
import io.deskhand.zendesk.ZendeskJson;
import io.deskhand.zendesk.ZendeskSync;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * What the index knows and how it changes. Every change (an ingest, a sync, the demo's load, a retrain) builds the
 * next revision in one pass: remove the bundled demo if it is still there, replace the group directory, delete,
 * add, merge away deleted text, retrain the learned models ({@link #retrain(Path)}), then publish. Until the publish
 * triage answers from the previous revision's index, models and groups; the publish switches all three at once.
 *
 * <p>A run's writes are committed as it goes, so one killed halfway resumes where it stopped (the rerun skips what
 * is in) without anything of it being searched: on disk, only {@code knowledge.json} names the published revision
 * ({@link Revision}), and it is replaced in one rename after everything else is durable. One change at a time.
 */
public final class KnowledgeBase implements AutoCloseable {
  /** Recorded in every commit of a run: the revision it builds, and whether what it holds is the demo's. */
  static final String BUILDING = "deskhand_revision";
  static final String HOLDS_DEMO = "holds_demo";
  /** How 0.3 marked a data dir holding the demo (before revisions). */
  static final String LEGACY_DEMO_MARKER = "demo-knowledge-base";
  static final List<String> DEMO_FILES = List.of("tickets.ndjson", "articles.json", "groups.json", "demo.json",
      "docs/refund-policy-for-agents.md", "docs/escalation-guide.md", "docs/shipping-carriers.md", "docs/subscription-billing-faq.md");

  /** Files to ingest; each optional. */
  public record Sources(Optional<Path> tickets, Optional<Path> articles, Optional<Path> docs) {
    /**
     * Refuses, before anything is written, sources that cannot be ingested: none given, a file that is not there, a
     * docs path that is no folder, a tickets file with nothing in it. Messages name each source as {@code prefix}
     * plus its name ("--tickets" on the command line, "tickets" in an API body).
     */
    public void check(String prefix) throws IOException {
      if (tickets.isEmpty() && articles.isEmpty() && docs.isEmpty()) {
        throw new BadInputException("ingest needs at least one of " + prefix + "tickets, " + prefix + "articles, " + prefix + "docs");
      }
      if (tickets.isPresent() && !Files.isRegularFile(tickets.get())) throw new BadInputException(prefix + "tickets " + tickets.get() + " is not a readable file");
      if (articles.isPresent() && !Files.isRegularFile(articles.get())) throw new BadInputException(prefix + "articles " + articles.get() + " is not a readable file");
      if (docs.isPresent() && !Files.isDirectory(docs.get())) throw new BadInputException(prefix + "docs " + docs.get() + " is not a directory");
      if (tickets.isPresent()) {
        try (var lines = TextFiles.lines(tickets.get())) {
          if (lines.allMatch(String::isBlank)) throw new BadInputException(prefix + "tickets " + tickets.get() + " holds no tickets");
        }
      }
    }
  }

  /** When an ingest retrains: whenever it was given tickets (`ingest`), or only when one was written (`eval`'s rerun). */
  public enum Retrain { WHEN_TICKETS_GIVEN, WHEN_TICKETS_WRITTEN }

  /** What a sync fetched from Zendesk, what its ingest did, and how many tickets left the index. */
  public record SyncResult(ZendeskSync.Report fetched, List<Ingestor.Report> reports, int removed) {}

  /**
   * @param revision the published revision (0: nothing published yet, or a data dir from before revisions)
   * @param unpublished a run stopped before its end left writes that are not searched (rerun it to finish)
   */
  public record Status(long revision, IndexCounts counts, boolean holdsDemo, Optional<Instant> lastSyncAt, boolean unpublished) {}

  private final Path dataDir;
  private final Path demoDir;
  private final LuceneKnowledgeIndex index;
  private final Embedder embedder;
  private final TextCleaner cleaner;
  private final LanguageDetector detector;
  private final TicketLabels labels;
  private final Map<Long, String> describedGroups;
  private final List<Trainer> trainers;
  private final ProgressBoard progress;
  private final PrintStream log;
  private final Clock clock;
  private final ReentrantLock changing = new ReentrantLock();
  private volatile Revision published;
  private volatile GroupDirectory groups;
  /** Whether what is written (published or not) is the demo's; guarded by {@link #changing}. */
  private boolean writtenHoldsDemo;

  /**
   * @param labels which labels a solved ticket teaches (from the config)
   * @param describedGroups Zendesk group ids named in models/groups.yaml, kept whatever groups a revision has
   * @param trainers the learned models fitted at each change
   */
  public record Parts(Path dataDir, Path demoDir, Embedder embedder, TextCleaner cleaner, LanguageDetector detector,
                      TicketLabels labels, Map<Long, String> describedGroups, List<Trainer> trainers) {}

  private KnowledgeBase(Parts parts, LuceneKnowledgeIndex index, PrintStream log, Clock clock) {
    this.dataDir = parts.dataDir();
    this.demoDir = parts.demoDir();
    this.index = index;
    this.embedder = parts.embedder();
    this.cleaner = parts.cleaner();
    this.detector = parts.detector();
    this.labels = parts.labels();
    this.describedGroups = Map.copyOf(parts.describedGroups());
    this.trainers = List.copyOf(parts.trainers());
    this.log = log;
    this.progress = new ProgressBoard(log);
    this.clock = clock;
  }

  /**
   * Opens the knowledge base in {@code {data_dir}}: the index at the published revision, its groups and learned
   * models. Learned models missing or fitted for another embedding model are retrained (a new revision).
   */
  public static KnowledgeBase open(Parts parts, PrintStream log) throws IOException {
    Files.createDirectories(parts.dataDir());
    return open(parts, LuceneKnowledgeIndex.openStaged(parts.dataDir().resolve("lucene"), parts.embedder(), log), log);
  }

  /** As {@link #open(Parts, PrintStream)} on an index already opened staged at {@code {data_dir}/lucene}; closes it on failure. */
  public static KnowledgeBase open(Parts parts, LuceneKnowledgeIndex index, PrintStream log) throws IOException {
    try {
      KnowledgeBase kb = new KnowledgeBase(parts, index, log, Clock.systemUTC());
      kb.start();
      return kb;
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private void start() throws IOException {
    Map<String, String> written = index.writer().latestCommitData();
    Optional<Revision> recorded = Revision.read(dataDir);
    Revision current;
    if (recorded.isPresent() && !index.rebuilt() && index.publish(recorded.get().index())) {
      current = recorded.get();
    } else if (recorded.isPresent()) {
      // rebuilt for another embedding model (or the recorded commit is gone): what is on disk now is the knowledge
      if (!index.rebuilt()) log.println("the published index commit of revision " + recorded.get().number() + " is gone; searching the newest");
      current = new Revision(recorded.get().number(), index.latestCommit(), recorded.get().holdsDemo(),
          recorded.get().lastSyncAt(), recorded.get().publishedAt());
      index.publish(current.index());
    } else if (written.containsKey(BUILDING)) {
      current = Revision.empty(); // the first run into this data dir stopped before its end: nothing is published
      index.publish(CommitPoint.NONE);
    } else {
      // a data dir from before revisions (0.3): its newest commit is what it served
      current = new Revision(0, index.latestCommit(), Files.isRegularFile(dataDir.resolve(LEGACY_DEMO_MARKER)),
          Optional.empty(), Optional.empty());
      index.publish(current.index());
    }
    published = current;
    writtenHoldsDemo = written.containsKey(BUILDING) ? Boolean.parseBoolean(written.get(HOLDS_DEMO)) : current.holdsDemo();
    groups = ZendeskJson.groups(groupsFile(current)).with(describedGroups);
    removeRevisionsOtherThan(current.number());
    boolean missing = false;
    for (Trainer t : trainers) {
      Optional<Trainer.Fitted> loaded = t.load(learnedDir(current));
      loaded.ifPresent(Trainer.Fitted::use);
      missing |= loaded.isEmpty();
    }
    if (index.rebuilt() || (missing && index.counts().tickets() > 0)) retrain();
  }

  // ---- reading: the published revision ----

  /** What triage searches: the published revision's index. */
  public KnowledgeIndex index() {
    return index;
  }

  /** The published revision's Zendesk groups (plus those described in models/groups.yaml). */
  public GroupDirectory groups() {
    return groups;
  }

  /** True while the published knowledge is the bundled demo, not a team's own tickets and articles. */
  public boolean holdsDemo() {
    return published.holdsDemo();
  }

  public Status status() {
    Revision r = published;
    return new Status(r.number(), index.counts(), r.holdsDemo(), r.lastSyncAt(), !index.latestCommit().equals(r.index()));
  }

  /** The phase of the change under way (or the last one), with done/total, for a service's /health. */
  public ProgressBoard progress() {
    return progress;
  }

  public long sizeOnDiskBytes() throws IOException {
    return index.sizeOnDiskBytes();
  }

  // ---- changing: each call below builds and publishes one revision ----

  /**
   * Adds tickets, articles and docs (removing the demo first). A refused input after others went in still publishes
   * those (and learns from the tickets), then the refusal is thrown.
   */
  public List<Ingestor.Report> ingest(Sources sources, TicketLabels labels, Retrain retrain) throws IOException {
    return change(c -> {
      removeDemo(c);
      Ingestor ingestor = ingestor(labels);
      List<Ingestor.Report> done = new ArrayList<>();
      if (sources.tickets().isPresent()) {
        Ingestor.Report r = ingestor.tickets(sources.tickets().get());
        done.add(r);
        c.inputsIn = true;
        c.retrain |= retrain == Retrain.WHEN_TICKETS_GIVEN || r.written() > 0;
      }
      if (sources.articles().isPresent()) {
        done.add(ingestor.articles(sources.articles().get()));
        c.inputsIn = true;
      }
      if (sources.docs().isPresent()) done.add(ingestor.docs(sources.docs().get()));
      return done;
    });
  }

  /** As {@link #ingest(Sources, TicketLabels, Retrain)} with the labels the configuration names. */
  public List<Ingestor.Report> ingest(Sources sources, Retrain retrain) throws IOException {
    return ingest(sources, labels, retrain);
  }

  /**
   * Pulls what changed in Zendesk ({@link ZendeskSync}, resumable) and applies it as one revision: the demo goes,
   * the groups are replaced, deleted and reopened tickets leave, new and changed ones come in, their old text is
   * merged away, the models are retrained (when a ticket came, changed or left).
   *
   * @param startTime first sync only: export tickets changed since then (unix seconds)
   */
  public SyncResult sync(ZendeskClient zendesk, long startTime) throws IOException {
    Instant started = clock.instant();
    return change(c -> {
      try (ZendeskSync sync = new ZendeskSync(zendesk, dataDir.resolve("sync"), progress.out())) {
        Path groupsFile = dataDir.resolve("sync").resolve("groups.json");
        ZendeskSync.Report report = sync.run(startTime, groupsFile);
        removeDemo(c);
        c.groupsJson = Optional.of(Files.readString(groupsFile));
        List<Long> removed = new ArrayList<>(report.deleted());
        removed.addAll(report.reopened());
        for (long id : removed) index.writer().deleteTicket(id);
        index.commit();
        sync.clearDeletions(removed);
        Ingestor ingestor = ingestor(labels);
        List<Ingestor.Report> reports = new ArrayList<>();
        reports.add(ingestor.tickets(sync.bundle()));
        if (report.articles() > 0) reports.add(ingestor.articles(sync.articlesFile()));
        // removed and re-written (e.g. redacted) tickets are only marked deleted in their segments until merged away
        index.expungeDeletes();
        // a scheduled sync that found nothing new keeps the models (retraining 10,000 tickets takes a core for a minute)
        c.retrain = !removed.isEmpty() || reports.get(0).written() > 0;
        c.syncedAt = Optional.of(started);
        return new SyncResult(report, reports, removed.size());
      } catch (SQLException e) {
        throw new IOException("the sync staging store failed: " + e.getMessage(), e);
      }
    });
  }

  /** Loads the bundled demo knowledge base (eval/demo in the repository, also inside the jar) and trains on it. */
  public void loadDemo() throws IOException {
    change(c -> {
      if (!writtenHoldsDemo && !index.writer().writtenCounts().isEmpty()) {
        throw new IllegalStateException("the demo loads only into an empty knowledge base");
      }
      writtenHoldsDemo = true;
      c.record();
      Path demo = demoDir;
      if (!Files.isRegularFile(demo.resolve("tickets.ndjson"))) {
        demo = dataDir.resolve("bundled-demo");
        for (String f : DEMO_FILES) ModelFiles.extract("demo/" + f, demo.resolve(f));
      }
      log.println("index is empty: loading the demo knowledge base from " + demo);
      var manifest = new ObjectMapper().readTree(demo.resolve("demo.json").toFile());
      Ingestor ingestor = ingestor(new TicketLabels(Optional.of(manifest.path("intent_custom_field_id").asLong()), "intent__"));
      log.println(ingestor.tickets(demo.resolve("tickets.ndjson")));
      log.println(ingestor.articles(demo.resolve("articles.json")));
      if (Files.isDirectory(demo.resolve("docs"))) log.println(ingestor.docs(demo.resolve("docs")));
      c.groupsJson = Optional.of(Files.readString(demo.resolve("groups.json")));
      c.retrain = true;
      return null;
    });
  }

  /**
   * Loads the demo when nothing is published and nothing is pending (or what is pending is an interrupted demo load);
   * true when it did. A stopped ingest or sync's writes are left for its rerun, not buried under the demo.
   */
  public boolean loadDemoIfEmpty() throws IOException {
    if (!index.counts().isEmpty()) return false;
    changing.lock();
    try {
      if (!writtenHoldsDemo && !index.writer().writtenCounts().isEmpty()) {
        log.println("the knowledge base holds an unfinished ingest or sync (" + index.writer().writtenCounts()
            + ", not searched yet): rerun it to finish; the demo is not loaded");
        return false;
      }
    } finally {
      changing.unlock();
    }
    loadDemo();
    return true;
  }

  /** Refits the learned models on the knowledge as it is (a new revision with the same index). */
  public void retrain() throws IOException {
    change(c -> {
      c.retrain = true;
      return null;
    });
  }

  // ---- how a change is built and published ----

  /** One change under way: the revision it builds and what its publish must do besides switching the index. */
  private final class Change {
    final long number = published.number() + 1;
    boolean retrain;
    /** An input of an ingest went in: a later one refused still publishes it. */
    boolean inputsIn;
    Optional<String> groupsJson = Optional.empty();
    Optional<Instant> syncedAt = Optional.empty();

    Change() {
      record();
    }

    /** What every commit of this change records: a rerun after a crash knows what was already done. */
    void record() {
      index.writer().recordInCommits(Map.of(BUILDING, Long.toString(number), HOLDS_DEMO, Boolean.toString(writtenHoldsDemo)));
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T apply(Change change) throws IOException;
  }

  private <T> T change(Work<T> work) throws IOException {
    changing.lock();
    try {
      progress.clear();
      Change c = new Change();
      T result;
      try {
        result = work.apply(c);
      } catch (BadInputException e) {
        // refused before anything went in: left unpublished, and the demo (if any) stays in force until a run succeeds
        if (c.inputsIn) publish(c);
        throw e;
      }
      publish(c);
      return result;
    } finally {
      changing.unlock();
    }
  }

  /**
   * The demo goes before a team's own data comes in: left in place, its fictional tickets, articles, groups and
   * intents would be cited and applied on real tickets. Its removal is committed at once (a rerun after a crash does
   * not remove anything again) but, like the rest, searched only from the publish on.
   */
  private void removeDemo(Change c) throws IOException {
    if (!writtenHoldsDemo) return;
    index.writer().deleteAll();
    writtenHoldsDemo = false;
    c.record();
    index.commit();
  }

  private void publish(Change c) throws IOException {
    Revision previous = published;
    boolean demoGone = previous.holdsDemo() && !writtenHoldsDemo;
    CommitPoint written = index.latestCommit();
    boolean changed = !written.equals(previous.index()) || c.retrain || c.groupsJson.isPresent() || c.syncedAt.isPresent();
    if (!changed) return;
    CommitPoint point = index.commit();
    Path dir = revisionDir(c.number);
    deleteTree(dir);
    Files.createDirectories(dir);
    List<Trainer.Fitted> fitted = c.retrain || demoGone ? retrain(dir) : List.of();
    if (fitted.isEmpty()) copyLearned(learnedDir(previous), dir);
    Optional<String> groupsJson = c.groupsJson.isPresent() ? c.groupsJson
        : demoGone || !Files.isRegularFile(groupsFile(previous)) ? Optional.empty() : Optional.of(Files.readString(groupsFile(previous)));
    if (groupsJson.isPresent()) Files.writeString(dir.resolve("groups.json"), groupsJson.get());
    Revision next = new Revision(c.number, point, writtenHoldsDemo, c.syncedAt.or(previous::lastSyncAt), Optional.of(clock.instant()));
    IndexCounts before = index.counts();
    next.write(dataDir);
    // published on disk; now in memory: index, models and groups
    index.publish(point);
    fitted.forEach(Trainer.Fitted::use);
    groups = ZendeskJson.groups(dir.resolve("groups.json")).with(describedGroups);
    published = next;
    if (demoGone) log.println("removed the bundled demo knowledge base (" + before + "): your own tickets and articles replace it");
    removeRevisionsOtherThan(next.number());
    if (previous.number() == 0) removeLegacyFiles();
    log.println("published knowledge revision " + next.number() + " (" + index.counts() + ")");
  }

  /**
   * Fits every learned model on the revision being built, saving them in its folder; each is switched in when that
   * revision is published. The one place a learned model joins the knowledge lifecycle: add a {@link Trainer}.
   */
  private List<Trainer.Fitted> retrain(Path dir) throws IOException {
    Trainer.TrainingData data = new BuildingRevision();
    List<Trainer.Fitted> fitted = new ArrayList<>();
    for (Trainer t : trainers) fitted.add(t.train(data, dir));
    return fitted;
  }

  /** The revision being built as its trainers see it: what is written, searched before it is published. */
  private final class BuildingRevision implements Trainer.TrainingData {
    private int max = -1;
    private List<LabelledTicket> newest;

    @Override
    public List<LabelledTicket> newestTickets(int max) throws IOException {
      if (max != this.max) {
        newest = index.writer().newestTickets(max).stream()
            .map(s -> new LabelledTicket(s.ticket().id(), s.ticket().requestText(), s.vector(), s.ticket().labels(), s.ticket().tags()))
            .toList();
        this.max = max;
      }
      return newest;
    }

    @Override
    public KnowledgeIndex index() {
      return index.written();
    }
  }

  private Ingestor ingestor(TicketLabels labels) {
    return new Ingestor(index, embedder, cleaner, detector, labels, ZendeskJson::thread, progress);
  }

  private Path revisionDir(long number) {
    return dataDir.resolve("revisions").resolve(Long.toString(number));
  }

  /** Where a revision's learned models are: its folder, or for a data dir from before revisions, where 0.3 kept them. */
  private Path learnedDir(Revision r) {
    return r.number() == 0 ? dataDir.resolve("classifiers") : revisionDir(r.number());
  }

  private Path groupsFile(Revision r) {
    return r.number() == 0 ? dataDir.resolve("groups.json") : revisionDir(r.number()).resolve("groups.json");
  }

  /** A change that did not retrain keeps the previous revision's learned models. */
  private static void copyLearned(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) return;
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("groups.json")).toList()) {
        Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Folders of revisions no longer published, and of one a crash stopped before its publish. */
  private void removeRevisionsOtherThan(long keep) throws IOException {
    Path all = dataDir.resolve("revisions");
    if (!Files.isDirectory(all)) return;
    try (Stream<Path> dirs = Files.list(all)) {
      for (Path d : dirs.filter(d -> !d.getFileName().toString().equals(Long.toString(keep))).toList()) deleteTree(d);
    }
  }

  private void removeLegacyFiles() throws IOException {
    Files.deleteIfExists(dataDir.resolve(LEGACY_DEMO_MARKER));
    Files.deleteIfExists(dataDir.resolve("groups.json"));
    deleteTree(dataDir.resolve("classifiers"));
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (var walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
