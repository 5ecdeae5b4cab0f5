#!/usr/bin/env python3
"""Generate the Deskhand demo knowledge base for the fictional coffee shop "Kaffeo".

Writes, next to this script:
  tickets.ndjson  - resolved Zendesk tickets in "bundle" format (ticket + comments)
  articles.json   - help-center articles in fr, en-us, de, es
  README.md       - description and count tables

Deterministic (fixed seed), Python 3 standard library only. All texts are hand-written
fragments in demo_data/; nothing is derived from any public dataset. License: CC0-1.0.

Usage: python3 eval/demo/generate_demo.py
"""
import datetime as dt
import html
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep eval/demo free of __pycache__

from demo_data import common as C  # noqa: E402
from demo_data import articles_data  # noqa: E402
from demo_data import lang_de, lang_en, lang_es, lang_fr  # noqa: E402

SEED = 20260105
LANGS = {"fr": lang_fr, "en": lang_en, "de": lang_de, "es": lang_es}
ARTICLE_LOCALES = [("fr", "fr"), ("en-us", "en"), ("de", "de"), ("es", "es")]
START = dt.datetime(2026, 1, 5, 7, 0, 0)
END = dt.datetime(2026, 10, 30, 19, 0, 0)
EXPORT_TIME = dt.datetime(2026, 11, 2, 9, 0, 0)
EMAIL_DOMAINS = ["mail.example", "post.example", "inbox.example", "webmail.example", "box.example",
                 "courriel.example", "correo.example", "netz.example"]

PREFIX_RE = re.compile(r"^\[([a-z_]+=[^\]]*)\]\s*")
FIELD_RE = re.compile(r"\{([a-z_0-9]+)\}")

SCENARIO_TAGS = {"late": "late_delivery", "stuck": "late_delivery", "skip": "skip", "hacked": "security",
                 "gift": "gift", "spam": "spam", "auto": "auto_reply", "thanks": "thanks",
                 "lockout": "locked_account", "vat": "vat", "expired": "expired_code",
                 "stack": "promo_stacking", "notif": "notifications", "crash": "crash",
                 "leak": "machine_defect", "noise": "grinder"}


# An apology intro is skipped when the reply itself opens with one.
SORRY_RE = re.compile(r"sorry|apolog|désolé|excuse|leid|entschuldig|siento|lamento|disculp|dommage|ärgerlich|rabia|shame", re.I)

# Intents whose resolution takes a few days (fits the "how long will it take?" follow-up).
LONG_Q_INTENTS = {"billing.refund", "billing.double_charge", "subscription.renewal_charge", "order.cancel",
                  "returns.return_request", "returns.exchange", "account.delete_data"}


INTENT_SCENARIO_TAGS = {("billing.payment_failed", "expired"): "card_expired",
                        ("account.password_reset", "expired"): "link_expired",
                        ("order.cancel", "shipped"): "already_shipped",
                        ("order.change_address", "shipped"): "already_shipped",
                        ("subscription.renewal_charge", "shipped"): "already_shipped",
                        ("order.tracking", "delivered"): "delivered_not_received",
                        ("billing.double_charge", "preauth"): "pre_authorisation"}


# ----------------------------------------------------------------- helpers
def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_template(t):
    """'[sc=late;prio=high] text' -> (text, {'sc': 'late', 'prio': 'high'})."""
    meta = {}
    m = PREFIX_RE.match(t)
    if m:
        for kv in m.group(1).split(";"):
            k, v = kv.split("=", 1)
            meta[k.strip()] = v.strip()
        t = t[m.end():]
    return t, meta


def fill(template, ctx):
    def rep(m):
        key = m.group(1)
        if key not in ctx:
            raise KeyError("unknown placeholder {%s} in: %s" % (key, template[:80]))
        return str(ctx[key])
    return FIELD_RE.sub(rep, template)


class Deck:
    """Draws items without replacement, reshuffling when exhausted (spreads templates evenly)."""

    def __init__(self, rng, items):
        self.rng = rng
        self.items = list(items)
        self.pool = []

    def draw(self, pred=None):
        if not self.items:
            raise ValueError("empty deck")
        for _ in range(2):
            if not self.pool:
                self.pool = list(range(len(self.items)))
                self.rng.shuffle(self.pool)
            for i, idx in enumerate(self.pool):
                if pred is None or pred(self.items[idx]):
                    self.pool.pop(i)
                    return self.items[idx]
            self.pool = []
        cands = [x for x in self.items if pred is None or pred(x)]
        return self.rng.choice(cands or self.items)


def strip_accents(text, lang):
    if lang == "de":
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
            text = text.replace(a, b)
        return text
    out = []
    for ch in text:
        if ch in "€£":
            out.append(ch)
            continue
        dec = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in dec if not unicodedata.combining(c)))
    return "".join(out).replace("¿", "").replace("¡", "")


def add_typos(text, rng, n):
    words = list(re.finditer(r"[A-Za-zÀ-ÿ]{5,}", text))
    if not words:
        return text
    chosen = sorted(rng.sample(words, min(n, len(words))), key=lambda m: m.start(), reverse=True)
    for m in chosen:
        w = m.group(0)
        if w[0].isupper() and rng.random() < 0.7:
            continue  # leave names and sentence starts mostly alone
        i = rng.randrange(1, len(w) - 2)
        op = rng.random()
        if op < 0.45:
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op < 0.8:
            w2 = w[:i] + w[i + 1:]
        else:
            w2 = w[:i] + w[i] + w[i:]
        text = text[:m.start()] + w2 + text[m.end():]
    return text


def to_html(text):
    paras = [p for p in text.split("\n\n") if p.strip()]
    return "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paras)


def business_hours(t, rng):
    """Push a timestamp into agent working hours (Mon-Sat 08-19 UTC)."""
    while t.weekday() == 6 or t.hour < 8 or t.hour >= 19:
        if t.hour >= 19 or t.weekday() == 6:
            t = (t + dt.timedelta(days=1)).replace(hour=8, minute=rng.randrange(0, 60), second=rng.randrange(60))
        else:
            t = t.replace(hour=8, minute=rng.randrange(0, 60), second=rng.randrange(60))
    return t


