# -*- coding: utf-8 -*-
"""German fragments for the Kaffeo demo tickets (hand-written, CC0-1.0)."""

CODE = "de"

FIRST_NAMES = [("Anna", "f"), ("Lukas", "m"), ("Julia", "f"), ("Felix", "m"), ("Laura", "f"), ("Maximilian", "m"),
               ("Katharina", "f"), ("Jan", "m"), ("Sabine", "f"), ("Thomas", "m"), ("Lisa", "f"), ("Stefan", "m"),
               ("Miriam", "f"), ("Tobias", "m"), ("Petra", "f"), ("Florian", "m"), ("Nina", "f"), ("Jürgen", "m"),
               ("Sophie", "f"), ("Matthias", "m"), ("Leonie", "f"), ("Andreas", "m"), ("Ursula", "f"), ("Timo", "m")]
LAST_NAMES = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
              "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun", "Zimmermann", "Hofer", "Gruber",
              "Huber", "Steiner", "Keller", "Brunner", "Yılmaz", "Kowalski"]
COUNTRIES = [("DE", 70), ("AT", 20), ("CH", 10)]
CITIES = {
    "DE": [("Berlin", "10245"), ("Hamburg", "22765"), ("München", "81667"), ("Köln", "50823"), ("Frankfurt am Main", "60316"),
           ("Leipzig", "04109"), ("Stuttgart", "70178"), ("Freiburg", "79098"), ("Dresden", "01099"), ("Münster", "48143")],
    "AT": [("Wien", "1070"), ("Graz", "8010"), ("Salzburg", "5020"), ("Linz", "4020"), ("Innsbruck", "6020")],
    "CH": [("Zürich", "8004"), ("Bern", "3011"), ("Basel", "4051")],
}
STREETS = ["Hauptstraße {n}", "Bahnhofstraße {n}", "Lindenweg {n}", "Schillerstraße {n}", "Gartenstraße {n}",
           "Mozartgasse {n}", "Am Markt {n}", "Kirchweg {n}"]

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def fmt_date(d):
    return "%d. %s" % (d.day, MONTHS[d.month - 1])


def fmt_date_num(d):
    return "%02d.%02d." % (d.day, d.month)


def fmt_amount(v, cur):
    s = ("%.2f" % v).replace(".", ",")
    return ("%s €" % s) if cur == "EUR" else ("%s £" % s)


def delivery(cc):
    return "2 bis 4 Werktagen" if cc == "FR" else "3 bis 6 Werktagen"


def caps_name(n):
    return "%s-Kapseln" % n


def phone(rng):
    return "+49 1%02d %07d" % (rng.choice([51, 52, 60, 70, 76]), rng.randrange(10 ** 7))


def reply_header(d):
    return "Am %02d.%02d.%d um %02d:%02d schrieb Kaffeo Support <support@kaffeo.example>:" % (
        d.day, d.month, d.year, d.hour, d.minute)


def outlook_header(d, email, subject):
    sep = "-----Ursprüngliche Nachricht-----" if d.day % 3 else "-----Original Message-----"
    return "%s\nVon: Kaffeo Support <support@kaffeo.example>\nGesendet: %s, %d. %s %d %02d:%02d\nAn: %s\nBetreff: %s" % (
        sep, WEEKDAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute, email, subject)


RE_PREFIX = ["AW: ", "Aw: ", "Re: "]
FWD_PREFIX = ["WG: ", "Fwd: "]
MOBILE_SUBJECT = "Nachricht aus der Kaffeo-App"

OPENERS = ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo Kaffeo-Team,", "Hi,", "Moin,",
           "Servus,", "Grüezi,", "Liebes Kaffeo-Team,", "Guten Morgen,", "Hallo zusammen,"]
CLOSERS = ["Vielen Dank im Voraus\n{first}", "Mit freundlichen Grüßen\n{first} {last}", "Viele Grüße\n{first}", "Danke!",
           "Beste Grüße,\n{first} {last}", "LG {first}", "MfG\n{last}", "Danke und schöne Grüße\n{first}",
           "Freundliche Grüße\n{first} {last}", "Gruß {first}"]
BACKSTORY = ["Ich kaufe seit {years} Jahren bei Ihnen und hatte bisher nie Probleme.",
             "Ich schreibe für meine Frau, das Konto läuft auf ihren Namen.",
             "Der Chat auf der Webseite hat leider nicht geantwortet.",
             "Ich mag Ihren Kaffee wirklich sehr, aber das hier ärgert mich.",
             "Das ist schon meine zweite Nachricht zu diesem Thema.",
             "Wir bestellen für unser Büro (ca. 15 Leute)."]
ASIDES = ["[not=technical.app_bug] Nebenbei: Die App stürzt auf meinem {device} ständig ab.",
          "[not=product.question] Und noch eine Frage: Eignet sich der {coffee} auch für den Vollautomaten?",
          "[not=promo.discount_code] Den Gutscheincode {code} konnte ich übrigens auch nicht einlösen, ist aber zweitrangig.",
          "[not=billing.invoice] Könnten Sie mir bei der Gelegenheit auch die Rechnung schicken?",
          "PS: Der {coffee} aus der letzten Box war super.",
          "[not=order.tracking] Nebenbei, meine letzte Bestellung war auch über eine Woche unterwegs.",
          "PS: Ihre Webseite ist heute Abend extrem langsam."]
RAMBLES = ["Entschuldigen Sie den langen Text, aber ich bin langsam echt genervt.",
           "Ich hoffe, Sie können das schnell klären.",
           "Falls ich hier falsch bin, leiten Sie es bitte weiter."]
DETAIL_LINES = ["Bestellnummer: {order}", "Bestellung {order} vom {date_num}", "(Bestellnr. {order})", "Auftrag: {order}",
                "Es geht um die Bestellung {order}."]
SUBJECT_GENERIC = ["Frage", "Anfrage", "Meine Bestellung", "Problem", "Dringend", "Kontaktformular", "Reklamation",
                   "(kein Betreff)", "Hilfe"]

FOLLOWUPS_THANKS = ["Vielen Dank!", "Super, danke für die schnelle Antwort.", "Perfekt, danke {agent}!", "Danke, alles klar.",
                    "Top, vielen Dank für die Hilfe 👍", "ok danke", "Herzlichen Dank, sehr freundlich!", "Passt, danke!"]
FOLLOWUPS_Q = [
    ("Danke! Bekomme ich dazu noch eine Bestätigung per E-Mail?",
     "Ja, Sie erhalten heute noch eine automatische Bestätigung per E-Mail. Schönen Tag!\n\n{agent}"),
    ("Alles klar. Muss ich noch etwas tun?",
     "Nein, Sie müssen nichts weiter tun, es ist alles erledigt. Viele Grüße!\n\n{agent}"),
    ("Danke. Können Sie mir dazu auch die Rechnung schicken?",
     "Gerne, ich habe Ihnen die Rechnung gerade als PDF geschickt. Sie finden sie außerdem jederzeit unter Mein Konto > Bestellungen.\n\n{agent}"),
]
SECOND_REPLIES = ["Sehr gerne, {first}! Genießen Sie Ihren Kaffee.\n\n{agent}", "Gern geschehen, einen schönen Tag noch!\n\n{agent}",
                  "Immer gerne!\n\n{agent} – Kaffeo"]

AGENT_GREETINGS = ["Hallo {first},", "Guten Tag {first} {last},", "Hallo {first} {last},", "Guten Tag,", "Hallo {first},"]
AGENT_THANKS = ["Vielen Dank für Ihre Nachricht.", "Danke, dass Sie sich bei uns melden.", "Danke für Ihre Geduld."]
AGENT_SORRY = ["Das tut mir wirklich leid.", "Bitte entschuldigen Sie die Unannehmlichkeiten.",
               "Ich verstehe Ihren Ärger vollkommen und entschuldige mich dafür.",
               "Entschuldigen Sie die Wartezeit und danke für Ihre Geduld."]
AGENT_MORE = ["Melden Sie sich gerne, falls Sie noch Fragen haben.", "Bei weiteren Fragen antworten Sie einfach auf diese E-Mail."]
ARTICLE_LINES = ["Weitere Details finden Sie in unserem Hilfe-Center: {url}", "Mehr Informationen: {url}",
                 "Unser Hilfeartikel erklärt es Schritt für Schritt: {url}"]
AGENT_CLOSINGS = ["Viele Grüße\n{agent}\nKaffeo Kundenservice", "Beste Grüße,\n{agent} – Kaffeo",
                  "Einen schönen Tag noch,\n{agent}", "Herzliche Grüße\n{agent} vom Kaffeo-Team"]

SIGNATURES = ["--\n{first} {last}\nEinkauf\nTel.: {phone}",
              "{first} {last}\n{street}\n{postcode} {city}",
              "--\n{first} {last} | Office Management\nHolzwerk Design GmbH\nMobil: {phone}",
              "Mit freundlichen Grüßen\n\n{first} {last}\nTeamassistenz\nKanzlei Berger & Partner"]
