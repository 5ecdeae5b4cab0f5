# -*- coding: utf-8 -*-
"""Kaffeo help-center articles (hand-written, CC0-1.0). One topic = one section, 4 locales."""

TOPICS = []


def topic(key, section_id, labels, fr, en, de, es):
    TOPICS.append({"key": key, "section_id": section_id, "labels": labels,
                   "locales": {"fr": fr, "en": en, "de": de, "es": es}})


# --------------------------------------------------------------------------- refunds
topic("refunds", 360100001,
      {"fr": ["remboursement", "paiement", "commande"], "en": ["refund", "payment", "order"],
       "de": ["erstattung", "zahlung", "bestellung"], "es": ["reembolso", "pago", "pedido"]},
      {"title": "Quand et comment suis-je remboursé ?", "slug": "quand-et-comment-suis-je-rembourse",
       "intro": "Retour, annulation, article manquant ou double paiement : voici comment fonctionnent les remboursements chez Kaffeo et combien de temps ils prennent.",
       "sections": [
           ("Sur quel moyen de paiement ?", "<p>Un remboursement est toujours effectué sur le <strong>moyen de paiement utilisé lors de la commande</strong> : carte bancaire, PayPal ou prélèvement SEPA. Nous n'émettons pas d'avoir, sauf si vous nous le demandez explicitement. Si votre carte a été remplacée entre-temps (perte, expiration), votre banque reporte automatiquement le montant sur la nouvelle carte.</p>"),
           ("Quel délai ?", "<p>Dès que le remboursement est validé, vous recevez un e-mail de confirmation avec une référence. Le montant apparaît ensuite sur votre relevé sous <strong>5 à 7 jours ouvrés</strong>, selon votre banque.</p><ul><li>Retour : le remboursement est déclenché dès que le colis arrive à notre entrepôt de Lyon et a été contrôlé.</li><li>Annulation avant expédition : remboursement immédiat ; une éventuelle opération « en attente » disparaît d'elle-même.</li><li>Double débit : le doublon est remboursé dès qu'il est constaté.</li></ul>"),
           ("Mon remboursement n'apparaît pas", "<p>Si le délai de 7 jours ouvrés est dépassé, répondez simplement à l'e-mail de confirmation ou contactez-nous en indiquant votre numéro de commande (KF-2026-xxxxx). Nous lancerons une recherche auprès de notre prestataire de paiement et vous communiquerons la référence bancaire de l'opération.</p>"),
       ]},
      {"title": "When and how will I get my refund?", "slug": "when-and-how-will-i-get-my-refund",
       "intro": "Whether it's a return, a cancellation, a missing item or a double charge, here is how refunds work at Kaffeo and how long they take.",
       "sections": [
           ("Which payment method?", "<p>Refunds always go back to the <strong>payment method used for the order</strong>: card, PayPal or SEPA direct debit. We don't issue store credit unless you explicitly ask for it. If your card has been replaced in the meantime (lost, expired), your bank automatically moves the money to the new card.</p>"),
           ("How long does it take?", "<p>As soon as the refund is approved you receive a confirmation email with a reference. The amount then appears on your statement within <strong>5-7 business days</strong>, depending on your bank.</p><ul><li>Returns: the refund is triggered once the parcel has reached our Lyon warehouse and been checked.</li><li>Cancellation before dispatch: refunded immediately; any 'pending' transaction drops off on its own.</li><li>Double charge: the duplicate is refunded as soon as we confirm it.</li></ul>"),
           ("My refund hasn't arrived", "<p>If more than 7 business days have passed, just reply to the confirmation email or contact us with your order number (KF-2026-xxxxx). We'll trace the payment with our provider and send you the bank reference of the transaction.</p>"),
       ]},
      {"title": "Wann und wie erhalte ich meine Erstattung?", "slug": "wann-und-wie-erhalte-ich-meine-erstattung",
       "intro": "Rücksendung, Stornierung, fehlender Artikel oder doppelte Abbuchung: So funktionieren Erstattungen bei Kaffeo und so lange dauern sie.",
       "sections": [
           ("Auf welches Zahlungsmittel?", "<p>Erstattungen gehen immer auf das <strong>bei der Bestellung verwendete Zahlungsmittel</strong> zurück: Karte, PayPal oder SEPA-Lastschrift. Ein Guthaben stellen wir nur auf ausdrücklichen Wunsch aus. Wurde Ihre Karte inzwischen ersetzt, bucht Ihre Bank den Betrag automatisch auf die neue Karte.</p>"),
           ("Wie lange dauert es?", "<p>Sobald die Erstattung freigegeben ist, erhalten Sie eine Bestätigung mit Referenz per E-Mail. Der Betrag erscheint dann je nach Bank innerhalb von <strong>5–7 Werktagen</strong> auf Ihrem Kontoauszug.</p><ul><li>Rücksendung: Die Erstattung wird ausgelöst, sobald das Paket in unserem Lager in Lyon eingetroffen und geprüft ist.</li><li>Stornierung vor Versand: sofortige Erstattung; eine „vorgemerkte“ Buchung verschwindet von selbst.</li><li>Doppelte Abbuchung: Der doppelte Betrag wird erstattet, sobald wir ihn bestätigt haben.</li></ul>"),
           ("Meine Erstattung ist nicht angekommen", "<p>Sind mehr als 7 Werktage vergangen, antworten Sie einfach auf die Bestätigungsmail oder kontaktieren Sie uns mit Ihrer Bestellnummer (KF-2026-xxxxx). Wir verfolgen die Zahlung bei unserem Dienstleister und nennen Ihnen die Bankreferenz.</p>"),
       ]},
      {"title": "¿Cuándo y cómo recibo mi reembolso?", "slug": "cuando-y-como-recibo-mi-reembolso",
       "intro": "Devolución, cancelación, artículo que falta o cobro duplicado: así funcionan los reembolsos en Kaffeo y esto es lo que tardan.",
       "sections": [
           ("¿A qué método de pago?", "<p>El reembolso se hace siempre al <strong>método de pago utilizado en el pedido</strong>: tarjeta, PayPal o domiciliación SEPA. No emitimos saldo a favor salvo que nos lo pida expresamente. Si le han cambiado la tarjeta, su banco traspasa el importe automáticamente a la nueva.</p>"),
           ("¿Cuánto tarda?", "<p>En cuanto se aprueba el reembolso, recibe un correo de confirmación con una referencia. El importe aparece en su extracto en un plazo de <strong>5 a 7 días hábiles</strong>, según el banco.</p><ul><li>Devolución: el reembolso se inicia cuando el paquete llega a nuestro almacén de Lyon y se revisa.</li><li>Cancelación antes del envío: reembolso inmediato; una operación «pendiente» desaparece sola.</li><li>Cobro duplicado: el duplicado se reembolsa en cuanto lo confirmamos.</li></ul>"),
           ("No me ha llegado el reembolso", "<p>Si han pasado más de 7 días hábiles, responda al correo de confirmación o escríbanos con su número de pedido (KF-2026-xxxxx). Rastrearemos el pago con nuestra pasarela y le daremos la referencia bancaria.</p>"),
       ]})

# --------------------------------------------------------------------------- returns
topic("returns", 360100002,
      {"fr": ["retour", "échange", "étiquette"], "en": ["return", "exchange", "label"],
       "de": ["rücksendung", "umtausch", "etikett"], "es": ["devolución", "cambio", "etiqueta"]},
      {"title": "Retourner ou échanger un article", "slug": "retourner-ou-echanger-un-article",
       "intro": "Un article ne vous convient pas ? Vous disposez de 30 jours pour nous le renvoyer ou l'échanger, gratuitement.",
       "sections": [
           ("Conditions de retour", "<ul><li>Délai : <strong>30 jours</strong> à compter de la réception.</li><li>Café et capsules : uniquement <strong>non ouverts</strong>, pour des raisons d'hygiène et de fraîcheur.</li><li>Moulins et machines : dans leur emballage d'origine, avec tous les accessoires.</li></ul><p>Un produit arrivé abîmé ou défectueux n'est pas un retour classique : consultez notre article sur les colis endommagés, nous le remplaçons sans attendre.</p>"),
           ("Comment faire ?", "<p>Contactez-nous avec votre numéro de commande en indiquant les articles concernés. Nous vous envoyons par e-mail une <strong>étiquette de retour prépayée</strong> (Colissimo en France, DHL ailleurs). Imprimez-la, collez-la sur le colis et déposez-le en bureau de poste ou en point relais.</p>"),
           ("Remboursement ou échange", "<p>Pour un retour, le remboursement est effectué sur votre moyen de paiement d'origine sous 5 à 7 jours ouvrés après réception du colis à Lyon. Pour un échange (autre mouture, autre café, autre coloris), le nouvel article part dès que votre colis est scanné par le transporteur ; s'il y a une différence de prix, nous la remboursons ou vous envoyons un lien de paiement.</p>"),
       ]},
      {"title": "Returning or exchanging an item", "slug": "returning-or-exchanging-an-item",
       "intro": "Something not quite right? You have 30 days to send it back or exchange it, free of charge.",
       "sections": [
           ("Return conditions", "<ul><li>Time limit: <strong>30 days</strong> from delivery.</li><li>Coffee and capsules: <strong>unopened</strong> only, for hygiene and freshness reasons.</li><li>Grinders and machines: in their original packaging with all accessories.</li></ul><p>Items that arrive damaged or faulty aren't a standard return: see our article on damaged parcels - we replace them straight away.</p>"),
           ("How to return", "<p>Contact us with your order number and the items concerned. We'll email you a <strong>prepaid return label</strong> (Colissimo in France, DHL elsewhere). Print it, stick it on the parcel and drop it at a post office or pickup point.</p>"),
           ("Refund or exchange", "<p>For a return, we refund your original payment method within 5-7 business days of the parcel reaching Lyon. For an exchange (different grind, coffee or colour), the new item ships as soon as your parcel is scanned by the carrier; any price difference is refunded or charged via a payment link.</p>"),
       ]},
      {"title": "Artikel zurücksenden oder umtauschen", "slug": "artikel-zuruecksenden-oder-umtauschen",
       "intro": "Passt etwas nicht? Sie haben 30 Tage Zeit, um es kostenlos zurückzuschicken oder umzutauschen.",
       "sections": [
           ("Rückgabebedingungen", "<ul><li>Frist: <strong>30 Tage</strong> ab Erhalt.</li><li>Kaffee und Kapseln: nur <strong>ungeöffnet</strong>, aus Hygiene- und Frischegründen.</li><li>Mühlen und Maschinen: in der Originalverpackung mit allem Zubehör.</li></ul><p>Beschädigt oder defekt gelieferte Ware ist keine normale Rücksendung: Lesen Sie unseren Artikel zu beschädigten Paketen – wir ersetzen sie sofort.</p>"),
           ("So funktioniert's", "<p>Kontaktieren Sie uns mit Ihrer Bestellnummer und den betroffenen Artikeln. Wir schicken Ihnen ein <strong>vorfrankiertes Rücksendeetikett</strong> per E-Mail (DHL außerhalb Frankreichs). Ausdrucken, aufkleben und in einer Filiale oder einem Paketshop abgeben.</p>"),
           ("Erstattung oder Umtausch", "<p>Bei einer Rücksendung erstatten wir innerhalb von 5–7 Werktagen nach Eingang in Lyon auf Ihr ursprüngliches Zahlungsmittel. Beim Umtausch (andere Mahlung, anderer Kaffee, andere Farbe) versenden wir den neuen Artikel, sobald Ihr Paket vom Zusteller gescannt wurde; Preisunterschiede erstatten wir oder senden einen Zahlungslink.</p>"),
       ]},
      {"title": "Devolver o cambiar un artículo", "slug": "devolver-o-cambiar-un-articulo",
       "intro": "¿Algo no le convence? Tiene 30 días para devolverlo o cambiarlo, sin coste.",
       "sections": [
           ("Condiciones de devolución", "<ul><li>Plazo: <strong>30 días</strong> desde la recepción.</li><li>Café y cápsulas: solo <strong>sin abrir</strong>, por higiene y frescura.</li><li>Molinillos y cafeteras: en su embalaje original y con todos los accesorios.</li></ul><p>Un producto que llega dañado o defectuoso no es una devolución normal: consulte nuestro artículo sobre paquetes dañados, lo reemplazamos enseguida.</p>"),
           ("Cómo hacerlo", "<p>Escríbanos con su número de pedido y los artículos que quiere devolver. Le enviaremos por correo una <strong>etiqueta de devolución prepagada</strong> (DHL fuera de Francia). Imprímala, péguela en el paquete y déjelo en una oficina o punto de recogida.</p>"),
           ("Reembolso o cambio", "<p>En una devolución, reembolsamos a su método de pago original en 5 a 7 días hábiles desde que el paquete llega a Lyon. En un cambio (otra molienda, otro café, otro color), el artículo nuevo sale en cuanto el transportista escanea su paquete; si hay diferencia de precio, la reembolsamos o le enviamos un enlace de pago.</p>"),
       ]})

