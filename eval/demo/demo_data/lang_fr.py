# -*- coding: utf-8 -*-
"""French fragments for the Kaffeo demo tickets (hand-written, CC0-1.0)."""

CODE = "fr"

FIRST_NAMES = [("Marie", "f"), ("Julien", "m"), ("Sophie", "f"), ("Thomas", "m"), ("Camille", "f"),
               ("Nicolas", "m"), ("Élodie", "f"), ("Antoine", "m"), ("Claire", "f"), ("Mathieu", "m"),
               ("Chloé", "f"), ("Hugo", "m"), ("Léa", "f"), ("Pierre", "m"), ("Manon", "f"), ("Baptiste", "m"),
               ("Isabelle", "f"), ("François", "m"), ("Nathalie", "f"), ("Olivier", "m"), ("Aurélie", "f"),
               ("Kevin", "m"), ("Sandrine", "f"), ("Yannick", "m"), ("Amandine", "f"), ("Rémi", "m"),
               ("Fatima", "f"), ("Karim", "m"), ("Inès", "f"), ("Gaëlle", "f"), ("Benoît", "m"), ("Céline", "f"),
               ("Jean-Marc", "m"), ("Annick", "f"), ("Loïc", "m"), ("Margaux", "f")]
LAST_NAMES = ["Dubois", "Martin", "Bernard", "Lefèvre", "Moreau", "Girard", "Roux", "Fontaine", "Chevalier",
              "Mercier", "Blanc", "Guérin", "Faure", "Rousseau", "Lambert", "Bonnet", "Perrin", "Morel",
              "Gauthier", "Dupont", "Marchand", "Benali", "Nguyen", "Lemaire", "Carpentier", "Vidal",
              "Peeters", "Janssens", "Favre", "Rochat", "Besson", "Collet"]
COUNTRIES = [("FR", 75), ("BE", 15), ("CH", 10)]
CITIES = {
    "FR": [("Lyon", "69003"), ("Villeurbanne", "69100"), ("Paris", "75011"), ("Marseille", "13006"),
           ("Toulouse", "31000"), ("Nantes", "44000"), ("Grenoble", "38000"), ("Lille", "59000"),
           ("Bordeaux", "33000"), ("Annecy", "74000"), ("Rennes", "35000"), ("Dijon", "21000")],
    "BE": [("Bruxelles", "1050"), ("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000")],
    "CH": [("Genève", "1201"), ("Lausanne", "1003"), ("Neuchâtel", "2000"), ("Fribourg", "1700")],
}
STREETS = ["{n} rue de la République", "{n} avenue Jean Jaurès", "{n} rue Victor Hugo", "{n} boulevard des Belges",
           "{n} chemin des Vignes", "{n} rue du Moulin", "{n} place Bellecour", "{n} allée des Tilleuls",
           "{n} rue Garibaldi", "{n} avenue de la Gare"]

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WD_SHORT = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MON_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def fmt_date(d):
    day = "1er" if d.day == 1 else str(d.day)
    return "%s %s" % (day, MONTHS[d.month - 1])


def fmt_date_num(d):
    return "%02d/%02d" % (d.day, d.month)


def fmt_amount(v, cur):
    s = ("%.2f" % v).replace(".", ",")
    return ("%s €" % s) if cur == "EUR" else ("%s £" % s)


def delivery(cc):
    return "2 à 4 jours ouvrés" if cc == "FR" else "3 à 6 jours ouvrés"


def caps_name(n):
    return "capsules %s" % n


def phone(rng):
    return "0%d %02d %02d %02d %02d" % (rng.choice([6, 7, 6, 4, 1]), rng.randrange(100), rng.randrange(100),
                                        rng.randrange(100), rng.randrange(100))


def reply_header(d):
    return "Le %s %d %s %d à %02d:%02d, Kaffeo Support <support@kaffeo.example> a écrit :" % (
        WD_SHORT[d.weekday()], d.day, MON_SHORT[d.month - 1], d.year, d.hour, d.minute)


def outlook_header(d, email, subject):
    sep = "-----Message d'origine-----" if d.day % 3 else "________________________________"
    return "%s\nDe : Kaffeo Support <support@kaffeo.example>\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s" % (
        sep, WEEKDAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute, email, subject)


RE_PREFIX = ["RE: ", "Re: ", "RE : ", "Re : "]
FWD_PREFIX = ["TR: ", "Fwd: "]
MOBILE_SUBJECT = "Message envoyé depuis l'application Kaffeo"

OPENERS = ["Bonjour,", "Bonjour", "Bonjour Kaffeo,", "Bonsoir,", "Hello,", "Madame, Monsieur,", "Bonjour à vous,",
           "Salut l'équipe,", "Bonjour madame, bonjour monsieur,", "Bjr,", "Bonjour le service client,", "Coucou,"]
CLOSERS = ["Merci d'avance,\n{first}", "Cordialement,\n{first} {last}", "Bonne journée.", "Merci !",
           "Bien à vous,\n{first} {last}", "Merci de votre retour rapide.", "Cdlt\n{last}", "Bonne soirée,\n{first}",
           "Dans l'attente de votre réponse,\n{first} {last}", "Merci beaucoup\n{first}", "A+", "Bises, {first}",
           "Salutations,\n{first} {last}", "Je vous remercie par avance.\n\n{first} {last}"]
BACKSTORY = ["Je suis client{e} chez vous depuis {years} ans et c'est la première fois que j'ai un souci.",
             "Je vous écris au nom de mon mari qui a passé la commande.",
             "J'ai déjà essayé le chat mais personne n'a répondu.",
             "Je suis abonné{e} depuis plusieurs années, j'adore vos cafés, mais là je ne comprends pas.",
             "Je vous contacte pour la deuxième fois à ce sujet.",
             "C'est un peu long, désolé{e} d'avance.",
             "J'ai passé commande pour le bureau (on est une petite équipe de 8).",
             "Première commande chez vous après une recommandation d'une amie."]
ASIDES = ["[not=technical.app_bug] Au passage, l'appli plante dès que j'ouvre l'onglet Commandes sur mon {device}.",
          "[not=product.question] Et sinon, le {coffee} convient-il à une cafetière italienne ?",
          "[not=promo.discount_code] Au fait, j'avais un code {code} que je n'ai pas réussi à utiliser, mais ce n'est pas le plus important.",
          "[not=billing.invoice] Si vous pouviez aussi m'envoyer la facture, ce serait top.",
          "[not=account.update_details] J'en profite : j'ai changé de numéro, c'est maintenant le {phone}.",
          "PS : le {coffee} de la dernière box était excellent.",
          "[not=subscription.pause_skip] Et je pars en vacances le mois prochain, on verra pour la box.",
          "[not=order.tracking] Autre chose, ma commande précédente a mis plus d'une semaine à arriver.",
          "PS : votre site est très lent ce soir."]
RAMBLES = ["Désolé{e} pour le pavé, mais je commence à perdre patience.",
           "Je précise que je suis plutôt quelqu'un de patient, mais là ça fait beaucoup.",
           "Bref, je compte sur vous.",
           "Je ne sais pas si je m'adresse au bon service, n'hésitez pas à transférer."]
DETAIL_LINES = ["Numéro de commande : {order}", "Commande {order} du {date_num}", "(commande n° {order})",
                "Réf. commande : {order}", "Ma commande : {order}, passée le {date}.",
                "Pour info c'est la commande {order}."]
SUBJECT_GENERIC = ["Question", "Demande", "Ma commande", "Besoin d'aide", "Problème", "Urgent", "Contact",
                   "Réclamation", "(sans objet)", "Aide svp"]

FOLLOWUPS_THANKS = ["Merci beaucoup !", "Super, merci pour la rapidité.", "Parfait, merci {agent} !",
                    "Merci, c'est bien reçu.", "Génial, merci beaucoup pour votre aide 🙏", "Ok merci",
                    "Merci pour votre réponse, bonne journée à vous.", "C'est noté, merci !",
                    "Top, ça marche. Merci.", "Merci infiniment, vous êtes réactifs !"]
FOLLOWUPS_Q = [
    ("Merci ! Est-ce que je vais recevoir un mail de confirmation ?",
     "Oui, vous recevrez un e-mail de confirmation automatique dans la journée. Belle journée !\n\n{agent}"),
    ("D'accord. Et je dois faire quelque chose de mon côté ?",
     "Non, rien à faire de votre côté, tout est réglé. Bonne journée {first} !\n\n{agent}"),
    ("Merci. Vous pouvez m'envoyer aussi la facture correspondante ?",
     "Bien sûr, je viens de vous l'envoyer en pièce jointe. Vous la retrouverez aussi dans Mon compte > Commandes.\n\n{agent}"),
    ("Ok merci, et ça prendra combien de temps ?",
     "Comptez quelques jours ouvrés au maximum ; vous recevrez un e-mail dès que c'est fait.\n\n{agent}"),
]
SECOND_REPLIES = ["Avec plaisir {first}, bonne dégustation !\n\n{agent}", "Je vous en prie, belle journée !\n\n{agent}",
                  "Merci à vous {first} !\n\n{agent} – Kaffeo", "Avec plaisir, à bientôt !\n\n{agent}"]

AGENT_GREETINGS = ["Bonjour {first},", "Bonjour {first} {last},", "Bonjour,", "Bonjour {first},", "Bonjour {first} !"]
AGENT_THANKS = ["Merci pour votre message.", "Merci de nous avoir contactés.", "Merci pour votre patience.",
                "Merci d'avoir pris le temps de nous écrire."]
AGENT_SORRY = ["Je suis vraiment désolé{agent_e} pour ce désagrément.", "Toutes nos excuses pour ce contretemps.",
               "Je comprends tout à fait votre agacement, et je vous prie de nous excuser.",
               "Désolé{agent_e} pour l'attente et merci pour votre patience."]
AGENT_MORE = ["N'hésitez pas à revenir vers nous si besoin.", "Je reste à votre disposition pour toute autre question.",
              "Si quelque chose n'est pas clair, répondez simplement à ce message."]
ARTICLE_LINES = ["Vous trouverez tous les détails dans notre centre d'aide : {url}",
                 "Pour plus d'informations : {url}", "Notre article d'aide explique la démarche pas à pas : {url}"]
AGENT_CLOSINGS = ["Belle journée,\n{agent}\nService client Kaffeo", "Bien à vous,\n{agent} – Kaffeo",
                  "Très bonne journée à vous,\n{agent}", "Cordialement,\n{agent}\nL'équipe Kaffeo",
                  "À bientôt,\n{agent} de chez Kaffeo"]

SIGNATURES = ["--\n{first} {last}\nResponsable achats\nTél. {phone}",
              "{first} {last}\n{street}\n{postcode} {city}\n{phone}",
              "--\n{first} {last}\nAssistante de direction – Cabinet Morel & Associés\nLigne directe : {phone}",
              "___\n{first} {last} | Office manager\nStudio Lumen – {city}\n{phone}",
              "{first} {last}\nEnvoyé depuis mon ordinateur portable"]
MOBILE_SIGS = ["Envoyé de mon iPhone", "Envoyé de mon iPad", "Envoyé depuis mon mobile Orange",
               "Envoyé de mon Galaxy", "Envoyé à partir de Outlook pour Android", "Envoyé depuis Yahoo Mail pour Android"]
