# -*- coding: utf-8 -*-
"""Spanish fragments for the Kaffeo demo tickets (hand-written, CC0-1.0)."""

CODE = "es"

FIRST_NAMES = [("Lucía", "f"), ("Javier", "m"), ("María", "f"), ("Carlos", "m"), ("Elena", "f"), ("Pablo", "m"),
               ("Carmen", "f"), ("Sergio", "m"), ("Marta", "f"), ("Álvaro", "m"), ("Laura", "f"), ("David", "m"),
               ("Ana", "f"), ("Jorge", "m"), ("Paula", "f"), ("Raúl", "m"), ("Nuria", "f"), ("Iñaki", "m"),
               ("Rocío", "f"), ("Miguel", "m"), ("Alba", "f"), ("Andrés", "m"), ("Montse", "f"), ("Óscar", "m")]
LAST_NAMES = ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
              "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro",
              "Torres", "Domínguez", "Vázquez", "Etxeberria", "Puig"]
COUNTRIES = [("ES", 100)]
CITIES = {
    "ES": [("Madrid", "28004"), ("Barcelona", "08015"), ("Valencia", "46005"), ("Sevilla", "41003"), ("Bilbao", "48008"),
           ("Zaragoza", "50001"), ("Málaga", "29012"), ("Granada", "18009"), ("Palma", "07003"), ("Salamanca", "37002"),
           ("San Sebastián", "20004"), ("Alicante", "03001")],
}
STREETS = ["Calle Mayor {n}", "Avenida de la Constitución {n}", "Calle del Sol {n}, 2º B", "Paseo de Gracia {n}",
           "Calle Real {n}, 4º izq.", "Plaza de España {n}", "Calle San Vicente {n}"]

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
          "diciembre"]
WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
WD_SHORT = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MON_SHORT = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


def fmt_date(d):
    return "%d de %s" % (d.day, MONTHS[d.month - 1])


def fmt_date_num(d):
    return "%d/%d" % (d.day, d.month)


def fmt_amount(v, cur):
    s = ("%.2f" % v).replace(".", ",")
    return ("%s €" % s) if cur == "EUR" else ("%s £" % s)


def delivery(cc):
    return "de 2 a 4 días hábiles" if cc == "FR" else "de 3 a 6 días hábiles"


def caps_name(n):
    return "cápsulas %s" % n


def phone(rng):
    return "6%02d %03d %03d" % (rng.randrange(100), rng.randrange(1000), rng.randrange(1000))


def reply_header(d):
    return "El %s, %d %s %d a las %02d:%02d, Kaffeo Support (<support@kaffeo.example>) escribió:" % (
        WD_SHORT[d.weekday()], d.day, MON_SHORT[d.month - 1], d.year, d.hour, d.minute)


def outlook_header(d, email, subject):
    sep = "-----Mensaje original-----" if d.day % 3 else "________________________________"
    return "%s\nDe: Kaffeo Support <support@kaffeo.example>\nEnviado: %s, %d de %s de %d %02d:%02d\nPara: %s\nAsunto: %s" % (
        sep, WEEKDAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute, email, subject)


RE_PREFIX = ["RE: ", "Re: "]
FWD_PREFIX = ["RV: ", "Fwd: "]
MOBILE_SUBJECT = "Mensaje enviado desde la app de Kaffeo"

OPENERS = ["Hola,", "Buenos días,", "Buenas tardes,", "Hola Kaffeo,", "Estimados señores:", "Hola buenas,", "Buenas,",
           "Hola equipo,", "Saludos,", "Hola, ¿qué tal?"]
CLOSERS = ["Gracias de antemano,\n{first}", "Un saludo,\n{first} {last}", "Saludos\n{first}", "Muchas gracias.",
           "Atentamente,\n{first} {last}", "Quedo a la espera de su respuesta.\n{first}", "Un abrazo, {first}", "Gracias!!",
           "Saludos cordiales,\n{first} {last}", "Mil gracias\n{first}"]
BACKSTORY = ["Soy cliente desde hace {years} años y nunca había tenido un problema.",
             "Les escribo de parte de mi pareja, que es quien hizo el pedido.",
             "He intentado el chat de la web pero nadie contesta.",
             "Me encanta vuestro café, de verdad, pero esto me ha molestado bastante.",
             "Es la segunda vez que escribo por este tema.",
             "Hacemos los pedidos para la oficina (somos unas 10 personas)."]
ASIDES = ["[not=technical.app_bug] Por cierto, la app se me cierra sola en el {device}.",
          "[not=product.question] Otra cosa: ¿el {coffee} sirve para cafetera italiana?",
          "[not=promo.discount_code] Tenía además un código {code} que no me funcionó, pero eso es lo de menos.",
          "[not=billing.invoice] Ya que estamos, ¿me podéis mandar la factura?",
          "PD: el {coffee} de la última caja estaba buenísimo.",
          "[not=order.tracking] Por cierto, mi pedido anterior también tardó más de una semana.",
          "PD: la web va lentísima hoy."]
RAMBLES = ["Perdón por el rollo, pero estoy ya un poco harta de esperar.",
           "Espero que lo podáis solucionar pronto.",
           "No sé si este es el departamento correcto, si no, reenviadlo por favor."]
DETAIL_LINES = ["Número de pedido: {order}", "Pedido {order} del {date_num}", "(pedido nº {order})", "Ref. pedido: {order}",
                "Es el pedido {order}."]
SUBJECT_GENERIC = ["Consulta", "Duda", "Mi pedido", "Problema", "Urgente", "Formulario de contacto", "Reclamación",
                   "(sin asunto)", "Ayuda"]

FOLLOWUPS_THANKS = ["¡Muchas gracias!", "Genial, gracias por la rapidez.", "Perfecto, ¡gracias {agent}!", "Gracias, recibido.",
                    "Mil gracias por la ayuda 🙏", "ok gracias", "Estupendo, muchas gracias.", "Vale, todo claro. ¡Gracias!"]
FOLLOWUPS_Q = [
    ("¡Gracias! ¿Me llegará un correo de confirmación?",
     "Sí, recibirá un correo de confirmación automático hoy mismo. ¡Que tenga un buen día!\n\n{agent}"),
    ("Vale. ¿Tengo que hacer algo yo?",
     "No, no tiene que hacer nada más, todo está solucionado. ¡Un saludo!\n\n{agent}"),
    ("Gracias. ¿Me podéis mandar también la factura?",
     "Claro, se la acabo de enviar en PDF. También la tiene siempre disponible en Mi cuenta > Pedidos.\n\n{agent}"),
]
SECOND_REPLIES = ["¡Un placer, {first}! Que disfrute del café.\n\n{agent}", "¡A usted! Que tenga un buen día.\n\n{agent}",
                  "¡Encantad{agent_o} de ayudar!\n\n{agent} – Kaffeo"]

AGENT_GREETINGS = ["Hola, {first}:", "Hola {first},", "Buenos días, {first}:", "Hola,", "Estimad{o} {first}:"]
AGENT_THANKS = ["Gracias por escribirnos.", "Gracias por su mensaje.", "Gracias por su paciencia."]
AGENT_SORRY = ["Lamento mucho las molestias.", "Disculpe las molestias.",
               "Entiendo perfectamente su enfado y le pido disculpas.", "Disculpe la espera y gracias por su paciencia."]