# --------------------------------------------------------------------------- delivery
topic("delivery", 360100003,
      {"fr": ["livraison", "suivi", "colissimo", "dhl"], "en": ["delivery", "tracking", "colissimo", "dhl"],
       "de": ["lieferung", "sendungsverfolgung", "dhl"], "es": ["entrega", "seguimiento", "dhl"]},
      {"title": "Délais de livraison et suivi de colis", "slug": "delais-de-livraison-et-suivi-de-colis",
       "intro": "Toutes nos commandes partent de notre atelier de torréfaction à Lyon. Voici les délais et la marche à suivre pour suivre votre colis.",
       "sections": [
           ("Délais de livraison", "<ul><li><strong>France</strong> : 2 à 4 jours ouvrés, avec Colissimo.</li><li><strong>Belgique, Suisse, Allemagne, Autriche, Espagne, Royaume-Uni</strong> : 3 à 6 jours ouvrés, avec DHL.</li></ul><p>Les commandes passées avant 13 h (jours ouvrés) sont expédiées le jour même ; les box d'abonnement partent dans les premiers jours du mois.</p>"),
           ("Suivre mon colis", "<p>Dès l'expédition, vous recevez un e-mail avec votre numéro de suivi et un lien Colissimo ou DHL. Vous retrouvez aussi le suivi dans Mon compte > Commandes. Pas d'e-mail ? Vérifiez vos courriers indésirables, ou écrivez-nous : nous vous le renvoyons.</p>"),
           ("Colis en retard ou bloqué", "<p>Si le suivi n'évolue plus depuis plus de 3 jours ouvrés, ou si le délai annoncé est dépassé, contactez-nous avec votre numéro de commande. Nous ouvrons une enquête auprès du transporteur et, si le colis ne bouge pas sous 48 heures, nous vous renvoyons la commande gratuitement.</p>"),
           ("Modifier l'adresse ou annuler", "<p>Tant que la commande n'est pas préparée, nous pouvons modifier l'adresse ou l'annuler : écrivez-nous au plus vite. Une fois le colis remis au transporteur, vous pouvez choisir un autre lieu de livraison via le lien de suivi.</p>"),
       ]},
      {"title": "Delivery times and parcel tracking", "slug": "delivery-times-and-parcel-tracking",
       "intro": "All orders leave our roastery in Lyon. Here are our delivery times and how to follow your parcel.",
       "sections": [
           ("Delivery times", "<ul><li><strong>France</strong>: 2-4 business days, with Colissimo.</li><li><strong>Belgium, Switzerland, Germany, Austria, Spain, United Kingdom</strong>: 3-6 business days, with DHL.</li></ul><p>Orders placed before 1pm on a working day ship the same day; subscription boxes ship in the first days of the month.</p>"),
           ("Tracking my parcel", "<p>As soon as your order ships you receive an email with your tracking number and a Colissimo or DHL link. Tracking is also available under Account > Orders. No email? Check your spam folder or write to us and we'll resend it.</p>"),
           ("Late or stuck parcel", "<p>If tracking hasn't moved for more than 3 business days, or the delivery time has passed, contact us with your order number. We'll open an investigation with the carrier and, if the parcel doesn't move within 48 hours, we'll resend your order free of charge.</p>"),
           ("Changing the address or cancelling", "<p>As long as your order hasn't been prepared, we can change the address or cancel it - just write to us quickly. Once the parcel is with the carrier, you can choose another delivery option via the tracking link.</p>"),
       ]},
      {"title": "Lieferzeiten und Sendungsverfolgung", "slug": "lieferzeiten-und-sendungsverfolgung",
       "intro": "Alle Bestellungen verlassen unsere Rösterei in Lyon. Hier finden Sie unsere Lieferzeiten und wie Sie Ihr Paket verfolgen.",
       "sections": [
           ("Lieferzeiten", "<ul><li><strong>Frankreich</strong>: 2 bis 4 Werktage mit Colissimo.</li><li><strong>Deutschland, Österreich, Schweiz, Belgien, Spanien, Vereinigtes Königreich</strong>: 3 bis 6 Werktage mit DHL.</li></ul><p>Bestellungen, die an Werktagen vor 13 Uhr eingehen, verschicken wir noch am selben Tag; Abo-Boxen gehen in den ersten Tagen des Monats raus.</p>"),
           ("Paket verfolgen", "<p>Sobald Ihre Bestellung verschickt ist, erhalten Sie eine E-Mail mit Sendungsnummer und DHL- bzw. Colissimo-Link. Die Sendungsverfolgung finden Sie auch unter Mein Konto > Bestellungen. Keine E-Mail bekommen? Schauen Sie im Spam-Ordner nach oder schreiben Sie uns.</p>"),
           ("Paket verspätet oder hängt fest", "<p>Bewegt sich die Sendungsverfolgung seit mehr als 3 Werktagen nicht oder ist die Lieferzeit überschritten, melden Sie sich mit Ihrer Bestellnummer. Wir stellen einen Nachforschungsauftrag beim Zusteller und schicken die Bestellung kostenlos neu, wenn sich das Paket innerhalb von 48 Stunden nicht bewegt.</p>"),
       ]},
      {"title": "Plazos de entrega y seguimiento del paquete", "slug": "plazos-de-entrega-y-seguimiento",
       "intro": "Todos los pedidos salen de nuestro tostadero en Lyon. Estos son nuestros plazos y así puede seguir su paquete.",
       "sections": [
           ("Plazos de entrega", "<ul><li><strong>Francia</strong>: de 2 a 4 días hábiles, con Colissimo.</li><li><strong>España, Bélgica, Suiza, Alemania, Austria y Reino Unido</strong>: de 3 a 6 días hábiles, con DHL.</li></ul><p>Los pedidos realizados antes de las 13:00 en día laborable salen el mismo día; las cajas de suscripción se envían los primeros días del mes.</p>"),
           ("Seguir mi paquete", "<p>En cuanto se envía el pedido, recibe un correo con el número de seguimiento y un enlace de DHL o Colissimo. También lo tiene en Mi cuenta > Pedidos. ¿No le ha llegado el correo? Revise la carpeta de spam o escríbanos y se lo reenviamos.</p>"),
           ("Paquete retrasado o parado", "<p>Si el seguimiento no se mueve desde hace más de 3 días hábiles o se ha superado el plazo, escríbanos con su número de pedido. Abrimos una investigación con el transportista y, si el paquete no se mueve en 48 horas, le reenviamos el pedido gratis.</p>"),
       ]})

# --------------------------------------------------------------------------- damaged
topic("damaged", 360100004,
      {"fr": ["colis_endommagé", "article_manquant", "erreur_commande"], "en": ["damaged", "missing_item", "wrong_item"],
       "de": ["beschädigt", "fehlender_artikel", "falscher_artikel"], "es": ["dañado", "artículo_faltante", "artículo_equivocado"]},
      {"title": "Colis endommagé, article manquant ou erroné", "slug": "colis-endommage-article-manquant-ou-errone",
       "intro": "Un paquet déchiré, une machine cassée, un café qui manque ou qui n'est pas le bon ? Nous remplaçons gratuitement, il suffit d'une photo.",
       "sections": [
           ("Article endommagé", "<p>Envoyez-nous <strong>une photo</strong> du produit (et du carton si vous l'avez encore) avec votre numéro de commande. Nous expédions un remplacement gratuit, en général sous 24 heures. Vous n'avez pas à renvoyer le café abîmé. Pour une machine ou un moulin, le transporteur récupère l'appareil endommagé lors de la livraison du nouveau.</p><p>Par précaution, ne consommez pas le café d'un sachet ouvert ou humide.</p>"),
           ("Article manquant", "<p>Vérifiez d'abord votre e-mail d'expédition : un article en réapprovisionnement peut partir dans un second colis. Sinon, signalez-nous l'article manquant : nous le renvoyons gratuitement, ou le remboursons si vous préférez.</p>"),
           ("Mauvais article reçu", "<p>En cas d'erreur de préparation, nous envoyons le bon article sans frais. Selon le produit, vous pouvez garder l'article reçu par erreur ou nous le renvoyer avec une étiquette prépayée. Pour un cadeau urgent, nous proposons une réexpédition express.</p>"),
       ]},
      {"title": "Damaged parcel, missing or wrong item", "slug": "damaged-parcel-missing-or-wrong-item",
       "intro": "A torn bag, a broken machine, a coffee missing or not the right one? We replace it free of charge - all we need is a photo.",
       "sections": [
           ("Damaged item", "<p>Send us <strong>a photo</strong> of the product (and of the box if you still have it) with your order number. We'll ship a free replacement, usually within 24 hours. You don't need to send damaged coffee back. For a machine or grinder, the courier collects the damaged unit when delivering the new one.</p><p>As a precaution, please don't drink coffee from an opened or damp bag.</p>"),
           ("Missing item", "<p>First check your dispatch email: an item that was being restocked may ship in a second parcel. Otherwise, tell us what's missing and we'll send it free of charge, or refund it if you prefer.</p>"),
           ("Wrong item received", "<p>If we've made a picking error, we send the right item at no cost. Depending on the product, you can keep the wrong item or return it with a prepaid label. For an urgent gift we can reship by express.</p>"),
       ]},
      {"title": "Beschädigtes Paket, fehlender oder falscher Artikel", "slug": "beschaedigtes-paket-fehlender-oder-falscher-artikel",
       "intro": "Aufgerissene Packung, kaputte Maschine, fehlender oder falscher Kaffee? Wir ersetzen kostenlos – ein Foto genügt.",
       "sections": [
           ("Beschädigter Artikel", "<p>Schicken Sie uns <strong>ein Foto</strong> des Produkts (und des Kartons, falls noch vorhanden) mit Ihrer Bestellnummer. Wir versenden kostenlos Ersatz, meist innerhalb von 24 Stunden. Beschädigten Kaffee müssen Sie nicht zurückschicken. Bei Maschinen oder Mühlen nimmt der Zusteller das beschädigte Gerät bei Lieferung des neuen mit.</p>"),
           ("Fehlender Artikel", "<p>Prüfen Sie zuerst Ihre Versandmail: Ein nachgelieferter Artikel kann in einem zweiten Paket kommen. Andernfalls melden Sie uns den fehlenden Artikel – wir senden ihn kostenlos nach oder erstatten ihn auf Wunsch.</p>"),
           ("Falscher Artikel geliefert", "<p>Bei einem Packfehler schicken wir den richtigen Artikel kostenlos. Je nach Produkt dürfen Sie den falschen Artikel behalten oder mit einem vorfrankierten Etikett zurücksenden. Für dringende Geschenke bieten wir Expressversand an.</p>"),
       ]},
      {"title": "Paquete dañado, artículo que falta o equivocado", "slug": "paquete-danado-articulo-que-falta-o-equivocado",
       "intro": "¿Una bolsa rota, una cafetera dañada, un café que falta o que no es el suyo? Lo reemplazamos gratis; solo necesitamos una foto.",
       "sections": [
           ("Artículo dañado", "<p>Envíenos <strong>una foto</strong> del producto (y de la caja si aún la tiene) con su número de pedido. Enviaremos un reemplazo gratuito, normalmente en 24 horas. No hace falta devolver el café dañado. Si es una cafetera o un molinillo, el repartidor recoge el aparato dañado al entregar el nuevo.</p><p>Por precaución, no consuma café de una bolsa abierta o húmeda.</p>"),
           ("Artículo que falta", "<p>Revise primero el correo de envío: un artículo en reposición puede llegar en un segundo paquete. Si no, díganos qué falta y se lo enviamos gratis, o se lo reembolsamos si lo prefiere.</p>"),
           ("Artículo equivocado", "<p>Si nos hemos equivocado al preparar el pedido, le enviamos el artículo correcto sin coste. Según el producto, puede quedarse con el equivocado o devolverlo con una etiqueta prepagada.</p>"),
       ]})

