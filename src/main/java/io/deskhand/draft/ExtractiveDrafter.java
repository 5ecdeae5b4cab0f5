package io.deskhand.draft;

import io.deskhand.entity.EntityExtractor;
import io.deskhand.language.LanguageDetector;
import io.deskhand.ticket.ChunkHit;
import io.deskhand.ticket.Entity;
import io.deskhand.ticket.KnowledgeChunk;
import io.deskhand.ticket.RequestText;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default drafter, no LLM. Among the solved tickets retrieved in the ticket's language (the predicted intent's
 * first), it reuses the reply of the one ranked highest by the hybrid (BM25 + vector) search, with everything of that earlier ticket cut out
 * and filled from this one (see {@link ReplyScrubber}); it links the closest article in that language, or, with no
 * reply to reuse, quotes that article's most relevant sentences. Whether to draft at all is decided by the learned
 * {@link DraftGate}: below its threshold the customer gets a short clarifying question (from models/drafting.yaml)
 * instead, and an agent is told why. Every factual sentence comes from a source.
 */
public final class ExtractiveDrafter implements Drafter {
  public static final String METHOD = Draft.EXTRACTIVE;
  /** Without a fitted gate (an index with too few solved tickets), the fixed cosine gates of earlier versions. */
  static final double LEGACY_TICKET_SIMILARITY = 0.62;
  static final double LEGACY_ARTICLE_SIMILARITY = 0.5;
  /** With no gate, a solved ticket with the confidently predicted intent may be this much less similar. */
  static final double SAME_INTENT_ALLOWANCE = 0.12;
  private static final int MAX_CANDIDATES = 15;
  private static final int PASSAGE_SENTENCES = 3;
  private static final int PASSAGE_CHARS = 600;
  /** Slot kinds this ticket's own value may fill; a date in a reply is the agent's, not the customer's. */
  private static final Set<String> UNFILLED = Set.of("date", "detail", "name");
  /** A sentence ends at a full stop, question or exclamation mark followed by a space (not inside "12.00"), or at a line end. */
  private static final Pattern SENTENCE = Pattern.compile("(?m)[^\\n]+?(?:[.!?]+(?=\\s|$)|$)");
  private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");

  /**
   * The team's floors: when a team sets drafting.min_ticket_similarity or min_article_similarity, no candidate
   * under it is reused, whatever the gate says.
   */
  public record Floors(Optional<Double> ticketSimilarity, Optional<Double> articleSimilarity) {
    public static Floors none() {
      return new Floors(Optional.empty(), Optional.empty());
    }
  }

  /** How the reply to reuse is picked among the candidates (issue 12 compared them with `eval`). */
  public enum Choice { NEAREST, CONSENSUS, BLEND, FUSED }

  private final DraftingPhrases phrases;
  private final LanguageDetector detector;
  private final EntityExtractor entities;
  private final ReplyScrubber scrubber;
  private final Floors floors;
  private final Supplier<Optional<DraftGate>> gate;
  private final Choice choice;

  public ExtractiveDrafter(DraftingPhrases phrases, LanguageDetector detector, EntityExtractor entities, Floors floors,
                           Supplier<Optional<DraftGate>> gate) {
    this(phrases, detector, entities, floors, gate, Choice.FUSED);
  }

  /** With a rule for picking the reply (FUSED by default; the others are there to re-run the comparison in eval/RESULTS.md). */
  public ExtractiveDrafter(DraftingPhrases phrases, LanguageDetector detector, EntityExtractor entities, Floors floors,
                           Supplier<Optional<DraftGate>> gate, Choice choice) {
    this.phrases = phrases;
    this.detector = detector;
    this.entities = entities;
    this.scrubber = new ReplyScrubber(phrases, entities);
    this.floors = floors;
    this.gate = gate;
    this.choice = choice;
  }

  /**
   * A draft built from one source, before the gate has decided on it.
   *
   * @param body the whole draft, greeting to sign-off
   * @param features what the gate reads
   * @param similarity the source's cosine to the ticket (for the fixed gates when no gate is fitted)
   */
  public record Candidate(String body, List<Draft.Source> sources, List<String> checks, GateFeatures features,
                          double similarity, boolean sameIntent, Optional<String> sourceIntent) {}

  /** Both drafts this ticket could get: from a reused reply, from an article alone. */
  public record Proposal(String language, Optional<Candidate> reply, Optional<Candidate> article) {}