def weighted(rng, pairs):
    items, weights = zip(*pairs)
    return rng.choices(items, weights=weights, k=1)[0]


def money_gbp(eur):
    return round(eur * 0.85) - 0.10 if eur > 3 else round(eur * 0.85, 2)


# ------------------------------------------------------------ articles
def build_articles():
    arts = []
    urls = {}
    base = dt.datetime(2025, 9, 15, 10, 0, 0)
    rng = random.Random(SEED + 7)
    for ti, topic in enumerate(articles_data.TOPICS):
        for li, (locale, lang) in enumerate(ARTICLE_LOCALES):
            a = topic["locales"][lang]
            aid = 4400001 + ti * 4 + li
            created = base + dt.timedelta(days=ti * 3 + li, hours=rng.randrange(0, 8), minutes=rng.randrange(60))
            edited = created + dt.timedelta(days=rng.randrange(20, 200), hours=rng.randrange(0, 9))
            updated = edited + dt.timedelta(hours=rng.randrange(0, 48))
            body = "<p>%s</p>" % a["intro"]
            for h2, content in a["sections"]:
                body += "\n<h2>%s</h2>\n%s" % (h2, content)
            art = {
                "id": aid,
                "url": "https://kaffeo.zendesk.com/api/v2/help_center/%s/articles/%d.json" % (locale, aid),
                "html_url": "https://help.kaffeo.example/hc/%s/articles/%d-%s" % (locale, aid, a["slug"]),
                "title": a["title"],
                "name": a["title"],
                "body": body,
                "locale": locale,
                "source_locale": "fr",
                "section_id": topic["section_id"],
                "author_id": 5001,
                "draft": False,
                "promoted": False,
                "outdated": False,
                "label_names": topic["labels"][lang],
                "created_at": iso(created),
                "updated_at": iso(updated),
                "edited_at": iso(edited),
                "vote_sum": rng.randrange(-2, 40),
            }
            arts.append(art)
            urls[(topic["key"], lang)] = art["html_url"]
    return arts, urls