AGENT_MORE = ["Si necesita cualquier otra cosa, no dude en escribirnos.", "Para cualquier otra duda, basta con responder a este correo."]
ARTICLE_LINES = ["Encontrará todos los detalles en nuestro centro de ayuda: {url}", "Más información aquí: {url}",
                 "Nuestro artículo de ayuda lo explica paso a paso: {url}"]
AGENT_CLOSINGS = ["Un saludo,\n{agent}\nAtención al cliente Kaffeo", "Saludos cordiales,\n{agent} – Kaffeo",
                  "¡Que tenga un buen día!\n{agent}", "Un abrazo,\n{agent}, del equipo Kaffeo"]

SIGNATURES = ["--\n{first} {last}\nResponsable de compras\nTel. {phone}",
              "{first} {last}\n{street}\n{postcode} {city}",
              "--\n{first} {last} | Office Manager\nEstudio Norte Arquitectura S.L.\nMóvil: {phone}",
              "Atentamente,\n\n{first} {last}\nDepartamento de Administración"]
MOBILE_SIGS = ["Enviado desde mi iPhone", "Enviado desde mi Samsung Galaxy", "Enviado desde mi iPad",
               "Enviado desde Outlook para Android", "Enviado desde Yahoo Mail para Android"]
LEGAL_FOOTERS = [
    "Este mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. "
    "Si usted no es el destinatario indicado, queda notificado de que la lectura, utilización, divulgación y/o "
    "copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que lo comunique "
    "inmediatamente y proceda a su destrucción.",
    "De conformidad con el Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos forman parte de un "
    "fichero responsabilidad de Estudio Norte Arquitectura S.L.",
    "Antes de imprimir este correo, piense en el medio ambiente.",
]
QUOTED = [
    ("delivery", "Hola {first}:\n\n¡Buenas noticias! Tu pedido {order2} ya está en camino.\nSíguelo aquí: {tracking_url}\n\nEl equipo de Kaffeo", "Tu pedido {order2} ha sido enviado"),
    ("subscriptions", "Hola {first}:\n\nTu próxima caja {plan} se preparará el {renewal}. Todavía puedes cambiarla, saltarla o pausarla desde tu cuenta.\n\n¡Hasta pronto!\nKaffeo", "Tu caja llega pronto"),
    ("refunds", "Hola {first}:\n\nHemos procesado el reembolso de tu pedido {order2}. Aparecerá en tu cuenta en un plazo de 5 a 7 días hábiles.\n\nUn saludo,\nAtención al cliente Kaffeo", "Reembolso realizado"),
    ("promo", "Hola {first}:\n\nSolo este fin de semana: 15 % en todos los cafés de origen con el código KAFFEO15.\n\nDarse de baja", "Solo este finde: -15 %"),
    ("account", "Hola:\n\nHas solicitado restablecer tu contraseña. Este enlace es válido durante 1 hora.\n\nSi no has sido tú, ignora este mensaje.", "Restablecer contraseña"),
    ("invoices", "Hola {first}:\n\n¡Gracias por tu pedido {order2}! Tu factura está disponible en Mi cuenta > Pedidos.\n\nEl equipo de Kaffeo", "Confirmación de pedido {order2}"),
    ("returns", "Hola {first}:\n\nTe adjuntamos la etiqueta de devolución prepagada. Solo tienes que dejar el paquete en un punto DHL.\n\nLucía – Kaffeo", "Tu etiqueta de devolución"),
]

I = {}

I["billing.refund"] = {
    "subjects": ["Reembolso", "Todavía no me habéis devuelto el dinero", "Reembolso pedido {order}", "¿Dónde está mi reembolso?",
                 "Devolución del dinero"],
    "msgs": [
        "[sc=return] Devolví el paquete hace {days} días con la etiqueta que me enviasteis y todavía no me habéis reembolsado. {ask}",
        "Me confirmasteis la cancelación del pedido {order} el {date}, pero los {amount} siguen sin aparecer en mi cuenta. ¿Es normal?",
        "En mi cuenta pone que el reembolso de {amount} se hizo el {refund_date}, pero el banco no ve nada. ¿A quién hago caso?",
        "[sc=card] Una pregunta: el reembolso ¿vuelve a la tarjeta o me queda como saldo? Es que me cambiaron la tarjeta el mes pasado.",
        "LLEVO TRES SEMANAS ESPERANDO MIS {amount}. QUIERO UNA SOLUCIÓN YA.",
        "Solo me habéis devuelto {amount} y se canceló el pedido {order} entero. ¿Los gastos de envío no se devuelven?",
        "[sc=return] Según el seguimiento, mi devolución os llegó hace una semana. Desde entonces, nada. {ask}",
    ],
    "asks": ["¿Podéis revisarlo?", "¿Cuándo me llega el dinero?", "Agradecería que me dijerais cómo va.",
             "Por favor, solucionadlo cuanto antes."],
    "replies": {"default": [
        "He revisado el pedido {order}: el reembolso de {amount} se ha aprobado hoy. Se devuelve al método de pago que utilizó en la compra y suele aparecer en un plazo de 5 a 7 días hábiles, según el banco. Recibirá un correo de confirmación con la referencia {ref}.",
        "El reembolso de {amount} se emitió el {refund_date} (referencia {ref}). Los reembolsos vuelven siempre al método de pago original en un plazo de 5 a 7 días hábiles, así que debería verlo muy pronto. Si le han cambiado la tarjeta, el banco lo traspasa automáticamente a la nueva. Si pasado ese plazo no aparece, responda a este correo y lo rastrearemos con nuestra pasarela de pago.",
    ], "card": [
        "Los reembolsos vuelven siempre al método de pago usado en el pedido, nunca como saldo salvo que usted lo pida. Como le han cambiado la tarjeta, su banco traspasará el importe automáticamente a la nueva, sin que tenga que hacer nada. Para el pedido {order}, el reembolso de {amount} se emitió el {refund_date} (ref. {ref}); cuente con 5 a 7 días hábiles para verlo en su extracto.",
    ], "return": [
        "Su devolución ha llegado a nuestro almacén de Lyon y ya está revisada, así que hemos emitido el reembolso de {amount} a su método de pago original (referencia {ref}). Cuente con 5 a 7 días hábiles para verlo en su extracto.",
        "Su paquete llegó a nuestro almacén y se revisó el {refund_date}; el reembolso de {amount} (ref. {ref}) salió ese mismo día a su método de pago original. Los bancos suelen tardar de 5 a 7 días hábiles en mostrarlo. Disculpe que no le avisáramos antes.",
    ]},
}

I["billing.double_charge"] = {
    "subjects": ["Cobro duplicado", "Me habéis cobrado dos veces", "Doble cargo en la tarjeta", "Pago duplicado pedido {order}"],
    "msgs": [
        "Acabo de mirar el banco y tengo dos cargos de {amount} de Kaffeo el mismo día por un solo pedido ({order}). Devolvedme el duplicado, por favor.",
        "El pago falló la primera vez en la web, lo volví a intentar y ahora veo dos cargos de {amount}. ¿Podéis anular uno?",
        "[cat=machine] He comprado una {item} y el banco me muestra dos pagos de {amount}. Es mucho dinero, necesito que se solucione urgentemente.",
        "Mi caja {plan} se ha cobrado dos veces este mes ({amount} el {last_charge} y otra vez al día siguiente). ¡Solo tengo una suscripción!",
        "ME HABÉIS COBRADO DOS VECES. {amount2} EN VEZ DE {amount}.",
    ],
    "replies": [
        "Lo he comprobado con nuestra pasarela de pago: efectivamente hubo dos cobros de {amount} por el pedido {order}. El segundo se ha reembolsado hoy (referencia {ref}) y volverá a su método de pago original en un plazo de 5 a 7 días hábiles.",
        "Tiene razón: por un fallo durante el pago, el importe se cobró dos veces. He reembolsado el duplicado de {amount}; lo verá de nuevo en su cuenta en 5 a 7 días hábiles. Por supuesto, el pedido solo se cobra una vez.",
    ],
}