# --------------------------------------------------------------------------- subscriptions
topic("subscriptions", 360100005,
      {"fr": ["abonnement", "pause", "résiliation", "formule"], "en": ["subscription", "pause", "cancel", "plan"],
       "de": ["abo", "pause", "kündigung", "tarif"], "es": ["suscripción", "pausa", "cancelar", "plan"]},
      {"title": "Gérer mon abonnement : pause, saut de box, changement de formule, résiliation", "slug": "gerer-mon-abonnement",
       "intro": "Votre abonnement Kaffeo est sans engagement. Tout se gère dans Mon compte > Abonnement, sur le site comme dans l'application.",
       "sections": [
           ("Mettre en pause ou sauter une box", "<p>Vous partez en vacances ou il vous reste du café ? Deux options :</p><ul><li><strong>Sauter la prochaine box</strong> : aucune box ni prélèvement ce mois-ci, l'abonnement reprend ensuite normalement.</li><li><strong>Mettre en pause</strong> de 1 à <strong>3 mois maximum</strong> : reprise automatique à la fin de la pause, sans frais, en conservant votre tarif.</li></ul><p>Ces changements doivent être faits avant le prélèvement, qui a lieu 3 jours avant la date de renouvellement.</p>"),
           ("Changer de formule ou de café", "<p>Découverte, Classique, Capsules 100 ou Barista : vous pouvez changer de formule, de mouture ou exclure certaines origines dans « Préférences café ». Le changement s'applique à la box suivante.</p>"),
           ("Résilier", "<p>Vous pouvez résilier <strong>à tout moment avant la date de renouvellement</strong> (le 1er de chaque mois), via le bouton « Résilier ». Aucune nouvelle box ne sera envoyée ni facturée. Si vous résiliez après le prélèvement mais avant le 1er, la box ne part pas et le montant vous est remboursé.</p>"),
       ]},
      {"title": "Managing my subscription: pause, skip, change plan, cancel", "slug": "managing-my-subscription",
       "intro": "Your Kaffeo subscription has no minimum term. Everything is managed under Account > Subscription, on the website and in the app.",
       "sections": [
           ("Pausing or skipping a box", "<p>Going on holiday or still have coffee left? Two options:</p><ul><li><strong>Skip the next box</strong>: no box and no payment this month; the subscription then carries on as normal.</li><li><strong>Pause</strong> for 1 up to <strong>3 months maximum</strong>: restarts automatically at the end, free of charge, and you keep your price.</li></ul><p>Make these changes before the payment, which is taken 3 days before the renewal date.</p>"),
           ("Changing plan or coffee", "<p>Découverte, Classique, Capsules 100 or Barista: you can change plan, grind, or exclude certain origins under 'Coffee preferences'. Changes apply from the next box.</p>"),
           ("Cancelling", "<p>You can cancel <strong>at any time before the renewal date</strong> (the 1st of each month) with the 'Cancel' button. No further boxes will be sent or charged. If you cancel after the payment but before the 1st, the box won't ship and the amount is refunded.</p>"),
       ]},
      {"title": "Abo verwalten: pausieren, Box überspringen, Tarif ändern, kündigen", "slug": "abo-verwalten",
       "intro": "Ihr Kaffeo-Abo hat keine Mindestlaufzeit. Alles verwalten Sie unter Mein Konto > Abo, auf der Webseite und in der App.",
       "sections": [
           ("Pausieren oder Box überspringen", "<ul><li><strong>Nächste Box überspringen</strong>: diesen Monat keine Box und keine Abbuchung, danach läuft das Abo normal weiter.</li><li><strong>Pausieren</strong> für 1 bis <strong>höchstens 3 Monate</strong>: automatischer Neustart, kostenlos, zum gleichen Preis.</li></ul><p>Änderungen bitte vor der Abbuchung vornehmen, die 3 Tage vor dem Verlängerungsdatum erfolgt.</p>"),
           ("Tarif oder Kaffee ändern", "<p>Découverte, Classique, Capsules 100 oder Barista: Tarif, Mahlung und ausgeschlossene Herkünfte ändern Sie unter „Kaffee-Präferenzen“. Die Änderung gilt ab der nächsten Box.</p>"),
           ("Kündigen", "<p>Sie können <strong>jederzeit vor dem Verlängerungsdatum</strong> (dem 1. jedes Monats) über den Button „Kündigen“ kündigen. Es wird keine weitere Box verschickt oder berechnet. Kündigen Sie nach der Abbuchung, aber vor dem 1., wird die Box nicht verschickt und der Betrag erstattet.</p>"),
       ]},
      {"title": "Gestionar mi suscripción: pausar, saltar una caja, cambiar de plan, cancelar", "slug": "gestionar-mi-suscripcion",
       "intro": "Su suscripción Kaffeo no tiene permanencia. Todo se gestiona en Mi cuenta > Suscripción, en la web y en la app.",
       "sections": [
           ("Pausar o saltar una caja", "<ul><li><strong>Saltar la próxima caja</strong>: este mes no hay caja ni cobro; después la suscripción sigue con normalidad.</li><li><strong>Pausar</strong> de 1 a <strong>3 meses como máximo</strong>: se reanuda automáticamente, sin coste y manteniendo su precio.</li></ul><p>Haga estos cambios antes del cobro, que se realiza 3 días antes de la fecha de renovación.</p>"),
           ("Cambiar de plan o de café", "<p>Découverte, Classique, Capsules 100 o Barista: puede cambiar de plan, de molienda o excluir orígenes en «Preferencias de café». El cambio se aplica a la caja siguiente.</p>"),
           ("Cancelar", "<p>Puede cancelar <strong>en cualquier momento antes de la fecha de renovación</strong> (el día 1 de cada mes) con el botón «Cancelar». No se enviará ni cobrará ninguna caja más. Si cancela después del cobro pero antes del día 1, la caja no se envía y se le reembolsa el importe.</p>"),
       ]})

# --------------------------------------------------------------------------- renewals
topic("renewals", 360100006,
      {"fr": ["abonnement", "prélèvement", "renouvellement"], "en": ["subscription", "charge", "renewal"],
       "de": ["abo", "abbuchung", "verlängerung"], "es": ["suscripción", "cobro", "renovación"]},
      {"title": "Renouvellement et prélèvement de l'abonnement", "slug": "renouvellement-et-prelevement-de-l-abonnement",
       "intro": "Vous avez vu un prélèvement Kaffeo et vous vous demandez à quoi il correspond ? Voici comment fonctionne le renouvellement mensuel.",
       "sections": [
           ("Quand suis-je prélevé ?", "<p>Chaque abonnement se renouvelle le <strong>1er de chaque mois</strong>. Le paiement de la box est prélevé <strong>3 jours avant</strong> (donc autour du 28 ou 29 du mois précédent), afin que nous puissions torréfier votre café à temps. Un e-mail de rappel vous est envoyé 5 jours avant chaque prélèvement. Sur votre relevé, l'opération apparaît sous le libellé « KAFFEO LYON ».</p>"),
           ("J'avais résilié ou mis en pause", "<p>Une résiliation ou une pause demandée avant la date de renouvellement est toujours respectée. Si un prélèvement a tout de même eu lieu, la box n'est pas expédiée et nous remboursons le montant sur votre moyen de paiement d'origine sous 5 à 7 jours ouvrés. Contactez-nous avec la date du prélèvement.</p>"),
           ("La box est déjà arrivée", "<p>Si vous avez oublié de mettre en pause et que la box est déjà livrée, vous pouvez la retourner non ouverte sous 30 jours avec l'étiquette prépayée que nous vous envoyons ; le remboursement suit sa réception.</p>"),
       ]},
      {"title": "Subscription renewals and payments", "slug": "subscription-renewals-and-payments",
       "intro": "Seen a Kaffeo payment and not sure what it's for? Here's how the monthly renewal works.",
       "sections": [
           ("When am I charged?", "<p>Every subscription renews on the <strong>1st of each month</strong>. Payment for the box is taken <strong>3 days before</strong> (around the 28th or 29th of the previous month) so we can roast your coffee in time. We email you a reminder 5 days before each payment. It appears on your statement as 'KAFFEO LYON'.</p>"),
           ("I had cancelled or paused", "<p>A cancellation or pause requested before the renewal date is always honoured. If a payment was still taken, the box won't ship and we refund the amount to your original payment method within 5-7 business days. Contact us with the date of the payment.</p>"),
           ("The box has already arrived", "<p>If you forgot to pause and the box has been delivered, you can return it unopened within 30 days using the prepaid label we send you; the refund follows once it's received.</p>"),
       ]},
      {"title": "Verlängerung und Abbuchung des Abos", "slug": "verlaengerung-und-abbuchung-des-abos",
       "intro": "Sie haben eine Abbuchung von Kaffeo gesehen und fragen sich, wofür? So funktioniert die monatliche Verlängerung.",
       "sections": [
           ("Wann wird abgebucht?", "<p>Jedes Abo verlängert sich am <strong>1. jedes Monats</strong>. Die Zahlung für die Box wird <strong>3 Tage vorher</strong> eingezogen (also um den 28. oder 29. des Vormonats), damit wir Ihren Kaffee rechtzeitig rösten können. 5 Tage vor jeder Abbuchung erhalten Sie eine Erinnerung per E-Mail. Auf dem Kontoauszug steht „KAFFEO LYON“.</p>"),
           ("Ich hatte gekündigt oder pausiert", "<p>Eine Kündigung oder Pause vor dem Verlängerungsdatum wird immer berücksichtigt. Wurde trotzdem abgebucht, wird die Box nicht verschickt und wir erstatten den Betrag innerhalb von 5–7 Werktagen auf Ihr ursprüngliches Zahlungsmittel.</p>"),
           ("Die Box ist schon angekommen", "<p>Haben Sie vergessen zu pausieren und die Box ist schon da, können Sie sie ungeöffnet innerhalb von 30 Tagen mit dem vorfrankierten Etikett zurückschicken, das wir Ihnen senden; die Erstattung folgt nach Eingang.</p>"),
       ]},
      {"title": "Renovación y cobro de la suscripción", "slug": "renovacion-y-cobro-de-la-suscripcion",
       "intro": "¿Ha visto un cargo de Kaffeo y no sabe a qué corresponde? Así funciona la renovación mensual.",
       "sections": [
           ("¿Cuándo se me cobra?", "<p>Cada suscripción se renueva el <strong>día 1 de cada mes</strong>. El pago de la caja se cobra <strong>3 días antes</strong> (hacia el 28 o 29 del mes anterior) para poder tostar su café a tiempo. Le enviamos un recordatorio 5 días antes de cada cobro. En su extracto aparece como «KAFFEO LYON».</p>"),
           ("Había cancelado o pausado", "<p>Una cancelación o pausa solicitada antes de la fecha de renovación siempre se respeta. Si aun así se realizó el cobro, la caja no se envía y le reembolsamos el importe a su método de pago original en 5 a 7 días hábiles.</p>"),
           ("La caja ya ha llegado", "<p>Si olvidó pausar y la caja ya se entregó, puede devolverla sin abrir en 30 días con la etiqueta prepagada que le enviamos; el reembolso se hace al recibirla.</p>"),
       ]})