MOBILE_SIGS = ["Von meinem iPhone gesendet", "Gesendet von meinem iPad", "Von meinem Samsung Galaxy Smartphone gesendet",
               "Gesendet von Outlook für Android", "Diese Nachricht wurde von meinem Android-Mobiltelefon mit GMX Mail gesendet."]
LEGAL_FOOTERS = [
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige "
    "Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und "
    "vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.",
    "Holzwerk Design GmbH · Sitz: Leipzig · Amtsgericht Leipzig HRB 12345 · Geschäftsführer: M. Berger",
    "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
]
QUOTED = [
    ("delivery", "Hallo {first},\n\ngute Nachrichten: Ihre Bestellung {order2} ist unterwegs!\nSendungsverfolgung: {tracking_url}\n\nIhr Kaffeo-Team", "Ihre Bestellung {order2} wurde versandt"),
    ("subscriptions", "Hallo {first},\n\nIhre nächste {plan}-Box wird am {renewal} zusammengestellt. Sie können sie in Ihrem Konto noch ändern, überspringen oder pausieren.\n\nBis bald,\nKaffeo", "Ihre Box kommt bald"),
    ("refunds", "Hallo {first},\n\nwir haben die Erstattung für Ihre Bestellung {order2} veranlasst. Sie erscheint innerhalb von 5-7 Werktagen auf Ihrem Konto.\n\nViele Grüße\nKaffeo Kundenservice", "Ihre Erstattung"),
    ("promo", "Hallo {first},\n\nNur dieses Wochenende: 15 % auf alle Single Origins mit dem Code KAFFEO15!\n\nNewsletter abbestellen", "Nur dieses Wochenende: -15 %"),
    ("account", "Hallo,\n\nSie haben das Zurücksetzen Ihres Passworts angefordert. Dieser Link ist 1 Stunde gültig.\n\nFalls Sie das nicht waren, ignorieren Sie diese E-Mail.", "Passwort zurücksetzen"),
    ("invoices", "Hallo {first},\n\ndanke für Ihre Bestellung {order2}! Ihre Rechnung finden Sie unter Mein Konto > Bestellungen.\n\nIhr Kaffeo-Team", "Bestellbestätigung {order2}"),
    ("returns", "Hallo {first},\n\nanbei Ihr vorfrankiertes Rücksendeetikett. Geben Sie das Paket einfach in einer DHL-Filiale ab.\n\nLena – Kaffeo", "Ihr Rücksendeetikett"),
]

I = {}

I["billing.refund"] = {
    "subjects": ["Erstattung", "Rückerstattung noch nicht erhalten", "Erstattung Bestellung {order}", "Wo bleibt mein Geld?",
                 "Rückzahlung"],
    "msgs": [
        "[sc=return] Ich habe das Paket vor {days} Tagen mit Ihrem Rücksendeetikett zurückgeschickt und noch keine Erstattung bekommen. {ask}",
        "Sie haben mir die Stornierung der Bestellung {order} am {date} bestätigt, aber die {amount} sind immer noch nicht auf meinem Konto. Ist das normal?",
        "Laut meinem Kundenkonto wurde die Erstattung über {amount} am {refund_date} ausgeführt, meine Bank sieht aber nichts. Was stimmt denn nun?",
        "[sc=card] Kurze Frage: Geht die Erstattung auf meine Kreditkarte zurück oder bekomme ich ein Guthaben? Die Karte wurde letzten Monat ausgetauscht.",
        "ICH WARTE SEIT DREI WOCHEN AUF MEINE {amount}. ANTWORTET MIR BITTE ENDLICH.",
        "[sc=return] [cat=grinder] Ich habe die {item} zurückgeschickt, weil sie mir zu laut war (Abgabe bei DHL am {date}). Ist sie angekommen und wann wird erstattet?",
        "Ich bekam nur {amount} zurück, aber die ganze Bestellung {order} wurde storniert. Müssten die Versandkosten nicht auch erstattet werden?",
        "[sc=return] Rücksendung ist laut Tracking seit einer Woche bei Ihnen. Seitdem passiert nichts. {ask}",
    ],
    "asks": ["Können Sie bitte nachsehen?", "Wann bekomme ich mein Geld zurück?", "Bitte um kurze Info zum Stand.",
             "Bitte kümmern Sie sich zeitnah darum."],
    "replies": {"default": [
        "Ich habe die Bestellung {order} geprüft: Die Erstattung über {amount} wurde heute freigegeben. Sie geht auf das ursprünglich verwendete Zahlungsmittel zurück und ist je nach Bank in der Regel innerhalb von 5–7 Werktagen sichtbar. Sie erhalten eine Bestätigung per E-Mail mit der Referenz {ref}.",
        "Die Erstattung über {amount} wurde am {refund_date} ausgelöst (Referenz {ref}). Erstattungen gehen immer innerhalb von 5–7 Werktagen auf das ursprüngliche Zahlungsmittel zurück, sie sollte also in Kürze sichtbar sein. Wurde Ihre Karte inzwischen ersetzt, bucht Ihre Bank den Betrag automatisch auf die neue Karte. Falls danach nichts ankommt, antworten Sie einfach auf diese Nachricht.",
    ], "card": [
        "Erstattungen gehen immer auf das bei der Bestellung verwendete Zahlungsmittel zurück, ein Guthaben gibt es nur auf Wunsch. Da Ihre Karte ersetzt wurde, bucht Ihre Bank den Betrag automatisch auf die neue Karte – Sie müssen nichts tun. Für die Bestellung {order} wurde die Erstattung über {amount} am {refund_date} ausgelöst (Ref. {ref}); rechnen Sie mit 5–7 Werktagen.",
    ], "return": [
        "Ihre Rücksendung ist in unserem Lager in Lyon eingetroffen und wurde geprüft. Wir haben deshalb die Erstattung von {amount} auf Ihr ursprüngliches Zahlungsmittel veranlasst (Referenz {ref}). Bitte rechnen Sie mit 5–7 Werktagen, bis der Betrag auf Ihrem Kontoauszug erscheint.",
        "Ihr Paket ist am {refund_date} in unserem Lager eingegangen und wurde geprüft; die Erstattung über {amount} (Ref. {ref}) ging am selben Tag auf Ihr ursprüngliches Zahlungsmittel raus. Banken brauchen in der Regel 5–7 Werktage, bis der Betrag sichtbar ist. Entschuldigen Sie, dass wir Ihnen nicht früher Bescheid gegeben haben.",
    ]},
}

I["billing.double_charge"] = {
    "subjects": ["Doppelt abgebucht", "Doppelte Abbuchung", "Zweimal bezahlt", "Doppelbelastung Kreditkarte"],
    "msgs": [
        "Auf meinem Konto sind zwei Abbuchungen von {amount} von Kaffeo am selben Tag, obwohl ich nur eine Bestellung ({order}) habe. Bitte erstatten Sie den doppelten Betrag.",
        "Die Zahlung ist beim ersten Versuch fehlgeschlagen, ich habe es nochmal probiert und jetzt wurde zweimal {amount} abgebucht.",
        "[cat=machine] Ich habe eine {item} bestellt und meine Bank zeigt zwei Zahlungen über {amount}. Das ist viel Geld, bitte dringend korrigieren!",
        "Meine {plan}-Box wurde diesen Monat zweimal abgebucht ({amount} am {last_charge} und am Tag danach nochmal). Ich habe nur ein Abo!",
        "SIE HABEN MIR DOPPELT ABGEBUCHT!!! {amount2} STATT {amount}.",
    ],
    "replies": [
        "Ich habe es bei unserem Zahlungsdienstleister geprüft: Für die Bestellung {order} wurden tatsächlich zweimal {amount} eingezogen. Die zweite Zahlung wurde heute erstattet (Referenz {ref}) und ist innerhalb von 5–7 Werktagen wieder auf Ihrem ursprünglichen Zahlungsmittel.",
        "Sie haben recht, durch einen Fehler beim Bezahlvorgang wurde die Zahlung doppelt erfasst. Ich habe die doppelte Abbuchung von {amount} erstattet; der Betrag ist innerhalb von 5–7 Werktagen wieder auf Ihrem Konto. Berechnet wird die Bestellung natürlich nur einmal.",
    ],
}