I["billing.invoice"] = {
    "subjects": ["Factura", "Solicitud de factura", "Factura del pedido {order}", "¿Dónde encuentro la factura?", "Factura a nombre de empresa"],
    "msgs": [
        "¿Me podéis enviar la factura del pedido {order}? No la encuentro en el correo.",
        "[sc=vat] Necesito una factura a nombre de mi empresa con el NIF (B12345678) para el pedido {order}. ¿Es posible?",
        "¿Dónde puedo descargar las facturas de la suscripción? Mi gestor me las pide todas.",
        "La factura tiene mi dirección antigua. ¿Podéis emitirla de nuevo con {street}, {postcode} {city}?",
        "factura del pedido {order} porfa, es para la empresa",
    ],
    "replies": {
        "default": [
            "Le adjunto la factura del pedido {order}. Para la próxima vez: todas sus facturas (pedidos sueltos y cajas de suscripción) se pueden descargar en PDF en Mi cuenta > Pedidos, haciendo clic en el pedido y luego en «Descargar factura».",
            "Hecho, le he enviado la factura por correo. Un truco: en Mi cuenta > Pedidos, el icono PDF a la derecha de cada pedido descarga la factura directamente.",
        ],
        "vat": [
            "He regenerado la factura del pedido {order} con el nombre de su empresa y su NIF; la tiene adjunta. Para próximos pedidos puede añadir estos datos en Mi cuenta > Direcciones de facturación y aparecerán automáticamente en las facturas de Mi cuenta > Pedidos.",
        ],
    },
}

I["billing.payment_failed"] = {
    "subjects": ["Pago rechazado", "Error en el pago", "No me deja pagar", "Fallo en el cobro de la caja"],
    "msgs": [
        "Me ha llegado un correo diciendo que el pago de mi caja {plan} ha fallado. Pero tengo saldo de sobra. ¿Qué pasa?",
        "[sc=order] No puedo terminar el pedido, el pago se rechaza todo el rato (Visa). Lo he intentado tres veces.",
        "[sc=expired] Mi tarjeta ha caducado, supongo que por eso no se ha podido cobrar. ¿Se enviará la caja si la actualizo?",
        "[sc=order] Bizum no aparece y con PayPal me da error y vuelve a la cesta. ¿Cómo pago?",
        "[sc=order] pago rechazado en la app y la tarjeta funciona en todos lados??",
    ],
    "replies": {
        "default": [
            "El rechazo viene de su banco («denegado por el emisor»), no de nosotros. Reintentamos el cobro automáticamente en 48 horas; también puede actualizar la tarjeta en Mi cuenta > Métodos de pago y pulsar «Reintentar pago». Su caja {plan} se enviará en cuanto se acepte el pago.",
        ],
        "order": [
            "Su pedido no se ha cobrado, así que puede volver a intentarlo sin riesgo de pagar dos veces. Aceptamos tarjeta, PayPal y domiciliación SEPA (de momento no Bizum). Normalmente este tipo de rechazo se debe a un límite de compras online o a una verificación 3D Secure caducada; su banco se lo puede confirmar.",
            "Su banco bloqueó el intento de pago durante la verificación 3D Secure: no se ha cobrado nada y el pedido no se llegó a crear. Vuelva a intentarlo aceptando la notificación en la app de su banco; si sigue fallando, hágalo desde la web en lugar de la app o pague con PayPal. Su cesta se ha guardado.",
        ],
        "expired": [
            "Efectivamente, el cobro falló porque la tarjeta guardada ha caducado. Añada la nueva en Mi cuenta > Métodos de pago y márquela como predeterminada: reintentaremos automáticamente el cobro de {amount} y su caja {plan} saldrá justo después. Por seguridad, nunca nos envíe los números de la tarjeta por correo.",
        ],
    },
}

I["billing.update_payment_method"] = {
    "subjects": ["Cambiar tarjeta", "Actualizar método de pago", "Nueva tarjeta", "Pagar con PayPal"],
    "msgs": [
        "¿Cómo cambio la tarjeta asociada a la suscripción? Tengo una nueva que termina en {last4_new}.",
        "¿Puedo pagar la suscripción con PayPal en vez de con tarjeta?",
        "Mi tarjeta caduca a final de mes. ¿Tengo que hacer algo para que se cobre la caja del {renewal}?",
        "[sc=app] En la app el botón «Guardar» se queda gris cuando intento cambiar la tarjeta. ¿Lo podéis hacer vosotros?",
    ],
    "replies": {"default": [
        "Puede hacerlo usted en unos segundos: Mi cuenta > Métodos de pago > «Añadir tarjeta» y marque «Usar por defecto para mi suscripción». El próximo cobro, el {next_charge} para la caja del {renewal}, se hará con la nueva tarjeta. Por seguridad no podemos introducir tarjetas por usted.",
        "Sí, aceptamos tarjeta, PayPal y domiciliación SEPA. En Mi cuenta > Métodos de pago añada el nuevo método y selecciónelo como predeterminado; se usará a partir de la próxima renovación.",
    ], "app": [
        "El botón gris es un fallo conocido de una versión antigua de la app. Mientras llega la actualización, hágalo desde la web: Mi cuenta > Métodos de pago > Añadir. Lo que guarde allí aparece al instante en la app.",
    ]},
}

I["subscription.cancel"] = {
    "subjects": ["Cancelar suscripción", "Baja de la suscripción", "Quiero darme de baja", "Cancelar caja {plan}", "Baja"],
    "msgs": [
        "Quiero cancelar mi suscripción {plan}. Confirmadme, por favor, que no habrá más cobros.",
        "Hola, no quiero recibir más cajas a partir del mes que viene. Tenemos demasiado café en casa ahora mismo 😅",
        "[sc=price] Con la subida de precios prefiero dejarlo. ¿Podéis cancelarla antes del próximo cobro del {next_charge}?",
        "¿CÓMO SE CANCELA? EN LA APP NO FUNCIONA EL BOTÓN.",
        "[sc=moving] Me mudo a México el mes que viene y no enviáis allí, así que tengo que darme de baja. ¡Gracias por estos {years} años de buen café!",
        "¿Dónde se da uno de baja? No encuentro el botón en la cuenta.",
        "dar de baja la suscripcion por favor",
    ],
    "replies": {
        "default": [
            "Hecho: su suscripción {plan} está cancelada. Como la solicitud llegó antes del cobro del {next_charge}, no se enviará ni se cobrará ninguna caja más. Recibirá un correo de confirmación. Si algún día quiere volver, puede suscribirse de nuevo desde su cuenta.",
            "He cancelado su suscripción y no se harán más cobros. Para su información, también puede cancelar usted en Mi cuenta > Suscripción > «Cancelar» en cualquier momento antes de la fecha de renovación (el día 1 de cada mes). Y si es cuestión de cantidad, también puede pausarla hasta 3 meses.",
        ],
        "moving": [
            "¡Qué aventura! He cancelado su suscripción {plan}: a partir de ahora no se enviará ni se cobrará nada. Gracias por su fidelidad; su cuenta sigue abierta por si vuelve a Europa.",
        ],
        "price": [
            "Lo entiendo. He cancelado su suscripción antes del cobro del {next_charge}, así que no se le cobrará nada más. Si algún día quiere algo más ligero, la caja Découverte cuesta {discovery_price} al mes.",
        ],
    },
}