LEGAL_FOOTERS = [
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
    "destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message "
    "par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.",
    "AVERTISSEMENT : ce courriel et ses annexes peuvent contenir des informations confidentielles. "
    "L'intégrité de ce message n'étant pas assurée sur Internet, la société ne peut être tenue responsable "
    "de son contenu.",
    "Pensez à l'environnement avant d'imprimer ce mail.",
]
QUOTED = [
    ("delivery", "Bonjour {first},\n\nBonne nouvelle : votre commande {order2} a été expédiée !\nSuivez votre colis ici : {tracking_url}\n\nL'équipe Kaffeo", "Votre commande {order2} est en route"),
    ("subscriptions", "Bonjour {first},\n\nVotre prochaine box {plan} sera préparée le {renewal}. Vous pouvez encore la modifier ou la décaler depuis votre compte.\n\nÀ très vite,\nL'équipe Kaffeo", "Votre box arrive bientôt"),
    ("refunds", "Bonjour {first},\n\nNous avons bien procédé au remboursement de votre commande {order2}. Il apparaîtra sous 5 à 7 jours ouvrés.\n\nCordialement,\nService client Kaffeo", "Remboursement effectué"),
    ("promo", "Bonjour {first},\n\n-15 % sur tous nos cafés d'origine ce week-end avec le code KAFFEO15 !\n\nSe désinscrire de la newsletter", "Ce week-end seulement : -15 %"),
    ("account", "Bonjour,\n\nVous avez demandé la réinitialisation de votre mot de passe. Ce lien est valable 1 heure.\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.", "Réinitialisation de votre mot de passe"),
    ("invoices", "Bonjour {first},\n\nMerci pour votre commande {order2} ! Votre facture est disponible dans Mon compte > Commandes.\n\nL'équipe Kaffeo", "Confirmation de commande {order2}"),
    ("damaged", "Bonjour {first},\n\nMerci pour la photo. Un nouveau colis vous a été envoyé sans frais.\n\nBelle journée,\nLucas – Service client Kaffeo", "Re: colis abîmé"),
    ("returns", "Bonjour {first},\n\nVous trouverez ci-joint votre étiquette de retour prépayée. Déposez le colis dans n'importe quel bureau de poste.\n\nInès – Kaffeo", "Votre étiquette de retour"),
]

I = {}

I["billing.refund"] = {
    "subjects": ["Remboursement", "Toujours pas remboursé{e}", "Remboursement commande {order}", "Où en est mon remboursement ?",
                 "remboursement ?", "Demande de remboursement", "Remboursement non reçu", "Argent pas revenu sur mon compte"],
    "msgs": [
        "[sc=return] J'ai renvoyé mon colis il y a {days} jours avec l'étiquette que vous m'aviez envoyée et je n'ai toujours pas été remboursé{e}. {ask}",
        "Vous m'avez confirmé l'annulation de la commande {order} le {date} mais les {amount} ne sont toujours pas revenus sur mon compte. C'est normal ?",
        "rembourser moi svp commande {order} ça fait 2 semaines",
        "Suite à votre message concernant mon colis abîmé, vous deviez me rembourser {amount}. Je ne vois rien passer sur mon relevé. {ask}",
        "[sc=card] Petite question : si je suis remboursé{e}, l'argent revient sur ma carte ou sous forme d'avoir sur mon compte Kaffeo ? Ma carte a expiré entre-temps, j'en ai reçu une nouvelle le mois dernier.",
        "[cat=beans] J'ai commandé deux paquets de {item} mais un seul était en stock, on m'a dit que la différence serait remboursée. Combien de temps ça prend exactement ?",
        "Je voudrais être remboursé{e} de ma dernière box {plan}, je l'ai reçue alors que j'avais demandé à l'annuler. Je ne l'ai pas ouverte, je peux vous la renvoyer si besoin.",
        "Le remboursement de {amount} apparaît comme « effectué » dans mon espace client depuis le {refund_date}, mais ma banque ne voit rien arriver. Qui dois-je croire ?",
        "[sc=return] [cat=grinder] J'ai renvoyé le moulin {item} car il ne me convenait pas (déposé à la Poste le {date}). Pouvez-vous me confirmer que vous l'avez bien reçu et quand le remboursement sera fait ?",
        "Trois mails sans réponse. Je veux juste récupérer mes {amount}, ce n'est quand même pas compliqué !!",
        "Bonjour, j'ai été remboursé{e} mais seulement en partie : {amount} au lieu du total de la commande {order}. Les frais de port ne devraient-ils pas être remboursés aussi ?",
        "[sc=return] Mon retour a été livré chez vous d'après le suivi. Depuis, rien. {ask}",
    ],
    "asks": ["Pouvez-vous me dire où en est le remboursement ?", "Quand vais-je revoir mon argent ?",
             "Merci de faire le nécessaire rapidement.", "Pourriez-vous vérifier de votre côté ?",
             "J'aimerais savoir ce qu'il en est."],
    "replies": {"default": [
        "J'ai vérifié la commande {order} : le remboursement de {amount} a bien été validé aujourd'hui. Il est reversé sur le moyen de paiement utilisé lors de l'achat et apparaît généralement sous 5 à 7 jours ouvrés, selon votre banque. Vous recevrez un e-mail de confirmation avec la référence {ref}.",
        "Le remboursement de {amount} a été émis le {refund_date} (référence {ref}). Les remboursements reviennent toujours sur le moyen de paiement d'origine, sous 5 à 7 jours ouvrés : il devrait donc apparaître très bientôt. Si votre carte a été remplacée entre-temps, votre banque reporte automatiquement le montant sur la nouvelle carte. Si rien n'apparaît passé ce délai, répondez à ce message et nous lancerons une recherche auprès de notre prestataire de paiement.",
        "Je viens de lancer le remboursement de {amount} pour la commande {order}, frais de port inclus. L'argent revient sur la carte ou le compte PayPal utilisé pour la commande, dans un délai de 5 à 7 jours ouvrés. Nous ne faisons pas d'avoir sauf si vous le demandez.",
    ], "card": [
        "Un remboursement revient toujours sur le moyen de paiement utilisé lors de la commande, jamais sous forme d'avoir (sauf si vous nous le demandez). Comme votre carte a été remplacée, votre banque reportera automatiquement le montant sur la nouvelle carte, sans démarche de votre part. Pour la commande {order}, le remboursement de {amount} a été émis le {refund_date} (réf. {ref}) : comptez 5 à 7 jours ouvrés pour le voir sur votre relevé.",
    ], "return": [
        "Votre colis retour est bien arrivé à notre entrepôt de Lyon et a été contrôlé. Nous avons donc déclenché le remboursement de {amount} sur votre moyen de paiement d'origine (référence {ref}). Comptez 5 à 7 jours ouvrés pour qu'il apparaisse sur votre relevé.",
        "Nous avons bien reçu et contrôlé votre retour à notre entrepôt le {refund_date}. Le remboursement de {amount} (réf. {ref}) est parti le jour même sur votre moyen de paiement d'origine ; selon les banques, il faut compter 5 à 7 jours ouvrés pour le voir apparaître. Désolé{agent_e} de ne pas vous avoir prévenu{e} plus tôt.",
    ]},
}

I["billing.double_charge"] = {
    "subjects": ["Prélevé deux fois !", "Double prélèvement", "Débit en double sur ma carte", "Paiement en double commande {order}",
                 "J'ai payé 2 fois", "Erreur de facturation – double débit"],
    "msgs": [
        "Je viens de regarder mon compte et j'ai deux débits de {amount} de Kaffeo le même jour pour une seule commande ({order}). Merci de me rembourser le doublon.",
        "VOUS M'AVEZ DÉBITÉ DEUX FOIS. {amount} x 2. Je veux être remboursé{e} immédiatement.",
        "Bonjour, le paiement a échoué une première fois sur le site, j'ai réessayé et maintenant je vois deux prélèvements de {amount} sur mon relevé. Pouvez-vous annuler l'un des deux ?",
        "[cat=machine] J'ai commandé une {item} et ma banque m'indique deux paiements de {amount}. Ce n'est pas une petite somme, j'ai besoin que ce soit régularisé au plus vite svp.",
        "Ma box {plan} a été prélevée deux fois ce mois-ci ({amount} le {last_charge} et encore {amount} le lendemain). Je n'ai qu'un seul abonnement !",
        "[sc=preauth] Sur mon appli bancaire je vois 2 lignes Kaffeo à {amount}, une « en attente » et une validée. Est-ce que c'est un double paiement ou juste une autorisation ?",
        "Deux débits identiques pour la commande {order}, total {amount2} au lieu de {amount}. Merci de vérifier.",
        "j'ai cliqué sur payer et ça a tourné longtemps, du coup j'ai recliqué... résultat payé deux fois. dsl pour la bêtise mais vous pouvez rembourser un des deux ?",
    ],
    "replies": {
        "default": [
            "J'ai vérifié auprès de notre prestataire de paiement : il y a bien eu deux encaissements de {amount} pour la commande {order}. Le second a été remboursé aujourd'hui (référence {ref}). Le montant revient sur votre moyen de paiement d'origine sous 5 à 7 jours ouvrés.",
            "Vous avez raison, le paiement a été capturé deux fois suite à un incident lors de la validation. J'ai remboursé le doublon de {amount} ; vous le verrez réapparaître sur votre compte d'ici 5 à 7 jours ouvrés. Votre commande n'est évidemment facturée qu'une seule fois.",
            "Après vérification, il s'agit bien d'un double débit. Le remboursement de {amount} est lancé (réf. {ref}) et arrivera sur la carte utilisée sous 5 à 7 jours ouvrés. Nous avons signalé le problème à notre équipe technique pour éviter que cela se reproduise.",
        ],
        "preauth": [
            "J'ai vérifié : seul un paiement de {amount} a été encaissé. La ligne « en attente » est une pré-autorisation de votre banque, posée au moment de la commande ; elle n'est pas débitée et disparaît d'elle-même sous quelques jours (jusqu'à 7 selon les banques). Si elle apparaissait encore après ce délai, renvoyez-nous une capture de votre relevé et nous ferons le nécessaire.",
        ],
    },
}