  @Override
  public Draft draft(DraftRequest request) {
    String lang = request.language();
    Optional<DraftingPhrases.Phrases> maybePhrases = phrases.phrases(lang);
    if (maybePhrases.isEmpty()) {
      return Draft.declined("No draft: Deskhand has no drafting phrases for language '" + lang + "'.", lang,
          "no drafting phrases for " + lang + " in models/drafting.yaml");
    }
    DraftingPhrases.Phrases p = maybePhrases.get();
    Proposal proposal = propose(request);
    Optional<DraftGate> fitted = gate.get();
    Optional<Candidate> reply = proposal.reply().filter(c -> floors.ticketSimilarity().map(f -> c.similarity() >= f).orElse(true));
    Optional<Candidate> article = proposal.article().filter(c -> floors.articleSimilarity().map(f -> c.similarity() >= f).orElse(true));
    String why;
    if (fitted.isPresent()) {
      DraftGate g = fitted.get();
      double pr = reply.map(c -> g.reply().probability(c.features(), lang)).orElse(0.0);
      // a ticket whose intent was abstained on is one Deskhand cannot tell the subject of: another customer's reply
      // or an article would be a guess (a wholesale enquiry got the exchange reply, then the exchange article), so a question
      boolean intentKnown = request.intent().isPresent();
      if (reply.isPresent() && intentKnown && pr >= g.reply().threshold()) return drafted(reply.get(), lang, pr);
      double pa = article.map(c -> g.article().probability(c.features(), lang)).orElse(0.0);
      if (article.isPresent() && intentKnown && pa >= g.article().threshold()) return drafted(article.get(), lang, pa);
      why = String.format(Locale.ROOT, "draft gate: reused reply %.2f (needs %.2f), article %.2f (needs %.2f)",
          pr, g.reply().threshold(), pa, g.article().threshold());
      if (!intentKnown && (reply.isPresent() || article.isPresent())) why = "intent unsure: nothing reused";
      if (reply.isEmpty() && article.isEmpty()) why = "no solved ticket or article in " + lang + " to draft from";
    } else {
      double ticketGate = floors.ticketSimilarity().orElse(LEGACY_TICKET_SIMILARITY);
      if (reply.isPresent() && (reply.get().similarity() >= ticketGate
          || (reply.get().sameIntent() && reply.get().similarity() >= ticketGate - SAME_INTENT_ALLOWANCE))) {
        return drafted(reply.get(), lang, reply.get().similarity());
      }
      double articleGate = floors.articleSimilarity().orElse(LEGACY_ARTICLE_SIMILARITY);
      if (article.isPresent() && article.get().similarity() >= articleGate) return drafted(article.get(), lang, article.get().similarity());
      why = "no source in " + lang + " close enough (no draft gate fitted yet: fixed cosine gates)";
    }
    Optional<String> clarifying = phrases.clarifying(request.intent(), lang);
    if (clarifying.isEmpty()) return Draft.declined(p.noSource(), lang, why);
    String body = greeting(p, request) + "\n\n" + clarifying.get() + "\n\n" + p.closing();
    return new Draft(DraftSafety.clean(body), Draft.CLARIFY, lang, List.of(), 0, Optional.of(p.clarifyReason() + " (" + why + ")"));
  }

  private static Draft drafted(Candidate c, String lang, double confidence) {
    return new Draft(c.body(), METHOD, lang, c.sources(), Math.max(0, Math.min(1, confidence)), Optional.empty(), c.checks());
  }