I["billing.invoice"] = {
    "subjects": ["Rechnung", "Rechnung benötigt", "Rechnung für Bestellung {order}", "Wo finde ich meine Rechnung?",
                 "Rechnung mit Firmenadresse"],
    "msgs": [
        "Könnten Sie mir bitte die Rechnung zur Bestellung {order} schicken? Ich finde sie nicht in meinen E-Mails.",
        "[sc=vat] Ich brauche eine Rechnung auf unsere Firma mit USt-IdNr. (DE123456789) für die Bestellung {order}. Geht das?",
        "Wo kann ich die Rechnungen für mein Abo herunterladen? Mein Steuerberater braucht sie für das ganze Jahr.",
        "Auf der Rechnung steht noch meine alte Adresse. Bitte neu ausstellen mit {street}, {postcode} {city}.",
        "rechnung für {order} bitte, für die Spesenabrechnung",
    ],
    "replies": {
        "default": [
            "Im Anhang finden Sie die Rechnung zur Bestellung {order}. Alle Rechnungen (Einzelbestellungen und Abo-Boxen) können Sie übrigens jederzeit als PDF unter Mein Konto > Bestellungen herunterladen: Bestellung anklicken und „Rechnung herunterladen“ wählen.",
            "Erledigt, ich habe Ihnen die Rechnung per E-Mail geschickt. Kleiner Tipp für das nächste Mal: Unter Mein Konto > Bestellungen lädt das PDF-Symbol rechts neben jeder Bestellung die Rechnung direkt herunter.",
        ],
        "vat": [
            "Ich habe die Rechnung zur Bestellung {order} mit Ihrem Firmennamen und Ihrer USt-IdNr. neu erstellt, sie liegt dieser E-Mail bei. Für künftige Bestellungen können Sie diese Angaben unter Mein Konto > Rechnungsadressen hinterlegen; sie erscheinen dann automatisch auf den Rechnungen unter Mein Konto > Bestellungen.",
        ],
    },
}

I["billing.payment_failed"] = {
    "subjects": ["Zahlung fehlgeschlagen", "Zahlung abgelehnt", "Karte wird nicht akzeptiert", "Problem bei der Zahlung"],
    "msgs": [
        "Ich habe eine E-Mail bekommen, dass die Zahlung für meine {plan}-Box fehlgeschlagen ist. Auf dem Konto ist aber genug Geld. Was ist los?",
        "[sc=order] Ich kann meine Bestellung nicht abschließen, die Zahlung wird jedes Mal abgelehnt (Visa). Schon dreimal probiert.",
        "[sc=expired] Meine Karte ist abgelaufen, daher vermutlich die fehlgeschlagene Abbuchung. Wird die Box trotzdem verschickt, wenn ich sie aktualisiere?",
        "[sc=order] PayPal funktioniert bei Ihnen nicht, ich lande immer wieder im Warenkorb mit einer Fehlermeldung.",
        "[sc=order] Zahlung in der App abgelehnt, obwohl die Karte überall sonst geht?!",
    ],
    "replies": {
        "default": [
            "Die Ablehnung kam von Ihrer Bank („vom Kartenherausgeber abgelehnt“), nicht von uns. Wir versuchen die Zahlung automatisch innerhalb von 48 Stunden erneut; Sie können auch unter Mein Konto > Zahlungsarten Ihre Karte aktualisieren und auf „Zahlung erneut versuchen“ klicken. Ihre {plan}-Box wird verschickt, sobald die Zahlung durch ist.",
        ],
        "order": [
            "Ihre Bestellung wurde nicht belastet, Sie können es also ohne Risiko einer Doppelzahlung erneut versuchen. Meist liegt so etwas an einem Online-Limit oder einer abgelaufenen 3D-Secure-Bestätigung; Ihre Bank kann das bestätigen. Versuchen Sie es gerne über die Webseite statt über die App oder mit PayPal.",
            "Der Zahlungsversuch wurde von Ihrer Bank bei der 3D-Secure-Prüfung blockiert: Es wurde nichts abgebucht und die Bestellung wurde nicht angelegt. Bitte versuchen Sie es erneut und bestätigen Sie die Anfrage in Ihrer Banking-App; klappt es wieder nicht, nutzen Sie die Webseite statt der App oder PayPal. Ihr Warenkorb bleibt gespeichert.",
        ],
        "expired": [
            "Genau, die Abbuchung ist fehlgeschlagen, weil die hinterlegte Karte abgelaufen ist. Fügen Sie Ihre neue Karte unter Mein Konto > Zahlungsarten hinzu und legen Sie sie als Standard fest: Wir versuchen die Zahlung von {amount} dann automatisch erneut, und Ihre {plan}-Box geht direkt danach raus. Bitte senden Sie uns aus Sicherheitsgründen niemals Kartendaten per E-Mail.",
        ],
    },
}

I["billing.update_payment_method"] = {
    "subjects": ["Zahlungsart ändern", "Neue Kreditkarte hinterlegen", "Umstellung auf Lastschrift", "Kartendaten aktualisieren"],
    "msgs": [
        "Wie ändere ich die Karte für mein Abo? Ich habe eine neue, Endziffern {last4_new}.",
        "Kann ich mein Abo auch per SEPA-Lastschrift bezahlen statt mit Kreditkarte?",
        "Meine Karte läuft Ende des Monats ab. Muss ich etwas tun, damit die Box am {renewal} bezahlt wird?",
        "[sc=app] In der App bleibt der Button „Speichern“ ausgegraut, wenn ich die Karte ändern will. Können Sie das machen?",
    ],
    "replies": {"default": [
        "Das können Sie in wenigen Sekunden selbst erledigen: Mein Konto > Zahlungsarten > „Karte hinzufügen“ und dann „Als Standard für mein Abo verwenden“ anhaken. Die nächste Abbuchung am {next_charge} für die Box zum {renewal} läuft dann über die neue Karte. Aus Sicherheitsgründen können wir keine Kartendaten für Sie eintragen.",
        "Ja, wir akzeptieren Karte, PayPal und SEPA-Lastschrift. Fügen Sie unter Mein Konto > Zahlungsarten die neue Zahlungsart hinzu und wählen Sie sie als Standard aus; sie wird ab der nächsten Verlängerung verwendet.",
    ], "app": [
        "Der ausgegraute Button ist ein bekannter Fehler in einer älteren App-Version. Bis zum Update nutzen Sie bitte die Webseite: Mein Konto > Zahlungsarten > Hinzufügen. Was Sie dort speichern, sehen Sie sofort auch in der App.",
    ]},
}

I["subscription.cancel"] = {
    "subjects": ["Abo kündigen", "Kündigung", "Kündigung meines Abonnements", "Box abbestellen", "Abo beenden"],
    "msgs": [
        "Hiermit kündige ich mein {plan}-Abo. Bitte bestätigen Sie mir, dass keine weiteren Abbuchungen erfolgen.",
        "Ich möchte meine Box ab nächstem Monat nicht mehr bekommen. Wir haben gerade viel zu viel Kaffee zu Hause.",
        "[sc=price] Wegen der Preiserhöhung möchte ich das Abo beenden. Bitte vor der nächsten Abbuchung am {next_charge} kündigen.",
        "WIE KANN ICH KÜNDIGEN?? IN DER APP PASSIERT NICHTS WENN ICH AUF KÜNDIGEN DRÜCKE.",
        "[sc=moving] Ich ziehe nach Kanada und Sie liefern leider nicht dorthin. Daher muss ich kündigen. Danke für {years} Jahre tollen Kaffee!",
        "Wo kann man kündigen? Ich finde den Button im Konto nicht.",
        "abo kündigen bitte",
        "Hallo, ich war mit den letzten Kaffees nicht so zufrieden und möchte kündigen. Bitte um Bestätigung per Mail.",
    ],
    "replies": {
        "default": [
            "Erledigt: Ihr {plan}-Abo ist gekündigt. Da Ihre Nachricht vor der Abbuchung am {next_charge} kam, wird keine weitere Box verschickt oder berechnet. Sie erhalten eine Bestätigung per E-Mail. Falls Sie wieder Lust bekommen, können Sie das Abo jederzeit in Ihrem Konto neu abschließen.",
            "Ich habe Ihr Abo gekündigt, es werden keine weiteren Zahlungen eingezogen. Zur Info: Kündigen können Sie auch selbst unter Mein Konto > Abo > „Kündigen“, jederzeit vor dem Verlängerungsdatum (dem 1. jedes Monats). Und falls es nur um zu viel Kaffee geht: Das Abo lässt sich auch bis zu 3 Monate pausieren.",
        ],
        "moving": [
            "Was für ein schönes Vorhaben! Ich habe Ihr {plan}-Abo gekündigt, ab sofort wird nichts mehr verschickt oder abgebucht. Vielen Dank für Ihre Treue – Ihr Konto bleibt bestehen, falls Sie zurückkommen.",
        ],
        "price": [
            "Das verstehe ich. Ich habe Ihr Abo vor der Abbuchung am {next_charge} gekündigt, es wird also nichts mehr belastet. Falls Sie irgendwann etwas Kleineres möchten: Die Box Découverte kostet {discovery_price} im Monat.",
        ],
    },
}