I["billing.invoice"] = {
    "subjects": ["Facture", "Demande de facture", "Facture commande {order}", "Besoin d'une facture avec TVA",
                 "Où trouver ma facture ?", "facture svp", "Facture au nom de la société"],
    "msgs": [
        "Pourriez-vous m'envoyer la facture de ma commande {order} ? Je ne la trouve pas dans mes mails.",
        "[sc=vat] J'ai besoin d'une facture au nom de ma société avec notre numéro de TVA intracommunautaire (FR12 345678901) pour la commande {order}. Est-ce possible ?",
        "Où est-ce que je peux télécharger mes factures d'abonnement ? Mon comptable me les demande pour toute l'année.",
        "Bonjour, la facture que j'ai reçue indique une mauvaise adresse (ancienne adresse). Pouvez-vous en émettre une nouvelle avec {street}, {postcode} {city} ?",
        "[sc=vat] Nous commandons le café pour les bureaux. Merci d'ajouter la raison sociale « Atelier {last} SARL » sur la facture de la commande {order}.",
        "Je ne trouve pas la facture de la box de ce mois dans mon compte, il n'y a que celles des commandes ponctuelles.",
        "facture pour la commande {order} svp, c'est pour une note de frais",
        "Bonjour, est-il possible d'avoir une facture unique qui regroupe mes commandes {order} et {order2} ? Merci.",
    ],
    "replies": {
        "default": [
            "Vous trouverez la facture de la commande {order} en pièce jointe. Pour la suite, toutes vos factures (commandes ponctuelles et box d'abonnement) sont téléchargeables en PDF dans Mon compte > Commandes, en cliquant sur la commande puis sur « Télécharger la facture ».",
            "Vos factures sont disponibles à tout moment dans Mon compte > Commandes : chaque commande et chaque box a son bouton « Facture (PDF) ». Je vous ai également envoyé celle de la commande {order} en pièce jointe de ce message.",
            "C'est fait : je vous ai envoyé la facture demandée par e-mail. Petite astuce pour la prochaine fois : dans Mon compte > Commandes, l'icône PDF à droite de chaque commande permet de télécharger la facture directement.",
        ],
        "vat": [
            "J'ai régénéré la facture de la commande {order} avec le nom de votre société et votre numéro de TVA ; vous la trouverez en pièce jointe. Pour les prochaines commandes, vous pouvez renseigner ces informations dans Mon compte > Adresses de facturation : elles apparaîtront automatiquement sur les factures téléchargeables dans Mon compte > Commandes.",
            "C'est corrigé : la nouvelle facture pour {order}, avec raison sociale et numéro de TVA intracommunautaire, est jointe à ce message. Elle remplace la précédente, que vous pouvez ignorer.",
        ],
    },
}

I["billing.payment_failed"] = {
    "subjects": ["Paiement refusé", "Échec de paiement", "Ma carte ne passe pas", "Paiement de la box échoué",
                 "Problème de paiement", "Impossible de payer"],
    "msgs": [
        "J'ai reçu un mail disant que le paiement de ma box {plan} a échoué. Pourtant j'ai de l'argent sur mon compte. Que se passe-t-il ?",
        "[sc=order] Impossible de valider ma commande, le paiement est refusé à chaque fois (carte Visa). J'ai essayé 3 fois.",
        "[sc=expired] Ma carte a expiré, c'est pour ça que le prélèvement n'est pas passé je suppose. Est-ce que la box va quand même partir si je mets à jour ?",
        "[sc=order] Le paiement par PayPal ne fonctionne pas, ça me renvoie sur la page panier avec une erreur. C'est pour la commande de {item}.",
        "Bonjour, ma banque a bloqué votre prélèvement de {amount} (sécurité 3D Secure). C'est débloqué maintenant, pouvez-vous relancer le paiement ?",
        "[sc=order] paiement refusé alors que ma carte marche partout ailleurs, c'est quoi le problème ??",
        "[sc=order] Je reçois « transaction refusée » quand je veux payer dans l'appli. Sur l'ordinateur je n'ai pas essayé.",
        "[sc=expired] On m'annonce un échec de paiement pour mon abonnement. J'ai changé de banque récemment, la carte se terminant par {last4} n'est plus valable.",
    ],
    "replies": {
        "default": [
            "Le refus vient de votre banque (motif transmis : « refusé par l'émetteur ») et non de notre côté. Nous effectuons automatiquement une nouvelle tentative sous 48 heures ; vous pouvez aussi mettre à jour votre carte dans Mon compte > Moyens de paiement puis cliquer sur « Réessayer le paiement ». Votre box {plan} partira dès que le paiement sera accepté.",
            "J'ai regardé la transaction : elle a été bloquée à l'étape 3D Secure. Je viens de relancer le paiement de {amount}, il faudra simplement valider la notification de votre banque. Si cela échoue encore, essayez depuis le site plutôt que l'application, ou avec PayPal.",
        ],
        "order": [
            "Votre commande n'a pas été débitée, vous pouvez donc réessayer sans risque de double paiement. Le plus souvent, ce refus vient d'un plafond de paiement en ligne atteint ou d'une validation 3D Secure expirée ; votre banque pourra vous le confirmer. Dès que le paiement passe, la commande est expédiée sous 24 h.",
            "La tentative de paiement a été bloquée par votre banque lors de la vérification 3D Secure : rien n'a été débité et la commande n'a pas été créée. Réessayez en validant la notification dans l'application de votre banque ; si cela échoue encore, passez par le site plutôt que l'application, ou payez avec PayPal. Votre panier est conservé.",
        ],
        "expired": [
            "En effet, le prélèvement a échoué car la carte enregistrée a expiré. Ajoutez votre nouvelle carte dans Mon compte > Moyens de paiement et définissez-la par défaut : nous relancerons automatiquement le paiement de {amount} et votre box {plan} partira dans la foulée, sans retard sur le mois suivant.",
            "Merci pour l'info. Votre box est en attente, rien n'est perdu : dès que vous aurez enregistré votre nouvelle carte dans Mon compte > Moyens de paiement, le paiement sera relancé et la box expédiée. Pour des raisons de sécurité, merci de ne jamais nous envoyer vos numéros de carte par e-mail.",
        ],
    },
}

I["billing.update_payment_method"] = {
    "subjects": ["Changer de carte bancaire", "Mise à jour moyen de paiement", "Nouvelle carte", "Modifier mon mode de paiement",
                 "Passer à PayPal"],
    "msgs": [
        "Comment est-ce que je change la carte bancaire associée à mon abonnement ? J'ai une nouvelle carte qui se termine par {last4_new}.",
        "Je voudrais payer mon abonnement avec PayPal au lieu de ma carte, c'est possible ?",
        "Bonjour, ma carte va expirer à la fin du mois. Je dois faire quelque chose pour que la box du {renewal} soit payée ?",
        "[sc=app] J'ai essayé de modifier ma carte dans l'appli mais le bouton « Enregistrer » reste grisé. Vous pouvez le faire pour moi ?",
        "Peut-on payer par prélèvement SEPA plutôt que par carte ? Je préfère.",
        "Je veux que les prochaines box soient payées avec la carte de mon conjoint, pas la mienne. Comment faire ?",
    ],
    "replies": {"default": [
        "Vous pouvez le faire vous-même en quelques secondes : Mon compte > Moyens de paiement > « Ajouter une carte », puis cochez « Utiliser par défaut pour mon abonnement ». Le prochain prélèvement, le {next_charge} pour la box du {renewal}, se fera sur la nouvelle carte. Pour votre sécurité, nous ne pouvons pas saisir de carte à votre place et vous demandons de ne jamais nous envoyer vos numéros par e-mail.",
        "Oui, nous acceptons la carte bancaire, PayPal et le prélèvement SEPA. Dans Mon compte > Moyens de paiement, ajoutez le nouveau moyen puis sélectionnez-le comme moyen par défaut : il sera utilisé dès le prochain renouvellement. L'ancienne carte peut ensuite être supprimée.",
    ], "app": [
        "Le bouton grisé vient d'un bug connu de l'ancienne version de l'application. En attendant la mise à jour, passez par le site : Mon compte > Moyens de paiement > Ajouter. Tout ce que vous enregistrez sur le site est aussitôt visible dans l'appli.",
    ]},
}

I["subscription.cancel"] = {
    "subjects": ["Résiliation abonnement", "Annuler mon abonnement", "Résilier", "Arrêt de la box", "Stop abonnement",
                 "Désabonnement", "Demande de résiliation", "Annulation box {plan}"],
    "msgs": [
        "Je souhaite résilier mon abonnement {plan}. Merci de me confirmer qu'il n'y aura plus aucun prélèvement.",
        "Bonjour, je voudrais arrêter ma box à partir du mois prochain. On a trop de café à la maison en ce moment 😅",
        "[sc=price] Avec l'augmentation des prix, je préfère arrêter l'abonnement. Pouvez-vous l'annuler avant le prochain prélèvement du {next_charge} ?",
        "STOP. JE VEUX RÉSILIER. J'AI ESSAYÉ DANS L'APPLI ET ÇA NE MARCHE PAS.",
        "[sc=moving] Je déménage à Montréal le mois prochain et vous ne livrez pas le Canada, donc je dois malheureusement annuler mon abonnement. Merci pour ces {years} années de bons cafés !",
        "Comment est-ce qu'on résilie ? Je ne trouve pas le bouton dans mon compte.",
        "Merci d'annuler l'abonnement de ma mère ({first} {last}), elle est en maison de retraite et n'en a plus besoin. Je m'occupe de ses affaires.",
        "je veux annuler l abonnement svp merci",
        "Je ne suis pas très satisfait{e} des derniers cafés reçus, je préfère arrêter là. Merci de confirmer la résiliation par mail.",
        "Bonjour, je souhaite mettre fin à mon abonnement Kaffeo. Je n'ai pas le temps de boire tout ça 🙂 Si la box de ce mois est déjà partie, tant pis.",
        "Annulez mon abonnement immédiatement svp, j'ai trouvé moins cher ailleurs.",
    ],
    "replies": {
        "default": [
            "C'est fait : votre abonnement {plan} est résilié. Comme la demande arrive avant le prélèvement du {next_charge}, aucune autre box ne sera envoyée ni facturée. Vous recevrez un e-mail de confirmation. Si l'envie vous reprend, vous pouvez vous réabonner à tout moment depuis votre compte.",
            "J'ai bien résilié votre abonnement. Aucun nouveau prélèvement ne sera effectué. Pour information, la résiliation est aussi possible directement dans Mon compte > Abonnement > « Résilier », à tout moment avant la date de renouvellement (le 1er de chaque mois). Et si c'est une question de quantité, sachez qu'il est aussi possible de mettre l'abonnement en pause jusqu'à 3 mois.",
            "Votre résiliation est enregistrée, effective immédiatement. Vous ne serez plus débité{e}. Merci d'avoir été abonné{e} chez Kaffeo, et au plaisir de vous revoir !",
        ],
        "moving": [
            "Quel beau projet ! J'ai résilié votre abonnement {plan} : aucune box ne sera envoyée ni prélevée à partir de maintenant. Merci pour votre fidélité, et si vous revenez en Europe, votre compte reste ouvert pour vous réabonner en un clic.",
        ],
        "price": [
            "Je comprends. J'ai résilié votre abonnement avant le prélèvement du {next_charge}, vous ne serez donc plus débité{e}. Si vous le souhaitez, la box Découverte à {discovery_price} par mois reste une option plus légère, mais aucune obligation bien sûr.",
        ],
    },
}