I["subscription.pause_skip"] = {
    "subjects": ["Pausar suscripción", "Saltar una caja", "Vacaciones: sin caja", "Aplazar envío"],
    "msgs": [
        "Nos vamos de vacaciones todo agosto. ¿Puedo pausar la suscripción?",
        "[sc=skip] ¿Se puede saltar la caja del mes que viene? Todavía me queda un paquete entero de {coffee}.",
        "Quiero pausar la suscripción {pause_txt} hasta terminar lo que tengo.",
        "[sc=too_long] Me voy seis meses de Erasmus. ¿Podéis pausar la suscripción 6 meses?",
        "¿Cómo se pausa? En la app solo veo «Cancelar» y no quiero cancelar.",
    ],
    "replies": {
        "default": [
            "Hecho: su suscripción {plan} queda en pausa durante {pause_txt}. En ese tiempo no se envía ni se cobra nada, y se reanuda automáticamente con la caja del {resume_date}. La pausa es gratuita y mantiene su precio actual. Puede cambiarla cuando quiera en Mi cuenta > Suscripción > «Pausar».",
            "¡Sin problema! En Mi cuenta > Suscripción, el botón «Pausar» (justo encima de «Cancelar») permite pausar de 1 a 3 meses. Para ahorrarle el paso, ya la he pausado {pause_txt}; se reanuda el {resume_date}.",
        ],
        "skip": [
            "Anotado: la caja del {renewal} queda saltada. Este mes no se le cobrará y la suscripción seguirá normalmente el mes siguiente. La próxima vez puede hacerlo usted en Mi cuenta > Suscripción > «Saltar la próxima caja», hasta el día del cobro ({next_charge}).",
        ],
        "too_long": [
            "La pausa está limitada a 3 meses seguidos, así que la he activado 3 meses (se reanuda el {resume_date}). Unos días antes recibirá un recordatorio y podrá ampliarla. Otra opción: cancelar ahora y volver a suscribirse a la vuelta, sin coste.",
        ],
    },
}

I["subscription.change_plan"] = {
    "subjects": ["Cambiar de plan", "Cambiar a la caja {new_plan}", "Modificar suscripción", "Cambiar molienda"],
    "msgs": [
        "Quiero pasar de la caja {plan} a la {new_plan}. ¿Se puede a mitad de mes?",
        "[sc=grind] Me he comprado un molinillo y quiero recibir el café en grano a partir de ahora. Cambiadlo en la suscripción, por favor.",
        "[plan=Classique;new_plan=Découverte] La {plan} es demasiado para mí sol{o}. ¿Qué opción más pequeña tenéis?",
        "[sc=grind] ¿Podéis cambiar la molienda de mi caja a «cafetera italiana»? He cambiado de cafetera.",
    ],
    "replies": {
        "default": [
            "Hecho: su suscripción pasa de {plan} a {new_plan} ({new_plan_price} al mes). El cambio se aplica a partir de la próxima caja, la del {renewal}, con el cobro el {next_charge}. Puede cambiar de plan usted mism{o} cuando quiera en Mi cuenta > Suscripción > «Cambiar de plan».",
        ],
        "grind": [
            "Cambiado: a partir de la caja del {renewal} su café llegará con la nueva molienda. Puede modificar este ajuste en cualquier momento en Mi cuenta > Suscripción > «Preferencias de café», hasta el {next_charge}.",
        ],
    },
}

I["subscription.renewal_charge"] = {
    "subjects": ["Cobro inesperado", "¿Por qué me habéis cobrado?", "Cobro de la suscripción", "Me cobrasteis después de cancelar"],
    "msgs": [
        "Me habéis cobrado {amount} el {last_charge} y yo creía que había cancelado. ¿Me lo explicáis?",
        "[sc=why] ¿Por qué un cargo de {amount}? Este mes no he pedido nada.",
        "No sabía que la suscripción se renovaba sola. Me han cobrado {amount} y no quiero esta caja. Todavía no ha llegado.",
        "CANCELÉ LA SUSCRIPCIÓN Y AUN ASÍ ME COBRASTEIS {amount}.",
        "[sc=shipped] Se me olvidó pausar y la caja {plan} llegó ayer. No la quiero, ¿me devolvéis el dinero?",
    ],
    "replies": {
        "default": [
            "El cobro de {amount} del {last_charge} corresponde a la renovación de su caja {plan}: el pago se hace 3 días antes de la fecha de renovación (el día 1 de cada mes). Como la caja aún no se había enviado, la he anulado y le he reembolsado los {amount}, que volverán a su método de pago en 5 a 7 días hábiles. Su suscripción queda cancelada.",
            "Entiendo la sorpresa. Su cancelación se registró antes de la fecha de renovación, así que ese cobro no debía mantenerse. Lo he reembolsado (ref. {ref}); aparecerá en 5 a 7 días hábiles y la caja no se enviará.",
        ],
        "why": [
            "Este cargo de {amount} es la renovación mensual de su suscripción {plan}. Las suscripciones se renuevan el día 1 de cada mes y el pago se cobra 3 días antes (en su caso, el {last_charge}) para poder tostar su café a tiempo; en el extracto aparece como «KAFFEO LYON». Su caja se envía los primeros días del mes. Si prefiere saltar o pausar una próxima caja, puede hacerlo en Mi cuenta > Suscripción antes del siguiente cobro, el {next_charge}.",
        ],
        "shipped": [
            "Como la caja ya se entregó, no puedo anular el cobro directamente, pero puede devolverla si no está abierta: le he enviado por correo una etiqueta de devolución prepagada. En cuanto llegue a Lyon, le reembolsamos {amount} en 5 a 7 días hábiles. También he pausado su suscripción el mes que viene.",
        ],
    },
}