# --------------------------------------------------------------------------- payments
topic("payments", 360100007,
      {"fr": ["paiement", "carte", "échec_paiement"], "en": ["payment", "card", "payment_failed"],
       "de": ["zahlung", "karte", "zahlung_fehlgeschlagen"], "es": ["pago", "tarjeta", "pago_rechazado"]},
      {"title": "Moyens de paiement et paiements refusés", "slug": "moyens-de-paiement-et-paiements-refuses",
       "intro": "Carte, PayPal ou prélèvement SEPA : voici comment gérer vos moyens de paiement et que faire si un paiement échoue.",
       "sections": [
           ("Moyens de paiement acceptés", "<p>Nous acceptons les cartes Visa, Mastercard et American Express, PayPal et le prélèvement SEPA (comptes en euros). Les paiements sont sécurisés par 3D Secure.</p>"),
           ("Changer de carte", "<p>Dans Mon compte > Moyens de paiement, ajoutez votre nouvelle carte puis cochez « Utiliser par défaut pour mon abonnement ». Pour votre sécurité, notre équipe ne peut pas saisir une carte à votre place : <strong>ne nous envoyez jamais vos numéros de carte par e-mail</strong>.</p>"),
           ("Mon paiement a échoué", "<ul><li>Carte expirée : mettez-la à jour, le paiement est relancé automatiquement.</li><li>Refus de la banque ou validation 3D Secure non aboutie : nous retentons le paiement sous 48 heures ; vous pouvez aussi cliquer sur « Réessayer le paiement ».</li><li>Dans l'application : si le problème persiste, essayez depuis le site ou avec PayPal.</li></ul><p>Votre box reste en attente et part dès que le paiement est accepté. Un paiement refusé n'est jamais débité.</p>"),
       ]},
      {"title": "Payment methods and failed payments", "slug": "payment-methods-and-failed-payments",
       "intro": "Card, PayPal or SEPA direct debit: here's how to manage your payment methods and what to do if a payment fails.",
       "sections": [
           ("Accepted payment methods", "<p>We accept Visa, Mastercard and American Express cards, PayPal and SEPA direct debit (euro accounts). Payments are secured with 3D Secure.</p>"),
           ("Changing your card", "<p>Under Account > Payment methods, add your new card and tick 'Use as default for my subscription'. For your security, our team can't enter card details for you - <strong>never email us your card number</strong>.</p>"),
           ("My payment failed", "<ul><li>Expired card: update it and the payment is retried automatically.</li><li>Declined by the bank or failed 3D Secure check: we retry within 48 hours; you can also click 'Retry payment'.</li><li>In the app: if it keeps failing, try on the website or with PayPal.</li></ul><p>Your box is put on hold and ships as soon as the payment goes through. A declined payment is never charged.</p>"),
       ]},
      {"title": "Zahlungsarten und fehlgeschlagene Zahlungen", "slug": "zahlungsarten-und-fehlgeschlagene-zahlungen",
       "intro": "Karte, PayPal oder SEPA-Lastschrift: So verwalten Sie Ihre Zahlungsarten und das tun Sie, wenn eine Zahlung fehlschlägt.",
       "sections": [
           ("Akzeptierte Zahlungsarten", "<p>Wir akzeptieren Visa, Mastercard und American Express, PayPal sowie SEPA-Lastschrift (Euro-Konten). Zahlungen sind per 3D Secure abgesichert.</p>"),
           ("Karte ändern", "<p>Unter Mein Konto > Zahlungsarten fügen Sie Ihre neue Karte hinzu und wählen „Als Standard für mein Abo verwenden“. Aus Sicherheitsgründen kann unser Team keine Karten für Sie eintragen – <strong>senden Sie uns niemals Kartennummern per E-Mail</strong>.</p>"),
           ("Meine Zahlung ist fehlgeschlagen", "<ul><li>Abgelaufene Karte: aktualisieren, die Zahlung wird automatisch neu versucht.</li><li>Ablehnung durch die Bank oder 3D Secure nicht abgeschlossen: Wir versuchen es innerhalb von 48 Stunden erneut; Sie können auch auf „Zahlung erneut versuchen“ klicken.</li></ul><p>Ihre Box wartet und geht raus, sobald die Zahlung akzeptiert ist. Eine abgelehnte Zahlung wird nie belastet.</p>"),
       ]},
      {"title": "Métodos de pago y pagos rechazados", "slug": "metodos-de-pago-y-pagos-rechazados",
       "intro": "Tarjeta, PayPal o domiciliación SEPA: así puede gestionar sus métodos de pago y esto es lo que debe hacer si un pago falla.",
       "sections": [
           ("Métodos de pago aceptados", "<p>Aceptamos tarjetas Visa, Mastercard y American Express, PayPal y domiciliación SEPA (cuentas en euros). Los pagos están protegidos con 3D Secure. Por ahora no aceptamos Bizum.</p>"),
           ("Cambiar la tarjeta", "<p>En Mi cuenta > Métodos de pago, añada la nueva tarjeta y marque «Usar por defecto para mi suscripción». Por seguridad, nuestro equipo no puede introducir tarjetas por usted: <strong>nunca nos envíe el número de su tarjeta por correo</strong>.</p>"),
           ("Mi pago ha fallado", "<ul><li>Tarjeta caducada: actualícela y el cobro se reintenta automáticamente.</li><li>Rechazo del banco o 3D Secure no completado: reintentamos en 48 horas; también puede pulsar «Reintentar pago».</li></ul><p>Su caja queda en espera y sale en cuanto se acepta el pago. Un pago rechazado nunca se cobra.</p>"),
       ]})

# --------------------------------------------------------------------------- invoices
topic("invoices", 360100008,
      {"fr": ["facture", "tva", "commande"], "en": ["invoice", "vat", "order"],
       "de": ["rechnung", "ust", "bestellung"], "es": ["factura", "iva", "pedido"]},
      {"title": "Télécharger mes factures", "slug": "telecharger-mes-factures",
       "intro": "Toutes vos factures Kaffeo, commandes ponctuelles comme box d'abonnement, sont disponibles en PDF dans votre compte.",
       "sections": [
           ("Où trouver mes factures ?", "<p>Rendez-vous dans <strong>Mon compte > Commandes</strong>. Chaque commande et chaque box d'abonnement dispose d'un bouton « Facture (PDF) ». La facture est disponible dès l'expédition. Dans l'application, ouvrez la commande puis touchez « Facture ».</p>"),
           ("Facture au nom d'une entreprise", "<p>Pour faire apparaître une raison sociale et un numéro de TVA intracommunautaire, renseignez-les dans Mon compte > Adresses de facturation <em>avant</em> la commande. Pour une commande déjà passée, contactez-nous : nous régénérons la facture.</p>"),
           ("Adresse erronée ou facture groupée", "<p>Une adresse à corriger sur une facture ou besoin d'un récapitulatif annuel pour votre comptabilité ? Écrivez-nous avec les numéros de commande concernés, nous vous envoyons les documents par e-mail.</p>"),
       ]},
      {"title": "Downloading my invoices", "slug": "downloading-my-invoices",
       "intro": "All your Kaffeo invoices - one-off orders and subscription boxes - are available as PDFs in your account.",
       "sections": [
           ("Where are my invoices?", "<p>Go to <strong>Account > Orders</strong>. Every order and every subscription box has an 'Invoice (PDF)' button, available from dispatch. In the app, open the order and tap 'Invoice'.</p>"),
           ("Invoice in a company name", "<p>To show a company name and VAT number, add them under Account > Billing addresses <em>before</em> ordering. For an order already placed, contact us and we'll regenerate the invoice.</p>"),
           ("Wrong address or combined invoice", "<p>Need an address corrected on an invoice or a yearly summary for your accountant? Write to us with the order numbers concerned and we'll email you the documents.</p>"),
       ]},
      {"title": "Meine Rechnungen herunterladen", "slug": "meine-rechnungen-herunterladen",
       "intro": "Alle Kaffeo-Rechnungen – Einzelbestellungen und Abo-Boxen – finden Sie als PDF in Ihrem Konto.",
       "sections": [
           ("Wo finde ich meine Rechnungen?", "<p>Unter <strong>Mein Konto > Bestellungen</strong>. Jede Bestellung und jede Abo-Box hat einen Button „Rechnung (PDF)“, verfügbar ab Versand. In der App öffnen Sie die Bestellung und tippen auf „Rechnung“.</p>"),
           ("Rechnung auf eine Firma", "<p>Damit Firmenname und USt-IdNr. erscheinen, hinterlegen Sie diese <em>vor</em> der Bestellung unter Mein Konto > Rechnungsadressen. Für bereits aufgegebene Bestellungen kontaktieren Sie uns, wir erstellen die Rechnung neu.</p>"),
           ("Falsche Adresse oder Sammelrechnung", "<p>Muss eine Adresse korrigiert werden oder brauchen Sie eine Jahresübersicht für Ihre Buchhaltung? Schreiben Sie uns die betroffenen Bestellnummern, wir schicken Ihnen die Unterlagen per E-Mail.</p>"),
       ]},
      {"title": "Descargar mis facturas", "slug": "descargar-mis-facturas",
       "intro": "Todas sus facturas de Kaffeo, tanto de pedidos sueltos como de cajas de suscripción, están disponibles en PDF en su cuenta.",
       "sections": [
           ("¿Dónde están mis facturas?", "<p>En <strong>Mi cuenta > Pedidos</strong>. Cada pedido y cada caja de suscripción tiene un botón «Factura (PDF)», disponible desde el envío. En la app, abra el pedido y pulse «Factura».</p>"),
           ("Factura a nombre de empresa", "<p>Para que aparezcan la razón social y el NIF, añádalos en Mi cuenta > Direcciones de facturación <em>antes</em> de hacer el pedido. Si el pedido ya está hecho, escríbanos y regeneraremos la factura.</p>"),
           ("Dirección incorrecta o factura agrupada", "<p>¿Hay que corregir una dirección o necesita un resumen anual para su gestoría? Escríbanos con los números de pedido y le enviaremos los documentos por correo.</p>"),
       ]})