I["subscription.pause_skip"] = {
    "subjects": ["Mettre en pause mon abonnement", "Pause abonnement", "Sauter une box", "Vacances – pas de box svp",
                 "Décaler ma box", "Suspendre l'abonnement"],
    "msgs": [
        "Je pars en vacances tout le mois d'août, est-ce que je peux mettre mon abonnement en pause ?",
        "[sc=skip] Est-il possible de sauter la box du mois prochain ? Il me reste encore un paquet de {coffee}.",
        "Bonjour, je voudrais suspendre mon abonnement pendant {pause_txt}, le temps de finir mes stocks.",
        "[sc=too_long] Je pars six mois en Asie pour le travail. Vous pouvez mettre l'abonnement en pause pendant 6 mois ?",
        "[sc=skip] pas de box en {renewal} svp, on sera absents",
        "Comment mettre en pause ? Dans l'appli je ne vois que « Résilier » et je ne veux pas résilier.",
        "[sc=skip] J'ai encore trop de capsules, je voudrais sauter une livraison mais garder mon abonnement. Merci !",
        "Bonjour, suite à une hospitalisation je ne pourrai pas réceptionner de colis pendant quelques semaines. Pouvez-vous suspendre mes envois ?",
        "[sc=info] Est-ce que la pause est payante ? Et est-ce que je garde mon tarif actuel de {plan_price} quand je reprends ?",
    ],
    "replies": {
        "default": [
            "C'est fait : votre abonnement {plan} est en pause pour {pause_txt}. Aucune box ne sera envoyée ni prélevée pendant cette période, et il reprendra automatiquement pour la box du {resume_date}. La pause est gratuite et vous conservez votre tarif actuel. Vous pouvez la modifier ou la lever à tout moment dans Mon compte > Abonnement > « Mettre en pause ».",
            "Pas de souci ! Dans Mon compte > Abonnement, le bouton « Mettre en pause » (juste au-dessus de « Résilier ») permet de suspendre l'abonnement de 1 à 3 mois. Pour vous simplifier la vie, je l'ai déjà activé pour {pause_txt} : reprise automatique le {resume_date}.",
        ],
        "skip": [
            "C'est noté : la box du {renewal} est sautée. Vous ne serez pas prélevé{e} ce mois-ci et l'abonnement reprendra normalement le mois suivant. La prochaine fois, vous pouvez le faire vous-même via Mon compte > Abonnement > « Sauter la prochaine box », jusqu'au {next_charge}, date du prélèvement.",
            "Aucun problème, j'ai sauté votre prochaine box. Rien ne sera prélevé le {next_charge} et votre abonnement reste actif pour les mois suivants.",
        ],
        "info": [
            "La pause est entièrement gratuite et vous conservez votre tarif actuel de {plan_price} à la reprise. Vous pouvez suspendre de 1 à 3 mois dans Mon compte > Abonnement > « Mettre en pause », à faire avant le prochain prélèvement du {next_charge} ; l'abonnement reprend ensuite automatiquement.",
        ],
        "too_long": [
            "La pause est limitée à 3 mois consécutifs. Je l'ai donc activée pour 3 mois (reprise prévue le {resume_date}) ; quelques jours avant la reprise, vous recevrez un rappel et pourrez prolonger de nouveau depuis votre compte ou nous écrire. Autre option : résilier maintenant et vous réabonner à votre retour, sans frais.",
        ],
    },
}

I["subscription.change_plan"] = {
    "subjects": ["Changer de formule", "Modifier mon abonnement", "Passer à la box {new_plan}", "Changement d'abonnement",
                 "Mouture différente", "Changer le café de ma box"],
    "msgs": [
        "Je voudrais passer de la box {plan} à la box {new_plan}. C'est possible en cours de mois ?",
        "[sc=grind] Je viens d'acheter un moulin, je voudrais recevoir les cafés en grains et non plus moulus. Merci de modifier mon abonnement.",
        "[plan=Classique;new_plan=Barista] Est-ce qu'on peut recevoir 2 box par mois ? On est 4 à la maison et la box {plan} ne suffit plus.",
        "[sc=coffee] Je n'aime pas trop les cafés africains, est-il possible de ne recevoir que des cafés d'Amérique latine dans ma box ?",
        "[plan=Classique;new_plan=Découverte] Bonjour, je voudrais réduire mon abonnement : la formule {plan} est trop pour moi seul{e}. Quelle formule plus petite proposez-vous ?",
        "[sc=grind] Vous pouvez changer la mouture de ma box en mouture « cafetière italienne » ? J'ai changé de machine.",
        "[plan=Classique;new_plan=Capsules 100] Je souhaite basculer sur l'abonnement capsules (Capsules 100) à la place des grains. Ça change quoi pour le prix ?",
    ],
    "replies": {
        "default": [
            "C'est fait : votre abonnement passe de {plan} à {new_plan} ({new_plan_price} par mois). Le changement s'applique à partir de la prochaine box, celle du {renewal}, avec un prélèvement le {next_charge}. Vous pouvez modifier votre formule vous-même à tout moment dans Mon compte > Abonnement > « Changer de formule ».",
            "Bonne idée ! J'ai modifié votre formule : vous recevrez désormais la box {new_plan} au tarif de {new_plan_price} par mois, dès le renouvellement du {renewal}. La box de ce mois, déjà préparée, reste sur votre ancienne formule.",
        ],
        "grind": [
            "C'est modifié : à partir de la box du {renewal}, votre café sera envoyé selon la nouvelle mouture. Vous pouvez changer ce réglage à tout moment dans Mon compte > Abonnement > « Préférences café », jusqu'au {next_charge}.",
        ],
        "coffee": [
            "J'ai ajouté la préférence « Amérique latine uniquement » à votre abonnement : nos torréfacteurs en tiendront compte dès la box du {renewal}. Vous pouvez aussi exclure certaines origines dans Mon compte > Abonnement > « Préférences café ».",
        ],
    },
}

I["subscription.renewal_charge"] = {
    "subjects": ["Prélèvement non autorisé", "Pourquoi ai-je été prélevé{e} ?", "Prélèvement abonnement", "Débit inattendu de {amount}",
                 "Renouvellement non voulu", "J'avais résilié !"],
    "msgs": [
        "J'ai été prélevé{e} de {amount} le {last_charge} alors que je pensais avoir résilié. Pouvez-vous m'expliquer ?",
        "[sc=why] Pourquoi un prélèvement de {amount} ? Je n'ai rien commandé ce mois-ci.",
        "Bonjour, je ne savais pas que l'abonnement se renouvelait automatiquement. J'ai été débité{e} de {amount} et je ne veux pas de cette box. Elle n'est pas encore arrivée.",
        "J'AI ANNULÉ MON ABONNEMENT ET VOUS M'AVEZ QUAND MÊME PRÉLEVÉ {amount} !",
        "[sc=why] Le prélèvement de la box est arrivé le {last_charge}, mais je pensais que c'était le 1er. Pourquoi cette date ?",
        "[sc=shipped] J'avais oublié de mettre en pause et la box {plan} est arrivée hier. Je n'en veux pas, je peux être remboursé{e} ?",
        "Débit de {amount} sur mon compte « KAFFEO LYON ». Je ne comprends pas, j'avais mis l'abonnement en pause en début de mois…",
    ],
    "replies": {
        "default": [
            "Le prélèvement de {amount} du {last_charge} correspond au renouvellement de votre box {plan} : le paiement est pris 3 jours avant la date de renouvellement (le 1er du mois). Comme la box n'a pas encore été expédiée, je l'ai annulée et j'ai remboursé les {amount} : ils reviennent sur votre moyen de paiement sous 5 à 7 jours ouvrés. Votre abonnement est désormais résilié, aucun autre prélèvement n'aura lieu.",
            "Je comprends la surprise. Votre résiliation a bien été prise en compte avant la date de renouvellement ; le prélèvement n'aurait donc pas dû être conservé. Je l'ai remboursé (réf. {ref}), le montant réapparaîtra sous 5 à 7 jours ouvrés, et la box ne partira pas.",
            "Les abonnements Kaffeo se renouvellent le 1er de chaque mois, avec un prélèvement 3 jours avant, d'où le débit du {last_charge}. Comme vous le souhaitez, j'ai stoppé la box et remboursé le montant de {amount} (5 à 7 jours ouvrés). Pour éviter cela à l'avenir, un e-mail de rappel est envoyé 5 jours avant chaque prélèvement.",
        ],
        "why": [
            "Ce prélèvement de {amount} correspond au renouvellement mensuel de votre abonnement {plan}. Les abonnements se renouvellent le 1er de chaque mois et le paiement est pris 3 jours avant (ici le {last_charge}), pour que nous puissions torréfier votre café à temps ; il apparaît sous le libellé « KAFFEO LYON ». Votre box part dans les premiers jours du mois. Si vous préférez sauter ou mettre en pause une prochaine box, faites-le dans Mon compte > Abonnement avant le prochain prélèvement, le {next_charge}.",
            "Il s'agit bien de votre box {plan} : le renouvellement a lieu le 1er du mois, mais le paiement est prélevé 3 jours avant, d'où la date du {last_charge}. Un e-mail de rappel est envoyé 5 jours avant chaque prélèvement ; j'ai vérifié que les rappels sont bien activés sur votre compte. Rien d'anormal donc, et votre box est en préparation.",
        ],
        "shipped": [
            "La box ayant déjà été livrée, je ne peux pas annuler le prélèvement directement, mais vous pouvez la retourner si elle n'est pas ouverte : je vous envoie une étiquette de retour prépayée par e-mail. Dès réception de la box à Lyon, nous vous remboursons {amount} sur votre moyen de paiement d'origine sous 5 à 7 jours ouvrés. J'ai aussi mis votre abonnement en pause pour le mois prochain.",
        ],
    },
}