I["subscription.pause_skip"] = {
    "subjects": ["Abo pausieren", "Box überspringen", "Urlaub – keine Box bitte", "Lieferung aussetzen"],
    "msgs": [
        "Wir sind im August im Urlaub. Kann ich das Abo pausieren?",
        "[sc=skip] Kann ich die Box im nächsten Monat überspringen? Ich habe noch eine volle Packung {coffee}.",
        "Ich möchte mein Abo für {pause_txt} aussetzen, bis meine Vorräte aufgebraucht sind.",
        "[sc=too_long] Ich bin ein halbes Jahr im Ausland. Können Sie das Abo für 6 Monate pausieren?",
        "Wie pausiere ich? In der App sehe ich nur „Kündigen“, und kündigen will ich nicht.",
        "[sc=skip] Bitte keine Box zum {renewal}, wir sind nicht da.",
    ],
    "replies": {
        "default": [
            "Erledigt: Ihr {plan}-Abo ist für {pause_txt} pausiert. In dieser Zeit wird nichts verschickt oder abgebucht, und ab der Box zum {resume_date} läuft es automatisch weiter. Die Pause ist kostenlos, Ihr Preis bleibt gleich. Unter Mein Konto > Abo > „Pausieren“ können Sie das jederzeit ändern.",
            "Kein Problem! Unter Mein Konto > Abo finden Sie den Button „Pausieren“ (direkt über „Kündigen“), damit können Sie 1 bis 3 Monate pausieren. Ich habe es für Sie schon für {pause_txt} eingestellt, Neustart am {resume_date}.",
        ],
        "skip": [
            "Notiert: Die Box zum {renewal} wird übersprungen. Diesen Monat wird nichts abgebucht, danach läuft das Abo normal weiter. Beim nächsten Mal geht das auch selbst unter Mein Konto > Abo > „Nächste Box überspringen“, bis zum Abbuchungstag ({next_charge}).",
        ],
        "too_long": [
            "Pausen sind auf 3 Monate am Stück begrenzt. Ich habe das Abo deshalb für 3 Monate pausiert (Neustart am {resume_date}). Ein paar Tage vorher bekommen Sie eine Erinnerung und können erneut verlängern. Alternativ können Sie jetzt kündigen und nach Ihrer Rückkehr kostenlos neu starten.",
        ],
    },
}

I["subscription.change_plan"] = {
    "subjects": ["Abo ändern", "Wechsel zur Box {new_plan}", "Andere Mahlung", "Tarif wechseln"],
    "msgs": [
        "Ich würde gerne von der {plan}-Box auf die {new_plan}-Box wechseln. Geht das auch mitten im Monat?",
        "[sc=grind] Ich habe mir eine Mühle gekauft und möchte ab jetzt ganze Bohnen statt gemahlen. Bitte Abo anpassen.",
        "[plan=Classique;new_plan=Découverte] Die {plan}-Box ist für mich allein zu viel. Gibt es etwas Kleineres?",
        "[sc=grind] Können Sie die Mahlung in meiner Box auf „French Press“ umstellen?",
    ],
    "replies": {
        "default": [
            "Erledigt: Ihr Abo wechselt von {plan} zu {new_plan} ({new_plan_price} pro Monat). Die Änderung gilt ab der nächsten Box zum {renewal}, abgebucht wird am {next_charge}. Sie können den Tarif jederzeit selbst unter Mein Konto > Abo > „Tarif ändern“ wechseln.",
        ],
        "grind": [
            "Umgestellt: Ab der Box zum {renewal} wird Ihr Kaffee mit der neuen Mahlung verschickt. Diese Einstellung können Sie jederzeit unter Mein Konto > Abo > „Kaffee-Präferenzen“ ändern, bis zum {next_charge}.",
        ],
    },
}

I["subscription.renewal_charge"] = {
    "subjects": ["Unerwartete Abbuchung", "Warum wurde abgebucht?", "Abo-Abbuchung", "Abbuchung trotz Kündigung"],
    "msgs": [
        "Mir wurden am {last_charge} {amount} abgebucht, obwohl ich dachte, ich hätte gekündigt. Können Sie das erklären?",
        "[sc=why] Warum eine Abbuchung über {amount}? Ich habe diesen Monat nichts bestellt.",
        "Mir war nicht klar, dass sich das Abo automatisch verlängert. Es wurden {amount} abgebucht und ich möchte diese Box nicht. Sie ist noch nicht da.",
        "ICH HABE GEKÜNDIGT UND SIE BUCHEN TROTZDEM {amount} AB!",
        "[sc=shipped] Hab vergessen zu pausieren, die {plan}-Box kam gestern. Ich will sie nicht, kann ich mein Geld zurückbekommen?",
    ],
    "replies": {
        "default": [
            "Die Abbuchung von {amount} am {last_charge} ist die Verlängerung Ihrer {plan}-Box: Wir buchen 3 Tage vor dem Verlängerungsdatum (dem 1. des Monats) ab. Da die Box noch nicht verschickt war, habe ich sie storniert und die {amount} erstattet; der Betrag ist innerhalb von 5–7 Werktagen wieder auf Ihrem Zahlungsmittel. Ihr Abo ist jetzt gekündigt.",
            "Ich verstehe die Überraschung. Ihre Kündigung ging vor dem Verlängerungsdatum ein, die Abbuchung hätte also nicht bestehen bleiben dürfen. Ich habe sie erstattet (Ref. {ref}), der Betrag erscheint innerhalb von 5–7 Werktagen, und die Box wird nicht verschickt.",
        ],
        "why": [
            "Diese Abbuchung über {amount} ist die monatliche Verlängerung Ihres {plan}-Abos. Abos verlängern sich am 1. jedes Monats, abgebucht wird 3 Tage vorher (bei Ihnen am {last_charge}), damit wir Ihren Kaffee rechtzeitig rösten können; auf dem Kontoauszug steht „KAFFEO LYON“. Ihre Box wird in den ersten Tagen des Monats verschickt. Möchten Sie eine Box überspringen oder pausieren, geht das unter Mein Konto > Abo vor der nächsten Abbuchung am {next_charge}.",
        ],
        "shipped": [
            "Da die Box bereits zugestellt wurde, kann ich die Abbuchung nicht einfach stornieren. Sie können sie aber ungeöffnet zurückschicken: Ich habe Ihnen ein vorfrankiertes Rücksendeetikett per E-Mail geschickt. Sobald die Box in Lyon ist, erstatten wir {amount} innerhalb von 5–7 Werktagen. Außerdem habe ich Ihr Abo für nächsten Monat pausiert.",
        ],
    },
}

I["order.tracking"] = {
    "subjects": ["Wo ist meine Bestellung?", "Sendungsverfolgung {order}", "Paket nicht angekommen", "Lieferverzögerung",
                 "Bestellung noch nicht da", "Tracking aktualisiert sich nicht"],
    "msgs": [
        "Ich habe am {date} bestellt und noch nichts erhalten. Können Sie mir sagen, wo mein Paket ist?",
        "[sc=stuck] Die {carrier}-Sendungsverfolgung bewegt sich seit 4 Tagen nicht, es steht nur „in Zustellung“. Ist das normal?",
        "[sc=none] Ich habe nie eine Versandmail mit Trackingnummer für {order} bekommen. Ist die Bestellung überhaupt raus?",
        "[sc=late] Ich warte jetzt seit {days} Tagen auf meine Bestellung. Auf Ihrer Seite steht doch 3 bis 6 Werktage.",
        "Wann kommt die Bestellung {order}? Ich brauche sie bis Samstag, ist ein Geschenk.",
        "[sc=stuck] Paket liegt laut DHL seit Montag im Paketzentrum. Kommt das noch??",
        "wo bleibt meine bestellung",
        "[sc=late] IMMER NOCH NICHTS DA. BESTELLT AM {date}. UNMÖGLICH.",
        "[sc=delivered] Laut Tracking zugestellt, aber weder im Briefkasten noch bei den Nachbarn. Können Sie nachsehen, wo es abgelegt wurde?",
    ],
    "replies": {
        "default": [
            "Ihre Bestellung {order} wurde am {ship_date} mit {carrier} verschickt. Sendungsnummer: {tracking}\nSendungsverfolgung: {tracking_url}\n\nDas Paket ist in Zustellung, voraussichtliche Lieferung am {eta}. Zur Erinnerung: Wir liefern in der Regel innerhalb von {delivery} nach Versand.",
            "Ich habe nachgesehen: Das Paket hat unser Lager in Lyon am {ship_date} verlassen ({carrier}, Sendungsnummer {tracking}). Laut Zusteller kommt es am {eta}. Sie können es hier verfolgen: {tracking_url}",
        ],
        "late": [
            "Die Verzögerung tut mir leid. Ihre Bestellung {order} wurde am {ship_date} an {carrier} übergeben, hing dann aber im Paketzentrum fest. Sie ist wieder unterwegs, die Zustellung ist für den {eta} angekündigt ({tracking_url}). Falls sie bis dahin nicht da ist, schicken wir Ihnen kostenlos eine neue Bestellung.",
        ],
        "stuck": [
            "Ihr Paket steckt tatsächlich seit einigen Tagen im {carrier}-Paketzentrum fest. Ich habe einen Nachforschungsauftrag gestellt. Bewegt es sich in den nächsten 48 Stunden nicht, schicken wir Ihnen die Bestellung {order} kostenlos erneut, ohne das Ergebnis abzuwarten.",
        ],
        "delivered": [
            "Laut {carrier} wurde das Paket {tracking} am {delivered_date} als zugestellt gemeldet, allerdings ohne genauen Ablageort. Könnten Sie bis morgen noch bei den Nachbarn und in der Packstation nachfragen? Parallel habe ich einen Nachforschungsauftrag gestellt; taucht das Paket innerhalb von 48 Stunden nicht auf, schicken wir die Bestellung {order} kostenlos neu.",
        ],
        "none": [
            "Die Versandmail ist anscheinend nicht bei Ihnen angekommen, das tut mir leid. Ihre Bestellung {order} ging am {ship_date} mit {carrier} raus.\nSendungsnummer: {tracking}\nLink: {tracking_url}\n\nVoraussichtliche Zustellung: {eta}. Schauen Sie bitte auch im Spam-Ordner nach.",
        ],
    },
}