# ------------------------------------------------------------ tickets
class Gen:
    def __init__(self, article_urls):
        self.rng = random.Random(SEED)
        self.article_urls = article_urls
        self.decks = {}
        self.comment_id = 41000000000

    def deck(self, key, items):
        if key not in self.decks:
            self.decks[key] = Deck(random.Random("%d|%s" % (SEED, key)), items)
        return self.decks[key]

    def next_comment_id(self):
        self.comment_id += self.rng.randrange(3, 4000)
        return self.comment_id

    # -- plan of tickets: (intent, lang) pairs and sorted timestamps
    def plan(self):
        rng = self.rng
        pairs = []
        for intent, n in C.INTENT_COUNTS.items():
            w = dict(C.LANG_WEIGHTS)
            if intent == "other.non_actionable":
                w = {"fr": 0.33, "en": 0.35, "de": 0.16, "es": 0.16}
            jit = {k: v * rng.uniform(0.85, 1.15) for k, v in w.items()}
            tot = sum(jit.values())
            raw = {k: n * v / tot for k, v in jit.items()}
            q = {k: int(v) for k, v in raw.items()}
            rest = n - sum(q.values())
            for k in sorted(raw, key=lambda k: raw[k] - q[k], reverse=True)[:rest]:
                q[k] += 1
            for k, v in q.items():
                pairs += [(intent, k)] * v
        rng.shuffle(pairs)
        span = (END - START).total_seconds()
        times = []
        while len(times) < len(pairs):
            t = START + dt.timedelta(seconds=rng.uniform(0, span))
            if t.weekday() >= 5 and rng.random() < 0.45:
                continue
            if t.hour < 6 and rng.random() < 0.8:
                continue
            times.append(t.replace(microsecond=0))
        times.sort()
        return list(zip(pairs, times))

    # -- per-ticket variable context
    def context(self, L, lang, intent, created, item_cat, scenario="default", meta=None):
        meta = meta or {}
        rng = self.rng
        first, gender = rng.choice(L.FIRST_NAMES)
        last = rng.choice(L.LAST_NAMES)
        cc = weighted(rng, L.COUNTRIES)
        currency = "GBP" if cc == "GB" else "EUR"

        def money(v):
            return L.fmt_amount(money_gbp(v) if currency == "GBP" else v, currency)

        doy = created.timetuple().tm_yday
        if intent == "order.tracking":
            lo, hi = (7, 15) if scenario in ("late", "stuck") else (2, 7)
        elif intent in ("order.cancel", "order.change_address"):
            lo, hi = (0, 2)
        else:
            lo, hi = (2, 16)
        order_date = created - dt.timedelta(days=rng.randrange(lo, hi), hours=rng.randrange(0, 12))
        odoy = max(1, order_date.timetuple().tm_yday)
        order_no = "KF-2026-%05d" % (10000 + odoy * 150 + rng.randrange(0, 150))
        order2 = "KF-2026-%05d" % (10000 + max(1, odoy - rng.randrange(20, 60)) * 150 + rng.randrange(0, 150))

        # item
        cat = item_cat or weighted(rng, [("beans", 6), ("caps", 3), ("grinder", 1), ("machine", 1)])
        if cat == "beans":
            coffee = rng.choice(C.COFFEES)
            size, mult = rng.choice(C.BEAN_SIZES)
            item = "%s %s" % (coffee, size)
            price = round(C.BEAN_BASE[coffee] * mult, 1) - 0.1 + 0.1 * rng.randrange(0, 2)
            price = round(price * rng.choice([1, 1, 2, 3]), 2)
        elif cat == "caps":
            name, price = rng.choice(C.CAPSULES)
            coffee = rng.choice(C.COFFEES)
            item = L.caps_name(name)
            price = price * rng.choice([1, 2, 2, 3])
        elif cat == "grinder":
            item, price = rng.choice(C.GRINDERS)
            coffee = rng.choice(C.COFFEES)
        else:
            item, price = rng.choice(C.MACHINES)
            coffee = rng.choice(C.COFFEES)
        plan, plan_price = rng.choice(C.PLANS)
        if "plan" in meta:
            plan, plan_price = meta["plan"], dict(C.PLANS)[meta["plan"]]
        new_plan = meta.get("new_plan") or rng.choice([p for p, _ in C.PLANS if p != plan])
        if intent.startswith("subscription.") or (intent == "billing.payment_failed" and scenario != "order"):
            amount_v = plan_price
        else:
            amount_v = price + (0 if price > 40 or rng.random() < 0.5 else 4.90)
        # renewal / charge dates
        nm = (created.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        renewal = nm
        next_charge = renewal - dt.timedelta(days=3)
        this_first = created.replace(day=1, hour=0, minute=0, second=0)
        last_charge = this_first - dt.timedelta(days=3)
        if created >= this_first + dt.timedelta(days=28):
            last_charge = next_charge
        pause_months = rng.choice([1, 1, 2, 2, 3])
        resume = renewal
        for _ in range(pause_months):
            resume = (resume + dt.timedelta(days=32)).replace(day=1)
        if cc == "FR":
            carrier = "Colissimo"
            tracking = "6A%011d" % rng.randrange(10 ** 10, 10 ** 11)
            tracking_url = "https://www.laposte.fr/outils/suivre-vos-envois?code=" + tracking
        else:
            carrier = "DHL"
            tracking = "00340434%012d" % rng.randrange(10 ** 11, 10 ** 12)
            tracking_url = "https://www.dhl.com/%s-%s/home/tracking.html?tracking-id=%s" % (
                cc.lower(), {"fr": "fr", "en": "en", "de": "de", "es": "es"}[lang], tracking)
        ship_date = min(order_date + dt.timedelta(days=rng.randrange(1, 3)), created - dt.timedelta(hours=6))
        if intent in ("order.cancel", "order.change_address"):
            ship_date = created - dt.timedelta(hours=rng.randrange(2, 8))
        delivered_date = created - dt.timedelta(days=rng.randrange(1, 3))
        days = rng.randrange(4, 16)
        if intent == "order.tracking":
            days = max(2, (created - order_date).days)
        eta = business_hours(created + dt.timedelta(days=rng.randrange(1, 4)), rng)
        city, postcode = rng.choice(L.CITIES[cc])
        street = rng.choice(L.STREETS).format(n=rng.randrange(1, 140))
        first_ascii = strip_accents(first, "fr").lower().replace(" ", "")
        last_ascii = strip_accents(last, "fr").lower().replace(" ", "").replace("'", "")
        email = rng.choice(["{f}.{l}", "{f}{l}", "{f}_{l}{n}", "{fi}{l}", "{f}.{l}{n}"]).format(
            f=first_ascii, l=last_ascii, fi=first_ascii[0], n=rng.randrange(1, 99)) + "@" + rng.choice(EMAIL_DOMAINS)
        device, os_name = rng.choice([("iPhone 13", "iOS 18.6"), ("iPhone 15", "iOS 19.1"), ("iPhone SE", "iOS 18.3"),
                                      ("Samsung Galaxy S23", "Android 15"), ("Pixel 8", "Android 16"),
                                      ("Xiaomi Redmi Note 12", "Android 14"), ("iPad Air", "iPadOS 19.0")])
        refund_date = created - dt.timedelta(days=rng.randrange(2, 6))
        return {
            "first": first, "last": last, "gender": gender,
            "e": "e" if gender == "f" else "", "o": "a" if gender == "f" else "o",
            "cc": cc, "currency": currency, "email": email,
            "order": order_no, "order2": order2, "item": item, "cat": cat, "coffee": coffee,
            "amount": money(amount_v), "amount_v": amount_v, "amount2": money(amount_v * 2),
            "plan": plan, "plan_price": money(plan_price), "new_plan": new_plan,
            "new_plan_price": money(dict(C.PLANS)[new_plan]),
            "discovery_price": money(dict(C.PLANS)["Découverte"]),
            "date": L.fmt_date(order_date), "date_num": L.fmt_date_num(order_date),
            "ship_date": L.fmt_date(ship_date), "eta": L.fmt_date(eta),
            "refund_date": L.fmt_date(refund_date), "refund_date_iso": refund_date.strftime("%Y-%m-%d"),
            "days": days, "weeks": rng.randrange(2, 5), "delivered_date": L.fmt_date(delivered_date),
            "next_charge_iso": next_charge.strftime("%Y-%m-%d"),
            "renewal": L.fmt_date(renewal), "next_charge": L.fmt_date(next_charge),
            "last_charge": L.fmt_date(last_charge), "last_charge_iso": last_charge.strftime("%Y-%m-%d"),
            "resume_date": L.fmt_date(resume), "pause_months": pause_months, "pause_txt": L.months_txt(pause_months),
            "code": rng.choice(C.PROMO_CODES), "last4": "%04d" % rng.randrange(0, 10000),
            "last4_new": "%04d" % rng.randrange(0, 10000),
            "tracking": tracking, "tracking_url": tracking_url, "carrier": carrier,
            "delivery": L.delivery(cc), "city": city, "postcode": postcode, "street": street,
            "qty": rng.choice([2, 2, 3, 4, 6]), "ref": "RF-%05d" % rng.randrange(10000, 99999),
            "app_version": rng.choice(["4.11.2", "4.12.0", "4.12.1", "4.13.0", "5.0.1"]),
            "device": device, "os": os_name, "years": rng.choice([2, 2, 3, 4, 5]),
            "box_count": rng.randrange(3, 30), "phone": L.phone(rng),
        }

    # -- customer message
    def customer_message(self, L, lang, intent, ctx, channel, tpl, meta):
        rng = self.rng
        spec = L.INTENTS[intent]
        text = tpl
        if "{ask}" in text:
            asks = spec.get("asks") or [""]
            text = text.replace("{ask}", self.deck("ask|%s|%s" % (lang, intent), asks).draw())
        core = fill(text, ctx).strip()
        for pat, alts in getattr(L, "PARAPHRASES", []):
            if pat in core and rng.random() < 0.5:
                core = core.replace(pat, rng.choice(alts), 1)
        short = len(core) < 90
        na = intent == "other.non_actionable"
        paras = []
        opener = None
        starts_with_greeting = re.match(r"(bonjour|bonsoir|hello|hi\b|hey|hallo|guten|hola|buenos|buenas)", core.lower())
        if not na and not starts_with_greeting and rng.random() < (0.55 if channel == "mobile" else 0.8):
            opener = fill(self.deck("open|" + lang, L.OPENERS).draw(), ctx)
        if not na and not short and rng.random() < 0.22:
            paras.append(fill(self.deck("back|" + lang, L.BACKSTORY).draw(), ctx))
        paras.append(core)
        if (not na and intent in C.ORDER_RELATED and ctx["order"] not in core and rng.random() < 0.35):
            paras.append(fill(self.deck("det|" + lang, L.DETAIL_LINES).draw(), ctx))
        aside = False
        if not na and rng.random() < 0.13:
            a = self.deck("aside|" + lang, L.ASIDES).draw(lambda x: parse_template(x)[1].get("not") != intent)
            paras.append(fill(parse_template(a)[0], ctx))
            aside = True
        if not na and not short and rng.random() < 0.08:
            paras.append(fill(self.deck("ramble|" + lang, L.RAMBLES).draw(), ctx))
        closer = None
        if not na and rng.random() < (0.5 if channel == "mobile" else 0.75):
            closer = fill(self.deck("close|" + lang, L.CLOSERS).draw(), ctx)
        # layout
        if len(paras) > 1 and rng.random() < 0.35:
            body = " ".join(paras)
        else:
            body = "\n\n".join(paras)
        if opener:
            body = opener + ("\n\n" if rng.random() < 0.6 else "\n") + body
        if closer:
            body = body + ("\n\n" if rng.random() < 0.6 else "\n") + closer
        # tone / spelling transforms
        tone = []
        r = rng.random()
        if intent in C.ANGRY_OK and r < 0.09:
            body = body.upper()
            tone.append("caps")
        elif r < 0.13 and channel != "email":
            body = body.lower().rstrip(".!")
            tone.append("lower")
        if lang in ("fr", "es") and rng.random() < 0.15 or lang == "de" and rng.random() < 0.07:
            body = strip_accents(body, lang)
            tone.append("noaccent")
        if rng.random() < 0.14:
            body = add_typos(body, rng, rng.randrange(1, 4))
            tone.append("typos")
        return body, tone, aside, core

    def noise(self, L, lang, intent, ctx, body, created, subject):
        """Append email noise: quoted history, Outlook headers, signatures, mobile and legal footers."""
        rng = self.rng
        kinds = []
        r = rng.random()
        topic = C.INTENT_TOPIC.get(intent)
        if r < 0.36:
            kinds.append("quote")
            if rng.random() < 0.35:
                body += "\n\n" + rng.choice(L.MOBILE_SIGS)
                kinds.append("mobile")
            elif rng.random() < 0.3:
                body += "\n\n" + fill(rng.choice(L.SIGNATURES), ctx)
                kinds.append("signature")
            q = self.deck("quote|" + lang, L.QUOTED).draw(
                (lambda x: x[0] != topic) if rng.random() < 0.65 else None)
            qdate = created - dt.timedelta(days=rng.randrange(1, 40), hours=rng.randrange(0, 10),
                                           minutes=rng.randrange(60))
            qtext = fill(q[1], ctx)
            body += "\n\n" + L.reply_header(qdate) + "\n" + "\n".join(
                ("> " + ln) if ln else ">" for ln in qtext.split("\n"))
        elif r < 0.52:
            kinds.append("outlook")
            if rng.random() < 0.5:
                body += "\n\n" + fill(rng.choice(L.SIGNATURES), ctx)
                kinds.append("signature")
            q = self.deck("quote|" + lang, L.QUOTED).draw(
                (lambda x: x[0] != topic) if rng.random() < 0.65 else None)
            qdate = created - dt.timedelta(days=rng.randrange(1, 30), hours=rng.randrange(0, 10),
                                           minutes=rng.randrange(60))
            body += "\n\n" + L.outlook_header(qdate, ctx["email"], fill(q[2], ctx) if len(q) > 2 else subject) + "\n\n" + fill(q[1], ctx)
        elif r < 0.72:
            kinds.append("signature")
            body += "\n\n" + fill(rng.choice(L.SIGNATURES), ctx)
            if rng.random() < 0.45:
                body += "\n\n" + rng.choice(L.LEGAL_FOOTERS)
                kinds.append("legal")
        elif r < 0.88:
            kinds.append("mobile")
            body += "\n\n" + rng.choice(L.MOBILE_SIGS)
        else:
            kinds.append("legal")
            body += "\n\n" + rng.choice(L.LEGAL_FOOTERS)
        return body, kinds

    def agent_reply(self, L, lang, intent, ctx, scenario, agent_id):
        rng = self.rng
        spec = L.INTENTS[intent]
        replies = spec["replies"]
        if isinstance(replies, dict):
            opts = replies.get(scenario) or replies["default"]
            key = "rep|%s|%s|%s" % (lang, intent, scenario if scenario in replies else "default")
        else:
            opts = replies
            key = "rep|%s|%s" % (lang, intent)
        core = fill(self.deck(key, opts).draw(), ctx)
        if intent == "other.non_actionable" and scenario in ("spam", "auto"):
            greet = [g for g in L.AGENT_GREETINGS if "{" not in g][0]
        else:
            greet = self.deck("greet|" + lang, L.AGENT_GREETINGS).draw()
        parts = [fill(greet, ctx)]
        if intent != "other.non_actionable":
            if intent in C.NEGATIVE and rng.random() < 0.6 and not SORRY_RE.search(core.split(".")[0]):
                parts.append(fill(self.deck("sorry|" + lang, L.AGENT_SORRY).draw(), ctx))
            elif rng.random() < 0.45:
                parts.append(fill(self.deck("thx|" + lang, L.AGENT_THANKS).draw(), ctx))
        parts.append(core)
        topic = C.INTENT_TOPIC.get(intent)
        if intent == "product.question" and scenario in ("machine_compat", "stock", "gift_sub"):
            topic = None
        if topic and rng.random() < 0.35:
            parts.append(self.deck("art|" + lang, L.ARTICLE_LINES).draw().format(url=self.article_urls[(topic, lang)]))
        if intent != "other.non_actionable" and rng.random() < 0.3:
            parts.append(self.deck("more|" + lang, L.AGENT_MORE).draw())
        parts.append(fill(self.deck("sign|" + lang, L.AGENT_CLOSINGS).draw(), ctx))
        if len(parts) > 3 and rng.random() < 0.3:
            # sometimes merge greeting-less intro into the core paragraph
            parts[1:3] = [parts[1] + " " + parts[2]]
        return "\n\n".join(parts)

    def ticket(self, idx, intent, lang, created):
        rng = self.rng
        L = LANGS[lang]
        spec = L.INTENTS[intent]
        tpl_raw = self.deck("msg|%s|%s" % (lang, intent), spec["msgs"]).draw()
        tpl, meta = parse_template(tpl_raw)
        scenario = meta.get("sc", "default")
        ctx = self.context(L, lang, intent, created, meta.get("cat"), scenario, meta)
        agent_id = weighted(rng, C.AGENTS_BY_LANG[lang])
        agent_name, agent_gender = C.AGENTS[agent_id]
        ctx["agent"] = agent_name
        ctx["agent_e"] = "e" if agent_gender == "f" else ""
        ctx["agent_o"] = "a" if agent_gender == "f" else "o"

        if intent == "other.non_actionable":
            channel = "email" if scenario in ("spam", "auto") or rng.random() < 0.5 else "web"
        else:
            channel = weighted(rng, [("email", 55), ("web", 34), ("mobile", 11)])
        if intent == "technical.app_bug" and rng.random() < 0.5:
            channel = "mobile"
        body, tone, aside, core_text = self.customer_message(L, lang, intent, ctx, channel, tpl, meta)

        # subject
        subj_list = spec["subjects"].get(scenario, spec["subjects"]["default"]) if isinstance(spec["subjects"], dict) \
            else spec["subjects"]
        if intent != "other.non_actionable" and rng.random() < 0.09:
            subject = self.deck("subjg|" + lang, L.SUBJECT_GENERIC).draw()
        else:
            subject = self.deck("subj|%s|%s|%s" % (lang, intent, scenario), subj_list).draw()
        subject = fill(subject, ctx)
        if channel == "mobile" and rng.random() < 0.5:
            subject = L.MOBILE_SUBJECT
        noise_kinds = []
        core_body = body
        if channel == "email" and intent != "other.non_actionable" and rng.random() < 0.47:
            body, noise_kinds = self.noise(L, lang, intent, ctx, body, created, subject)
        elif channel == "email" and intent == "other.non_actionable" and scenario == "thanks" and rng.random() < 0.5:
            body, noise_kinds = self.noise(L, lang, intent, ctx, body, created, subject)
        if "quote" in noise_kinds or "outlook" in noise_kinds:
            subject = rng.choice(L.RE_PREFIX) + subject
        elif channel == "email" and rng.random() < 0.03:
            subject = rng.choice(L.FWD_PREFIX) + subject
        if "caps" in tone and rng.random() < 0.6:
            subject = subject.upper()
        if "noaccent" in tone and rng.random() < 0.6:
            subject = strip_accents(subject, lang)
        if "lower" in tone and rng.random() < 0.5:
            subject = subject.lower()

        requester = 700001 + idx
        comments = []
        t_cust = created
        comments.append(self.comment(requester, body, True, t_cust))

        # internal note
        notes = C.NOTES[intent].get(scenario) or C.NOTES[intent]["default"]
        public_reply = True
        note_only = False
        if intent == "other.non_actionable":
            if scenario == "spam":
                note_only = rng.random() < 0.6
            elif scenario == "auto":
                note_only = rng.random() < 0.5
        p_note = 1.0 if note_only else (0.5 if intent.startswith(("billing", "subscription")) else 0.35)
        t_reply = business_hours(created + dt.timedelta(hours=rng.uniform(0.4, 22)), rng)
        if rng.random() < p_note:
            if lang == "fr" and agent_id in (5001, 5002, 5003) and rng.random() < 0.3:
                note = rng.choice(C.NOTES_FR_GENERIC)
            else:
                note = rng.choice(notes)
            t_note = t_reply - dt.timedelta(minutes=rng.randrange(3, 50))
            if t_note <= t_cust:
                t_note = t_cust + dt.timedelta(minutes=rng.randrange(5, 30))
                t_reply = max(t_reply, t_note + dt.timedelta(minutes=rng.randrange(2, 20)))
            comments.append(self.comment(agent_id, fill(note, ctx), False, t_note))
        if note_only:
            public_reply = False
        last = comments[-1]["_t"]
        follow = None
        if public_reply:
            t_reply = max(t_reply, last + dt.timedelta(minutes=rng.randrange(2, 20)))
            comments.append(self.comment(agent_id, self.agent_reply(L, lang, intent, ctx, scenario, agent_id),
                                         True, t_reply))
            last = t_reply
            if intent != "other.non_actionable" and rng.random() < 0.21:
                t_f = last + dt.timedelta(hours=rng.uniform(0.5, 30))
                if rng.random() < 0.3:
                    allowed = [0, 1]
                    if intent.startswith(("billing.", "order.", "returns.", "subscription.")) and intent != "billing.invoice":
                        allowed.append(2)
                    if intent in LONG_Q_INTENTS:
                        allowed.append(3)
                    fq = [p for k, p in enumerate(L.FOLLOWUPS_Q) if k in allowed]
                    q, a = self.deck("fq|%s|%s" % (lang, ",".join(map(str, allowed))), fq).draw()
                    follow = "q"
                    comments.append(self.comment(requester, fill(q, ctx), True, t_f))
                    t_a = business_hours(t_f + dt.timedelta(hours=rng.uniform(0.3, 8)), rng)
                    comments.append(self.comment(agent_id, fill(a, ctx), True, t_a))
                    last = t_a
                else:
                    follow = "thanks"
                    ftxt = fill(self.deck("ft|" + lang, L.FOLLOWUPS_THANKS).draw(), ctx)
                    if rng.random() < 0.2:
                        ftxt += "\n\n" + rng.choice(L.MOBILE_SIGS)
                    comments.append(self.comment(requester, ftxt, True, t_f))
                    last = t_f
                    if rng.random() < 0.25:
                        t_a = business_hours(t_f + dt.timedelta(hours=rng.uniform(0.3, 8)), rng)
                        comments.append(self.comment(agent_id, fill(self.deck("fa|" + lang, L.SECOND_REPLIES).draw(), ctx),
                                                     True, t_a))
                        last = t_a
        # status / updated_at
        if last + dt.timedelta(days=4) < EXPORT_TIME and rng.random() < 0.88:
            status = "closed"
            updated = last + dt.timedelta(days=4, hours=rng.randrange(0, 6), minutes=rng.randrange(60))
        else:
            status = "solved"
            updated = last + dt.timedelta(minutes=rng.randrange(1, 90))

        group = C.default_group(intent)
        deviated = False
        if rng.random() < 0.08:
            group = rng.choice(C.GROUP_DEVIATIONS[intent])
            deviated = True

        priority = self.priority(intent, meta, ctx, tone)
        ttype = meta.get("type") or C.TICKET_TYPE[intent]
        if intent == "technical.app_bug" and rng.random() < 0.2:
            ttype = "problem"
        elif intent == "billing.double_charge" and rng.random() < 0.1:
            ttype = "problem"
        elif ttype != "question" and rng.random() < 0.08:
            ttype = "question"

        tags = self.tags(intent, scenario, core_text, channel, ctx)
        for c in comments:
            c.pop("_t")
        ticket = {
            "id": 10001 + idx,
            "url": "https://kaffeo.zendesk.com/api/v2/tickets/%d.json" % (10001 + idx),
            "subject": subject,
            "raw_subject": subject,
            "description": comments[0]["body"],
            "status": status,
            "priority": priority,
            "type": ttype,
            "tags": tags,
            "group_id": group,
            "assignee_id": agent_id,
            "requester_id": requester,
            "submitter_id": requester,
            "organization_id": None,
            "brand_id": 1001,
            "custom_fields": [{"id": 900001, "value": intent}],
            "via": {"channel": channel},
            "created_at": iso(created),
            "updated_at": iso(updated),
            "comments": comments,
        }
        info = {"lang": lang, "intent": intent, "group": group, "deviated": deviated, "noise": noise_kinds,
                "tone": tone, "aside": aside, "follow": follow, "scenario": scenario, "core": core_body,
                "tpl": tpl_raw}
        return ticket, info

    def comment(self, author, body, public, t):
        body = body.strip()
        return {"id": self.next_comment_id(), "type": "Comment", "author_id": author, "body": body,
                "html_body": to_html(body), "plain_body": body, "public": public, "created_at": iso(t), "_t": t}

    def priority(self, intent, meta, ctx, tone):
        rng = self.rng
        if "prio" in meta:
            return meta["prio"]
        p = "normal"
        if intent in ("order.damaged", "order.missing_item", "billing.double_charge"):
            p = "high" if rng.random() < 0.8 else "normal"
        elif intent == "account.login":
            p = "high" if rng.random() < 0.5 else "normal"
        elif intent == "order.wrong_item":
            p = "high" if rng.random() < 0.4 else "normal"
        elif intent == "billing.payment_failed":
            p = "high" if rng.random() < 0.25 else "normal"
        elif intent in ("product.question", "other.non_actionable"):
            p = "low" if rng.random() < 0.85 else "normal"
        elif intent == "feedback.complaint":
            p = "low" if rng.random() < 0.6 else "normal"
        elif intent == "promo.discount_code":
            p = "low" if rng.random() < 0.4 else "normal"
        if intent == "billing.double_charge" and ctx["amount_v"] > 100:
            p = "urgent"
        if "caps" in tone and p in ("low", "normal") and rng.random() < 0.5:
            p = "high"
        if p == "normal" and rng.random() < 0.03:
            p = "high"
        return p

    def tags(self, intent, scenario, text, channel, ctx):
        rng = self.rng
        tags = list(C.BASE_TAGS[intent])
        st = INTENT_SCENARIO_TAGS.get((intent, scenario), SCENARIO_TAGS.get(scenario))
        if st and st not in tags:
            if st == "skip" and intent == "subscription.pause_skip":
                tags = ["skip"]
            else:
                tags.append(st)
        low = text.lower()
        content = []
        if "barista one" in low:
            content.append("machine")
        if "mahlwerk" in low:
            content.append("grinder")
        if re.search(r"capsul|kapsel|cápsul|capsul", low):
            content.append("capsules")
        if re.search(r"moka|sidamo|colombia|santos|kenya|roma|antigua|peru|grains|beans|bohnen|granos|en grano", low):
            content.append("beans")
        for c in content[:2]:
            if c not in tags:
                tags.append(c)
        if intent == "technical.app_bug" or (channel == "mobile" and rng.random() < 0.7):
            tags.append("app_android" if "Android" in ctx["os"] else "app_ios")
        extra = C.EXTRA_TAGS.get(intent, [])
        if extra and rng.random() < 0.35:
            e = rng.choice(extra)
            if e not in tags:
                tags.append(e)
        if rng.random() < 0.04:
            tags.append("vip")
        if not tags:
            tags = ["no_action"]
        tags = tags[:4]
        tags.append("email" if channel == "email" else "web_form")
        return tags


# ------------------------------------------------------------------ README
def table(counter, keys, total, head):
    lines = ["| %s | Tickets | Share |" % head, "|---|---:|---:|"]
    for k in keys:
        lines.append("| %s | %d | %.1f %% |" % (k, counter[k], 100.0 * counter[k] / total))
    lines.append("| **Total** | **%d** | 100 %% |" % total)
    return "\n".join(lines)


def write_readme(path, tickets, infos, articles):
    n = len(tickets)
    by_lang = Counter(i["lang"] for i in infos)
    by_intent = Counter(i["intent"] for i in infos)
    by_group = Counter(t["group_id"] for t in tickets)
    by_status = Counter(t["status"] for t in tickets)
    by_prio = Counter(t["priority"] for t in tickets)
    by_channel = Counter(t["via"]["channel"] for t in tickets)
    by_type = Counter(t["type"] for t in tickets)
    noisy = sum(1 for i in infos if i["noise"])
    deviated = sum(1 for i in infos if i["deviated"])
    follow = sum(1 for i in infos if i["follow"])
    notes = sum(1 for t in tickets if any(not c["public"] for c in t["comments"]))
    no_public = sum(1 for t in tickets if not any(c["public"] and c["author_id"] < 700000 for c in t["comments"]))
    li = Counter((i["intent"], i["lang"]) for i in infos)
    intent_rows = ["| Intent | Default group | fr | en | de | es | Total |", "|---|---|---:|---:|---:|---:|---:|"]
    for k in C.INTENT_COUNTS:
        intent_rows.append("| `%s` | %s | %d | %d | %d | %d | %d |" % (
            k, C.GROUPS[C.default_group(k)], li[(k, "fr")], li[(k, "en")], li[(k, "de")], li[(k, "es")], by_intent[k]))
    intent_rows.append("| **Total** | | %d | %d | %d | %d | **%d** |" % (
        by_lang["fr"], by_lang["en"], by_lang["de"], by_lang["es"], n))
    group_rows = ["| group_id | Name | Tickets |", "|---|---|---:|"]
    for g, name in C.GROUPS.items():
        group_rows.append("| %d | %s | %d |" % (g, name, by_group[g]))
    agent_rows = ["| id | Name | Main languages |", "|---|---|---|"]
    for aid, (name, _) in C.AGENTS.items():
        langs = [l for l, lst in C.AGENTS_BY_LANG.items() if any(a == aid for a, _ in lst)]
        agent_rows.append("| %d | %s | %s |" % (aid, name, ", ".join(langs)))
    topics = [(t["key"], t["locales"]["en"]["title"], t["section_id"]) for t in articles_data.TOPICS]
    topic_rows = ["| Topic | section_id | English title |", "|---|---:|---|"]
    for k, title, sid in topics:
        topic_rows.append("| %s | %d | %s |" % (k, sid, title))
    lang_names = {"fr": "French", "en": "English", "de": "German", "es": "Spanish"}
    lang_tab = ["| Language | Tickets | Share |", "|---|---:|---:|"]
    for k in ("fr", "en", "de", "es"):
        lang_tab.append("| %s (`%s`) | %d | %.1f %% |" % (lang_names[k], k, by_lang[k], 100.0 * by_lang[k] / n))
    lang_tab.append("| **Total** | **%d** | 100 %% |" % n)

    text = README_TEMPLATE.format(
        n=n, n_articles=len(articles), n_topics=len(articles_data.TOPICS),
        lang_table="\n".join(lang_tab), intent_table="\n".join(intent_rows),
        group_table="\n".join(group_rows), agent_table="\n".join(agent_rows), topic_table="\n".join(topic_rows),
        noisy=noisy, noisy_pct=100.0 * noisy / n, deviated=deviated, deviated_pct=100.0 * deviated / n,
        follow=follow, notes=notes, no_public=no_public,
        status=", ".join("%s %d" % kv for kv in sorted(by_status.items())),
        prio=", ".join("%s %d" % (k, by_prio[k]) for k in ("low", "normal", "high", "urgent")),
        channel=", ".join("%s %d" % kv for kv in sorted(by_channel.items())),
        types=", ".join("%s %d" % (k, by_type[k]) for k in ("question", "incident", "problem", "task")),
        first_date=tickets[0]["created_at"][:10], last_date=tickets[-1]["created_at"][:10],
        n_templates=sum(len(v["msgs"]) for L in LANGS.values() for v in L.INTENTS.values()),
        tpl_reuse=sum(1 for v in Counter((i["intent"], i["lang"], i["tpl"]) for i in infos).values() if v > 1),
    )
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


README_TEMPLATE = """# Deskhand demo knowledge base: Kaffeo

This folder holds a small, self-contained demo knowledge base for Deskhand. It describes
**Kaffeo**, a *fictional* online coffee shop based in Lyon (coffee bean and capsule
subscriptions, one-off orders of coffee, grinders and machines, an iOS/Android app,
shipping to France, Belgium, Switzerland, Germany, Austria, Spain and the UK).

All tickets, articles and internal documents were **written for this project**. They are
not derived from, translated from or sampled from any public dataset or real company
data. Names, e-mail addresses (`*.example` domains), order numbers, phone numbers and
tracking numbers are invented. The help-center domain `help.kaffeo.example` does not exist.

The data is meant for demos, smoke tests and for training/evaluating the intent
classifier and reply drafting on a realistic but harmless corpus. To keep held-back tickets
from being near-copies of training tickets, each customer message is built from one of
{n_templates} hand-written core messages (per intent and language; {tpl_reuse} of them are used twice,
none more), combined with openers, back-stories, order-detail lines, side remarks on other
topics, closers, phrase-level paraphrases, tone changes (capitals, lower case, missing accents,
typos) and e-mail noise. Agent replies are macro-like on purpose (2-5 variants per intent,
language and scenario), as in a real help desk.

## Files

| File | Content |
|---|---|
| `tickets.ndjson` | {n} resolved tickets, one JSON object per line (Zendesk "bundle" format) |
| `articles.json` | `{{"articles": [...]}}`, {n_articles} help-center articles ({n_topics} topics x 4 locales) |
| `docs/*.md` | 4 internal agent documents (refund policy, escalation, carriers, subscription billing) |
| `generate_demo.py` | deterministic generator (Python 3, stdlib only, fixed seed) for the two data files and this README |
| `demo_data/` | the hand-written text fragments used by the generator |
| `demo.json`, `groups.json` | demo metadata (company, intent field 900001) and the 5 Zendesk groups; maintained by hand, not written by the generator |
| `validate_demo.py` | sanity checks (parsing, ids, description = first comment, counts, language consistency, article/doc format) |

### `tickets.ndjson`

Each line is a ticket object as returned by `GET /api/v2/tickets/{{id}}.json`, plus a
`comments` array as returned by `GET /api/v2/tickets/{{id}}/comments.json`:

- `id` 10001... increasing with `created_at` ({first_date} to {last_date}), `url`, `subject` = `raw_subject`
- `description` is exactly the body of the first comment (the customer's message, including any e-mail noise)
- `status` `solved` or `closed` ({status}); `priority` ({prio}); `type` ({types})
- `tags`: 1-4 topical snake_case tags plus a channel tag (`email` or `web_form`)
- `group_id`, `assignee_id` (agent), `requester_id` = `submitter_id` (one customer per ticket, from 700001), `organization_id` null, `brand_id` 1001
- `custom_fields`: `[{{"id": 900001, "value": "<intent>"}}]` - **field 900001 holds the agent-confirmed intent label**
  (there are no `intent__...` tags: configure `classifier.intent_custom_field_id = 900001` to read the label)
- `via.channel`: {channel}
- `comments[]`: `id`, `type` "Comment", `author_id`, `body`, `html_body`, `plain_body`, `public`, `created_at`.
  The first comment is the customer's message; then optionally an internal note (`public: false`)
  by the agent; then the agent's public reply in the customer's language; sometimes a customer
  follow-up and a short second agent reply.

Other facts about the corpus:

- {noisy} tickets ({noisy_pct:.1f} %) have e-mail noise in the first comment that a cleaner should strip:
  quoted history with a localized reply header (`Le ... a écrit :`, `On ... wrote:`, `Am ... schrieb ...:`,
  `El ... escribió:`), Outlook headers (`-----Original Message-----`, `De : / Envoyé : / À : / Objet :`,
  `Von: / Gesendet: / An: / Betreff:`, `De: / Enviado: / Para: / Asunto:`), signatures, "Sent from my iPhone"-style
  lines and confidentiality footers. The quoted history often deals with a different topic than the new message.
- {deviated} tickets ({deviated_pct:.1f} %) were handled by a different group than the default one for their intent
  (e.g. a refund for a damaged parcel handled by Returns).
- {follow} tickets have a customer follow-up after the agent reply; {notes} tickets contain an internal note.
- {no_public} tickets (all `other.non_actionable`: spam, sales pitches, auto-replies) have no public agent reply,
  only an internal note.
- Language is not a ticket field (Zendesk stores it on the requester); each ticket is entirely in one language.

### `articles.json`

Help-center articles as returned by `GET /api/v2/help_center/{{locale}}/articles.json`: `id` (4400001...),
`url`, `html_url` (`https://help.kaffeo.example/hc/{{locale}}/articles/{{id}}-{{slug}}`), `title` = `name`,
`body` (HTML: intro paragraph, then `<h2>` sections), `locale` (`fr`, `en-us`, `de`, `es`), `source_locale` `fr`,
`section_id` (shared by the translations of a topic), `author_id` 5001, `draft`/`promoted`/`outdated` false,
`label_names`, `created_at`, `updated_at`, `edited_at`, `vote_sum`.

{topic_table}

Agent replies in the tickets sometimes link the matching article in the customer's language.

### `docs/`

Internal agent documentation in Markdown (not customer facing): `refund-policy-for-agents.md`,
`escalation-guide.md`, `shipping-carriers.md`, `subscription-billing-faq.md`.

## Kaffeo policies (shared by articles, docs and agent replies)

- Refunds go back to the original payment method within 5-7 business days.
- Returns accepted within 30 days for unopened coffee; a prepaid return label is e-mailed.
- Subscriptions: pause up to 3 months or skip a box; cancel any time before the renewal date.
  Renewal on the 1st of each month, payment taken 3 days before.
- Delivery: 2-4 business days in France, 3-6 elsewhere; tracking e-mail with a Colissimo (France) or DHL link.
- Damaged or missing items are replaced free of charge on receipt of a photo.
- Invoices can be downloaded in the account under Orders.
- Promo codes: one per order, not cumulative.
- Account deletion (GDPR) within 30 days; password reset links are valid for 1 hour.

## Counts

### Per language

{lang_table}

### Per intent (custom field 900001) and language

{intent_table}

### Per group (`group_id`)

{group_table}

### Agents (`assignee_id`, comment `author_id`)

{agent_table}

## Regenerating

```
python3 eval/demo/generate_demo.py
python3 eval/demo/validate_demo.py
```

The generator is deterministic (fixed seed): running it again reproduces `tickets.ndjson`,
`articles.json` and this README byte for byte. Edit the fragments in `demo_data/` and rerun to change the corpus.
The Markdown files in `docs/` are written by hand and are not touched by the generator.

## License

CC0-1.0. The Kaffeo demo knowledge base was written for Deskhand and is dedicated to the public domain:
you may copy, modify and redistribute it without asking for permission.
"""


def main():
    articles, urls = build_articles()
    g = Gen(urls)
    tickets, infos = [], []
    for idx, ((intent, lang), created) in enumerate(g.plan()):
        t, info = g.ticket(idx, intent, lang, created)
        tickets.append(t)
        infos.append(info)
    with open(os.path.join(HERE, "tickets.ndjson"), "w", encoding="utf-8") as f:
        for t in tickets:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "articles.json"), "w", encoding="utf-8") as f:
        json.dump({"articles": articles}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    write_readme(os.path.join(HERE, "README.md"), tickets, infos, articles)
    if "--debug" in sys.argv:
        with open(os.path.join(HERE, "_debug_info.json"), "w", encoding="utf-8") as f:
            json.dump(infos, f, ensure_ascii=False, indent=1)
    print("wrote %d tickets, %d articles" % (len(tickets), len(articles)))
    print("languages:", dict(Counter(i["lang"] for i in infos)))


if __name__ == "__main__":
    main()
