package io.deskhand.jobs;

import io.deskhand.draft.Draft;
import io.deskhand.ticket.ChunkHit;
import io.deskhand.ticket.Field;
import io.deskhand.ticket.Prediction;
import io.deskhand.ticket.TicketHit;
import io.deskhand.ticket.WebLinks;
import io.deskhand.triage.Triage;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The internal note Deskhand leaves on a ticket: the draft first (what the agent came for), then the predictions
 * with confidences and the solved tickets behind them, then similar tickets and articles with links. Plain text:
 * Zendesk keeps line breaks and turns URLs into links. Labels follow the ticket's language (en, fr, de, es).
 */
public final class NoteFormatter {
  /** Ends every note; a ticket whose comments contain it has been triaged already. */
  public static final String MARKER = "[deskhand:v1]";
  private static final int MAX_SIMILAR = 3;
  private static final int MAX_ARTICLES = 3;
  private static final int MAX_EVIDENCE = 3;

  record Labels(String title, String draft, String noDraft, String sources, String predictions, String similar,
                String articles, String abstained, String evidence, Map<Field, String> fields, String demo,
                String confidence, Map<String, String> bands, Map<String, String> methods, String entities) {}

  private static final Map<String, Labels> LABELS = Map.of(
      "en", new Labels("Deskhand triage", "Suggested reply (review before sending):", "No draft:", "Based on:",
          "Predictions:", "Similar solved tickets:", "Help-center articles:", "not sure, left unset", "evidence",
          fields("Intent", "Tone", "Priority", "Group", "Type"),
          "Knowledge base: Deskhand's bundled demo, a fictional shop. Until an admin runs `deskhand sync` to learn from "
              + "your own solved tickets and articles, the sources below are not yours.",
          "Draft confidence:", Map.of("low", "low", "medium", "medium", "high", "high"),
          Map.of("extractive", "reused from solved tickets and articles", "llm", "written by the language model from the sources",
              "clarify", "a clarifying question: nothing close enough to reuse"), "References in the ticket:"),
      "fr", new Labels("Tri Deskhand", "Réponse suggérée (à relire avant envoi) :", "Pas de brouillon :", "Sources :",
          "Prédictions :", "Tickets résolus similaires :", "Articles du centre d'aide :", "incertain, non renseigné", "exemples",
          fields("Intention", "Ton", "Priorité", "Groupe", "Type"),
          "Base de connaissances : la démo fournie avec Deskhand, une boutique fictive. Tant qu'un administrateur n'a pas "
              + "lancé `deskhand sync` pour apprendre de vos tickets résolus et de vos articles, les sources ci-dessous ne sont pas les vôtres.",
          "Confiance du brouillon :", Map.of("low", "faible", "medium", "moyenne", "high", "élevée"),
          Map.of("extractive", "repris de tickets résolus et d'articles", "llm", "rédigé par le modèle de langue à partir des sources",
              "clarify", "une question de précision : rien d'assez proche à reprendre"), "Références dans le ticket :"),
      "de", new Labels("Deskhand-Triage", "Antwortvorschlag (vor dem Senden prüfen):", "Kein Entwurf:", "Quellen:",
          "Vorhersagen:", "Ähnliche gelöste Tickets:", "Hilfe-Center-Artikel:", "unsicher, nicht gesetzt", "Belege",
          fields("Anliegen", "Tonfall", "Priorität", "Gruppe", "Typ"),
          "Wissensbasis: die mitgelieferte Demo von Deskhand, ein fiktiver Shop. Bis ein Admin `deskhand sync` ausführt, "
              + "um aus Ihren gelösten Tickets und Artikeln zu lernen, stammen die Quellen unten nicht von Ihnen.",
          "Sicherheit des Entwurfs:", Map.of("low", "niedrig", "medium", "mittel", "high", "hoch"),
          Map.of("extractive", "aus gelösten Tickets und Artikeln übernommen", "llm", "vom Sprachmodell aus den Quellen geschrieben",
              "clarify", "eine Rückfrage: nichts nah genug zum Übernehmen"), "Angaben im Ticket:"),
      "es", new Labels("Triaje de Deskhand", "Respuesta sugerida (revisar antes de enviar):", "Sin borrador:", "Fuentes:",
          "Predicciones:", "Tickets resueltos similares:", "Artículos del centro de ayuda:", "dudoso, sin asignar", "ejemplos",
          fields("Intención", "Tono", "Prioridad", "Grupo", "Tipo"),
          "Base de conocimiento: la demo incluida en Deskhand, una tienda ficticia. Hasta que un administrador ejecute "
              + "`deskhand sync` para aprender de sus tickets resueltos y artículos, las fuentes de abajo no son suyas.",
          "Confianza del borrador:", Map.of("low", "baja", "medium", "media", "high", "alta"),
          Map.of("extractive", "reutilizado de tickets resueltos y artículos", "llm", "escrito por el modelo de lenguaje a partir de las fuentes",
              "clarify", "una pregunta de aclaración: nada lo bastante cercano para reutilizar"), "Referencias en el ticket:"));

  /** A language's names of the fields, in {@link Field}'s order. */
  private static Map<Field, String> fields(String... names) {
    Map<Field, String> out = new java.util.EnumMap<>(Field.class);
    for (Field f : Field.values()) out.put(f, names[f.ordinal()]);
    return Map.copyOf(out);
  }

  /** Headings of what a language model adds (summary, translation), by the note's language. */
  private static final Map<String, List<String>> ASSIST_LABELS = Map.of(
      "en", List.of("Summary (language model):", "Customer's message in %s (language model):"),
      "fr", List.of("Résumé (modèle de langue) :", "Message du client en %s (modèle de langue) :"),
      "de", List.of("Zusammenfassung (Sprachmodell):", "Nachricht der Kundin / des Kunden auf %s (Sprachmodell):"),
      "es", List.of("Resumen (modelo de lenguaje):", "Mensaje del cliente en %s (modelo de lenguaje):"));