I["order.cancel"] = {
    "subjects": ["Bestellung stornieren", "Stornierung {order}", "Versehentlich bestellt", "Storno bitte"],
    "msgs": [
        "Ich habe gerade die Bestellung {order} aufgegeben und mich beim Produkt vertan. Können Sie sie vor dem Versand stornieren?",
        "Ich habe aus Versehen zweimal dasselbe bestellt ({order} und {order2}). Bitte eine davon stornieren.",
        "[sc=shipped] Ich möchte stornieren, habe aber schon die Versandbestätigung bekommen. Geht das noch?",
        "[cat=machine] Ich möchte den Kauf der {item} doch stornieren. Sie sollte noch nicht verschickt sein.",
    ],
    "replies": {
        "default": [
            "Ihre Bestellung {order} war noch nicht kommissioniert, ich habe sie storniert. Die Erstattung von {amount} ist veranlasst und innerhalb von 5–7 Werktagen auf Ihrem ursprünglichen Zahlungsmittel. Sie erhalten eine Stornobestätigung per E-Mail.",
        ],
        "shipped": [
            "Leider wurde die Bestellung {order} bereits am {ship_date} an {carrier} übergeben, eine Stornierung ist nicht mehr möglich. Sie können die Annahme verweigern (das Paket kommt automatisch zurück) oder es annehmen und innerhalb von 30 Tagen mit dem vorfrankierten Etikett zurückschicken, das ich Ihnen sende. In beiden Fällen erstatten wir nach Eingang innerhalb von 5–7 Werktagen, solange der Kaffee ungeöffnet ist.",
        ],
    },
}

I["order.change_address"] = {
    "subjects": ["Lieferadresse ändern", "Falsche Adresse", "Adressänderung Bestellung {order}"],
    "msgs": [
        "Ich habe bei der Bestellung {order} die falsche Adresse angegeben. Richtig ist: {street}, {postcode} {city}. Bitte ändern!",
        "[sc=shipped] Mein Paket ist schon unterwegs, ich hätte es aber lieber ins Büro geliefert. Ist das möglich?",
        "Bei der Lieferadresse fehlt der Name am Klingelschild (c/o {last}). Sonst kommt das Paket nicht an.",
        "Wir sind umgezogen, die Lieferadresse ist noch die alte. Neu: {street}, {postcode} {city}.",
    ],
    "replies": {
        "default": [
            "Kein Problem, die Bestellung {order} war noch nicht verschickt, ich habe die Lieferadresse geändert. Sie geht heute raus und Sie bekommen die {carrier}-Sendungsnummer per E-Mail. Denken Sie daran, auch Ihre Standardadresse unter Mein Konto > Adressen zu aktualisieren.",
        ],
        "shipped": [
            "Das Paket wurde bereits an {carrier} übergeben, wir können die Adresse daher nicht mehr ändern. Ich habe beim Zusteller eine Umleitung beantragt; Sie können über den Tracking-Link auch selbst einen anderen Zustellort wählen: {tracking_url}. Kommt das Paket zu uns zurück, schicken wir es kostenlos an die richtige Adresse.",
        ],
    },
}

I["order.damaged"] = {
    "subjects": ["Beschädigtes Paket", "Ware beschädigt angekommen", "Maschine defekt geliefert", "Kaffee ausgelaufen"],
    "msgs": [
        "Mein Paket kam völlig zerdrückt an, eine Kaffeepackung ist aufgeplatzt und alles ist voller Kaffee. Foto anbei.",
        "[cat=machine;sc=machine] Die heute gelieferte {item} hat einen Riss im Wassertank. Der Karton war auch beschädigt. Fotos im Anhang.",
        "[cat=caps] Die Packung {item} kam zerquetscht an, viele Kapseln sind eingedrückt. Was kann ich tun?",
        "PAKET KAPUTT, KAFFEE ÜBERALL. FOTO ANBEI. BITTE ERSATZ SCHICKEN.",
        "[sc=unsafe] Die Tüte {coffee} war beim Auspacken offen (Ventil abgerissen). Kann ich den noch trinken?",
        "[cat=grinder] Bei der {item} ist der Deckel vom Bohnenbehälter in zwei Teile gebrochen. Bild anbei.",
    ],
    "replies": {
        "default": [
            "Danke für das Foto und entschuldigen Sie, dass die Lieferung so ankam. Ich schicke Ihnen die beschädigten Artikel heute kostenlos neu; die {carrier}-Sendungsnummer bekommen Sie per E-Mail (Lieferung in {delivery}). Die beschädigte Ware müssen Sie nicht zurückschicken.",
            "Ihre Fotos sind angekommen. Ein vollständiger Ersatz geht heute kostenlos raus, und ich habe den Schaden bei {carrier} gemeldet. Wenn Ihnen eine Erstattung lieber ist als Ersatz, sagen Sie einfach Bescheid.",
        ],
        "machine": [
            "Wie ärgerlich! Ich schicke Ihnen eine neue {item} als Ersatz, sie geht morgen früh raus. Der Zusteller nimmt das beschädigte Gerät bei der Lieferung mit – einfach wieder in den Karton packen. Für Sie entstehen keine Kosten.",
        ],
        "unsafe": [
            "Bitte trinken Sie sicherheitshalber keinen Kaffee aus einer geöffneten oder feuchten Packung. Für unsere Meldung beim Zusteller reicht ein kurzes Foto des Produkts (einfach auf diese Mail antworten); der Ersatz wird ohnehin schon vorbereitet und geht innerhalb von 24 Stunden kostenlos raus.",
        ],
    },
}

I["order.wrong_item"] = {
    "subjects": ["Falscher Artikel geliefert", "Falsche Bestellung erhalten", "Das habe ich nicht bestellt", "Verwechslung Bestellung {order}"],
    "msgs": [
        "Ich habe {coffee} als ganze Bohne bestellt und gemahlenen Kaffee bekommen. Ich habe keine Mühle.",
        "[cat=caps] Statt der {item} habe ich Ristretto-Kapseln bekommen. Können Sie die richtigen schicken?",
        "[sc=gift;prio=urgent] Das ist ein Geschenk für morgen Abend und Sie haben die falsche Geschenkbox geschickt!!! Geht da noch was per Express?",
        "Falscher Kaffee im Paket, das ist nicht meine Bestellung. Da liegt sogar der Lieferschein von jemand anderem drin.",
    ],
    "replies": {
        "default": [
            "Entschuldigung, da ist uns beim Packen ein Fehler passiert. Ich schicke Ihnen heute kostenlos den richtigen Artikel (Lieferung in {delivery}). Den falschen Artikel können Sie behalten oder verschenken!",
            "Danke für den Hinweis. Das richtige Produkt geht heute mit {carrier} raus. Für den falschen Artikel habe ich Ihnen ein vorfrankiertes Rücksendeetikett geschickt – einfach im Paketshop abgeben, kostenlos für Sie.",
        ],
        "gift": [
            "Das tut mir sehr leid. Ich habe die richtige Geschenkbox heute noch per Express verschickt, Zustellung morgen bis 12 Uhr (Tracking kommt per E-Mail). Die falsch gelieferte Box dürfen Sie behalten. Ich hoffe, die Überraschung gelingt!",
        ],
    },
}