# --------------------------------------------------------------------------- account
topic("account", 360100009,
      {"fr": ["compte", "mot_de_passe", "connexion"], "en": ["account", "password", "login"],
       "de": ["konto", "passwort", "anmeldung"], "es": ["cuenta", "contraseña", "acceso"]},
      {"title": "Connexion, mot de passe et informations du compte", "slug": "connexion-mot-de-passe-et-compte",
       "intro": "Vous n'arrivez pas à vous connecter, vous avez oublié votre mot de passe ou vous voulez modifier vos coordonnées ? Tout est expliqué ici.",
       "sections": [
           ("Mot de passe oublié", "<p>Sur la page de connexion, cliquez sur « Mot de passe oublié » et saisissez l'adresse e-mail de votre compte. Vous recevez un lien de réinitialisation <strong>valable 1 heure</strong>. Pas reçu ? Vérifiez vos courriers indésirables, puis redemandez un lien. Ouvrez-le de préférence dans votre navigateur plutôt que dans l'application.</p>"),
           ("Je n'arrive pas à me connecter", "<ul><li>Si vous vous êtes inscrit avec Apple ou Google, utilisez le même bouton de connexion.</li><li>Après 5 tentatives infructueuses, le compte est verrouillé par sécurité : réinitialisez votre mot de passe ou contactez-nous.</li><li>Si la page de connexion se recharge en boucle, videz le cache et les cookies de votre navigateur.</li></ul><p>Activité suspecte sur votre compte ? Contactez-nous immédiatement : nous bloquons le compte et déconnectons toutes les sessions.</p>"),
           ("Modifier mes informations", "<p>Nom, adresse e-mail, téléphone, adresses et préférences de notification se modifient dans Mon compte > Mes informations. Un changement d'adresse e-mail doit être confirmé via le lien envoyé à la nouvelle adresse.</p>"),
       ]},
      {"title": "Login, password and account details", "slug": "login-password-and-account-details",
       "intro": "Can't log in, forgotten your password or want to update your details? It's all explained here.",
       "sections": [
           ("Forgotten password", "<p>On the login page, click 'Forgot password' and enter your account email. You'll receive a reset link <strong>valid for 1 hour</strong>. Not received? Check your spam folder, then request a new link. Open it in your web browser rather than in the app.</p>"),
           ("I can't log in", "<ul><li>If you signed up with Apple or Google, use the same sign-in button.</li><li>After 5 failed attempts the account is locked for security: reset your password or contact us.</li><li>If the login page keeps reloading, clear your browser's cache and cookies.</li></ul><p>Suspicious activity on your account? Contact us immediately: we'll lock the account and sign out all sessions.</p>"),
           ("Updating my details", "<p>Name, email, phone, addresses and notification preferences can be changed under Account > My details. A new email address must be confirmed via the link we send to it.</p>"),
       ]},
      {"title": "Anmeldung, Passwort und Kontodaten", "slug": "anmeldung-passwort-und-kontodaten",
       "intro": "Sie können sich nicht anmelden, haben Ihr Passwort vergessen oder möchten Ihre Daten ändern? Hier ist alles erklärt.",
       "sections": [
           ("Passwort vergessen", "<p>Klicken Sie auf der Anmeldeseite auf „Passwort vergessen“ und geben Sie die E-Mail-Adresse Ihres Kontos ein. Sie erhalten einen Link zum Zurücksetzen, der <strong>1 Stunde gültig</strong> ist. Nichts angekommen? Prüfen Sie den Spam-Ordner und fordern Sie einen neuen Link an.</p>"),
           ("Ich kann mich nicht anmelden", "<ul><li>Wenn Sie sich mit Apple oder Google registriert haben, nutzen Sie denselben Button.</li><li>Nach 5 Fehlversuchen wird das Konto aus Sicherheitsgründen gesperrt: Passwort zurücksetzen oder uns kontaktieren.</li><li>Lädt die Anmeldeseite ständig neu, löschen Sie Cache und Cookies Ihres Browsers.</li></ul><p>Verdächtige Aktivität? Melden Sie sich sofort: Wir sperren das Konto und beenden alle Sitzungen.</p>"),
           ("Daten ändern", "<p>Name, E-Mail, Telefon, Adressen und Benachrichtigungen ändern Sie unter Mein Konto > Meine Daten. Eine neue E-Mail-Adresse muss über den zugesandten Link bestätigt werden.</p>"),
       ]},
      {"title": "Acceso, contraseña y datos de la cuenta", "slug": "acceso-contrasena-y-datos-de-la-cuenta",
       "intro": "¿No puede entrar, ha olvidado la contraseña o quiere cambiar sus datos? Aquí se lo explicamos todo.",
       "sections": [
           ("He olvidado mi contraseña", "<p>En la página de acceso, pulse «¿Has olvidado tu contraseña?» e introduzca el correo de su cuenta. Recibirá un enlace para restablecerla <strong>válido durante 1 hora</strong>. ¿No le llega? Revise la carpeta de spam y pida un enlace nuevo.</p>"),
           ("No puedo iniciar sesión", "<ul><li>Si se registró con Apple o Google, use ese mismo botón.</li><li>Tras 5 intentos fallidos la cuenta se bloquea por seguridad: restablezca la contraseña o escríbanos.</li><li>Si la página de acceso se recarga sin parar, borre la caché y las cookies del navegador.</li></ul><p>¿Actividad sospechosa en su cuenta? Avísenos de inmediato: bloqueamos la cuenta y cerramos todas las sesiones.</p>"),
           ("Cambiar mis datos", "<p>Nombre, correo, teléfono, direcciones y notificaciones se cambian en Mi cuenta > Mis datos. Un correo nuevo debe confirmarse con el enlace que le enviamos.</p>"),
       ]})

# --------------------------------------------------------------------------- gdpr
topic("gdpr", 360100010,
      {"fr": ["rgpd", "données_personnelles", "suppression_compte"], "en": ["gdpr", "personal_data", "account_deletion"],
       "de": ["dsgvo", "personenbezogene_daten", "kontolöschung"], "es": ["rgpd", "datos_personales", "eliminar_cuenta"]},
      {"title": "Supprimer mon compte et mes données (RGPD)", "slug": "supprimer-mon-compte-et-mes-donnees-rgpd",
       "intro": "Conformément au RGPD, vous pouvez à tout moment accéder à vos données personnelles, en demander une copie ou leur suppression.",
       "sections": [
           ("Faire une demande", "<p>Envoyez-nous votre demande depuis l'adresse e-mail associée à votre compte (ou via le formulaire de contact en étant connecté). Nous vérifions votre identité à partir de cette adresse ; aucun justificatif supplémentaire n'est généralement nécessaire.</p>"),
           ("Délai et effets", "<ul><li>La suppression est effectuée <strong>sous 30 jours maximum</strong> ; vous recevez une confirmation par e-mail.</li><li>Un abonnement actif est résilié au préalable : aucun nouveau prélèvement n'a lieu.</li><li>Votre désinscription de la newsletter est immédiate.</li></ul>"),
           ("Ce que nous conservons", "<p>Les factures sont conservées pendant la durée imposée par nos obligations comptables et fiscales, puis supprimées. Toutes les autres données (adresses, historique de navigation, préférences, moyens de paiement enregistrés) sont effacées. Vous pouvez aussi demander une copie de vos données avant la suppression.</p>"),
       ]},
      {"title": "Deleting my account and data (GDPR)", "slug": "deleting-my-account-and-data-gdpr",
       "intro": "Under the GDPR you can access your personal data at any time, ask for a copy or ask for it to be deleted.",
       "sections": [
           ("Making a request", "<p>Send us your request from the email address linked to your account (or via the contact form while logged in). We verify your identity through that address; no extra documents are usually needed.</p>"),
           ("Timing and effects", "<ul><li>Deletion is completed <strong>within 30 days at the latest</strong>; you'll get a confirmation email.</li><li>Any active subscription is cancelled first, so no further payments are taken.</li><li>You're removed from the newsletter immediately.</li></ul>"),
           ("What we keep", "<p>Invoices are kept for the period required by accounting and tax law, then deleted. All other data (addresses, browsing history, preferences, saved payment methods) is erased. You can also ask for a copy of your data before deletion.</p>"),
       ]},
      {"title": "Konto und Daten löschen (DSGVO)", "slug": "konto-und-daten-loeschen-dsgvo",
       "intro": "Gemäß DSGVO können Sie jederzeit Auskunft über Ihre personenbezogenen Daten verlangen, eine Kopie anfordern oder deren Löschung beantragen.",
       "sections": [
           ("Antrag stellen", "<p>Senden Sie uns Ihren Antrag von der E-Mail-Adresse Ihres Kontos (oder über das Kontaktformular, während Sie angemeldet sind). Wir prüfen Ihre Identität über diese Adresse; weitere Nachweise sind in der Regel nicht nötig.</p>"),
           ("Frist und Folgen", "<ul><li>Die Löschung erfolgt <strong>innerhalb von höchstens 30 Tagen</strong>; Sie erhalten eine Bestätigung per E-Mail.</li><li>Ein aktives Abo wird vorher gekündigt, es erfolgen keine weiteren Abbuchungen.</li><li>Aus dem Newsletter werden Sie sofort ausgetragen.</li></ul>"),
           ("Was wir aufbewahren", "<p>Rechnungen bewahren wir für die gesetzlich vorgeschriebene Dauer auf und löschen sie danach. Alle anderen Daten (Adressen, Präferenzen, gespeicherte Zahlungsarten) werden gelöscht.</p>"),
       ]},
      {"title": "Eliminar mi cuenta y mis datos (RGPD)", "slug": "eliminar-mi-cuenta-y-mis-datos-rgpd",
       "intro": "De acuerdo con el RGPD, puede acceder en cualquier momento a sus datos personales, pedir una copia o solicitar su supresión.",
       "sections": [
           ("Cómo solicitarlo", "<p>Envíenos su solicitud desde el correo asociado a su cuenta (o mediante el formulario de contacto con la sesión iniciada). Verificamos su identidad con esa dirección; normalmente no se necesita ningún documento adicional.</p>"),
           ("Plazo y efectos", "<ul><li>La supresión se realiza <strong>en un plazo máximo de 30 días</strong>; recibirá una confirmación por correo.</li><li>Si tiene una suscripción activa, se cancela antes: no habrá más cobros.</li><li>Deja de recibir la newsletter de inmediato.</li></ul>"),
           ("Qué conservamos", "<p>Las facturas se conservan durante el tiempo que exige la normativa contable y fiscal y después se eliminan. El resto de datos (direcciones, preferencias, métodos de pago guardados) se borra. También puede pedir una copia de sus datos antes de la supresión.</p>"),
       ]})