I["order.tracking"] = {
    "subjects": ["Où est ma commande ?", "Suivi de commande {order}", "Colis pas reçu", "Retard de livraison", "Commande toujours pas arrivée",
                 "Suivi colis", "Pas de nouvelles de ma commande", "Livraison ?", "Mon colis est bloqué"],
    "msgs": [
        "J'ai passé commande le {date} et je n'ai toujours rien reçu. Pouvez-vous me dire où en est mon colis ?",
        "[sc=stuck] Le suivi {carrier} n'a pas bougé depuis 4 jours, il est marqué « en cours d'acheminement ». C'est normal ?",
        "[sc=none] Je n'ai jamais reçu de mail avec le numéro de suivi pour ma commande {order}. Elle est partie ?",
        "[sc=late] Ça fait {days} jours que j'attends ma commande, vous annoncez 2 à 4 jours. C'est un peu long non ?",
        "Bonjour, quand est-ce que ma commande {order} sera livrée ? J'en ai besoin avant samedi (anniversaire de mon père).",
        "[sc=stuck] Mon colis est indiqué « en attente au centre de tri » depuis lundi. Il va finir par arriver ??",
        "ou en est ma commande",
        "[sc=late] TOUJOURS RIEN REÇU. COMMANDE DU {date}. C'EST INADMISSIBLE.",
        "[sc=none] Le lien de suivi dans votre mail ne marche pas (page d'erreur). Vous pouvez me redonner le numéro ?",
        "Bonjour ! Petite question : mon colis sera-t-il livré en point relais ou à domicile ? Je ne serai pas chez moi de la semaine.",
        "[sc=late] Ma commande {order} n'est toujours pas là, et le suivi indique une livraison prévue « dans les prochains jours » depuis une semaine. Je commence à m'inquiéter, j'ai payé {amount} quand même.",
        "[sc=delivered] Le suivi dit « livré » mais je n'ai rien dans ma boîte aux lettres ni chez le gardien. Vous pouvez vérifier où il a été déposé ?",
        "Est-ce que ma commande est bien partie ? J'ai commandé dimanche soir.",
    ],
    "replies": {
        "default": [
            "Votre commande {order} a été expédiée le {ship_date} avec {carrier}. Numéro de suivi : {tracking}\nSuivi en ligne : {tracking_url}\n\nLe colis est actuellement en cours de livraison, avec une arrivée prévue le {eta}. Pour rappel, nos délais sont de {delivery} après expédition.",
            "J'ai vérifié : le colis est bien parti de notre entrepôt de Lyon le {ship_date} ({carrier}, suivi {tracking}). D'après le transporteur, la livraison est prévue le {eta}. Vous pouvez suivre son avancée ici : {tracking_url}",
            "Bonne nouvelle, votre colis est en route ! Il a été remis à {carrier} le {ship_date} et devrait arriver le {eta}. En cas d'absence, il sera déposé au point relais le plus proche et vous recevrez un avis de passage. Lien de suivi : {tracking_url}",
        ],
        "late": [
            "Je suis désolé{agent_e} pour ce retard. Votre commande {order} a été remise à {carrier} le {ship_date}, mais elle a pris du retard au centre de tri. Elle est de nouveau en mouvement et la livraison est annoncée pour le {eta} (suivi : {tracking_url}). Si elle n'est pas arrivée d'ici là, prévenez-moi : nous vous renverrons une nouvelle commande sans frais.",
            "Nos délais habituels sont de {delivery}, et votre colis les dépasse : ce n'est pas normal. J'ai ouvert une enquête auprès de {carrier} (suivi {tracking}). Le transporteur nous indique une livraison le {eta} ; sans mouvement d'ici 48 h, nous réexpédions votre commande gratuitement.",
        ],
        "stuck": [
            "Votre colis est effectivement bloqué au centre de tri de {carrier} depuis plusieurs jours. J'ai ouvert une réclamation auprès du transporteur. S'il ne bouge pas sous 48 heures, nous vous renverrons la commande {order} gratuitement, sans attendre la fin de l'enquête. Je vous tiens au courant.",
            "Merci pour votre vigilance. Le suivi {tracking} n'a pas été mis à jour depuis le passage au centre de tri, ce qui arrive parfois avec {carrier}. J'ai relancé le transporteur : ils confirment que le colis est bien chez eux et qu'il sera livré le {eta}. Si ce n'est pas le cas, je vous renvoie un colis immédiatement.",
        ],
        "delivered": [
            "D'après {carrier}, le colis {tracking} a été marqué livré le {delivered_date}, mais le livreur n'a pas indiqué de lieu de dépôt précis. Pouvez-vous vérifier auprès de vos voisins et de votre gardien d'ici demain ? J'ai ouvert une enquête auprès du transporteur en parallèle ; si le colis n'est pas retrouvé sous 48 heures, nous vous renvoyons la commande {order} gratuitement.",
        ],
        "none": [
            "L'e-mail de suivi ne vous est visiblement pas parvenu, désolé{agent_e}. Votre commande {order} est partie le {ship_date} avec {carrier}.\nNuméro de suivi : {tracking}\nLien : {tracking_url}\n\nLivraison prévue le {eta}. Pensez à vérifier vos courriers indésirables : nos e-mails d'expédition arrivent parfois dans les spams.",
            "Voici les informations de suivi : transporteur {carrier}, numéro {tracking}, lien direct {tracking_url}. Le colis est en route et devrait arriver le {eta}. J'ai également renvoyé l'e-mail d'expédition à {email}.",
        ],
    },
}

I["order.cancel"] = {
    "subjects": ["Annuler ma commande", "Annulation commande {order}", "Erreur de commande – annulation", "Annulation svp",
                 "Je veux annuler"],
    "msgs": [
        "Je viens de passer la commande {order} et je me suis trompé{e} de produit. Pouvez-vous l'annuler avant l'expédition ?",
        "Merci d'annuler ma commande d'hier, j'ai trouvé la même machine en magasin.",
        "J'ai commandé deux fois la même chose par erreur ({order} et {order2}). Pouvez-vous annuler l'une des deux ?",
        "[sc=shipped] Je voudrais annuler ma commande mais j'ai reçu le mail d'expédition. C'est encore possible ?",
        "annulez la commande {order} svp c'etait une erreur",
        "Bonjour, je souhaite annuler la commande {order} passée ce matin : je dois partir en urgence et personne ne pourra réceptionner le colis.",
        "[cat=machine] Après réflexion, je préfère annuler l'achat de la {item}. La commande n'est normalement pas encore partie.",
    ],
    "replies": {
        "default": [
            "Votre commande {order} n'était pas encore préparée : je l'ai annulée. Le remboursement de {amount} est lancé et arrivera sur votre moyen de paiement d'origine sous 5 à 7 jours ouvrés. Vous recevrez un e-mail de confirmation d'annulation.",
            "C'est fait, la commande {order} est annulée. Si votre banque affiche encore une opération « en attente », il s'agit d'une simple autorisation qui disparaîtra d'elle-même ; sinon, le remboursement apparaîtra sous 5 à 7 jours ouvrés.",
        ],
        "shipped": [
            "Malheureusement la commande {order} a déjà été remise à {carrier} le {ship_date} : je ne peux plus l'annuler. Deux solutions : refuser le colis à la livraison (il nous reviendra automatiquement), ou le recevoir et nous le retourner dans les 30 jours avec l'étiquette prépayée que je vous enverrai. Dans les deux cas, le remboursement est fait à réception, sous 5 à 7 jours ouvrés, tant que le café n'est pas ouvert.",
        ],
    },
}

I["order.change_address"] = {
    "subjects": ["Changement d'adresse de livraison", "Erreur d'adresse", "Modifier l'adresse commande {order}", "Mauvaise adresse !",
                 "Nouvelle adresse"],
    "msgs": [
        "Je me suis trompé{e} d'adresse sur ma commande {order}. La bonne adresse est : {street}, {postcode} {city}. Merci de corriger !",
        "[sc=shipped] Mon colis est déjà parti mais je voudrais le faire livrer à mon travail plutôt qu'à la maison. C'est faisable ?",
        "Bonjour, l'adresse de livraison est l'ancienne, on a déménagé le mois dernier. Nouvelle adresse : {street}, {postcode} {city}.",
        "Il manque le code de la porte et l'étage dans mon adresse : code 4821B, 3e étage gauche. Le livreur risque de ne pas pouvoir entrer.",
        "Possible de livrer chez ma voisine ({street}) ? Je ne serai pas là jeudi et vendredi.",
        "ADRESSE FAUSSE sur la commande {order} !! le bon code postal c'est {postcode} pas 69000",
    ],
    "replies": {
        "default": [
            "Pas de souci, la commande {order} n'était pas encore expédiée : j'ai mis à jour l'adresse de livraison. Le colis partira dans la journée et vous recevrez le suivi {carrier} par e-mail. Pensez aussi à modifier votre adresse par défaut dans Mon compte > Adresses pour vos prochaines commandes.",
            "C'est corrigé ! La nouvelle adresse est bien enregistrée sur la commande {order}, qui n'avait pas encore quitté l'entrepôt. Livraison prévue sous {delivery}.",
        ],
        "shipped": [
            "Le colis a déjà été remis à {carrier}, je ne peux donc plus changer l'adresse de notre côté. J'ai toutefois demandé une réexpédition au transporteur ; vous pouvez aussi choisir un autre lieu de livraison directement via le lien de suivi : {tracking_url}. Si le colis nous revient, nous vous le renverrons gratuitement à la bonne adresse.",
        ],
    },
}

I["order.damaged"] = {
    "subjects": ["Colis abîmé", "Produit cassé à la livraison", "Paquet déchiré", "Machine arrivée endommagée",
                 "Commande {order} arrivée cassée", "Café renversé partout dans le carton", "Réclamation colis endommagé"],
    "msgs": [
        "Mon colis est arrivé complètement écrasé et un des paquets de café est éventré, il y en a partout dans le carton. Je vous joins une photo.",
        "[cat=machine;sc=machine] La {item} reçue aujourd'hui a le réservoir d'eau fissuré. Le carton était abîmé aussi. Photos en PJ.",
        "[cat=caps] La boîte de {item} est arrivée écrasée, une bonne partie des capsules sont percées. Que puis-je faire ?",
        "[cat=grinder] Le moulin {item} est arrivé avec le couvercle de la trémie cassé en deux. Photo ci-jointe. Je suis déçu{e}, c'était un cadeau.",
        "BONJOUR, COLIS DÉFONCÉ, CAFÉ PARTOUT. PHOTO JOINTE. JE VEUX UN RENVOI.",
        "[sc=unsafe] Le sachet de {coffee} était ouvert à l'arrivée (la valve est arrachée). Je ne sais pas si je peux le boire sans risque ?",
        "[cat=machine;sc=machine] Bonjour, le transporteur a visiblement fait tomber le colis : ma {item} a une grosse bosse sur le côté et le porte-filtre ne s'enclenche plus. Je n'ai pas de photo du carton, je l'ai déjà jeté, mais j'ai des photos de la machine.",
        "[sc=unsafe] Colis reçu mouillé, les paquets sont tout humides. Je n'ose pas les ouvrir. Qu'est-ce que je fais ?",
        "Deux paquets sur trois sont déchirés. Franchement l'emballage n'est pas à la hauteur pour le prix. Photo en pièce jointe.",
    ],
    "replies": {"default": [
        "Merci pour la photo, et désolé{agent_e} pour cet accueil peu engageant. Je vous renvoie gratuitement les articles abîmés dès aujourd'hui ; vous recevrez le suivi {carrier} par e-mail (livraison sous {delivery}). Inutile de nous retourner les produits endommagés : vous pouvez les jeter ou les garder.",
        "Nous avons bien reçu vos photos. Un remplacement complet part aujourd'hui, sans frais, et j'ai déclaré l'incident auprès de {carrier}. Vous n'avez rien à nous renvoyer pour le café ; si vous préférez un remboursement plutôt qu'un renvoi, dites-le-moi simplement.",
    ], "machine": [
        "Quel dommage ! Je vous envoie une {item} neuve en remplacement, elle partira demain matin. Notre transporteur viendra récupérer l'article endommagé lors de la livraison : il suffit de le remettre dans son carton. Aucun frais pour vous.",
    ], "unsafe": [
        "Par précaution, ne consommez pas le café d'un paquet ouvert ou humide. Pour notre déclaration au transporteur, une simple photo du produit suffit (vous pouvez répondre à ce message avec elle) ; le remplacement est de toute façon déjà en préparation et partira sous 24 h, gratuitement.",
    ]},
}

I["order.wrong_item"] = {
    "subjects": ["Mauvais article reçu", "Erreur dans ma commande", "Ce n'est pas ce que j'ai commandé", "Mauvais café reçu",
                 "Erreur de produit commande {order}"],
    "msgs": [
        "J'ai commandé du {coffee} en grains et j'ai reçu du café moulu. Je n'ai pas de moulin, je ne peux pas l'utiliser.",
        "[cat=caps] Au lieu des {item} j'ai reçu des capsules Ristretto. Pouvez-vous m'envoyer les bonnes ?",
        "Erreur dans la commande {order} : j'ai reçu un Decaf Colombia que je n'ai jamais commandé à la place du Moka Blend.",
        "[sc=gift;prio=urgent] C'est pour un cadeau demain soir et vous m'avez envoyé le mauvais coffret !!! Vous pouvez faire quelque chose en express ?",
        "[cat=grinder] J'ai reçu le {item} en noir alors que j'avais choisi le blanc. Pas dramatique mais j'aimerais échanger.",
        "mauvais café dans le colis, c'est pas ma commande. il y a même le bon de livraison de quelqu'un d'autre dedans",
        "Bonjour, j'ai commandé 1 kg et j'ai reçu un paquet de 250 g. La facture indique bien 1 kg pourtant.",
    ],
    "replies": {
        "default": [
            "Toutes nos excuses, il s'agit d'une erreur de préparation de notre part. Je vous envoie dès aujourd'hui le bon article, gratuitement (livraison sous {delivery}). Vous pouvez garder l'article reçu par erreur, ou l'offrir à quelqu'un qui l'appréciera !",
            "Merci de nous avoir prévenus. Le bon produit part aujourd'hui avec {carrier}. Pour l'article reçu par erreur, je vous ai envoyé une étiquette de retour prépayée par e-mail : il suffit de le déposer en point relais, sans frais pour vous.",
        ],
        "gift": [
            "Je suis vraiment désolé{agent_e}. J'ai expédié le bon coffret en livraison express ce jour, avant 15 h, pour une livraison demain avant 13 h (suivi envoyé par e-mail). Vous pouvez garder le coffret reçu par erreur. J'espère que la surprise sera réussie !",
        ],
    },
}

