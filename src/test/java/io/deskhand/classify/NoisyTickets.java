package io.deskhand.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Made-up support tickets in English, German, Spanish, French and Portuguese whose group, priority and type are only
 * weakly tied to their words, as on a real team's history: a ticket carries a few words of its group, priority and
 * type among filler, words of other labels and order numbers, and a quarter of the labels are another value
 * altogether (agents disagree, fields are left at their default). Words take inflections, so character n-grams
 * see what whole words miss. Priorities are unbalanced (urgent is rare).
 *
 * <p>Embeddings are made up too, like an English-only model's on such text: a ticket's vector mostly says which
 * language it is in, an English one's says a little about its group, other languages' hardly anything.
 *
 * <p>{@code main(dir)} writes {@code noisy-train.csv} and {@code noisy-test.csv} for `eval` (real embeddings then).
 */
public final class NoisyTickets {
  static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "pt");
  static final String[] GROUPS = {"billing", "shipping", "account", "technical", "returns"};
  static final String[] PRIORITIES = {"low", "normal", "high", "urgent"};
  private static final double[] PRIORITY_SHARE = {0.2, 0.5, 0.24, 0.06};
  static final String[] TYPES = {"question", "incident", "problem", "task"};

  /** Per language: words of each group, priority and type (in the arrays' order), then filler and greetings. */
  private static final Map<String, String[][]> WORDS = Map.of(
      "en", new String[][] {
          {"invoice", "charge", "payment", "card", "refund", "bill"}, {"parcel", "delivery", "courier", "tracking", "shipment", "address"},
          {"password", "login", "profile", "email", "account", "username"}, {"app", "crash", "error", "screen", "update", "browser"},
          {"return", "label", "exchange", "size", "faulty", "warehouse"},
          {"whenever", "someday", "curious", "eventually"}, {"please", "soon", "request", "help"},
          {"today", "quickly", "blocked", "again"}, {"chargeback", "lawyer", "immediately", "unacceptable"},
          {"how", "wondering", "possible", "information"}, {"broken", "stopped", "failed", "down"},
          {"always", "recurring", "every", "since"}, {"change", "cancel", "add", "remove"},
          {"the", "my", "and", "with", "from", "order", "last", "week", "thanks", "still", "have", "your", "about", "this"},
          {"Hello", "Hi", "Dear team", "Good morning"}},
      "de", new String[][] {
          {"rechnung", "abbuchung", "zahlung", "karte", "erstattung", "betrag"}, {"paket", "lieferung", "zusteller", "sendung", "versand", "adresse"},
          {"passwort", "anmeldung", "profil", "konto", "benutzername", "zugang"}, {"app", "absturz", "fehler", "bildschirm", "aktualisierung", "browser"},
          {"rücksendung", "etikett", "umtausch", "größe", "defekt", "lager"},
          {"irgendwann", "gelegentlich", "neugierig", "später"}, {"bitte", "bald", "anfrage", "hilfe"},
          {"heute", "schnell", "gesperrt", "wieder"}, {"rückbuchung", "anwalt", "sofort", "inakzeptabel"},
          {"wie", "frage", "möglich", "auskunft"}, {"kaputt", "funktioniert", "fehlgeschlagen", "ausgefallen"},
          {"immer", "wiederholt", "jedes", "seit"}, {"ändern", "kündigen", "hinzufügen", "entfernen"},
          {"der", "die", "und", "mit", "meine", "bestellung", "letzte", "woche", "danke", "noch", "habe", "ihre", "über", "das"},
          {"Hallo", "Guten Tag", "Liebes Team", "Sehr geehrte Damen und Herren"}},
      "es", new String[][] {
          {"factura", "cargo", "pago", "tarjeta", "reembolso", "importe"}, {"paquete", "entrega", "mensajero", "seguimiento", "envío", "dirección"},
          {"contraseña", "acceso", "perfil", "correo", "cuenta", "usuario"}, {"aplicación", "cierre", "error", "pantalla", "actualización", "navegador"},
          {"devolución", "etiqueta", "cambio", "talla", "defectuoso", "almacén"},
          {"cuando", "algún", "curiosidad", "después"}, {"favor", "pronto", "solicitud", "ayuda"},
          {"hoy", "rápido", "bloqueado", "otra"}, {"contracargo", "abogado", "inmediatamente", "inaceptable"},
          {"cómo", "pregunta", "posible", "información"}, {"roto", "dejó", "falló", "caído"},
          {"siempre", "repetido", "cada", "desde"}, {"cambiar", "cancelar", "añadir", "quitar"},
          {"el", "mi", "y", "con", "de", "pedido", "última", "semana", "gracias", "todavía", "tengo", "su", "sobre", "esto"},
          {"Hola", "Buenos días", "Estimado equipo", "Buenas tardes"}},
      "fr", new String[][] {
          {"facture", "prélèvement", "paiement", "carte", "remboursement", "montant"}, {"colis", "livraison", "livreur", "suivi", "expédition", "adresse"},
          {"mot de passe", "connexion", "profil", "courriel", "compte", "identifiant"}, {"application", "plantage", "erreur", "écran", "mise à jour", "navigateur"},
          {"retour", "étiquette", "échange", "taille", "défectueux", "entrepôt"},
          {"quand", "éventuellement", "curieux", "plus tard"}, {"merci", "bientôt", "demande", "aide"},
          {"aujourd'hui", "vite", "bloqué", "encore"}, {"opposition", "avocat", "immédiatement", "inadmissible"},
          {"comment", "question", "possible", "renseignement"}, {"cassé", "arrêté", "échoué", "panne"},
          {"toujours", "répété", "chaque", "depuis"}, {"modifier", "annuler", "ajouter", "supprimer"},
          {"le", "ma", "et", "avec", "de", "commande", "dernière", "semaine", "merci", "encore", "j'ai", "votre", "sur", "ceci"},
          {"Bonjour", "Salut", "Chère équipe", "Madame, Monsieur"}},
      "pt", new String[][] {
          {"fatura", "cobrança", "pagamento", "cartão", "reembolso", "valor"}, {"encomenda", "entrega", "estafeta", "rastreio", "envio", "morada"},
          {"senha", "login", "perfil", "email", "conta", "utilizador"}, {"aplicação", "falha", "erro", "ecrã", "atualização", "navegador"},
          {"devolução", "etiqueta", "troca", "tamanho", "defeituoso", "armazém"},
          {"quando", "algum", "curioso", "depois"}, {"favor", "breve", "pedido", "ajuda"},
          {"hoje", "rápido", "bloqueado", "novamente"}, {"estorno", "advogado", "imediatamente", "inaceitável"},
          {"como", "pergunta", "possível", "informação"}, {"partido", "parou", "falhou", "avariado"},
          {"sempre", "repetido", "cada", "desde"}, {"alterar", "cancelar", "adicionar", "remover"},
          {"o", "meu", "e", "com", "de", "compra", "última", "semana", "obrigado", "ainda", "tenho", "sua", "sobre", "isto"},
          {"Olá", "Bom dia", "Cara equipa", "Boa tarde"}});
  private static final Map<String, String[]> ENDINGS = Map.of(
      "en", new String[] {"", "", "s", "ed", "ing"}, "de", new String[] {"", "", "en", "e", "s"},
      "es", new String[] {"", "", "s", "es", "ado"}, "fr", new String[] {"", "", "s", "é", "es"},
      "pt", new String[] {"", "", "s", "ado", "os"});

  /** A made-up ticket: text, language, made-up embedding and labels. */
  record Ticket(long id, String language, String text, float[] vector, String group, String priority, String type) {
    LabelledTicket labelled() {
      return new LabelledTicket(id, text, vector, Map.of("group", group, "priority", priority, "type", type), List.of());
    }
  }

  private final Random random;
  private final int dimension;
  private final float[][] languageDirections;
  private final float[][] groupDirections;

  NoisyTickets(long seed, int dimension) {
    this.random = new Random(seed);
    this.dimension = dimension;
    this.languageDirections = new float[LANGUAGES.size()][];
    for (int l = 0; l < languageDirections.length; l++) languageDirections[l] = gaussian();
    this.groupDirections = new float[GROUPS.length][];
    for (int g = 0; g < groupDirections.length; g++) groupDirections[g] = gaussian();
  }

  List<Ticket> tickets(int n, long firstId) {
    List<Ticket> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(ticket(firstId + i));
    return out;
  }

  private Ticket ticket(long id) {
    int language = random.nextInt(LANGUAGES.size());
    String lang = LANGUAGES.get(language);
    String[][] words = WORDS.get(lang);
    int group = random.nextInt(GROUPS.length);
    int priority = pick(PRIORITY_SHARE);
    int type = random.nextInt(TYPES.length);
    StringBuilder text = new StringBuilder(words[14][random.nextInt(words[14].length)]).append(",");
    int length = 8 + random.nextInt(14);
    for (int w = 0; w < length; w++) {
      double r = random.nextDouble();
      String word;
      if (r < 0.13) word = inflect(lang, words[group][random.nextInt(6)]);
      else if (r < 0.21) word = inflect(lang, words[5 + priority][random.nextInt(4)]);
      else if (r < 0.29) word = inflect(lang, words[9 + type][random.nextInt(4)]);
      else if (r < 0.45) word = inflect(lang, words[random.nextInt(13)][random.nextInt(4)]); // another label's word
      else if (r < 0.50) word = Integer.toString(100000 + random.nextInt(900000)); // an order number
      else word = words[13][random.nextInt(words[13].length)];
      text.append(' ').append(word);
    }
    text.append('.');
    // a quarter of the labels are another value: agents disagree, defaults stay
    if (random.nextDouble() < 0.25) group = random.nextInt(GROUPS.length);
    if (random.nextDouble() < 0.25) priority = pick(PRIORITY_SHARE);
    if (random.nextDouble() < 0.25) type = random.nextInt(TYPES.length);
    float[] v = new float[dimension];
    float[] noise = gaussian();
    double topic = lang.equals("en") ? 0.5 : 0.1;
    for (int d = 0; d < dimension; d++) {
      v[d] = (float) (languageDirections[language][d] + topic * groupDirections[group][d] + 1.2 * noise[d]);
    }
    normalise(v);
    return new Ticket(id, lang, text.toString(), v, GROUPS[group], PRIORITIES[priority], TYPES[type]);
  }

  private String inflect(String lang, String word) {
    String[] endings = ENDINGS.get(lang);
    return word + endings[random.nextInt(endings.length)];
  }

  private int pick(double[] shares) {
    double r = random.nextDouble();
    for (int i = 0; i < shares.length; i++) {
      r -= shares[i];
      if (r < 0) return i;
    }
    return shares.length - 1;
  }

  private float[] gaussian() {
    float[] v = new float[dimension];
    for (int d = 0; d < dimension; d++) v[d] = (float) (random.nextGaussian() / Math.sqrt(dimension));
    return v;
  }

  private static void normalise(float[] v) {
    double n = 0;
    for (float x : v) n += x * x;
    n = Math.sqrt(n);
    for (int d = 0; d < v.length; d++) v[d] /= (float) n;
  }

  /** Writes noisy-train.csv (4,000 tickets) and noisy-test.csv (1,000) for `eval --train --test`. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Files.createDirectories(dir);
    NoisyTickets gen = new NoisyTickets(16, 8);
    write(dir.resolve("noisy-train.csv"), gen.tickets(4000, 1));
    write(dir.resolve("noisy-test.csv"), gen.tickets(1000, 100_001));
  }

  private static void write(Path file, List<Ticket> tickets) throws IOException {
    try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setHeader("id", "language", "text", "group", "priority", "type").get())) {
      for (Ticket t : tickets) csv.printRecord(t.id(), t.language(), t.text(), t.group(), t.priority(), t.type());
    }
  }
}