  /** The drafts this ticket could get and what the gate would read of them; {@link #draft} decides between them. */
  public Proposal propose(DraftRequest request) {
    String lang = request.language();
    Optional<DraftingPhrases.Phrases> maybePhrases = phrases.phrases(lang);
    if (maybePhrases.isEmpty()) return new Proposal(lang, Optional.empty(), Optional.empty());
    DraftingPhrases.Phrases p = maybePhrases.get();
    String question = RequestText.of(request.subject(), request.customerText());
    WordBag questionWords = WordBag.of(question);
    Vote vote = Vote.of(request.retrieved().neighbours());
    List<ChunkHit> articles = request.retrieved().articles().stream().filter(h -> lang.equals(h.chunk().language())).toList();
    StringBuilder articleText = new StringBuilder();
    for (ChunkHit h : articles) articleText.append(h.chunk().text()).append('\n');
    List<ReplyCandidate> candidates = candidates(request, lang);
    double topCosine = candidates.stream().mapToDouble(ReplyCandidate::similarity).max().orElse(0);
    Map<String, String> values = slotValues(request);

    Optional<Candidate> reply = Optional.empty();
    Optional<ReplyCandidate> chosen = choose(candidates, request.intent());
    Optional<ChunkHit> linked = articles.stream().findFirst();
    if (chosen.isPresent()) {
      ReplyCandidate c = chosen.get();
      List<String> others = new ArrayList<>();
      for (ReplyCandidate o : candidates) if (o != c) others.add(o.body().text());
      ReplyTemplate template = scrubber.scrub(c.ticket().resolution(), lang, c.ticket().requestText(), SharedWording.of(others, articleText.toString()));
      String core = template.render(values, lang);
      if (!core.isBlank()) {
        List<Draft.Source> sources = new ArrayList<>(List.of(new Draft.Source("ticket", Long.toString(c.ticket().id()), null)));
        List<String> checks = new ArrayList<>(claims(core, lang, p));
        StringBuilder body = new StringBuilder(greeting(p, request)).append("\n\n").append(core);
        Set<String> links = urls(core);
        String extra = otherQuestions(question, core, candidates, c, articles, p, checks);
        if (!extra.isEmpty()) body.append("\n\n").append(extra);
        // one link block: a reused reply that links a page already says where to read more
        if (linked.isPresent() && DraftSafety.safeUrl(linked.get().chunk().url()) && links.isEmpty()) {
          KnowledgeChunk a = linked.get().chunk();
          body.append("\n\n").append(p.articleIntro()).append("\n- ").append(a.title()).append(": ").append(a.url());
          sources.add(new Draft.Source("article", a.sourceId(), a.url()));
        }
        body.append("\n\n").append(p.closing());
        boolean sameIntent = request.intent().isPresent() && request.intent().get().equals(c.intent());
        int agreeing = 0;
        for (ReplyCandidate o : candidates) if (c.intent() != null && c.intent().equals(o.intent())) agreeing++;
        GateFeatures f = new GateFeatures(new double[] {
            c.similarity(), topCosine, c.fusedRank() < 0 ? 1 : c.fusedRank() / 5.0, questionWords.overlap(WordBag.of(c.ticket().requestText())),
            vote.shareOf(c.intent()), candidates.isEmpty() ? 0 : agreeing / (double) candidates.size(), c.consensus(),
            Math.min(candidates.size(), MAX_CANDIDATES) / (double) MAX_CANDIDATES, vote.share()});
        reply = Optional.of(new Candidate(DraftSafety.clean(body.toString()), sources, checks, f, c.similarity(), sameIntent,
            Optional.ofNullable(c.intent())));
      }
    }
    Optional<Candidate> article = Optional.empty();
    if (linked.isPresent()) {
      KnowledgeChunk a = linked.get().chunk();
      String passage = passage(a.text(), questionWords);
      if (!passage.isBlank()) { // the section's language was detected at ingest
        StringBuilder body = new StringBuilder(greeting(p, request)).append("\n\n").append(p.articleOnlyIntro()).append("\n\n").append(passage);
        List<Draft.Source> sources = new ArrayList<>();
        if (DraftSafety.safeUrl(a.url())) body.append("\n\n- ").append(a.title()).append(": ").append(a.url());
        sources.add(new Draft.Source("article", a.sourceId(), DraftSafety.safeUrl(a.url()) ? a.url() : null));
        body.append("\n\n").append(p.closing());
        GateFeatures f = new GateFeatures(new double[] {linked.get().similarity(), topCosine, questionWords.overlap(WordBag.of(a.text())),
            0, vote.share()});
        article = Optional.of(new Candidate(DraftSafety.clean(body.toString()), sources, List.of(), f, linked.get().similarity(), false,
            Optional.empty()));
      }
    }
    return new Proposal(lang, reply, article);
  }

  /**
   * Solved tickets found for this ticket whose reply is in its language: the fused list first, then the nearest in
   * that language, then the vector neighbours.
   */
  private List<ReplyCandidate> candidates(DraftRequest request, String lang) {
    Map<Long, ReplyCandidate> byId = new LinkedHashMap<>();
    List<TicketHit> similar = request.retrieved().similarTickets();
    for (int i = 0; i < similar.size(); i++) add(byId, similar.get(i), i, lang);
    for (TicketHit h : request.retrieved().sameLanguage()) add(byId, h, -1, lang);
    for (TicketHit h : request.retrieved().neighbours()) add(byId, h, -1, lang);
    List<ReplyCandidate> list = new ArrayList<>(byId.values());
    if (list.size() > MAX_CANDIDATES) list = list.subList(0, MAX_CANDIDATES);
    List<ReplyCandidate> out = new ArrayList<>();
    for (ReplyCandidate c : list) {
      double weighted = 0, weights = 0;
      for (ReplyCandidate o : list) {
        if (o == c) continue;
        weighted += o.similarity() * c.words().cosine(o.words());
        weights += o.similarity();
      }
      out.add(c.withConsensus(weights == 0 ? 0 : weighted / weights));
    }
    return out;
  }