I["order.missing_item"] = {
    "subjects": ["Article manquant", "Il manque un produit dans mon colis", "Commande incomplète", "Produit manquant commande {order}",
                 "Colis incomplet"],
    "msgs": [
        "J'ai reçu ma commande {order} mais il manque le paquet de {coffee}. Tout le reste est là.",
        "[cat=caps] Sur les {qty} boîtes de capsules commandées, je n'en ai reçu qu'une partie. Le carton n'était pas abîmé.",
        "Ma box {plan} est arrivée avec un seul paquet au lieu de deux.",
        "Il manque le détartrant que j'avais ajouté à ma commande. Le bon de livraison le mentionne pourtant.",
        "[sc=backorder] Commande reçue sans le moulin ! Juste les cafés. C'est normal ?",
        "colis reçu mais incomplet, manque 2 articles. commande {order}",
        "Bonjour, dans ma commande il y avait un cadeau offert (le sachet découverte) annoncé sur le site, il n'y était pas. Ce n'est pas grave mais je préfère vous le signaler.",
    ],
    "replies": {
        "default": [
            "Désolé{agent_e} pour cet oubli. J'ai vérifié : l'article n'a pas été mis dans le colis lors de la préparation. Je vous l'envoie aujourd'hui, sans frais, avec {carrier} (livraison sous {delivery}). Vous recevrez le numéro de suivi par e-mail.",
            "Merci de nous l'avoir signalé. Le poids enregistré du colis confirme qu'il manquait un article : un envoi complémentaire part aujourd'hui, gratuitement. Si vous préférez un remboursement de l'article manquant, dites-le-moi et je m'en occupe.",
        ],
        "backorder": [
            "Pas d'inquiétude : votre commande a été envoyée en deux colis car le moulin était en réapprovisionnement. Il est parti le {ship_date} avec {carrier}, suivi {tracking} ({tracking_url}), livraison prévue le {eta}. Désolé{agent_e} de ne pas l'avoir indiqué plus clairement.",
        ],
    },
}

I["returns.return_request"] = {
    "subjects": ["Retour produit", "Demande de retour", "Retourner ma commande", "Comment faire un retour ?",
                 "Étiquette retour", "Renvoyer un article"],
    "msgs": [
        "Je voudrais retourner un paquet de {coffee} non ouvert, il ne correspond pas à ce que je cherchais. Comment faire ?",
        "[cat=machine] J'ai reçu ma {item} il y a 10 jours mais elle est trop grande pour ma cuisine. Elle est dans son emballage d'origine, je peux la renvoyer ?",
        "[sc=opened] J'ai ouvert le paquet de {coffee} et je n'aime vraiment pas le goût, trop acide. Je peux le retourner ?",
        "Bonjour, comment obtenir une étiquette de retour ? Je veux renvoyer la commande {order}.",
        "[cat=grinder] Le moulin {item} est trop bruyant pour nous (bébé à la maison). Il a servi deux fois. Retour possible ?",
        "Je voudrais renvoyer les {qty} boîtes de capsules, je me suis trompé{e} de modèle de machine. Elles sont intactes.",
        "Combien de temps j'ai pour faire un retour ? J'ai reçu la commande il y a 3 semaines.",
        "retour svp, produit pas ouvert, commande {order}",
    ],
    "replies": {
        "default": [
            "Bien sûr ! Les retours sont acceptés dans les 30 jours suivant la réception, pour le café non ouvert et le matériel dans son emballage d'origine. Je vous ai envoyé par e-mail une étiquette de retour prépayée : imprimez-la, collez-la sur le colis et déposez-le en bureau de poste ou point relais. Le remboursement est effectué sous 5 à 7 jours ouvrés après réception, sur votre moyen de paiement d'origine.",
            "Aucun problème. Vous êtes dans le délai de 30 jours : l'étiquette de retour prépayée vient de vous être envoyée à {email}. Dès que le colis arrive à notre entrepôt de Lyon, nous remboursons {amount} sur le moyen de paiement utilisé, sous 5 à 7 jours ouvrés.",
        ],
        "opened": [
            "Pour des raisons d'hygiène, nous ne pouvons reprendre que le café non ouvert. Mais je ne veux pas que vous restiez sur une mauvaise expérience : je vous ai ajouté un bon de 10 € sur votre compte, valable sur votre prochaine commande. Si vous aimez les cafés plus ronds, le Moka Blend ou le Brazil Santos devraient davantage vous plaire.",
        ],
    },
}

I["returns.exchange"] = {
    "subjects": ["Échange produit", "Échanger mon café", "Demande d'échange", "Échange moulin", "Échange mouture"],
    "msgs": [
        "Je me suis trompé{e} de mouture : j'ai pris « espresso » au lieu de « filtre ». Les paquets ne sont pas ouverts. Je peux échanger ?",
        "[cat=grinder] Je voudrais échanger le {item} noir contre le modèle inox. Je paie la différence s'il y en a une.",
        "[cat=caps] Possible d'échanger mes {item} contre des capsules Decaf ? La boîte est neuve.",
        "[sc=defect;cat=machine] Ma {item} fuit par le dessous depuis la première utilisation. Je souhaite un échange contre une machine neuve.",
        "Bonjour, j'ai reçu un coffret en cadeau mais je bois uniquement du déca. Puis-je l'échanger contre du Decaf Colombia ?",
        "Échange svp : {coffee} 1 kg en grains contre la même chose en moulu. Pas ouvert.",
    ],
    "replies": {
        "default": [
            "Avec plaisir. Je vous ai envoyé une étiquette de retour prépayée par e-mail ; le nouvel article partira dès que votre colis sera scanné par le transporteur, sans attendre qu'il arrive chez nous. L'échange est gratuit tant que le produit n'est pas ouvert et que nous sommes dans les 30 jours.",
            "C'est noté : l'échange est créé. Renvoyez-nous l'article non ouvert avec l'étiquette prépayée reçue par e-mail, et nous expédions le remplacement sous 24 h. S'il y a une différence de prix, elle vous sera remboursée ou demandée par un lien de paiement.",
        ],
        "defect": [
            "Une fuite dès la première utilisation n'est pas normale : votre machine est sous garantie et nous l'échangeons. Une {item} neuve vous est expédiée aujourd'hui ; le transporteur récupérera l'ancienne au moment de la livraison, dans son carton si possible. Aucun frais pour vous.",
        ],
    },
}

I["account.login"] = {
    "subjects": ["Impossible de me connecter", "Problème de connexion", "Compte bloqué", "Je n'arrive plus à accéder à mon compte",
                 "Connexion impossible", "Login ne marche pas"],
    "msgs": [
        "Je n'arrive plus à me connecter à mon compte, le site me dit « identifiants incorrects » alors que je suis sûr{e} de mon mot de passe.",
        "[sc=lockout;prio=high] Mon compte est bloqué après plusieurs tentatives. Comment le débloquer ? J'ai une box à modifier avant demain.",
        "[sc=hacked;prio=urgent] Quelqu'un s'est connecté à mon compte et a changé mon adresse de livraison ! Je n'ai rien fait. Je ne peux plus me connecter. AIDEZ-MOI.",
        "[sc=apple] Je me connectais avec Apple et maintenant ça me crée un nouveau compte vide. Où sont passées mes commandes ?",
        "[sc=loop] Le site me renvoie sans arrêt sur la page de connexion, impossible d'accéder à mon espace client (Chrome sur Mac).",
        "je n arrive pas a me connecter avec mon adresse {email}, il me dit que le compte n existe pas",
        "Bonjour, depuis le changement de site je ne peux plus me connecter. Dois-je recréer un compte ?",
    ],
    "replies": {
        "default": [
            "J'ai vérifié votre compte ({email}) : il est bien actif. Le plus simple est de cliquer sur « Mot de passe oublié » sur la page de connexion : vous recevrez un lien valable 1 heure pour en définir un nouveau. Si vous vous connectiez auparavant avec Apple ou Google, utilisez le même bouton plutôt que l'e-mail et le mot de passe.",
        ],
        "apple": [
            "Le problème venait de deux comptes créés avec deux adresses différentes. J'ai fusionné l'historique sur votre compte principal {email} : vous y retrouverez toutes vos commandes et votre abonnement. Reconnectez-vous avec cette adresse.",
        ],
        "loop": [
            "Ce comportement vient d'un cookie de session corrompu. Videz le cache et les cookies pour kaffeo.example (ou essayez une fenêtre de navigation privée), puis reconnectez-vous. J'ai vérifié, votre compte fonctionne normalement de notre côté.",
        ],
        "lockout": [
            "Votre compte était verrouillé après 5 tentatives infructueuses, par sécurité. Je viens de le débloquer. Je vous conseille de réinitialiser votre mot de passe via « Mot de passe oublié » (le lien est valable 1 heure), puis de modifier votre box avant le prélèvement du {next_charge}.",
        ],
        "hacked": [
            "Merci de nous avoir alertés si vite. J'ai immédiatement bloqué votre compte, déconnecté toutes les sessions et annulé la modification d'adresse ; aucune commande n'a été passée. Vous allez recevoir un lien de réinitialisation du mot de passe (valable 1 heure) à {email}. Choisissez un mot de passe que vous n'utilisez nulle part ailleurs. Votre carte bancaire n'est jamais visible en entier dans votre compte, mais par précaution surveillez vos relevés.",
        ],
    },
}

I["account.password_reset"] = {
    "subjects": ["Mot de passe oublié", "Réinitialisation mot de passe", "Lien de réinitialisation ne marche pas",
                 "Pas reçu le mail mot de passe", "mdp"],
    "msgs": [
        "J'ai demandé à réinitialiser mon mot de passe mais je ne reçois aucun e-mail.",
        "[sc=expired] Le lien pour changer mon mot de passe me dit « lien expiré ». Je l'ai pourtant reçu hier soir.",
        "[sc=how] Comment je change mon mot de passe ? Je ne le retrouve plus.",
        "j'ai oublié mon mot de passe et l'email de réinitialisation n'arrive pas (j'ai vérifié les spams)",
        "Bonjour, j'ai cliqué 4 fois sur « mot de passe oublié », toujours rien. Mon adresse est {email}.",
        "[sc=expired] Le lien de réinitialisation ouvre une page blanche dans l'appli. Que faire ?",
        "[sc=how] Je voudrais changer mon mot de passe par sécurité, mais il n'y a pas de bouton dans mon compte ?",
    ],
    "replies": {
        "default": [
            "Je viens de vous renvoyer un e-mail de réinitialisation à {email}. Il arrive en général en moins de 5 minutes ; pensez à vérifier les courriers indésirables et l'onglet « Promotions ». Le lien est valable 1 heure : passé ce délai, il suffit d'en redemander un.",
            "L'adresse enregistrée sur votre compte contenait une faute de frappe, ce qui explique que l'e-mail ne vous parvenait pas. Je l'ai corrigée et vous ai envoyé un nouveau lien de réinitialisation, valable 1 heure.",
        ],
        "how": [
            "Vous pouvez changer votre mot de passe à tout moment dans Mon compte > Sécurité > « Modifier le mot de passe ». Si vous ne le connaissez plus, déconnectez-vous et utilisez « Mot de passe oublié » sur la page de connexion : vous recevrez un lien valable 1 heure.",
        ],
        "expired": [
            "Les liens de réinitialisation sont valables 1 heure pour des raisons de sécurité, d'où le message « lien expiré ». Je vous en ai envoyé un nouveau à l'instant : ouvrez-le de préférence dans votre navigateur (et non dans l'application) dans l'heure qui vient.",
        ],
    },
}