# --------------------------------------------------------------------------- promo
topic("promo", 360100011,
      {"fr": ["code_promo", "réduction", "parrainage"], "en": ["promo_code", "discount", "referral"],
       "de": ["gutscheincode", "rabatt", "empfehlung"], "es": ["código_promocional", "descuento", "amigos"]},
      {"title": "Utiliser un code promo", "slug": "utiliser-un-code-promo",
       "intro": "Code de bienvenue, newsletter ou parrainage : voici comment utiliser vos codes de réduction et pourquoi un code peut être refusé.",
       "sections": [
           ("Où saisir mon code ?", "<p>Saisissez votre code dans le champ « Code promo » du panier, avant de passer au paiement, puis cliquez sur « Appliquer ». La réduction s'affiche immédiatement dans le récapitulatif.</p>"),
           ("Règles d'utilisation", "<ul><li><strong>Un seul code par commande</strong> : les codes ne sont pas cumulables entre eux.</li><li>Chaque code a une date de validité et parfois un montant minimum d'achat.</li><li>Sauf mention contraire, les codes s'appliquent aux commandes ponctuelles de café, pas aux machines ni aux abonnements.</li></ul>"),
           ("Mon code ne fonctionne pas", "<p>Vérifiez l'orthographe (pas d'espace en trop), la date de validité et les produits concernés. Vous avez oublié de saisir un code valide lors de votre commande ? Contactez-nous rapidement avec votre numéro de commande : nous pouvons appliquer la réduction après coup, sous forme de remboursement partiel.</p>"),
       ]},
      {"title": "Using a promo code", "slug": "using-a-promo-code",
       "intro": "Welcome code, newsletter or referral: here's how to use discount codes and why a code might be refused.",
       "sections": [
           ("Where do I enter my code?", "<p>Enter your code in the 'Promo code' field in your basket, before going to checkout, and click 'Apply'. The discount shows immediately in the order summary.</p>"),
           ("Rules", "<ul><li><strong>One code per order</strong>: codes can't be combined.</li><li>Each code has an expiry date and sometimes a minimum spend.</li><li>Unless stated otherwise, codes apply to one-off coffee orders, not to machines or subscriptions.</li></ul>"),
           ("My code doesn't work", "<p>Check the spelling (no extra spaces), the expiry date and the eligible products. Forgot to enter a valid code when ordering? Contact us quickly with your order number: we can apply the discount afterwards as a partial refund.</p>"),
       ]},
      {"title": "Einen Gutscheincode einlösen", "slug": "einen-gutscheincode-einloesen",
       "intro": "Willkommenscode, Newsletter oder Freundschaftswerbung: So lösen Sie Rabattcodes ein und deshalb kann ein Code abgelehnt werden.",
       "sections": [
           ("Wo gebe ich den Code ein?", "<p>Geben Sie den Code im Warenkorb im Feld „Gutscheincode“ ein, bevor Sie zur Kasse gehen, und klicken Sie auf „Einlösen“. Der Rabatt erscheint sofort in der Übersicht.</p>"),
           ("Regeln", "<ul><li><strong>Ein Code pro Bestellung</strong>: Codes sind nicht kombinierbar.</li><li>Jeder Code hat ein Ablaufdatum und manchmal einen Mindestbestellwert.</li><li>Wenn nicht anders angegeben, gelten Codes für Einzelbestellungen von Kaffee, nicht für Maschinen oder Abos.</li></ul>"),
           ("Mein Code funktioniert nicht", "<p>Prüfen Sie die Schreibweise, das Ablaufdatum und die berechtigten Produkte. Code bei der Bestellung vergessen? Melden Sie sich schnell mit Ihrer Bestellnummer: Wir können den Rabatt nachträglich als Teilerstattung gewähren.</p>"),
       ]},
      {"title": "Usar un código promocional", "slug": "usar-un-codigo-promocional",
       "intro": "Código de bienvenida, de la newsletter o de amigos: así se usan los códigos de descuento y por qué un código puede no funcionar.",
       "sections": [
           ("¿Dónde introduzco el código?", "<p>Escríbalo en el campo «Código promocional» de la cesta, antes de pasar al pago, y pulse «Aplicar». El descuento aparece enseguida en el resumen.</p>"),
           ("Normas de uso", "<ul><li><strong>Un solo código por pedido</strong>: los códigos no son acumulables.</li><li>Cada código tiene fecha de caducidad y a veces un importe mínimo.</li><li>Salvo que se indique lo contrario, se aplican a pedidos sueltos de café, no a máquinas ni suscripciones.</li></ul>"),
           ("Mi código no funciona", "<p>Compruebe cómo lo ha escrito, la fecha de caducidad y los productos incluidos. ¿Olvidó poner un código válido en su pedido? Escríbanos pronto con el número de pedido: podemos aplicar el descuento después como reembolso parcial.</p>"),
       ]})

# --------------------------------------------------------------------------- app
topic("app", 360100012,
      {"fr": ["application", "ios", "android", "bug"], "en": ["app", "ios", "android", "bug"],
       "de": ["app", "ios", "android", "fehler"], "es": ["app", "ios", "android", "error"]},
      {"title": "L'application Kaffeo ne fonctionne pas correctement", "slug": "l-application-kaffeo-ne-fonctionne-pas",
       "intro": "L'application plante, reste bloquée au chargement ou affiche des informations incomplètes ? Voici les vérifications à faire avant de nous contacter.",
       "sections": [
           ("Premières vérifications", "<ol><li>Mettez l'application à jour depuis l'App Store ou Google Play : la plupart des bugs sont corrigés dans la dernière version.</li><li>Déconnectez-vous puis reconnectez-vous.</li><li>Si le problème persiste, supprimez l'application et réinstallez-la. Vos commandes et votre abonnement sont conservés dans votre compte.</li></ol>"),
           ("Notifications", "<p>Notifications en double ou absentes ? Dans l'application, ouvrez Réglages > Notifications et désactivez puis réactivez « Suivi de box ». Vérifiez aussi que les notifications Kaffeo sont autorisées dans les réglages de votre téléphone.</p>"),
           ("Nous signaler un bug", "<p>Indiquez-nous le modèle de votre téléphone, la version du système (iOS ou Android), la version de l'application (Réglages > À propos) et, si possible, une capture d'écran. En attendant un correctif, toutes les fonctions (abonnement, paiement, factures) restent disponibles sur le site.</p>"),
       ]},
      {"title": "The Kaffeo app isn't working properly", "slug": "the-kaffeo-app-isnt-working-properly",
       "intro": "Is the app crashing, stuck on the loading screen or showing incomplete information? Here's what to check before contacting us.",
       "sections": [
           ("First checks", "<ol><li>Update the app from the App Store or Google Play - most bugs are fixed in the latest version.</li><li>Log out and log back in.</li><li>If the problem continues, delete the app and reinstall it. Your orders and subscription are kept in your account.</li></ol>"),
           ("Notifications", "<p>Duplicate or missing notifications? In the app, go to Settings > Notifications and switch 'Box tracking' off and on again. Also check that Kaffeo notifications are allowed in your phone settings.</p>"),
           ("Reporting a bug", "<p>Tell us your phone model, system version (iOS or Android), app version (Settings > About) and, if possible, send a screenshot. Until a fix is released, every feature (subscription, payment, invoices) is available on the website.</p>"),
       ]},
      {"title": "Die Kaffeo-App funktioniert nicht richtig", "slug": "die-kaffeo-app-funktioniert-nicht-richtig",
       "intro": "Die App stürzt ab, hängt beim Laden oder zeigt unvollständige Daten? Das sollten Sie prüfen, bevor Sie uns kontaktieren.",
       "sections": [
           ("Erste Schritte", "<ol><li>Aktualisieren Sie die App im App Store oder bei Google Play – die meisten Fehler sind in der neuesten Version behoben.</li><li>Melden Sie sich ab und wieder an.</li><li>Besteht das Problem weiter, löschen Sie die App und installieren Sie sie neu. Bestellungen und Abo bleiben in Ihrem Konto erhalten.</li></ol>"),
           ("Benachrichtigungen", "<p>Doppelte oder fehlende Benachrichtigungen? Öffnen Sie in der App Einstellungen > Benachrichtigungen und schalten Sie „Box-Verfolgung“ aus und wieder ein.</p>"),
           ("Fehler melden", "<p>Nennen Sie uns Ihr Handymodell, die Systemversion (iOS oder Android), die App-Version (Einstellungen > Über) und wenn möglich einen Screenshot. Bis zur Korrektur sind alle Funktionen auf der Webseite verfügbar.</p>"),
       ]},
      {"title": "La app de Kaffeo no funciona bien", "slug": "la-app-de-kaffeo-no-funciona-bien",
       "intro": "¿La app se cierra, se queda cargando o muestra información incompleta? Esto es lo que conviene revisar antes de escribirnos.",
       "sections": [
           ("Primeras comprobaciones", "<ol><li>Actualice la app desde App Store o Google Play: la mayoría de fallos se corrigen en la última versión.</li><li>Cierre sesión y vuelva a entrar.</li><li>Si sigue igual, borre la app y vuelva a instalarla. Sus pedidos y su suscripción se conservan en su cuenta.</li></ol>"),
           ("Notificaciones", "<p>¿Notificaciones duplicadas o que no llegan? En la app, vaya a Ajustes > Notificaciones y desactive y vuelva a activar «Seguimiento de la caja».</p>"),
           ("Informar de un fallo", "<p>Indíquenos el modelo de móvil, la versión del sistema (iOS o Android), la versión de la app (Ajustes > Acerca de) y, si puede, una captura de pantalla. Hasta que salga la corrección, todas las funciones están disponibles en la web.</p>"),
       ]})