I["order.tracking"] = {
    "subjects": ["¿Dónde está mi pedido?", "Seguimiento del pedido {order}", "No me ha llegado el paquete", "Retraso en la entrega",
                 "El pedido no llega", "El seguimiento no se actualiza"],
    "msgs": [
        "Hice el pedido el {date} y todavía no me ha llegado nada. ¿Me decís dónde está el paquete?",
        "[sc=stuck] El seguimiento de {carrier} no se mueve desde hace 4 días, pone «en tránsito». ¿Es normal?",
        "[sc=none] Nunca recibí el correo con el número de seguimiento del pedido {order}. ¿Ha salido?",
        "[sc=late] Llevo {days} días esperando el pedido. En la web ponéis de 3 a 6 días a España.",
        "¿Cuándo llegará el pedido {order}? Lo necesito antes del sábado, es un regalo de cumpleaños.",
        "[sc=stuck] El paquete lleva desde el lunes «retenido en el centro de distribución». ¿Llegará algún día??",
        "donde esta mi pedido",
        "[sc=late] SIGO SIN RECIBIR NADA. PEDIDO DEL {date}. ES INDIGNANTE.",
        "[sc=delivered] Según el seguimiento está entregado, pero no hay nada en el buzón ni en la portería. ¿Podéis comprobar dónde lo dejaron?",
    ],
    "replies": {
        "default": [
            "Su pedido {order} salió el {ship_date} con {carrier}. Número de seguimiento: {tracking}\nSeguimiento online: {tracking_url}\n\nEl paquete está en reparto y la entrega está prevista para el {eta}. Le recuerdo que nuestros plazos son {delivery} desde el envío.",
            "Lo he comprobado: el paquete salió de nuestro almacén de Lyon el {ship_date} ({carrier}, seguimiento {tracking}). Según el transportista, llegará el {eta}. Puede seguirlo aquí: {tracking_url}",
        ],
        "late": [
            "Siento mucho el retraso. Su pedido {order} se entregó a {carrier} el {ship_date}, pero se quedó parado en el centro de distribución. Ya vuelve a moverse y la entrega está prevista para el {eta} ({tracking_url}). Si para entonces no ha llegado, avíseme y le enviaremos un pedido nuevo sin coste.",
        ],
        "stuck": [
            "Efectivamente, su paquete lleva varios días parado en el centro de {carrier}. He abierto una reclamación con el transportista. Si no se mueve en 48 horas, le reenviaremos el pedido {order} gratis sin esperar al resultado de la investigación.",
        ],
        "delivered": [
            "Según {carrier}, el paquete {tracking} figura como entregado el {delivered_date}, pero el repartidor no indicó dónde lo dejó. ¿Puede preguntar a sus vecinos y en la portería hasta mañana? Mientras tanto he abierto una investigación con el transportista; si el paquete no aparece en 48 horas, le reenviaremos el pedido {order} gratis.",
        ],
        "none": [
            "Parece que el correo de envío no le llegó, disculpe. Su pedido {order} salió el {ship_date} con {carrier}.\nNúmero de seguimiento: {tracking}\nEnlace: {tracking_url}\n\nEntrega prevista: {eta}. Revise también la carpeta de spam, a veces nuestros correos acaban ahí.",
        ],
    },
}

I["order.cancel"] = {
    "subjects": ["Cancelar pedido", "Anular pedido {order}", "Pedido por error", "Cancelación del pedido"],
    "msgs": [
        "Acabo de hacer el pedido {order} y me he equivocado de producto. ¿Podéis cancelarlo antes de que salga?",
        "He pedido dos veces lo mismo sin querer ({order} y {order2}). ¿Podéis anular uno?",
        "[sc=shipped] Quiero cancelar el pedido pero ya me ha llegado el correo de envío. ¿Todavía se puede?",
        "anular pedido {order} por favor, fue un error",
    ],
    "replies": {
        "default": [
            "Su pedido {order} aún no se había preparado, así que lo he cancelado. El reembolso de {amount} ya está en marcha y llegará a su método de pago original en 5 a 7 días hábiles. Recibirá un correo de confirmación de la cancelación.",
        ],
        "shipped": [
            "Lamentablemente el pedido {order} ya se entregó a {carrier} el {ship_date} y no puedo cancelarlo. Puede rechazar el paquete en la entrega (nos vuelve automáticamente) o recibirlo y devolverlo en 30 días con la etiqueta prepagada que le enviaré. En ambos casos, reembolsamos al recibirlo, en 5 a 7 días hábiles, siempre que el café esté sin abrir.",
        ],
    },
}

I["order.change_address"] = {
    "subjects": ["Cambiar dirección de entrega", "Dirección equivocada", "Modificar dirección pedido {order}"],
    "msgs": [
        "Me he equivocado de dirección en el pedido {order}. La correcta es: {street}, {postcode} {city}. ¡Gracias!",
        "[sc=shipped] El paquete ya ha salido, pero preferiría recibirlo en el trabajo. ¿Se puede?",
        "Falta el piso y la puerta en mi dirección: 3º B. Si no, el repartidor no me va a encontrar.",
    ],
    "replies": {
        "default": [
            "Sin problema, el pedido {order} aún no se había enviado, así que he actualizado la dirección. Sale hoy y recibirá el seguimiento de {carrier} por correo. No olvide cambiar también su dirección predeterminada en Mi cuenta > Direcciones.",
        ],
        "shipped": [
            "El paquete ya está en manos de {carrier}, así que no puedo cambiar la dirección desde aquí. He solicitado una redirección al transportista y usted también puede elegir otra opción de entrega desde el enlace de seguimiento: {tracking_url}. Si el paquete nos vuelve, se lo reenviamos gratis a la dirección correcta.",
        ],
    },
}

I["order.damaged"] = {
    "subjects": ["Paquete dañado", "Producto roto", "Bolsa rota en el envío", "La cafetera llegó dañada"],
    "msgs": [
        "El paquete llegó aplastado y una de las bolsas de café se ha roto, hay café por todas partes. Adjunto foto.",
        "[cat=machine;sc=machine] La {item} que recibí hoy tiene el depósito de agua agrietado. La caja también venía golpeada. Adjunto fotos.",
        "[cat=caps] La caja de {item} llegó aplastada y muchas cápsulas están perforadas. ¿Qué hago?",
        "PAQUETE DESTROZADO. CAFÉ POR TODAS PARTES. ADJUNTO FOTO. QUIERO UN REENVÍO.",
        "[sc=unsafe] La bolsa de {coffee} llegó abierta (la válvula está arrancada). ¿Se puede tomar?",
        "[cat=grinder] El {item} llegó con la tapa de la tolva partida. Foto adjunta. Qué pena, era un regalo.",
    ],
    "replies": {
        "default": [
            "Gracias por la foto y siento mucho que llegara así. Le envío hoy mismo, sin coste, los artículos dañados; recibirá el seguimiento de {carrier} por correo (entrega {delivery}). No hace falta que nos devuelva lo dañado.",
            "Hemos recibido sus fotos. Hoy sale un reemplazo completo sin coste y he comunicado la incidencia a {carrier}. Si prefiere el reembolso en lugar del reenvío, dígamelo sin problema.",
        ],
        "machine": [
            "¡Qué rabia! Le envío una {item} nueva; sale mañana por la mañana. El repartidor recogerá la dañada en el momento de la entrega, basta con meterla en su caja. Sin ningún coste para usted.",
        ],
        "unsafe": [
            "Por precaución, no consuma café de una bolsa abierta o húmeda. Para la reclamación al transportista nos basta una foto del producto (responda a este correo con ella); el reemplazo ya se está preparando de todas formas y saldrá en 24 horas, gratis.",
        ],
    },
}

I["order.wrong_item"] = {
    "subjects": ["Artículo equivocado", "Me ha llegado otro producto", "No es lo que pedí", "Error en el pedido {order}"],
    "msgs": [
        "Pedí {coffee} en grano y me ha llegado molido. No tengo molinillo, no me sirve.",
        "[cat=caps] En vez de las {item} me han llegado cápsulas Ristretto. ¿Me mandáis las buenas?",
        "[sc=gift;prio=urgent] ¡¡Es para un regalo mañana por la noche y me habéis enviado el estuche equivocado!! ¿Se puede hacer algo urgente?",
        "Me ha llegado un café que no es el mío, hasta viene el albarán de otra persona dentro.",
    ],
    "replies": {
        "default": [
            "Disculpe, ha sido un error de preparación nuestro. Le envío hoy el artículo correcto sin coste (entrega {delivery}). Puede quedarse con el artículo que le llegó por error, ¡o regalárselo a alguien!",
            "Gracias por avisarnos. El producto correcto sale hoy con {carrier}. Para el artículo equivocado le he enviado una etiqueta de devolución prepagada; solo tiene que dejarlo en un punto de recogida, sin coste.",
        ],
        "gift": [
            "Lo siento muchísimo. He enviado hoy mismo el estuche correcto por envío urgente, con entrega mañana antes de las 14:00 (le llegará el seguimiento por correo). Puede quedarse con el que recibió por error. ¡Espero que la sorpresa salga bien!",
        ],
    },
}