  private void add(Map<Long, ReplyCandidate> byId, TicketHit h, int fusedRank, String lang) {
    SolvedTicket t = h.ticket();
    if (byId.containsKey(t.id()) || t.resolution().isBlank() || !lang.equals(t.language())) return;
    // the reply's language was detected at ingest; tickets indexed before that are detected here
    String replyLanguage = t.resolutionLanguage().isEmpty() ? languageOf(t.resolution()) : t.resolutionLanguage();
    if (!replyLanguage.equals(lang)) return;
    ReplyScrubber.Body body = scrubber.body(t.resolution());
    if (body.text().isBlank()) return;
    byId.put(t.id(), new ReplyCandidate(t, h.similarity(), fusedRank, body, WordBag.of(body.text()), 0));
  }

  /**
   * The reply to reuse: among the candidates with the predicted intent (all of them when the intent is abstained on
   * or none has it), the one first in the chosen {@link Choice} order (by default the fused search order, then the
   * nearest by embedding).
   */
  private Optional<ReplyCandidate> choose(List<ReplyCandidate> candidates, Optional<String> intent) {
    List<ReplyCandidate> pool = intent.map(i -> candidates.stream().filter(c -> i.equals(c.intent())).toList()).orElse(List.of());
    if (pool.isEmpty()) pool = candidates;
    Comparator<ReplyCandidate> nearest = Comparator.comparingDouble(ReplyCandidate::similarity);
    Comparator<ReplyCandidate> order = switch (choice) {
      case NEAREST -> nearest;
      case CONSENSUS -> Comparator.comparingDouble((ReplyCandidate c) -> Math.round(c.consensus() * 100) / 100.0).thenComparing(nearest);
      case BLEND -> Comparator.comparingDouble((ReplyCandidate c) -> c.consensus() + c.similarity());
      // the fused (BM25 + vector) order first: with an English-only embedding, BM25 on the stemmed field is what
      // finds French, German and Spanish neighbours
      case FUSED -> Comparator.comparingInt((ReplyCandidate c) -> c.fusedRank() < 0 ? -99 : -c.fusedRank()).thenComparing(nearest);
    };
    return pool.stream().max(order);
  }

  /** This ticket's references by kind, where it has exactly one of that kind (two order numbers: the agent picks). */
  private Map<String, String> slotValues(DraftRequest request) {
    Map<String, Set<String>> byKind = new HashMap<>();
    for (Entity e : request.entities()) byKind.computeIfAbsent(e.kind(), k -> new LinkedHashSet<>()).add(e.value());
    Map<String, String> values = new HashMap<>();
    byKind.forEach((kind, vs) -> {
      if (vs.size() == 1 && !UNFILLED.contains(kind)) values.put(kind, vs.iterator().next());
    });
    values.put("name", request.requesterName().orElse(""));
    return values;
  }

  private static String greeting(DraftingPhrases.Phrases p, DraftRequest request) {
    return request.requesterName().map(n -> p.greetingNamed().replace("{name}", n)).orElse(p.greeting());
  }

  /** Sentences claiming an action done ("I have refunded you"): the earlier agent did it, this one must check. */
  private List<String> claims(String text, String lang, DraftingPhrases.Phrases p) {
    List<String> out = new ArrayList<>();
    Matcher s = SENTENCE.matcher(text);
    while (s.find()) {
      String sentence = s.group().strip();
      for (Pattern claim : phrases.actionClaims(lang)) {
        if (claim.matcher(sentence).find()) {
          out.add(p.checkAction().replace("{text}", sentence));
          break;
        }
      }
    }
    return out;
  }