I["account.delete_data"] = {
    "subjects": ["Suppression de mon compte", "RGPD – suppression de mes données", "Supprimer mes données personnelles",
                 "Demande de suppression", "Droit à l'effacement"],
    "msgs": [
        "Conformément au RGPD, je vous demande de supprimer mon compte et toutes mes données personnelles.",
        "Je veux supprimer mon compte Kaffeo. Merci de me confirmer quand c'est fait.",
        "Bonjour, je n'utilise plus vos services. Pouvez-vous effacer mes données (adresse, historique, carte) ? Et arrêter la newsletter.",
        "Suppression de compte svp. Et je veux savoir quelles données vous avez sur moi avant.",
        "J'ai un abonnement actif mais je souhaite tout supprimer : l'abonnement et le compte. Merci de faire le nécessaire.",
        "[sc=deceased] Merci de supprimer le compte de mon père décédé, {first} {last}. Je peux fournir un justificatif si nécessaire.",
    ],
    "replies": {"default": [
        "Votre demande de suppression est enregistrée. Conformément au RGPD, votre compte et vos données personnelles seront effacés sous 30 jours maximum ; vous recevrez un e-mail de confirmation à ce moment-là. Seules les factures sont conservées le temps imposé par la loi (obligations comptables). Votre inscription à la newsletter est supprimée dès aujourd'hui.",
        "C'est noté. J'ai d'abord résilié votre abonnement (aucun nouveau prélèvement), puis transmis la demande de suppression à notre responsable des données : le compte sera effacé sous 30 jours. Si vous souhaitez auparavant une copie de vos données, répondez à ce message et nous vous l'enverrons.",
    ], "deceased": [
        "Toutes nos condoléances. Nous avons bien pris en compte la demande : le compte est désactivé dès aujourd'hui et les données seront supprimées sous 30 jours. Aucun justificatif n'est nécessaire puisque la demande vient de l'adresse e-mail associée à la famille ; s'il restait un abonnement, il a été résilié.",
    ]},
}

I["account.update_details"] = {
    "subjects": ["Changer mon adresse e-mail", "Mise à jour de mes coordonnées", "Modifier mon nom", "Changement d'adresse",
                 "Nouveau numéro de téléphone"],
    "msgs": [
        "[sc=email] Je voudrais changer l'adresse e-mail de mon compte pour {email}. L'ancienne ne fonctionne plus.",
        "[sc=address] Nous avons déménagé : merci de mettre à jour mon adresse pour les prochaines box : {street}, {postcode} {city}.",
        "Je me suis marié{e}, pouvez-vous changer mon nom de famille sur le compte ? Nouveau nom : {last}.",
        "Comment je modifie mon numéro de téléphone ? Le livreur n'arrive pas à me joindre. Nouveau : {phone}.",
        "[sc=email] Bonjour, est-ce que je peux fusionner mon compte pro et mon compte perso ? Je veux garder seulement {email}.",
        "Je ne veux plus recevoir de SMS, seulement les e-mails. Où je règle ça ?",
    ],
    "replies": {
        "default": [
            "C'est mis à jour sur votre compte. Pour information, vous pouvez modifier vous-même vos coordonnées (nom, téléphone, préférences de notification) à tout moment dans Mon compte > Mes informations.",
            "C'est fait ! La modification est enregistrée et s'appliquera à vos prochaines commandes et box. Rien d'autre à faire de votre côté.",
        ],
        "email": [
            "J'ai changé l'adresse e-mail de votre compte pour {email}. Un e-mail de vérification vient d'y être envoyé : cliquez sur le lien pour valider le changement. Vous vous connecterez désormais avec cette adresse, avec le même mot de passe.",
        ],
        "address": [
            "C'est noté : votre nouvelle adresse ({street}, {postcode} {city}) est désormais l'adresse par défaut de votre compte et de votre abonnement. La box du {renewal} y sera livrée. Vous pouvez gérer vos adresses dans Mon compte > Adresses.",
        ],
    },
}

I["product.question"] = {
    "subjects": ["Question sur un café", "Conseil mouture", "Question produit", "Compatibilité capsules", "Détartrage Barista One",
                 "Réglage moulin", "Question", "Un petit conseil ?"],
    "msgs": [
        "[sc=grind] Quelle mouture choisir pour une cafetière italienne (Bialetti) ? Je ne veux pas me tromper.",
        "[sc=decaf] Comment est décaféiné votre Decaf Colombia ? Avec des solvants ? Je suis enceinte et je fais attention.",
        "[sc=freshness] Combien de temps se conserve un paquet de grains une fois ouvert ? Et avant ouverture ?",
        "[sc=machine_compat] Vos capsules sont-elles compatibles avec ma machine Nespresso Vertuo ?",
        "[sc=descale;cat=machine] À quelle fréquence faut-il détartrer la {item} ? Le voyant clignote depuis ce matin.",
        "[sc=grinder_setting;cat=grinder] Sur le {item}, quel réglage conseillez-vous pour un espresso ? J'obtiens un café qui coule beaucoup trop vite.",
        "[sc=stock] Le Kenya AA est en rupture depuis un moment, il revient quand ?",
        "[sc=gift_sub] Est-il possible d'offrir un abonnement de 3 mois à quelqu'un ? C'est pour ma sœur.",
        "[sc=storage] Est-ce que je peux mettre le café au congélateur ? J'en ai acheté beaucoup d'un coup.",
        "[sc=grind] J'ai une cafetière à piston, je prends quelle mouture ?",
        "[sc=decaf] Il reste combien de caféine dans votre déca ? Mon médecin m'a dit d'arrêter.",
    ],
    "replies": {
        "default": ["Merci pour votre question ! Notre guide de préparation détaille chaque méthode ; n'hésitez pas à nous dire quel matériel vous utilisez pour un conseil plus précis."],
        "grind": [
            "Pour une cafetière italienne, choisissez la mouture « Moka » : plus fine qu'une mouture filtre mais moins qu'un espresso. Pour une cafetière à piston, prenez au contraire une mouture grossière (« French press »), sinon le café passe à travers le filtre et devient amer. Vous pouvez choisir la mouture sur chaque fiche produit et dans les préférences de votre abonnement.",
        ],
        "decaf": [
            "Notre Decaf Colombia est décaféiné selon le procédé naturel à l'eau de source (« Swiss Water »), sans solvant chimique. Il contient moins de 0,1 % de caféine, soit environ 2 à 3 mg par tasse contre 80 à 100 mg pour un café classique. Pour une situation médicale, votre médecin reste la meilleure référence.",
        ],
        "freshness": [
            "Fermé, un paquet de grains garde tous ses arômes environ 6 mois après la date de torréfaction indiquée au dos. Une fois ouvert, comptez 3 à 4 semaines en refermant bien le sachet (il a un zip et une valve) et en le gardant à l'abri de la lumière et de la chaleur, mais pas au réfrigérateur. Le café moulu s'oxyde plus vite : idéalement 1 à 2 semaines.",
        ],
        "storage": [
            "Oui, le congélateur est la seule bonne option pour un stockage long : répartissez le café en petites portions hermétiques (une semaine chacune), ne les recongelez pas, et laissez revenir le sachet à température ambiante avant de l'ouvrir pour éviter la condensation. Le réfrigérateur, en revanche, est à éviter.",
        ],
        "machine_compat": [
            "Nos capsules sont compatibles avec les machines Nespresso® Original (Inissia, Pixie, Essenza, CitiZ…), mais pas avec la gamme Vertuo, qui utilise un autre format avec code-barres. Si vous avez une Vertuo, nous vous conseillons plutôt nos cafés en grains ou moulus.",
        ],
        "descale": [
            "Quand le voyant clignote, c'est que la {item} demande un détartrage : comptez toutes les 4 à 6 semaines selon la dureté de votre eau. Utilisez notre détartrant (ou un détartrant liquide pour machine espresso), lancez le programme en maintenant le bouton vapeur 5 secondes, puis rincez avec deux réservoirs d'eau claire. Le guide complet est dans le manuel, section 7.",
        ],
        "grinder_setting": [
            "Pour un espresso sur le {item}, commencez au réglage 6 et ajustez par petits pas : si le café coule trop vite (moins de 20 secondes pour un double), resserrez d'un cran vers 5 ou 4. L'objectif est environ 25 à 30 secondes pour 36 g en tasse avec 18 g de café. Pensez à purger quelques grammes après chaque changement.",
        ],
        "stock": [
            "Le Kenya AA dépend des récoltes et notre nouveau lot arrive de Mombasa dans environ 3 semaines. Cliquez sur « Me prévenir » sur la fiche produit : vous recevrez un e-mail dès sa remise en vente. En attendant, l'Ethiopia Sidamo a un profil fruité assez proche.",
        ],
        "gift_sub": [
            "Oui ! Nous proposons des abonnements cadeaux de 3, 6 ou 12 mois, payés en une fois et sans renouvellement automatique. Vous choisissez la formule, la date de la première box et vous pouvez ajouter un message personnalisé. Rendez-vous dans la rubrique « Offrir » du site.",
        ],
    },
}

I["technical.app_bug"] = {
    "subjects": ["L'application plante", "Bug appli", "Problème avec l'app Kaffeo", "L'appli ne s'ouvre plus",
                 "Bug dans l'application", "Notifications en double"],
    "msgs": [
        "[sc=crash] L'application se ferme toute seule dès que j'ouvre l'onglet « Mon abonnement ». {device}, version {app_version}.",
        "[sc=crash] Depuis la dernière mise à jour, l'appli reste bloquée sur l'écran de chargement avec le logo.",
        "Le bouton « Ajouter au panier » ne fait rien dans l'appli Android. Sur le site ça marche.",
        "[sc=notif] Je reçois 5 fois la même notification « Votre box arrive » à chaque fois. C'est pénible.",
        "Dans l'appli, mes commandes passées n'apparaissent pas, la liste est vide, alors que sur le site tout y est.",
        "L'appli affiche les prix en livres sterling alors que je suis en France ??",
        "[sc=crash] APPLI INUTILISABLE. ELLE CRASHE À CHAQUE FOIS QUE JE VEUX PAYER.",
        "Le scan du QR code de la box ne marche pas, l'appareil photo s'ouvre puis écran noir. ({device}, {os})",
    ],
    "replies": {
        "default": [
            "Merci pour ce signalement précis. Il s'agit d'un bug connu de la version {app_version}, corrigé dans la prochaine mise à jour, prévue d'ici quelques jours. En attendant, tout est accessible depuis le site : kaffeo.example > Mon compte. Désolé{agent_e} pour la gêne !",
            "J'ai transmis le problème à notre équipe mobile avec les informations de votre appareil ({device}, {os}). En attendant le correctif, déconnectez-vous de l'application, supprimez-la, puis réinstallez-la depuis le store : cela règle le souci dans la plupart des cas.",
        ],
        "crash": [
            "Nous avons retrouvé le rapport de plantage correspondant à votre {device} : le problème vient de la version {app_version} et touche certains appareils. Une mise à jour corrective est en cours de validation sur les stores. D'ici là, vous pouvez gérer votre abonnement et vos paiements depuis le site, qui n'est pas concerné.",
        ],
        "notif": [
            "C'est un bug de notre côté : les notifications étaient envoyées à chaque appareil connecté au compte, parfois plusieurs fois. Un correctif a été déployé hier. Si cela continue, allez dans Réglages > Notifications de l'application, désactivez puis réactivez « Suivi de box ».",
        ],
    },
}