# --------------------------------------------------------------------------- brewing
topic("brewing", 360100013,
      {"fr": ["préparation", "mouture", "conservation", "machine"], "en": ["brewing", "grind", "storage", "machine"],
       "de": ["zubereitung", "mahlgrad", "lagerung", "maschine"], "es": ["preparación", "molienda", "conservación", "cafetera"]},
      {"title": "Guide de préparation : mouture, conservation et entretien", "slug": "guide-de-preparation",
       "intro": "Pour tirer le meilleur de nos cafés, quelques règles simples : la bonne mouture, une bonne conservation et un matériel entretenu.",
       "sections": [
           ("Choisir sa mouture", "<ul><li><strong>Espresso</strong> : mouture fine (moulin Mahlwerk M2 : réglage 4 à 7).</li><li><strong>Cafetière italienne</strong> : mouture « Moka », un peu plus grosse que l'espresso.</li><li><strong>Filtre et V60</strong> : mouture moyenne.</li><li><strong>Cafetière à piston</strong> : mouture grossière.</li></ul><p>Nos capsules sont compatibles avec les machines Nespresso® Original, pas avec la gamme Vertuo.</p>"),
           ("Conserver son café", "<p>Fermé, un paquet garde ses arômes environ 6 mois après la date de torréfaction. Une fois ouvert, refermez bien le sachet et consommez-le sous 3 à 4 semaines, à l'abri de la lumière et de la chaleur. Évitez le réfrigérateur ; pour un stockage long, congelez en petites portions.</p>"),
           ("Entretenir sa Barista One", "<p>Détartrez la machine toutes les 4 à 6 semaines, ou dès que le voyant clignote : lancez le programme en maintenant le bouton vapeur 5 secondes, puis rincez avec deux réservoirs d'eau claire. Nettoyez le porte-filtre et la buse vapeur après chaque utilisation.</p>"),
       ]},
      {"title": "Brewing guide: grind, storage and care", "slug": "brewing-guide",
       "intro": "To get the best out of our coffees, follow a few simple rules: the right grind, good storage and well-maintained equipment.",
       "sections": [
           ("Choosing your grind", "<ul><li><strong>Espresso</strong>: fine (Mahlwerk M2 grinder: settings 4-7).</li><li><strong>Moka pot</strong>: 'Moka' grind, slightly coarser than espresso.</li><li><strong>Filter and V60</strong>: medium.</li><li><strong>Cafetière / French press</strong>: coarse.</li></ul><p>Our capsules work with Nespresso® Original machines, not the Vertuo range.</p>"),
           ("Storing your coffee", "<p>Unopened, a bag keeps its aromas for about 6 months after the roast date. Once opened, reseal it well and use within 3-4 weeks, away from light and heat. Avoid the fridge; for long storage, freeze in small portions.</p>"),
           ("Looking after your Barista One", "<p>Descale every 4-6 weeks or whenever the light flashes: start the programme by holding the steam button for 5 seconds, then rinse with two tanks of clean water. Clean the portafilter and steam wand after each use.</p>"),
       ]},
      {"title": "Zubereitungs-Guide: Mahlgrad, Lagerung und Pflege", "slug": "zubereitungs-guide",
       "intro": "Damit unsere Kaffees ihr volles Aroma entfalten, helfen ein paar einfache Regeln: der richtige Mahlgrad, gute Lagerung und gepflegte Geräte.",
       "sections": [
           ("Den richtigen Mahlgrad wählen", "<ul><li><strong>Espresso</strong>: fein (Mühle Mahlwerk M2: Stufe 4 bis 7).</li><li><strong>Espressokocher</strong>: „Moka“, etwas gröber als Espresso.</li><li><strong>Filter und V60</strong>: mittel.</li><li><strong>French Press</strong>: grob.</li></ul><p>Unsere Kapseln passen in Nespresso®-Original-Maschinen, nicht in die Vertuo-Reihe.</p>"),
           ("Kaffee richtig lagern", "<p>Ungeöffnet behält eine Packung ihr Aroma etwa 6 Monate ab Röstdatum. Nach dem Öffnen gut verschließen und innerhalb von 3–4 Wochen verbrauchen, dunkel und kühl gelagert. Nicht in den Kühlschrank; für lange Lagerung portionsweise einfrieren.</p>"),
           ("Pflege der Barista One", "<p>Entkalken Sie die Maschine alle 4–6 Wochen oder wenn die Lampe blinkt: Programm durch 5 Sekunden Drücken der Dampftaste starten, danach mit zwei Tankfüllungen klarem Wasser spülen. Siebträger und Dampflanze nach jeder Nutzung reinigen.</p>"),
       ]},
      {"title": "Guía de preparación: molienda, conservación y mantenimiento", "slug": "guia-de-preparacion",
       "intro": "Para sacar lo mejor de nuestros cafés basta con unas reglas sencillas: la molienda adecuada, una buena conservación y un equipo bien cuidado.",
       "sections": [
           ("Elegir la molienda", "<ul><li><strong>Espresso</strong>: fina (molinillo Mahlwerk M2: posiciones 4 a 7).</li><li><strong>Cafetera italiana</strong>: molienda «Moka», algo más gruesa que la de espresso.</li><li><strong>Filtro y V60</strong>: media.</li><li><strong>Prensa francesa</strong>: gruesa.</li></ul><p>Nuestras cápsulas son compatibles con las máquinas Nespresso® Original, no con la gama Vertuo.</p>"),
           ("Conservar el café", "<p>Sin abrir, una bolsa conserva sus aromas unos 6 meses desde la fecha de tueste. Una vez abierta, ciérrela bien y consúmala en 3-4 semanas, lejos de la luz y el calor. Evite la nevera; para guardarlo mucho tiempo, congélelo en porciones pequeñas.</p>"),
           ("Mantenimiento de la Barista One", "<p>Descalcifique la cafetera cada 4-6 semanas o cuando parpadee la luz: inicie el programa manteniendo pulsado el botón de vapor 5 segundos y aclare con dos depósitos de agua limpia. Limpie el portafiltro y el vaporizador después de cada uso.</p>"),
       ]})