  /**
   * A ticket asking several things: the reused reply answers the question it shares most words with; each other
   * question gets the sentence of another candidate reply or article that shares most of its words, when that is
   * most of them, and otherwise a line in the checks saying the knowledge base does not answer it.
   */
  private static String otherQuestions(String question, String core, List<ReplyCandidate> candidates, ReplyCandidate chosen,
                                       List<ChunkHit> articles, DraftingPhrases.Phrases p, List<String> checks) {
    List<String> questions = new ArrayList<>();
    Matcher m = SENTENCE.matcher(question);
    while (m.find()) {
      String q = m.group().strip();
      if (q.endsWith("?") && WordBag.of(q).words().size() >= 4) questions.add(q);
    }
    if (questions.size() < 2) return "";
    WordBag coreWords = WordBag.of(core);
    String answered = questions.stream().max(Comparator.comparingDouble(q -> WordBag.of(q).overlap(coreWords))).orElseThrow();
    List<String> sourceSentences = new ArrayList<>();
    for (ReplyCandidate c : candidates) if (c != chosen && !java.util.Objects.equals(c.intent(), chosen.intent())) sentences(c.body().text(), sourceSentences);
    for (ChunkHit a : articles) sentences(a.chunk().text(), sourceSentences);
    StringBuilder extra = new StringBuilder();
    for (String q : questions) {
      if (q.equals(answered)) continue;
      WordBag qw = content(q);
      String best = null;
      double bestShare = 0;
      for (String s : sourceSentences) {
        if (coreWords.overlap(WordBag.of(s)) > 0.8) continue; // the reply says it already
        double share = shareOf(qw, WordBag.of(s));
        if (share > bestShare) {
          bestShare = share;
          best = s;
        }
      }
      if (best != null && bestShare >= 0.6) {
        if (!extra.isEmpty()) extra.append("\n\n");
        extra.append(p.otherQuestion()).append(' ').append(best);
      } else {
        checks.add(p.checkUncovered().replace("{text}", q));
      }
    }
    return extra.toString();
  }

  /** The question's words of four letters or more: the ones that say what it is about. */
  private static WordBag content(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (var e : WordBag.of(text).counts().entrySet()) if (e.getKey().length() >= 4) counts.put(e.getKey(), e.getValue());
    return new WordBag(counts, Math.sqrt(counts.size()));
  }

  private static double shareOf(WordBag of, WordBag in) {
    if (of.words().isEmpty()) return 0;
    int n = 0;
    for (String w : of.words()) if (in.contains(w)) n++;
    return n / (double) of.words().size();
  }

  private static void sentences(String text, List<String> into) {
    Matcher s = SENTENCE.matcher(text);
    while (s.find()) {
      String t = s.group().strip();
      if (t.length() >= 20 && !URL.matcher(t).find()) into.add(t);
    }
  }

  /**
   * The article section's sentences that share most words with the ticket, in their own order, up to
   * {@value #PASSAGE_SENTENCES} sentences: the part of a how-to or policy that answers, not the whole section.
   */
  static String passage(String sectionText, WordBag question) {
    String[] paragraphs = sectionText.split("\\n\\s*\\n");
    // the first paragraph of a section is its heading line when the section has one
    int from = paragraphs.length > 1 && paragraphs[0].strip().length() < 80 && !paragraphs[0].strip().matches(".*[.!?]$") ? 1 : 0;
    List<String> sentences = new ArrayList<>();
    for (int i = from; i < paragraphs.length; i++) sentences(paragraphs[i], sentences);
    if (sentences.isEmpty()) return "";
    Integer[] order = new Integer[sentences.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -WordBag.of(sentences.get(i)).cosine(question)).thenComparingInt(i -> i));
    List<Integer> picked = new ArrayList<>();
    int chars = 0;
    for (int i : order) {
      if (picked.size() >= PASSAGE_SENTENCES || chars + sentences.get(i).length() > PASSAGE_CHARS && !picked.isEmpty()) break;
      picked.add(i);
      chars += sentences.get(i).length();
    }
    picked.sort(null);
    StringBuilder sb = new StringBuilder();
    for (int i : picked) sb.append(sb.isEmpty() ? "" : " ").append(sentences.get(i));
    return sb.toString();
  }

  private static Set<String> urls(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = URL.matcher(text);
    while (m.find()) out.add(m.group().replaceAll("[.,;:)]+$", ""));
    return out;
  }

  private String languageOf(String text) {
    return detector.detect(text).code(); // the detector reads the opening only
  }

  /** The intent the nearest solved tickets vote for, weighted by similarity, and its share of the vote. */
  public record Vote(Optional<String> intent, double share, Map<String, Double> shares) {
    /** The share of the vote for one intent (0 for none or an unlabelled candidate). */
    double shareOf(String intent) {
      return intent == null ? 0 : shares.getOrDefault(intent, 0.0);
    }

    public static Vote of(List<TicketHit> neighbours) {
      Map<String, Double> votes = new HashMap<>();
      double total = 0;
      for (TicketHit h : neighbours) {
        String intent = h.ticket().labels().get("intent");
        if (intent == null) continue;
        votes.merge(intent, h.similarity(), Double::sum);
        total += h.similarity();
      }
      if (total == 0) return new Vote(Optional.empty(), 0, Map.of());
      var best = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
      Map<String, Double> shares = new HashMap<>();
      for (var e : votes.entrySet()) shares.put(e.getKey(), e.getValue() / total);
      return new Vote(Optional.of(best.getKey()), best.getValue() / total, shares);
    }
  }
}