I["order.missing_item"] = {
    "subjects": ["Artikel fehlt", "Paket unvollständig", "Fehlender Artikel in Bestellung {order}"],
    "msgs": [
        "Bestellung {order} ist angekommen, aber die Packung {coffee} fehlt. Der Rest ist da.",
        "[cat=caps] Ich habe {qty} Packungen Kapseln bestellt und nur einen Teil erhalten. Der Karton war unbeschädigt.",
        "[sc=backorder] Bestellung kam ohne die Mühle an! Nur der Kaffee. Ist das so richtig?",
        "In meiner {plan}-Box war nur eine Packung statt zwei.",
    ],
    "replies": {
        "default": [
            "Entschuldigen Sie das Versehen. Ich habe nachgesehen: Der Artikel wurde beim Packen nicht beigelegt. Ich schicke ihn heute kostenlos mit {carrier} nach (Lieferung in {delivery}); die Sendungsnummer bekommen Sie per E-Mail.",
            "Danke für den Hinweis. Das erfasste Paketgewicht bestätigt, dass ein Artikel fehlte. Eine Nachlieferung geht heute kostenlos raus. Wenn Sie stattdessen lieber eine Erstattung möchten, geben Sie mir kurz Bescheid.",
        ],
        "backorder": [
            "Keine Sorge: Ihre Bestellung wurde in zwei Paketen verschickt, weil die Mühle gerade nachgeliefert wurde. Sie ging am {ship_date} mit {carrier} raus, Sendungsnummer {tracking} ({tracking_url}), Zustellung voraussichtlich am {eta}.",
        ],
    },
}

I["returns.return_request"] = {
    "subjects": ["Rücksendung", "Retoure anmelden", "Wie kann ich etwas zurückschicken?", "Rücksendeetikett"],
    "msgs": [
        "Ich möchte eine ungeöffnete Packung {coffee} zurückschicken, sie ist nicht das Richtige für mich. Wie geht das?",
        "[cat=machine] Meine {item} kam vor 10 Tagen, ist aber zu groß für unsere Küche. Sie ist noch originalverpackt. Kann ich sie zurückgeben?",
        "[sc=opened] Ich habe den {coffee} geöffnet und er schmeckt mir gar nicht, viel zu sauer. Kann ich ihn zurückgeben?",
        "Wie bekomme ich ein Rücksendeetikett? Ich möchte die Bestellung {order} zurückschicken.",
        "Wie lange habe ich Zeit für eine Rücksendung? Die Bestellung kam vor 3 Wochen.",
    ],
    "replies": {
        "default": [
            "Natürlich! Rücksendungen sind innerhalb von 30 Tagen nach Erhalt möglich, für ungeöffneten Kaffee und für Geräte in der Originalverpackung. Ich habe Ihnen ein vorfrankiertes Rücksendeetikett per E-Mail geschickt: ausdrucken, aufkleben und in einer Filiale oder einem Paketshop abgeben. Die Erstattung erfolgt innerhalb von 5–7 Werktagen nach Eingang auf Ihr ursprüngliches Zahlungsmittel.",
            "Kein Problem. Sie sind innerhalb der 30-Tage-Frist, das vorfrankierte Etikett ist gerade an {email} rausgegangen. Sobald das Paket in unserem Lager in Lyon ist, erstatten wir {amount} innerhalb von 5–7 Werktagen.",
        ],
        "opened": [
            "Aus Hygienegründen können wir nur ungeöffneten Kaffee zurücknehmen. Damit Sie trotzdem nicht enttäuscht sind, habe ich Ihnen einen Gutschein über 10 € für Ihre nächste Bestellung gutgeschrieben. Wenn Sie es weniger säurebetont mögen, probieren Sie den Moka Blend oder den Brazil Santos.",
        ],
    },
}

I["returns.exchange"] = {
    "subjects": ["Umtausch", "Kaffee umtauschen", "Umtausch Mühle", "Falsche Mahlung – Umtausch?"],
    "msgs": [
        "Ich habe die falsche Mahlung gewählt (Espresso statt Filter). Die Packungen sind ungeöffnet. Kann ich tauschen?",
        "[cat=grinder] Ich möchte die schwarze {item} gegen die Edelstahl-Version tauschen. Differenz zahle ich gerne.",
        "[sc=defect;cat=machine] Meine {item} tropft seit der ersten Benutzung unten raus. Ich möchte sie gegen ein neues Gerät tauschen.",
        "Umtausch bitte: {coffee} 1 kg Bohnen gegen das Gleiche gemahlen. Ungeöffnet.",
    ],
    "replies": {
        "default": [
            "Gerne. Ich habe Ihnen ein vorfrankiertes Rücksendeetikett geschickt; der neue Artikel wird verschickt, sobald Ihr Paket vom Zusteller gescannt wurde. Der Umtausch ist kostenlos, solange das Produkt ungeöffnet ist und die 30 Tage nicht überschritten sind.",
        ],
        "defect": [
            "Ein Leck ab der ersten Nutzung ist nicht normal: Ihre Maschine ist in der Garantie und wir tauschen sie aus. Eine neue {item} geht heute raus, der Zusteller nimmt das alte Gerät bei der Lieferung mit. Für Sie entstehen keine Kosten.",
        ],
    },
}

I["account.login"] = {
    "subjects": ["Login nicht möglich", "Kann mich nicht anmelden", "Konto gesperrt", "Anmeldeproblem"],
    "msgs": [
        "Ich kann mich nicht mehr in mein Konto einloggen, es heißt „Zugangsdaten falsch“, obwohl das Passwort stimmt.",
        "[sc=lockout;prio=high] Mein Konto ist nach mehreren Versuchen gesperrt. Wie entsperre ich es? Ich muss bis morgen meine Box ändern.",
        "[sc=hacked;prio=urgent] Jemand hat sich in mein Konto eingeloggt und die Lieferadresse geändert! Ich war das nicht und komme jetzt nicht mehr rein. BITTE HELFEN SIE MIR.",
        "[sc=apple] Früher habe ich mich mit Apple angemeldet, jetzt wird ein neues, leeres Konto angelegt. Wo sind meine Bestellungen?",
    ],
    "replies": {
        "default": [
            "Ich habe Ihr Konto ({email}) geprüft, es ist aktiv. Am schnellsten hilft „Passwort vergessen“ auf der Anmeldeseite: Sie bekommen einen Link, der 1 Stunde gültig ist. Wenn Sie sich früher mit Apple oder Google angemeldet haben, nutzen Sie bitte wieder diesen Button statt E-Mail und Passwort.",
        ],
        "apple": [
            "Das Problem waren zwei Konten mit zwei verschiedenen E-Mail-Adressen. Ich habe den Verlauf in Ihr Hauptkonto {email} zusammengeführt; dort finden Sie alle Bestellungen und Ihr Abo.",
        ],
        "lockout": [
            "Ihr Konto wurde nach 5 fehlgeschlagenen Versuchen aus Sicherheitsgründen gesperrt. Ich habe es gerade entsperrt. Setzen Sie am besten Ihr Passwort über „Passwort vergessen“ zurück (Link 1 Stunde gültig) und ändern Sie dann Ihre Box vor der Abbuchung am {next_charge}.",
        ],
        "hacked": [
            "Danke, dass Sie uns so schnell informiert haben. Ich habe Ihr Konto sofort gesperrt, alle Sitzungen abgemeldet und die Adressänderung rückgängig gemacht; es wurde keine Bestellung aufgegeben. Sie erhalten an {email} einen Link zum Zurücksetzen des Passworts (1 Stunde gültig). Bitte wählen Sie ein Passwort, das Sie nirgendwo sonst verwenden.",
        ],
    },
}

I["account.password_reset"] = {
    "subjects": ["Passwort vergessen", "Passwort zurücksetzen", "Link zum Zurücksetzen funktioniert nicht", "Keine Mail zum Passwort"],
    "msgs": [
        "Ich habe ein neues Passwort angefordert, bekomme aber keine E-Mail.",
        "[sc=expired] Der Link zum Passwort-Ändern sagt „Link abgelaufen“. Ich habe ihn erst gestern Abend bekommen.",
        "passwort vergessen und die mail kommt nicht an (spam schon geprüft)",
        "Ich habe jetzt viermal auf „Passwort vergessen“ geklickt, nichts. Meine Adresse ist {email}.",
        "[sc=how] Wie ändere ich mein Passwort? Ich weiß es nicht mehr.",
    ],
    "replies": {
        "default": [
            "Ich habe Ihnen gerade erneut eine E-Mail zum Zurücksetzen an {email} geschickt. Sie kommt normalerweise innerhalb von 5 Minuten an – bitte auch im Spam-Ordner nachsehen. Der Link ist 1 Stunde gültig; danach einfach einen neuen anfordern.",
            "In der hinterlegten E-Mail-Adresse war ein Tippfehler, deshalb kam die Mail nicht an. Ich habe das korrigiert und Ihnen einen neuen Link geschickt, der 1 Stunde gültig ist.",
        ],
        "how": [
            "Ihr Passwort ändern Sie jederzeit unter Mein Konto > Sicherheit > „Passwort ändern“. Wenn Sie es nicht mehr wissen, melden Sie sich ab und nutzen Sie „Passwort vergessen“ auf der Anmeldeseite: Sie erhalten einen Link, der 1 Stunde gültig ist.",
        ],
        "expired": [
            "Links zum Zurücksetzen sind aus Sicherheitsgründen 1 Stunde gültig, daher die Meldung „Link abgelaufen“. Ich habe Ihnen gerade einen neuen geschickt – öffnen Sie ihn bitte innerhalb der nächsten Stunde im Browser.",
        ],
    },
}