I["order.missing_item"] = {
    "subjects": ["Falta un artículo", "Pedido incompleto", "Me falta un producto del pedido {order}"],
    "msgs": [
        "He recibido el pedido {order} pero falta la bolsa de {coffee}. Lo demás está todo.",
        "[cat=caps] Pedí {qty} cajas de cápsulas y solo ha llegado una parte. La caja no estaba dañada.",
        "[sc=backorder] ¡El pedido ha llegado sin el molinillo! Solo el café. ¿Es normal?",
        "Mi caja {plan} llegó con una sola bolsa en vez de dos.",
    ],
    "replies": {
        "default": [
            "Disculpe el olvido. Lo he comprobado: el artículo no se incluyó al preparar el pedido. Se lo envío hoy, sin coste, con {carrier} (entrega {delivery}); le llegará el número de seguimiento por correo.",
            "Gracias por avisar. El peso registrado del paquete confirma que faltaba un artículo, así que hoy sale un envío complementario gratis. Si prefiere el reembolso del artículo, dígamelo.",
        ],
        "backorder": [
            "No se preocupe: su pedido se envió en dos paquetes porque el molinillo estaba en reposición. Salió el {ship_date} con {carrier}, seguimiento {tracking} ({tracking_url}), entrega prevista el {eta}.",
        ],
    },
}

I["returns.return_request"] = {
    "subjects": ["Devolución", "Solicitud de devolución", "¿Cómo devuelvo un producto?", "Etiqueta de devolución"],
    "msgs": [
        "Quiero devolver una bolsa de {coffee} sin abrir, no es lo que buscaba. ¿Cómo lo hago?",
        "[cat=machine] La {item} me llegó hace 10 días pero es demasiado grande para mi cocina. Está en su embalaje original. ¿Puedo devolverla?",
        "[sc=opened] Abrí el {coffee} y no me gusta nada, demasiado ácido. ¿Lo puedo devolver?",
        "¿Cómo consigo una etiqueta de devolución? Quiero devolver el pedido {order}.",
        "¿Cuánto tiempo tengo para devolver algo? El pedido llegó hace 3 semanas.",
    ],
    "replies": {
        "default": [
            "¡Claro! Aceptamos devoluciones en los 30 días siguientes a la recepción, para café sin abrir y para equipos en su embalaje original. Le he enviado por correo una etiqueta de devolución prepagada: imprímala, péguela en el paquete y déjelo en una oficina o punto de recogida. El reembolso se hace a su método de pago original en 5 a 7 días hábiles desde que recibimos el paquete.",
            "Sin problema. Está dentro del plazo de 30 días y la etiqueta prepagada se acaba de enviar a {email}. En cuanto el paquete llegue a nuestro almacén de Lyon, le reembolsaremos {amount} en 5 a 7 días hábiles.",
        ],
        "opened": [
            "Por motivos de higiene solo podemos aceptar café sin abrir. Pero no quiero que se quede con mal sabor de boca: le he añadido un vale de 10 € en su cuenta para el próximo pedido. Si le gustan los cafés más suaves, el Moka Blend o el Brazil Santos le encajarán mejor.",
        ],
    },
}

I["returns.exchange"] = {
    "subjects": ["Cambio de producto", "Cambiar mi café", "Solicitud de cambio", "Cambio de molienda"],
    "msgs": [
        "Me equivoqué de molienda: pedí «espresso» en vez de «filtro». Las bolsas están sin abrir. ¿Las puedo cambiar?",
        "[cat=grinder] Quiero cambiar el {item} negro por el de acero inoxidable. Pago la diferencia si la hay.",
        "[sc=defect;cat=machine] Mi {item} gotea por debajo desde el primer uso. Quiero cambiarla por una nueva.",
        "Cambio por favor: {coffee} 1 kg en grano por lo mismo molido. Sin abrir.",
    ],
    "replies": {
        "default": [
            "Con mucho gusto. Le he enviado una etiqueta de devolución prepagada; el artículo nuevo saldrá en cuanto el transportista escanee su paquete, sin esperar a que llegue a Lyon. El cambio es gratuito siempre que el producto esté sin abrir y dentro de los 30 días.",
        ],
        "defect": [
            "Una fuga desde el primer uso no es normal: su cafetera está en garantía y se la cambiamos. Hoy sale una {item} nueva y el repartidor recogerá la antigua en la entrega. Sin coste para usted.",
        ],
    },
}

I["account.login"] = {
    "subjects": ["No puedo iniciar sesión", "Problema para entrar en mi cuenta", "Cuenta bloqueada", "Error de acceso"],
    "msgs": [
        "No puedo entrar en mi cuenta, me dice «credenciales incorrectas» y estoy segur{o} de que la contraseña está bien.",
        "[sc=lockout;prio=high] Mi cuenta se ha bloqueado después de varios intentos. ¿Cómo la desbloqueo? Tengo que cambiar la caja antes de mañana.",
        "[sc=hacked;prio=urgent] ¡Alguien ha entrado en mi cuenta y ha cambiado la dirección de entrega! Yo no he sido y ahora no puedo entrar. AYUDA.",
        "no puedo entrar con {email}, dice que la cuenta no existe",
    ],
    "replies": {
        "default": [
            "He revisado su cuenta ({email}) y está activa. Lo más rápido es pulsar «¿Has olvidado tu contraseña?» en la página de acceso: recibirá un enlace válido durante 1 hora. Si antes entraba con Apple o Google, use ese botón en lugar del correo y la contraseña.",
            "El problema eran dos cuentas creadas con dos correos distintos. He unido el historial en su cuenta principal {email}; ahí tiene todos sus pedidos y su suscripción.",
        ],
        "lockout": [
            "Su cuenta se bloqueó tras 5 intentos fallidos, por seguridad. Acabo de desbloquearla. Le recomiendo restablecer la contraseña con «¿Has olvidado tu contraseña?» (el enlace dura 1 hora) y luego modificar su caja antes del cobro del {next_charge}.",
        ],
        "hacked": [
            "Gracias por avisarnos tan rápido. He bloqueado su cuenta de inmediato, he cerrado todas las sesiones y he deshecho el cambio de dirección; no se ha realizado ningún pedido. Recibirá en {email} un enlace para restablecer la contraseña (válido 1 hora). Elija una contraseña que no use en ningún otro sitio.",
        ],
    },
}

I["account.password_reset"] = {
    "subjects": ["He olvidado mi contraseña", "Restablecer contraseña", "El enlace no funciona", "No llega el correo de contraseña"],
    "msgs": [
        "He pedido restablecer la contraseña pero no me llega ningún correo.",
        "[sc=expired] El enlace para cambiar la contraseña dice «enlace caducado». Me llegó anoche.",
        "olvide la contraseña y el correo no llega (ya mire en spam)",
        "[sc=how] ¿Cómo cambio la contraseña? No me acuerdo de ella.",
    ],
    "replies": {
        "default": [
            "Le acabo de reenviar el correo para restablecer la contraseña a {email}. Suele llegar en menos de 5 minutos; revise también spam y promociones. El enlace es válido durante 1 hora; después basta con pedir otro.",
            "El correo de su cuenta tenía una errata, por eso no le llegaba. Lo he corregido y le he enviado un enlace nuevo, válido durante 1 hora.",
        ],
        "how": [
            "Puede cambiar su contraseña cuando quiera en Mi cuenta > Seguridad > «Cambiar contraseña». Si no la recuerda, cierre sesión y pulse «¿Has olvidado tu contraseña?» en la página de acceso: recibirá un enlace válido durante 1 hora.",
        ],
        "expired": [
            "Por seguridad, los enlaces de restablecimiento son válidos durante 1 hora, de ahí el mensaje «enlace caducado». Le acabo de enviar uno nuevo: ábralo en el navegador durante la próxima hora.",
        ],
    },
}