  private final String zendeskUrl;
  private final BooleanSupplier knowledgeIsDemo;

  /**
   * @param zendeskUrl the account's base URL, for agent links to tickets
   * @param knowledgeIsDemo whether the index still holds only the bundled demo: the note then says so
   */
  public NoteFormatter(URI zendeskUrl, BooleanSupplier knowledgeIsDemo) {
    String s = zendeskUrl.toString();
    this.zendeskUrl = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    this.knowledgeIsDemo = knowledgeIsDemo;
  }

  /** True while the knowledge base is the bundled demo (it can change while the service runs: a sync replaces it). */
  public boolean knowledgeIsDemo() {
    return knowledgeIsDemo.getAsBoolean();
  }

  public String ticketLink(long id) {
    return zendeskUrl + "/agent/tickets/" + id;
  }

  public String format(Triage t) {
    Labels l = LABELS.getOrDefault(t.language().code().toLowerCase(Locale.ROOT), LABELS.get("en"));
    StringBuilder out = new StringBuilder();
    out.append(l.title()).append('\n').append('\n');
    if (knowledgeIsDemo.getAsBoolean()) out.append(l.demo()).append('\n').append('\n');
    Draft d = t.draft();
    if (d.body().isBlank()) {
      out.append(l.noDraft()).append(" -\n");
    } else if (d.declined()) {
      out.append(d.body().strip()).append('\n'); // a declined draft says why, in the ticket's language, itself
      d.reason().filter(r -> r.startsWith(Draft.LLM_NOT_USED)).ifPresent(r -> out.append('(').append(r).append(")\n"));
    } else {
      out.append(l.draft()).append('\n').append(d.body().strip()).append('\n');
      out.append(l.confidence()).append(' ').append(l.bands().get(d.confidenceBand())).append(" (").append(percent(d.confidence()))
          .append(") – ").append(l.methods().getOrDefault(d.method(), d.method()));
      d.reason().ifPresent(r -> out.append(" (").append(r).append(')'));
      out.append('\n');
      for (String check : d.checks()) out.append("! ").append(check).append('\n');
      if (!d.sources().isEmpty()) {
        out.append(l.sources());
        for (Draft.Source s : d.sources()) out.append(' ').append(sourceLink(s));
        out.append('\n');
      }
    }
    if (!t.entities().isEmpty()) {
      out.append('\n').append(l.entities());
      for (var e : t.entities()) out.append(' ').append(e.kind()).append('=').append(oneLine(e.value()));
      out.append('\n');
    }
    List<String> assist = ASSIST_LABELS.getOrDefault(t.language().code().toLowerCase(Locale.ROOT), ASSIST_LABELS.get("en"));
    t.summary().ifPresent(summary -> out.append('\n').append(assist.get(0)).append('\n').append(summary.strip()).append('\n'));
    t.translation().ifPresent(tr -> out.append('\n').append(String.format(assist.get(1), tr.language())).append('\n')
        .append(tr.text().strip()).append('\n'));
    out.append('\n').append(l.predictions()).append('\n');
    for (Field field : Field.values()) {
      Prediction p = t.fields().get(field.key());
      if (p == null) continue;
      out.append("- ").append(l.fields().get(field)).append(": ").append(p.label()).append(" (").append(percent(p.confidence())).append(')');
      if (t.isAbstained(field.key())) out.append(" – ").append(l.abstained());
      List<String> ev = new ArrayList<>();
      for (Prediction.Evidence e : p.evidence()) {
        if (e.ticketId() != null && ev.size() < MAX_EVIDENCE) ev.add(ticketLink(e.ticketId()));
      }
      if (!ev.isEmpty()) out.append(" – ").append(l.evidence()).append(": ").append(String.join(" ", ev));
      out.append('\n');
    }
    if (!t.similarTickets().isEmpty()) {
      out.append('\n').append(l.similar()).append('\n');
      for (TicketHit h : t.similarTickets().subList(0, Math.min(MAX_SIMILAR, t.similarTickets().size()))) {
        out.append("- #").append(h.ticket().id()).append(' ').append(oneLine(h.ticket().subject())).append(" (")
            .append(percent(h.similarity())).append(") ").append(ticketLink(h.ticket().id())).append('\n');
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    List<ChunkHit> articles = new ArrayList<>();
    for (ChunkHit h : t.articles()) if (seen.add(h.chunk().sourceId()) && articles.size() < MAX_ARTICLES) articles.add(h);
    if (!articles.isEmpty()) {
      out.append('\n').append(l.articles()).append('\n');
      for (ChunkHit h : articles) {
        out.append("- ").append(oneLine(h.chunk().title())).append(" (").append(percent(h.similarity())).append(')');
        WebLinks.http(h.chunk().url()).ifPresent(u -> out.append(' ').append(u));
        out.append('\n');
      }
    }
    out.append('\n').append(MARKER);
    return out.toString();
  }

  private String sourceLink(Draft.Source s) {
    if ("ticket".equals(s.kind()) && s.id().matches("\\d{1,18}")) return "#" + s.id() + " " + ticketLink(Long.parseLong(s.id()));
    Optional<String> url = WebLinks.http(s.url());
    if (url.isPresent()) return url.get();
    return s.kind() + " " + s.id();
  }

  private static String percent(double confidence) {
    return Math.round(confidence * 100) + "%";
  }

  private static String oneLine(String s) {
    String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
    return t.length() > 100 ? t.substring(0, 99) + "…" : t;
  }
}