I["account.delete_data"] = {
    "subjects": ["Konto löschen", "DSGVO – Löschung meiner Daten", "Löschantrag", "Recht auf Löschung"],
    "msgs": [
        "Gemäß Art. 17 DSGVO fordere ich Sie auf, mein Konto und alle meine personenbezogenen Daten zu löschen.",
        "Bitte löschen Sie mein Kaffeo-Konto und bestätigen Sie mir die Löschung.",
        "Ich habe noch ein aktives Abo, möchte aber alles löschen: Abo und Konto.",
        "Ich nutze Ihren Service nicht mehr. Bitte alle Daten löschen und mich aus dem Newsletter nehmen.",
    ],
    "replies": [
        "Ihr Löschantrag ist erfasst. Gemäß DSGVO werden Ihr Konto und Ihre personenbezogenen Daten innerhalb von höchstens 30 Tagen gelöscht; Sie erhalten dann eine Bestätigung per E-Mail. Nur Rechnungen bewahren wir so lange auf, wie es gesetzlich vorgeschrieben ist. Aus dem Newsletter sind Sie ab heute ausgetragen.",
        "Notiert. Ich habe zuerst Ihr Abo gekündigt (keine weiteren Abbuchungen) und dann den Löschantrag an unsere Datenschutzverantwortliche weitergegeben: Das Konto wird innerhalb von 30 Tagen gelöscht. Falls Sie vorher eine Kopie Ihrer Daten möchten, antworten Sie einfach auf diese E-Mail.",
    ],
}

I["account.update_details"] = {
    "subjects": ["E-Mail-Adresse ändern", "Daten aktualisieren", "Namensänderung", "Neue Telefonnummer"],
    "msgs": [
        "[sc=email] Ich möchte die E-Mail-Adresse meines Kontos auf {email} ändern. Die alte gibt es nicht mehr.",
        "[sc=address] Wir sind umgezogen – bitte die Adresse für künftige Boxen ändern: {street}, {postcode} {city}.",
        "Ich habe geheiratet, können Sie den Nachnamen im Konto ändern? Neuer Name: {last}.",
        "Keine SMS mehr bitte, nur noch E-Mails. Wo stelle ich das ein?",
    ],
    "replies": {
        "default": [
            "Das ist in Ihrem Konto aktualisiert. Zur Info: Ihre Daten (Name, Telefon, Benachrichtigungen) können Sie jederzeit selbst unter Mein Konto > Meine Daten ändern.",
        ],
        "email": [
            "Ich habe die E-Mail-Adresse Ihres Kontos auf {email} geändert. Dorthin wurde gerade eine Bestätigungsmail geschickt – bitte auf den Link klicken. Ab sofort melden Sie sich mit dieser Adresse und Ihrem bisherigen Passwort an.",
        ],
        "address": [
            "Notiert: Ihre neue Adresse ({street}, {postcode} {city}) ist jetzt Standard für Konto und Abo. Die Box zum {renewal} geht bereits dorthin. Adressen verwalten Sie unter Mein Konto > Adressen.",
        ],
    },
}

I["product.question"] = {
    "subjects": ["Frage zu einem Kaffee", "Mahlgrad", "Produktfrage", "Kapseln kompatibel?", "Entkalken Barista One",
                 "Einstellung Mühle"],
    "msgs": [
        "[sc=grind] Welchen Mahlgrad soll ich für eine French Press nehmen?",
        "[sc=decaf] Wie wird Ihr Decaf Colombia entkoffeiniert? Mit Lösungsmitteln?",
        "[sc=freshness] Wie lange hält sich eine Packung Bohnen nach dem Öffnen?",
        "[sc=machine_compat] Passen Ihre Kapseln in eine Nespresso Vertuo?",
        "[sc=descale;cat=machine] Wie oft muss ich die {item} entkalken? Die Lampe blinkt seit heute Morgen.",
        "[sc=grinder_setting;cat=grinder] Welche Einstellung empfehlen Sie an der {item} für Espresso? Der Bezug läuft viel zu schnell durch.",
        "[sc=stock] Wann ist der Kenya AA wieder lieferbar?",
    ],
    "replies": {
        "default": ["Danke für Ihre Frage! In unserem Zubereitungs-Guide finden Sie alle Methoden; sagen Sie uns gern, welche Ausrüstung Sie nutzen."],
        "grind": [
            "Für die French Press empfehlen wir einen groben Mahlgrad, sonst rutscht Kaffeemehl durch das Sieb und der Kaffee wird bitter. Für Espressokocher (Bialetti) nehmen Sie „Moka“, für Handfilter einen mittleren Mahlgrad. Den Mahlgrad wählen Sie auf jeder Produktseite und in Ihren Abo-Einstellungen.",
        ],
        "decaf": [
            "Unser Decaf Colombia wird mit dem natürlichen Swiss-Water-Verfahren entkoffeiniert, ganz ohne chemische Lösungsmittel. Er enthält weniger als 0,1 % Koffein, etwa 2–3 mg pro Tasse statt 80–100 mg bei normalem Kaffee.",
        ],
        "freshness": [
            "Ungeöffnet behält eine Packung Bohnen etwa 6 Monate ab dem aufgedruckten Röstdatum ihr volles Aroma. Nach dem Öffnen sollten Sie sie in 3–4 Wochen verbrauchen: gut verschließen (Zipper und Ventil), dunkel und kühl lagern, aber nicht im Kühlschrank. Gemahlener Kaffee verliert schneller an Aroma, idealerweise 1–2 Wochen.",
        ],
        "machine_compat": [
            "Unsere Kapseln passen in Nespresso®-Original-Maschinen (Inissia, Pixie, Essenza, CitiZ …), aber nicht in die Vertuo-Reihe, die ein anderes Format mit Barcode nutzt. Für eine Vertuo empfehlen wir Ihnen eher unsere Bohnen oder gemahlenen Kaffee.",
        ],
        "descale": [
            "Wenn die Lampe blinkt, möchte die {item} entkalkt werden – je nach Wasserhärte etwa alle 4–6 Wochen. Verwenden Sie unseren Entkalker (oder einen flüssigen Espresso-Entkalker), starten Sie das Programm, indem Sie die Dampftaste 5 Sekunden gedrückt halten, und spülen Sie danach mit zwei Tankfüllungen klarem Wasser nach. Die vollständige Anleitung steht im Handbuch, Kapitel 7.",
        ],
        "grinder_setting": [
            "Für Espresso an der {item} starten Sie bei Stufe 6 und justieren in kleinen Schritten: Läuft der Bezug zu schnell (unter 20 Sekunden für einen Doppelten), stellen Sie eine Stufe feiner auf 5 oder 4. Ziel sind etwa 25–30 Sekunden für 36 g in der Tasse aus 18 g Kaffee.",
        ],
        "stock": [
            "Der Kenya AA hängt von der Ernte ab; unsere neue Partie kommt in etwa 3 Wochen aus Mombasa. Klicken Sie auf der Produktseite auf „Benachrichtigen“, dann bekommen Sie eine E-Mail, sobald er wieder da ist. Bis dahin hat der Ethiopia Sidamo ein ähnlich fruchtiges Profil.",
        ],
    },
}

I["technical.app_bug"] = {
    "subjects": ["App stürzt ab", "Fehler in der App", "Problem mit der Kaffeo-App", "App startet nicht mehr"],
    "msgs": [
        "[sc=crash] Die App schließt sich sofort, wenn ich den Reiter „Mein Abo“ öffne. {device}, Version {app_version}.",
        "[sc=crash] Seit dem letzten Update hängt die App beim Startbildschirm mit dem Logo.",
        "[sc=notif] Ich bekomme die Benachrichtigung „Ihre Box ist unterwegs“ jedes Mal fünfmal. Nervt.",
        "In der App werden meine bisherigen Bestellungen nicht angezeigt, die Liste ist leer. Auf der Webseite ist alles da.",
        "Der Button „In den Warenkorb“ macht in der Android-App gar nichts.",
    ],
    "replies": {
        "default": [
            "Danke für die genaue Beschreibung. Das ist ein bekannter Fehler in Version {app_version}, der mit dem nächsten Update in den kommenden Tagen behoben wird. Bis dahin finden Sie alles auf der Webseite unter kaffeo.example > Mein Konto. Entschuldigen Sie die Umstände!",
            "Ich habe das mit Ihren Gerätedaten ({device}, {os}) an unser Mobile-Team weitergegeben. Bis zum Fix hilft meistens: in der App abmelden, App löschen und neu aus dem Store installieren.",
        ],
        "crash": [
            "Wir haben den passenden Absturzbericht zu Ihrem {device} gefunden: Das Problem kommt von Version {app_version} und betrifft einige Geräte. Ein Update mit der Korrektur ist gerade in der Prüfung bei den App-Stores. Bis dahin können Sie Abo und Zahlungen über die Webseite verwalten.",
        ],
        "notif": [
            "Das ist ein Fehler auf unserer Seite: Benachrichtigungen gingen an jedes angemeldete Gerät, teilweise mehrfach. Seit gestern ist eine Korrektur live. Falls es weiter passiert, schalten Sie in der App unter Einstellungen > Benachrichtigungen „Box-Verfolgung“ einmal aus und wieder ein.",
        ],
    },
}