I["account.delete_data"] = {
    "subjects": ["Eliminar mi cuenta", "RGPD: supresión de datos", "Borrar mis datos personales", "Derecho de supresión"],
    "msgs": [
        "En virtud del RGPD, solicito la supresión de mi cuenta y de todos mis datos personales.",
        "Quiero borrar mi cuenta de Kaffeo. Avisadme cuando esté hecho.",
        "Tengo una suscripción activa pero quiero eliminarlo todo: la suscripción y la cuenta.",
        "Ya no uso vuestro servicio. Borrad mis datos y sacadme de la newsletter, por favor.",
    ],
    "replies": [
        "Su solicitud de supresión está registrada. Conforme al RGPD, su cuenta y sus datos personales se eliminarán en un plazo máximo de 30 días y recibirá un correo de confirmación. Solo conservamos las facturas durante el tiempo que exige la ley. Desde hoy ya no recibirá la newsletter.",
        "Anotado. Primero he cancelado su suscripción (sin más cobros) y después he pasado la solicitud de supresión a nuestra responsable de protección de datos: la cuenta se eliminará en un plazo de 30 días. Si antes quiere una copia de sus datos, responda a este correo.",
    ],
}

I["account.update_details"] = {
    "subjects": ["Cambiar mi correo", "Actualizar mis datos", "Cambio de teléfono", "Cambiar dirección de la cuenta"],
    "msgs": [
        "[sc=email] Quiero cambiar el correo de mi cuenta a {email}. El antiguo ya no funciona.",
        "[sc=address] Nos hemos mudado, actualizad la dirección para las próximas cajas: {street}, {postcode} {city}.",
        "¿Cómo cambio mi número de teléfono? El repartidor no me localiza. El nuevo es {phone}.",
        "No quiero recibir más SMS, solo correos. ¿Dónde se cambia?",
    ],
    "replies": {
        "default": [
            "Ya está actualizado en su cuenta. Para su información, puede cambiar sus datos (nombre, teléfono, notificaciones) cuando quiera en Mi cuenta > Mis datos.",
        ],
        "email": [
            "He cambiado el correo de su cuenta a {email}. Le acabamos de enviar allí un correo de verificación: haga clic en el enlace para confirmarlo. A partir de ahora entrará con esa dirección y la misma contraseña.",
        ],
        "address": [
            "Anotado: su nueva dirección ({street}, {postcode} {city}) es ahora la predeterminada de su cuenta y su suscripción. La caja del {renewal} ya irá allí. Puede gestionar sus direcciones en Mi cuenta > Direcciones.",
        ],
    },
}

I["product.question"] = {
    "subjects": ["Pregunta sobre un café", "Consejo de molienda", "Duda sobre un producto", "¿Cápsulas compatibles?",
                 "Descalcificar la Barista One"],
    "msgs": [
        "[sc=grind] ¿Qué molienda elijo para una cafetera italiana? No quiero equivocarme.",
        "[sc=decaf] ¿Cómo descafeinan el Decaf Colombia? ¿Con disolventes? Estoy embarazada y prefiero asegurarme.",
        "[sc=machine_compat] ¿Vuestras cápsulas valen para una Nespresso Vertuo?",
        "[sc=descale;cat=machine] ¿Cada cuánto hay que descalcificar la {item}? La luz parpadea desde esta mañana.",
        "[sc=gift_sub] ¿Se puede regalar una suscripción de 3 meses? Es para mi madre.",
        "[sc=storage] ¿Se puede congelar el café? He comprado mucho en las rebajas.",
    ],
    "replies": {
        "default": ["¡Gracias por su pregunta! En nuestra guía de preparación encontrará todos los métodos; díganos qué equipo usa y le aconsejaremos mejor."],
        "grind": [
            "Para cafetera italiana elija la molienda «Moka»: más fina que la de filtro pero menos que la de espresso. Para prensa francesa, en cambio, mejor una molienda gruesa. Puede elegir la molienda en cada ficha de producto y en las preferencias de su suscripción.",
        ],
        "decaf": [
            "Nuestro Decaf Colombia se descafeína con el proceso natural Swiss Water, sin disolventes químicos. Contiene menos de un 0,1 % de cafeína, unos 2-3 mg por taza frente a 80-100 mg de un café normal. Ante cualquier duda médica, su médico o matrona es la mejor referencia.",
        ],
        "machine_compat": [
            "Nuestras cápsulas son compatibles con las máquinas Nespresso® Original (Inissia, Pixie, Essenza, CitiZ…), pero no con la gama Vertuo, que usa otro formato con código de barras. Si tiene una Vertuo, le recomendamos nuestro café en grano o molido.",
        ],
        "descale": [
            "Cuando la luz parpadea, la {item} pide descalcificación: aproximadamente cada 4-6 semanas según la dureza del agua. Use nuestro descalcificador (o uno líquido para máquinas de espresso), inicie el programa manteniendo pulsado el botón de vapor 5 segundos y aclare después con dos depósitos de agua limpia. La guía completa está en el manual, capítulo 7.",
        ],
        "gift_sub": [
            "¡Sí! Tenemos suscripciones regalo de 3, 6 o 12 meses, que se pagan de una vez y no se renuevan automáticamente. Usted elige el plan, la fecha de la primera caja y puede añadir un mensaje personal. Lo encontrará en la sección «Regalar» de la web.",
        ],
        "storage": [
            "Sí, el congelador es la mejor opción para guardarlo mucho tiempo: repártalo en porciones pequeñas y herméticas (una semana cada una), no lo vuelva a congelar y deje que la bolsa llegue a temperatura ambiente antes de abrirla para evitar la condensación. La nevera, en cambio, mejor evitarla.",
        ],
    },
}

I["technical.app_bug"] = {
    "subjects": ["La app se cierra sola", "Error en la app", "Problema con la app de Kaffeo", "La app no abre"],
    "msgs": [
        "[sc=crash] La app se cierra en cuanto abro la pestaña «Mi suscripción». {device}, versión {app_version}.",
        "[sc=crash] Desde la última actualización la app se queda colgada en la pantalla de carga con el logo.",
        "[sc=notif] Me llega la misma notificación «Tu caja está en camino» cinco veces cada vez. Muy pesado.",
        "En la app no aparecen mis pedidos anteriores, la lista sale vacía, pero en la web están todos.",
        "El botón «Añadir a la cesta» no hace nada en la app de Android.",
    ],
    "replies": {
        "default": [
            "Gracias por el aviso tan detallado. Es un fallo conocido de la versión {app_version} y está corregido en la próxima actualización, prevista para los próximos días. Mientras tanto, tiene todo disponible en la web: kaffeo.example > Mi cuenta. ¡Disculpe las molestias!",
            "He pasado el problema a nuestro equipo de móvil con los datos de su dispositivo ({device}, {os}). Hasta que salga la corrección, lo que suele funcionar es cerrar sesión, borrar la app y volver a instalarla desde la tienda.",
        ],
        "crash": [
            "Hemos encontrado el informe de error de su {device}: el problema viene de la versión {app_version} y afecta a algunos dispositivos. La actualización que lo corrige está en revisión en las tiendas. Mientras tanto, puede gestionar su suscripción y sus pagos desde la web.",
        ],
        "notif": [
            "Es un fallo nuestro: las notificaciones se enviaban a cada dispositivo conectado a la cuenta, a veces varias veces. Ayer se publicó la corrección. Si sigue pasando, vaya a Ajustes > Notificaciones en la app y desactive y vuelva a activar «Seguimiento de la caja».",
        ],
    },
}