# --------------------------------------------------------------------------- extra "good to know" sections
EXTRA = {
    "refunds": {
        "fr": ("Remboursement partiel et frais de port", "<p>Si un seul article d'une commande est remboursé (rupture de stock, article manquant, retour partiel), seul son montant est reversé. Les frais de port sont remboursés lorsque la commande entière est annulée ou lorsque l'erreur vient de nous. Chaque remboursement fait l'objet d'un e-mail séparé, avec le détail des montants.</p>"),
        "en": ("Partial refunds and delivery charges", "<p>If only one item of an order is refunded (out of stock, missing item, partial return), only that amount is paid back. Delivery charges are refunded when the whole order is cancelled or when the mistake was ours. Each refund comes with its own email showing the breakdown of the amounts.</p>"),
        "de": ("Teilerstattungen und Versandkosten", "<p>Wird nur ein Artikel einer Bestellung erstattet (nicht vorrätig, fehlender Artikel, Teilrücksendung), zahlen wir nur diesen Betrag zurück. Versandkosten erstatten wir, wenn die gesamte Bestellung storniert wird oder der Fehler bei uns lag. Zu jeder Erstattung erhalten Sie eine eigene E-Mail mit der Aufstellung der Beträge.</p>"),
        "es": ("Reembolsos parciales y gastos de envío", "<p>Si solo se reembolsa un artículo del pedido (sin stock, artículo que falta, devolución parcial), se devuelve únicamente su importe. Los gastos de envío se reembolsan cuando se cancela el pedido completo o cuando el error es nuestro. Cada reembolso va acompañado de un correo con el desglose de los importes.</p>"),
    },
    "returns": {
        "fr": ("Bon à savoir", "<ul><li>Conservez le justificatif de dépôt jusqu'au remboursement.</li><li>Un café ouvert ne peut pas être repris ; s'il ne vous plaît pas, écrivez-nous quand même : nous vous conseillerons un autre profil aromatique.</li><li>Les coffrets cadeaux non ouverts peuvent être échangés par la personne qui les a reçus.</li></ul>"),
        "en": ("Good to know", "<ul><li>Keep your proof of postage until the refund arrives.</li><li>Opened coffee can't be taken back; if you don't like it, write to us anyway and we'll suggest a different flavour profile.</li><li>Unopened gift sets can be exchanged by the person who received them.</li></ul>"),
        "de": ("Gut zu wissen", "<ul><li>Bewahren Sie den Einlieferungsbeleg bis zur Erstattung auf.</li><li>Geöffneten Kaffee können wir nicht zurücknehmen; schreiben Sie uns trotzdem, wenn er Ihnen nicht schmeckt – wir empfehlen Ihnen gern ein anderes Geschmacksprofil.</li><li>Ungeöffnete Geschenksets kann auch die beschenkte Person umtauschen.</li></ul>"),
        "es": ("Conviene saber", "<ul><li>Guarde el justificante de envío hasta recibir el reembolso.</li><li>No podemos aceptar café abierto; si no le gusta, escríbanos de todos modos y le recomendaremos otro perfil de sabor.</li><li>Los estuches regalo sin abrir puede cambiarlos la persona que los recibió.</li></ul>"),
    },
    "delivery": {
        "de": ("Adresse ändern oder stornieren", "<p>Solange Ihre Bestellung noch nicht gepackt ist, können wir die Adresse ändern oder die Bestellung stornieren – schreiben Sie uns einfach so schnell wie möglich. Ist das Paket bereits beim Zusteller, wählen Sie über den Tracking-Link einen anderen Zustellort oder eine Packstation.</p>"),
        "es": ("Cambiar la dirección o cancelar", "<p>Mientras el pedido no se haya preparado, podemos cambiar la dirección o cancelarlo: escríbanos lo antes posible. Si el paquete ya está en manos del transportista, puede elegir otra opción de entrega o un punto de recogida desde el enlace de seguimiento.</p>"),
    },
    "damaged": {
        "fr": ("Bon à savoir", "<p>Signalez le problème dans les 14 jours suivant la livraison. Si le carton est très abîmé au moment de la livraison, vous pouvez aussi émettre des réserves auprès du livreur ; ce n'est pas obligatoire pour obtenir un remplacement chez Kaffeo.</p>"),
        "en": ("Good to know", "<p>Please report the problem within 14 days of delivery. If the box is badly damaged on arrival you can also note it with the courier, but this isn't required to get a replacement from Kaffeo.</p>"),
        "de": ("Gut zu wissen", "<p>Bitte melden Sie das Problem innerhalb von 14 Tagen nach der Zustellung. Ist der Karton bei der Lieferung stark beschädigt, können Sie das auch beim Zusteller vermerken lassen; für einen Ersatz von Kaffeo ist das aber nicht nötig. Für dringende Geschenke bieten wir einen Expressversand an.</p>"),
        "es": ("Conviene saber", "<p>Comuníquenos el problema en los 14 días siguientes a la entrega. Si la caja llega muy dañada, también puede indicarlo al repartidor, aunque no es necesario para obtener un reemplazo de Kaffeo. Para un regalo urgente, ofrecemos reenvío exprés.</p>"),
    },
    "subscriptions": {
        "fr": ("Offrir un abonnement", "<p>Les abonnements cadeaux de 3, 6 ou 12 mois sont payés en une fois et ne se renouvellent pas automatiquement. Ils se commandent dans la rubrique « Offrir » du site, avec la date de première box de votre choix et un message personnalisé.</p>"),
        "en": ("Gift subscriptions", "<p>Gift subscriptions of 3, 6 or 12 months are paid upfront and don't renew automatically. Order them from the 'Gifts' section of the website, choosing the date of the first box and adding a personal message.</p>"),
        "de": ("Abo verschenken", "<p>Geschenk-Abos über 3, 6 oder 12 Monate werden einmalig bezahlt und verlängern sich nicht automatisch. Sie bestellen sie im Bereich „Verschenken“ der Webseite, mit Wunschdatum für die erste Box und persönlicher Nachricht.</p>"),
        "es": ("Regalar una suscripción", "<p>Las suscripciones regalo de 3, 6 o 12 meses se pagan de una vez y no se renuevan automáticamente. Se piden en la sección «Regalar» de la web, eligiendo la fecha de la primera caja y añadiendo un mensaje personal.</p>"),
    },
    "renewals": {
        "fr": ("Éviter les surprises", "<p>Activez les rappels dans Mon compte > Notifications : vous recevrez un e-mail 5 jours avant chaque prélèvement, avec un lien direct pour sauter la box, la mettre en pause (jusqu'à 3 mois) ou modifier votre formule.</p>"),
        "en": ("Avoiding surprises", "<p>Switch on reminders under Account > Notifications: you'll get an email 5 days before each payment with a direct link to skip the box, pause (for up to 3 months) or change your plan.</p>"),
        "de": ("Überraschungen vermeiden", "<p>Aktivieren Sie die Erinnerungen unter Mein Konto > Benachrichtigungen: Sie erhalten 5 Tage vor jeder Abbuchung eine E-Mail mit direktem Link, um die Box zu überspringen, das Abo (bis zu 3 Monate) zu pausieren oder den Tarif zu ändern.</p>"),
        "es": ("Evitar sorpresas", "<p>Active los recordatorios en Mi cuenta > Notificaciones: recibirá un correo 5 días antes de cada cobro con un enlace directo para saltar la caja, pausar la suscripción (hasta 3 meses) o cambiar de plan.</p>"),
    },
    "payments": {
        "fr": ("Pré-autorisation « en attente »", "<p>Au moment de la commande, votre banque peut afficher une opération « en attente » : c'est une pré-autorisation, qui n'est pas débitée et disparaît d'elle-même sous quelques jours. Si deux paiements ont réellement été encaissés, contactez-nous : le doublon est remboursé sous 5 à 7 jours ouvrés.</p>"),
        "en": ("'Pending' pre-authorisations", "<p>When you order, your bank may show a 'pending' transaction: it's a pre-authorisation that isn't charged and drops off by itself within a few days. If two payments have genuinely been taken, contact us and the duplicate will be refunded within 5-7 business days.</p>"),
        "de": ("„Vorgemerkte“ Buchungen", "<p>Bei der Bestellung zeigt Ihre Bank eventuell eine „vorgemerkte“ Buchung: Das ist eine Vorautorisierung, die nicht belastet wird und nach einigen Tagen von selbst verschwindet. Wurde tatsächlich doppelt abgebucht, melden Sie sich: Der doppelte Betrag wird innerhalb von 5–7 Werktagen erstattet.</p>"),
        "es": ("Operaciones «pendientes»", "<p>Al hacer el pedido, su banco puede mostrar una operación «pendiente»: es una preautorización que no se cobra y desaparece sola en unos días. Si realmente se han cobrado dos pagos, escríbanos y le reembolsaremos el duplicado en 5 a 7 días hábiles.</p>"),
    },
    "invoices": {
        "fr": ("Factures d'abonnement", "<p>Chaque box d'abonnement donne lieu à sa propre facture, datée du jour du prélèvement. Elle apparaît dans Mon compte > Commandes au même titre qu'une commande ponctuelle, avec la mention « Abonnement » et le nom de votre formule. Les montants sont indiqués TTC, avec le détail de la TVA.</p>"),
        "en": ("Subscription invoices", "<p>Every subscription box has its own invoice, dated on the day of the payment. It appears under Account > Orders just like a one-off order, marked 'Subscription' with the name of your plan. Amounts include VAT, with the VAT breakdown shown.</p>"),
        "de": ("Rechnungen für Abo-Boxen", "<p>Für jede Abo-Box gibt es eine eigene Rechnung mit dem Datum der Abbuchung. Sie erscheint unter Mein Konto > Bestellungen wie eine Einzelbestellung, mit dem Vermerk „Abo“ und dem Namen Ihres Tarifs. Die Beträge verstehen sich inklusive Mehrwertsteuer, die separat ausgewiesen wird.</p>"),
        "es": ("Facturas de la suscripción", "<p>Cada caja de suscripción tiene su propia factura, con la fecha del cobro. Aparece en Mi cuenta > Pedidos igual que un pedido suelto, con la indicación «Suscripción» y el nombre de su plan. Los importes incluyen el IVA, que aparece desglosado.</p>"),
    },
    "account": {
        "fr": ("Sécuriser mon compte", "<p>Choisissez un mot de passe unique que vous n'utilisez sur aucun autre site. Kaffeo ne vous demandera jamais votre mot de passe ni vos numéros de carte par e-mail ou par téléphone : en cas de doute sur un message, transférez-le-nous.</p>"),
        "en": ("Keeping your account secure", "<p>Choose a unique password you don't use on any other site. Kaffeo will never ask for your password or card numbers by email or phone - if you're unsure about a message, forward it to us.</p>"),
        "de": ("Konto absichern", "<p>Wählen Sie ein Passwort, das Sie auf keiner anderen Seite verwenden. Kaffeo fragt Sie nie per E-Mail oder Telefon nach Ihrem Passwort oder Ihren Kartendaten – leiten Sie uns verdächtige Nachrichten im Zweifel einfach weiter.</p>"),
        "es": ("Proteger mi cuenta", "<p>Elija una contraseña única que no use en ninguna otra web. Kaffeo nunca le pedirá su contraseña ni los números de su tarjeta por correo o por teléfono; si duda de un mensaje, reenvíenoslo.</p>"),
    },
    "gdpr": {
        "fr": ("Newsletter et préférences", "<p>Pour simplement ne plus recevoir nos e-mails promotionnels sans supprimer votre compte, utilisez le lien de désinscription en bas de chaque newsletter ou décochez les options dans Mon compte > Notifications. Les e-mails liés à vos commandes continueront d'arriver.</p>"),
        "en": ("Newsletter and preferences", "<p>If you just want to stop our promotional emails without deleting your account, use the unsubscribe link at the bottom of any newsletter or untick the options under Account > Notifications. Emails about your orders will still arrive.</p>"),
        "de": ("Newsletter und Einstellungen", "<p>Wenn Sie nur keine Werbe-E-Mails mehr erhalten möchten, ohne Ihr Konto zu löschen, nutzen Sie den Abmeldelink am Ende jedes Newsletters oder entfernen Sie die Häkchen unter Mein Konto > Benachrichtigungen. E-Mails zu Ihren Bestellungen erhalten Sie weiterhin. Eine Kopie Ihrer Daten können Sie jederzeit bei uns anfordern.</p>"),
        "es": ("Newsletter y preferencias", "<p>Si solo quiere dejar de recibir correos promocionales sin borrar su cuenta, use el enlace de baja al final de cualquier newsletter o desmarque las opciones en Mi cuenta > Notificaciones. Los correos sobre sus pedidos seguirán llegando.</p>"),
    },
    "promo": {
        "fr": ("Parrainage", "<p>Chaque client dispose d'un code de parrainage personnel (format AMI-XXXX) dans Mon compte > Parrainage. Votre filleul bénéficie d'une réduction sur sa première commande et vous recevez un bon d'achat dès que sa commande est expédiée. Le code de parrainage suit la même règle : un seul code par commande.</p>"),
        "en": ("Referrals", "<p>Every customer has a personal referral code under Account > Referrals. Your friend gets a discount on their first order and you receive a voucher as soon as their order ships. Referral codes follow the same rule: one code per order.</p>"),
        "de": ("Freunde werben", "<p>Jede Kundin und jeder Kunde hat unter Mein Konto > Freunde werben einen persönlichen Code. Ihre Freunde erhalten einen Rabatt auf die erste Bestellung, Sie bekommen einen Gutschein, sobald diese verschickt ist. Auch hier gilt: ein Code pro Bestellung.</p>"),
        "es": ("Invita a un amigo", "<p>Cada cliente tiene un código personal en Mi cuenta > Invita a un amigo. Su amigo obtiene un descuento en su primer pedido y usted recibe un vale en cuanto ese pedido se envía. También aquí se aplica la norma de un código por pedido.</p>"),
    },
    "app": {
        "fr": ("Versions prises en charge", "<p>L'application Kaffeo fonctionne sur iOS 17 et versions ultérieures, et sur Android 11 et versions ultérieures. Sur les appareils plus anciens, certaines fonctions (paiement, scan du QR code de la box) peuvent ne pas fonctionner : utilisez alors le site, qui offre exactement les mêmes services.</p>"),
        "en": ("Supported versions", "<p>The Kaffeo app runs on iOS 17 or later and Android 11 or later. On older devices some features (payment, scanning the QR code on the box) may not work; in that case please use the website, which offers exactly the same services.</p>"),
        "de": ("Unterstützte Versionen", "<p>Die Kaffeo-App läuft ab iOS 17 und ab Android 11. Auf älteren Geräten funktionieren manche Funktionen (Bezahlen, Scannen des QR-Codes auf der Box) eventuell nicht; nutzen Sie dann bitte die Webseite, die genau dieselben Funktionen bietet.</p>"),
        "es": ("Versiones compatibles", "<p>La app de Kaffeo funciona en iOS 17 o posterior y en Android 11 o posterior. En dispositivos más antiguos algunas funciones (el pago, escanear el código QR de la caja) pueden fallar; en ese caso use la web, que ofrece exactamente los mismos servicios.</p>"),
    },
    "brewing": {
        "fr": ("Décaféiné", "<p>Notre Decaf Colombia est décaféiné par le procédé naturel à l'eau (Swiss Water), sans solvant chimique. Il contient moins de 0,1 % de caféine, soit 2 à 3 mg par tasse. Il se prépare exactement comme un café classique, avec la même mouture.</p>"),
        "en": ("Decaf", "<p>Our Decaf Colombia is decaffeinated with the natural Swiss Water process, without chemical solvents. It contains less than 0.1% caffeine, about 2-3 mg per cup, and brews exactly like a regular coffee with the same grind.</p>"),
        "de": ("Entkoffeiniert", "<p>Unser Decaf Colombia wird mit dem natürlichen Swiss-Water-Verfahren ohne chemische Lösungsmittel entkoffeiniert. Er enthält weniger als 0,1 % Koffein, etwa 2–3 mg pro Tasse, und wird genauso zubereitet wie normaler Kaffee.</p>"),
        "es": ("Descafeinado", "<p>Nuestro Decaf Colombia se descafeína con el proceso natural Swiss Water, sin disolventes químicos. Contiene menos de un 0,1 % de cafeína, unos 2-3 mg por taza, y se prepara exactamente igual que un café normal.</p>"),
    },
}

for _t in TOPICS:
    for _lang, _loc in _t["locales"].items():
        _extra = EXTRA.get(_t["key"], {}).get(_lang)
        if _extra and len(_loc["sections"]) < 4:
            _loc["sections"] = list(_loc["sections"]) + [_extra]