I["promo.discount_code"] = {
    "subjects": ["Gutscheincode funktioniert nicht", "Rabattcode", "Rabatt nicht abgezogen", "Code {code} ungültig"],
    "msgs": [
        "Der Code {code} funktioniert nicht, es kommt „ungültiger Code“. Ich habe ihn aus Ihrem Newsletter.",
        "[sc=expired] Ich wollte {code} einlösen, aber er ist angeblich abgelaufen, obwohl der Newsletter erst letzte Woche kam!",
        "[sc=stack] Ich wollte meinen Freundschaftscode und {code} zusammen nutzen, die Seite nimmt aber nur einen. Ist das richtig?",
        "[sc=forgot] Ich habe vergessen, den Code {code} bei der Bestellung {order} einzugeben. Können Sie den Rabatt nachträglich gewähren?",
    ],
    "replies": {
        "default": [
            "Ich habe den Code {code} geprüft: Er ist gültig, gilt aber nur für Einzelbestellungen von Kaffee (nicht für Maschinen oder Abos), daher die Meldung. Ich habe Ihnen den Rabatt manuell gewährt, die Differenz wird innerhalb von 5–7 Werktagen erstattet.",
        ],
        "expired": [
            "Der Code {code} war bis Sonntag um Mitternacht gültig, daher die Meldung. Da der Newsletter bei manchen Kunden spät ankam, habe ich Ihnen einen persönlichen Ersatzcode erstellt, 7 Tage gültig: KF-DANKE-{last4}. Wie immer gilt ein Code pro Bestellung.",
        ],
        "stack": [
            "Ja, das ist so vorgesehen: Pro Bestellung kann nur ein Rabattcode verwendet werden, Codes sind nicht kombinierbar. Ihr Freundschaftscode bleibt für eine spätere Bestellung gültig.",
        ],
        "forgot": [
            "Kein Problem – ich habe den Rabatt aus dem Code {code} nachträglich auf die Bestellung {order} angewendet. Die Differenz wird innerhalb von 5–7 Werktagen auf Ihr ursprüngliches Zahlungsmittel erstattet.",
        ],
    },
}

I["feedback.complaint"] = {
    "subjects": ["Sehr enttäuscht", "Beschwerde", "Unzufrieden", "Qualität hat nachgelassen"],
    "msgs": [
        "[sc=taste] Die letzten zwei Packungen {coffee} schmeckten verbrannt, gar nicht wie sonst. Hat die Qualität nachgelassen?",
        "[sc=service] Ich habe letzte Woche dreimal an den Kundenservice geschrieben und nie eine Antwort bekommen. So geht das nicht.",
        "[sc=packaging] Warum so viel Plastik im Paket? Für eine Marke, die von Nachhaltigkeit spricht, enttäuschend.",
        "[sc=delivery] Dritte verspätete Lieferung in Folge. Ich zahle für ein Abo und erwarte etwas Zuverlässigkeit.",
    ],
    "replies": {
        "default": ["Danke für Ihr offenes Feedback. Ich habe es an das zuständige Team weitergegeben und Ihnen als Entschuldigung einen Gutschein über 10 € gutgeschrieben."],
        "taste": [
            "Danke, dass Sie uns das sagen. Wir haben kürzlich auf eine neue Ernte des {coffee} umgestellt und die Röstung fiel etwas dunkler aus. Ihr Hinweis ist an unseren Röster gegangen, der ab der nächsten Charge nachjustiert. Ich schicke Ihnen kostenlos eine Ersatzpackung aus einer anderen Charge.",
        ],
        "service": [
            "Sie haben völlig recht, und ich entschuldige mich: Wir hatten sehr viele Anfragen und einige blieben viel zu lange liegen. Ich kümmere mich persönlich um Ihr Anliegen und habe Ihnen einen Gutschein über 10 € gutgeschrieben.",
        ],
        "packaging": [
            "Ein berechtigter Punkt. Seit dem Frühjahr ersetzen wir das Plastik-Füllmaterial durch recyceltes Kraftpapier; einige Pakete gehen noch mit dem alten Bestand raus, der bis Monatsende aufgebraucht ist.",
        ],
        "delivery": [
            "Drei Verspätungen hintereinander sind nicht akzeptabel, da stimme ich zu. Ich habe das an unsere Logistikleitung eskaliert, die mit {carrier} über Ihr Zustellgebiet spricht. Ihre nächste Bestellung ist versandkostenfrei.",
        ],
    },
}

I["other.non_actionable"] = {
    "subjects": {
        "spam": ["SEO-Optimierung für kaffeo.example", "Mehr Umsatz für Ihren Shop", "Kooperationsanfrage", "Ihr Online-Shop"],
        "auto": ["Automatische Antwort: Abwesenheit", "Abwesenheitsnotiz", "Automatische Antwort"],
        "thanks": ["Danke!", "AW: Ihre Bestellung", "Hat sich erledigt", "Vielen Dank"],
        "default": ["Danke"],
    },
    "msgs": [
        "[sc=spam] Sehr geehrte Damen und Herren,\n\nbei einer Analyse Ihrer Webseite sind uns 31 technische SEO-Fehler aufgefallen. Gerne erstellen wir Ihnen ein unverbindliches Angebot zur Optimierung. Haben Sie diese Woche 15 Minuten Zeit für ein Telefonat?\n\nMit freundlichen Grüßen\nMarkus Lehmann, Online-Marketing",
        "[sc=spam] Hallo Kaffeo-Team, wir sind eine Agentur für Influencer-Marketing und würden gerne mit Ihnen zusammenarbeiten. Unsere Creator erreichen über 3 Mio. Kaffeeliebhaber.",
        "[sc=auto] Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {renewal} nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an {phone}.\n\n{first} {last}",
        "[sc=auto] Dies ist eine automatische Antwort. Ich bin derzeit im Urlaub und beantworte Ihre Nachricht nach meiner Rückkehr.",
        "[sc=thanks] Danke für die Antwort, bei mir ist jetzt alles erledigt. Schönen Tag noch!",
        "[sc=thanks] Paket ist doch noch angekommen, Sie können die Anfrage schließen. Danke!",
        "[sc=thanks] Wollte nur sagen: Der Ersatz kam heute an, alles bestens. Danke an das ganze Team!",
    ],
    "replies": {
        "default": ["Danke für Ihre Nachricht, einen schönen Tag!\n\n{agent}"],
        "spam": ["Vielen Dank für Ihre Nachricht, wir haben jedoch kein Interesse. Bitte nehmen Sie uns aus Ihrem Verteiler.",
                 "Danke, wir verfolgen das nicht weiter."],
        "auto": ["Automatische Antwort erhalten, es ist nichts weiter zu tun. Schönen Tag!"],
        "thanks": ["Danke für die Rückmeldung, schön, dass alles geklappt hat! Viel Genuss mit Ihrem Kaffee.",
                   "Super, danke fürs Bescheidgeben. Ich schließe die Anfrage."],
    },
}

INTENTS = I

# Phrase-level paraphrases applied at random to customer messages (pattern, alternatives).
PARAPHRASES = [
    ("Können Sie", ["Könnten Sie", "Können Sie bitte"]),
    ("Könnten Sie", ["Können Sie", "Würden Sie"]),
    ("Ich möchte", ["Ich würde gerne", "Ich will", "Ich möchte gerne"]),
    ("Ist das normal?", ["Ist das so normal?", "Ist das normal??", "Normal?"]),
    ("bitte", ["bitte", "bitte schnell", "bitteschön"]),
    ("Hallo, ", ["Hallo! ", "Hallo. "]),
    ("noch nichts erhalten", ["bisher nichts bekommen", "immer noch nichts erhalten"]),
    ("sofort", ["umgehend", "sofort"]),
    ("Geht das", ["Ist das möglich", "Geht das"]),
]


def months_txt(n):
    return "1 Monat" if n == 1 else "%d Monate" % n