I["promo.discount_code"] = {
    "subjects": ["El código promocional no funciona", "Código de descuento", "No se aplicó el descuento", "Código {code} no válido"],
    "msgs": [
        "El código {code} no funciona, dice «código no válido». Me llegó en vuestra newsletter.",
        "[sc=expired] He intentado usar {code} pero dice que ha caducado, ¡y la newsletter es de la semana pasada!",
        "[sc=stack] Quería usar mi código de amigo y {code} a la vez, pero la web solo acepta uno. ¿Es así?",
        "[sc=forgot] Se me olvidó poner el código {code} en el pedido {order}. ¿Me podéis aplicar el descuento ahora?",
    ],
    "replies": {
        "default": [
            "He comprobado el código {code}: es válido, pero solo se aplica a pedidos sueltos de café (no a máquinas ni suscripciones), de ahí el mensaje. Le he aplicado el descuento manualmente y la diferencia se le reembolsará en 5 a 7 días hábiles.",
        ],
        "expired": [
            "El código {code} era válido hasta el domingo a medianoche, de ahí el mensaje. Como la newsletter llegó tarde a algunos clientes, le he creado un código personal equivalente, válido 7 días: KF-GRACIAS-{last4}. Como siempre, un código por pedido.",
        ],
        "stack": [
            "Sí, es así: solo se puede usar un código promocional por pedido y los códigos no son acumulables. Su código de amigo sigue siendo válido para un próximo pedido.",
        ],
        "forgot": [
            "Sin problema: he aplicado el descuento del código {code} a su pedido {order}. La diferencia se reembolsa a su método de pago original en 5 a 7 días hábiles. Le recuerdo que se admite un código por pedido.",
        ],
    },
}

I["feedback.complaint"] = {
    "subjects": ["Muy decepcionada", "Queja", "No estoy contento", "La calidad ha bajado"],
    "msgs": [
        "[sc=taste] Las dos últimas bolsas de {coffee} sabían a quemado, nada que ver con lo de siempre. ¿Ha bajado la calidad?",
        "[sc=service] Escribí tres veces a atención al cliente la semana pasada y nadie me contestó. Así no.",
        "[sc=packaging] ¿Por qué tanto plástico en los paquetes? Para una marca que habla de sostenibilidad, decepciona.",
        "[sc=delivery] Tercera entrega con retraso seguida. Pago una suscripción y espero un mínimo de regularidad.",
    ],
    "replies": {
        "default": ["Gracias por su opinión sincera. La he trasladado al equipo correspondiente y, como disculpa, le he añadido un vale de 10 € en su cuenta."],
        "taste": [
            "Gracias por decírnoslo. Hace poco cambiamos a un nuevo lote de {coffee} (nueva cosecha) y el tueste salió algo más oscuro. Su comentario ya lo tiene nuestro tostador, que lo ajustará en la próxima tanda. Mientras tanto, le envío gratis una bolsa de otro lote.",
        ],
        "service": [
            "Tiene toda la razón y le pido disculpas: tuvimos un pico de mensajes y algunos se quedaron sin respuesta demasiado tiempo. Me encargo personalmente de su caso y le he añadido un vale de 10 € en su cuenta.",
        ],
        "packaging": [
            "Es una observación muy justa. Desde esta primavera estamos sustituyendo el relleno de plástico por papel kraft reciclado; algunos paquetes todavía salen con el material antiguo, que se agotará a final de mes.",
        ],
        "delivery": [
            "Tres retrasos seguidos no es aceptable, estoy de acuerdo. Lo he escalado a nuestro responsable de logística, que está hablando con {carrier} sobre su zona. Su próximo pedido va con envío gratuito.",
        ],
    },
}

I["other.non_actionable"] = {
    "subjects": {
        "spam": ["Posicionamiento SEO para kaffeo.example", "Aumente sus ventas", "Propuesta de colaboración", "Su tienda online"],
        "auto": ["Respuesta automática: fuera de la oficina", "Fuera de la oficina", "Respuesta automática"],
        "thanks": ["¡Gracias!", "RE: tu pedido", "Solucionado", "Muchas gracias"],
        "default": ["Gracias"],
    },
    "msgs": [
        "[sc=spam] Buenos días:\n\nHe analizado su web kaffeo.example y he detectado varios errores que afectan a su posicionamiento en Google. Le ofrezco una auditoría gratuita y un plan para triplicar su tráfico. ¿Tiene 10 minutos esta semana para una llamada?\n\nUn saludo,\nAlejandro – Marketing Digital",
        "[sc=spam] Hola, somos una agencia de influencers gastronómicos con más de 500 creadores. Nos encantaría trabajar con Kaffeo. ¿Con quién puedo hablar?",
        "[sc=auto] Gracias por su mensaje. Estaré fuera de la oficina hasta el {renewal} sin acceso al correo. Para asuntos urgentes, llame al {phone}.\n\n{first} {last}",
        "[sc=auto] Esta es una respuesta automática. Estoy de vacaciones y responderé a su mensaje a mi regreso.",
        "[sc=thanks] Gracias por la respuesta, ya está todo solucionado. ¡Buen día!",
        "[sc=thanks] Al final el paquete llegó, podéis cerrar la consulta. ¡Gracias!",
        "[sc=thanks] Solo quería deciros que el reemplazo llegó esta mañana, perfecto. ¡Gracias a todo el equipo!",
    ],
    "replies": {
        "default": ["¡Gracias por su mensaje, que tenga un buen día!\n\n{agent}"],
        "spam": ["Gracias por su mensaje, pero no estamos interesados. Por favor, elimínennos de su lista de contactos.",
                 "Gracias, pero no vamos a seguir adelante."],
        "auto": ["Respuesta automática recibida; no hace falta hacer nada más. ¡Buen día!"],
        "thanks": ["¡Gracias por avisarnos, nos alegra que esté todo solucionado! Que disfrute del café.",
                   "Estupendo, gracias por contárnoslo. Cierro la consulta."],
    },
}

INTENTS = I

# Phrase-level paraphrases applied at random to customer messages (pattern, alternatives).
PARAPHRASES = [
    ("¿Podéis", ["¿Podríais", "¿Me podéis", "¿Pueden"]),
    ("¿Me podéis", ["¿Podéis", "¿Me podríais"]),
    ("Quiero", ["Quisiera", "Me gustaría", "Necesito"]),
    ("¿Es normal?", ["¿Esto es normal?", "¿Es normal??", "¿Es normal esto?"]),
    ("por favor", ["porfa", "por favor", "x favor"]),
    ("todavía", ["aún", "todavía"]),
    ("Hola, ", ["Hola. ", "Hola! "]),
    ("¿Se puede", ["¿Es posible", "¿Se podría"]),
    ("cuanto antes", ["lo antes posible", "cuanto antes"]),
]


def months_txt(n):
    return "1 mes" if n == 1 else "%d meses" % n