I["promo.discount_code"] = {
    "subjects": ["Code promo ne fonctionne pas", "Code promo", "Réduction non appliquée", "Code {code} invalide",
                 "Problème code de réduction", "Oubli du code promo"],
    "msgs": [
        "Le code {code} ne fonctionne pas, il me dit « code invalide ». Je l'ai reçu dans votre newsletter.",
        "[sc=expired] J'ai essayé d'utiliser {code} mais il est indiqué comme expiré, alors que la newsletter date de la semaine dernière !",
        "[sc=stack] Je voulais cumuler mon code parrainage et le code {code}, mais le site n'en accepte qu'un. C'est normal ?",
        "[sc=forgot] J'ai oublié de mettre mon code {code} lors de ma commande {order}. Pouvez-vous appliquer la réduction après coup ?",
        "[sc=info] Est-ce que le code de bienvenue marche aussi sur l'abonnement ou seulement sur les commandes ponctuelles ?",
        "le code promo marche pas !!!",
        "[sc=applied] Ma réduction de 15 % n'a pas été prise en compte alors que le code était bien saisi. Total payé : {amount}.",
    ],
    "replies": {
        "default": [
            "J'ai vérifié le code {code} : il est valable, mais il ne s'applique qu'aux commandes ponctuelles de café (pas aux machines, ni à l'abonnement). C'est ce qui provoquait le message « code invalide ». Je vous ai appliqué la réduction manuellement : la différence vous sera remboursée sous 5 à 7 jours ouvrés.",
        ],
        "applied": [
            "Le code a bien fonctionné de notre côté, la réduction est visible sur votre facture. Si vous n'êtes pas sûr{e}, vous la trouverez dans Mon compte > Commandes, à la ligne « Remise ».",
        ],
        "info": [
            "Le code de bienvenue s'applique uniquement à votre première commande ponctuelle de café : il ne fonctionne ni sur l'abonnement ni sur les machines et moulins. Pour rappel, un seul code par commande, les codes ne sont pas cumulables.",
        ],
        "expired": [
            "Le code {code} était valable jusqu'à dimanche minuit, d'où le message. Comme la newsletter est arrivée tard chez certains clients, je vous ai créé un code personnel équivalent, valable 7 jours : KF-MERCI-{last4}. Un seul code par commande, comme d'habitude.",
        ],
        "stack": [
            "Oui, c'est normal : un seul code promo peut être utilisé par commande, et les codes ne sont pas cumulables. Le site garde automatiquement le plus avantageux si vous en saisissez un second. Votre code parrainage reste valable pour une prochaine commande.",
        ],
        "forgot": [
            "Pas de souci : j'ai appliqué la réduction du code {code} à votre commande {order} après coup. La différence vous est remboursée sur votre moyen de paiement d'origine, sous 5 à 7 jours ouvrés. Pour rappel, un seul code par commande.",
        ],
    },
}

I["feedback.complaint"] = {
    "subjects": ["Très déçu{e}", "Réclamation", "Mécontentement", "Qualité en baisse", "Service client décevant",
                 "Pas satisfait{e}"],
    "msgs": [
        "[sc=taste] Les deux derniers paquets de {coffee} avaient un goût de brûlé, rien à voir avec d'habitude. La qualité a baissé ?",
        "[sc=service] J'ai écrit trois fois au service client la semaine dernière sans réponse. Ce n'est pas sérieux pour une entreprise qui se dit proche de ses clients.",
        "[sc=packaging] Pourquoi autant de plastique dans vos colis ? Pour une marque qui parle d'écologie, c'est décevant.",
        "[sc=delivery] Troisième livraison en retard d'affilée avec votre transporteur. Je paye un abonnement, j'attends un minimum de régularité.",
        "[sc=taste] Franchement le nouveau Moka Blend est beaucoup moins bon qu'avant. Vous avez changé la recette ?",
        "Je suis déçu{e} par l'augmentation de prix annoncée par mail, sans vraie explication. Je reste abonné{e} pour l'instant mais bon.",
    ],
    "replies": {
        "default": [
            "Merci pour ce retour franc, il est précieux. Je l'ai transmis à l'équipe concernée. En guise d'excuse, j'ai ajouté un bon de 10 € sur votre compte, utilisable sur votre prochaine commande.",
        ],
        "taste": [
            "Merci de nous le dire. Nous avons changé de lot de {coffee} récemment (nouvelle récolte) et la torréfaction a été légèrement plus poussée : votre remarque a été transmise à notre torréfacteur, qui ajuste dès la prochaine fournée. En attendant, je vous envoie un paquet de remplacement d'un autre lot, offert.",
        ],
        "service": [
            "Vous avez entièrement raison, et je vous présente nos excuses : nous avons connu un pic de demandes et certains messages sont restés sans réponse trop longtemps. Je prends personnellement votre dossier en main. Pour nous faire pardonner, un bon de 10 € a été ajouté à votre compte.",
        ],
        "packaging": [
            "Merci pour cette remarque très juste. Depuis ce printemps, nous remplaçons le film de calage par du papier kraft recyclé ; certains colis partent encore avec l'ancien stock, qui sera écoulé d'ici la fin du mois. Les sachets de café sont, eux, recyclables dans la poubelle jaune (valve comprise).",
        ],
        "delivery": [
            "Trois retards de suite, ce n'est pas acceptable, je suis d'accord. J'ai fait remonter la situation à notre responsable logistique, qui échange avec {carrier} sur votre secteur. Je vous offre les frais de port de votre prochaine commande et je surveille personnellement la livraison de votre prochaine box.",
        ],
    },
}

I["other.non_actionable"] = {
    "subjects": {
        "spam": ["Partenariat SEO pour kaffeo.example", "Augmentez vos ventes de 300 %", "Proposition de collaboration",
                 "Votre site mérite mieux", "Devis refonte site web", "Prospects qualifiés pour votre boutique"],
        "auto": ["Réponse automatique : absent{e} du bureau", "Absence du bureau", "Réponse automatique", "Message automatique – congés"],
        "thanks": ["Merci !", "Re: votre commande", "Tout est bon", "Merci pour votre aide", "Bien reçu"],
        "default": ["Merci"],
    },
    "msgs": [
        "[sc=spam] Bonjour,\n\nJ'ai analysé votre site kaffeo.example et relevé 27 erreurs SEO qui vous font perdre des clients chaque jour. Je propose un audit complet pour seulement 199 €. Êtes-vous disponible pour un appel de 15 minutes cette semaine ?\n\nBien cordialement,\nThibault, consultant en référencement",
        "[sc=spam] Bonjour l'équipe Kaffeo,\n\nNous sommes une agence spécialisée dans la génération de leads B2B pour l'e-commerce. Nos clients augmentent leur chiffre d'affaires de 40 % en trois mois. Je serais ravi d'en discuter avec le responsable marketing.\n\nMaxime – GrowthLab",
        "[sc=spam] Madame, Monsieur, nous fabriquons des gobelets compostables personnalisés à prix usine. Catalogue et tarifs en pièce jointe. Commande minimum 10 000 pièces.",
        "[sc=auto] Bonjour,\n\nJe suis absent{e} du bureau jusqu'au {renewal} inclus, sans accès à ma messagerie. En cas d'urgence, merci de contacter le standard au {phone}.\n\nCordialement,\n{first} {last}",
        "[sc=auto] Ceci est une réponse automatique. Je suis actuellement en congé et je traiterai votre message à mon retour.",
        "[sc=thanks] Merci pour votre réponse, tout est réglé de mon côté. Bonne journée !",
        "[sc=thanks] C'est bon j'ai bien reçu le colis finalement, vous pouvez fermer la demande. Merci !",
        "[sc=thanks] Juste pour vous dire que le remplacement est arrivé ce matin, nickel. Merci à toute l'équipe !",
        "[sc=thanks] ok merci",
    ],
    "replies": {
        "default": ["Merci pour votre message, bonne journée !\n\n{agent}"],
        "spam": [
            "Merci pour votre message. Nous ne sommes pas intéressés par cette proposition et vous remercions de ne pas nous recontacter à ce sujet.",
            "Merci, mais nous ne donnerons pas suite.",
        ],
        "auto": ["Message automatique reçu, aucune action nécessaire de votre côté. Bonne journée !"],
        "thanks": ["Merci pour votre retour, ravi{agent_e} que tout soit réglé ! Bonne dégustation.",
                   "Super nouvelle, merci de nous avoir tenus au courant. Je clôture la demande.",
                   "Avec plaisir ! N'hésitez pas si vous avez besoin de quoi que ce soit."],
    },
}

INTENTS = I

# Phrase-level paraphrases applied at random to customer messages (pattern, alternatives).
PARAPHRASES = [
    ("Pouvez-vous", ["Pourriez-vous", "Est-ce que vous pouvez", "Vous pouvez"]),
    ("pouvez-vous", ["pourriez-vous", "est-ce que vous pouvez"]),
    ("Je voudrais", ["J'aimerais", "Je souhaiterais", "Je veux"]),
    ("Je souhaite", ["Je voudrais", "J'aimerais"]),
    ("C'est normal ?", ["Est-ce normal ?", "C'est normal ça ?", "c'est normal ??"]),
    ("je n'ai toujours rien reçu", ["je n'ai encore rien reçu", "toujours rien reçu de mon côté"]),
    ("Merci de", ["Merci de bien vouloir", "Je vous remercie de"]),
    ("Bonjour, ", ["Bonjour. ", "Bonjour ! "]),
    ("svp", ["stp", "s'il vous plaît", "svp svp"]),
    ("J'ai commandé", ["J'avais commandé", "J'ai acheté"]),
    ("Est-ce qu'on", ["On peut", "Est-ce que l'on"]),
    ("aujourd'hui", ["ce matin", "aujourd'hui"]),
    ("Est-il possible", ["Est-ce possible", "Est-ce qu'il est possible"]),
    (" ? ", [" ? ", " ?? ", " ? "]),
    ("Franchement", ["Sincèrement", "Honnêtement"]),
    ("immédiatement", ["tout de suite", "immédiatement"]),
    ("rapidement", ["au plus vite", "rapidement"]),
]


def months_txt(n):
    return "%d mois" % n
