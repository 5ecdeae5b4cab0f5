#!/usr/bin/env python3
"""Sanity checks for the Kaffeo demo knowledge base (tickets.ndjson, articles.json, docs/).

Usage: python3 eval/demo/validate_demo.py   (exits non-zero on failure)
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
INTENTS = [
    "billing.refund", "billing.double_charge", "billing.invoice", "billing.payment_failed",
    "billing.update_payment_method", "subscription.cancel", "subscription.pause_skip", "subscription.change_plan",
    "subscription.renewal_charge", "order.tracking", "order.cancel", "order.change_address", "order.damaged",
    "order.wrong_item", "order.missing_item", "returns.return_request", "returns.exchange", "account.login",
    "account.password_reset", "account.delete_data", "account.update_details", "product.question",
    "technical.app_bug", "promo.discount_code", "feedback.complaint", "other.non_actionable",
]
STOP = {
    "fr": {"je", "vous", "le", "la", "les", "est", "pas", "mon", "ma", "mes", "une", "des", "et", "pour", "merci",
           "bonjour", "qui", "avec", "sur", "ce", "votre", "nous", "du", "au", "c'est", "j'ai", "il", "ne",
           "svp", "on", "ça", "tout", "rien", "reçu", "commande", "colis", "combien", "temps", "mais", "été", "être", "sera", "où", "mai", "paquet"},
    "en": {"i", "you", "the", "is", "not", "my", "a", "and", "for", "thanks", "hi", "it", "to", "of", "your", "we",
           "have", "this", "that", "with", "was", "be", "please", "can", "me", "in", "but", "order", "items",
           "missing", "arrived", "where", "still", "got", "just"},
    "de": {"ich", "sie", "der", "die", "das", "ist", "nicht", "mein", "meine", "und", "für", "danke", "hallo", "es",
           "zu", "mit", "ihre", "ihr", "wir", "ein", "eine", "bitte", "auf", "den", "habe", "noch", "wird"},
    "es": {"yo", "el", "la", "los", "las", "es", "no", "mi", "mis", "un", "una", "y", "para", "gracias", "hola", "que",
           "con", "su", "por", "del", "lo", "pedido", "he", "al", "está", "pero", "cuenta", "caja", "quiero", "muchas",
           "desde", "tengo", "cuando", "hace", "también", "esto", "gracias"},
}
ERRORS = []


def check(cond, msg):
    if not cond:
        ERRORS.append(msg)


def lang_of(text):
    words = re.findall(r"[a-zäöüßáéíóúñàâçèêëîïôûù']+", text.lower())
    scores = {l: sum(1 for w in words if w in s) for l, s in STOP.items()}
    return max(scores, key=scores.get)


def first_part(body):
    """Customer text without quoted history / signatures (rough cut for language detection)."""
    cut = re.split(r"\n(?:>|--|-----|_____|Le .* a écrit|On .* wrote|Am .* schrieb|El .* escribió|De :|From:|Von:|De:)", body)
    return cut[0]


def main():
    tickets = []
    with open(os.path.join(HERE, "tickets.ndjson"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                tickets.append(json.loads(line))
            except ValueError as e:
                ERRORS.append("line %d does not parse: %s" % (n, e))
    check(len(tickets) >= 440, "only %d tickets" % len(tickets))
    ids = [t["id"] for t in tickets]
    check(len(ids) == len(set(ids)), "duplicate ticket ids")
    check(ids == sorted(ids), "ticket ids not increasing")
    created = [t["created_at"] for t in tickets]
    check(created == sorted(created), "ids not increasing with created_at")
    cids = [c["id"] for t in tickets for c in t["comments"]]
    check(len(cids) == len(set(cids)), "duplicate comment ids")
    reqs = [t["requester_id"] for t in tickets]
    check(len(reqs) == len(set(reqs)), "requester ids not unique per ticket")

    by_intent, by_lang, by_group = Counter(), Counter(), Counter()
    lang_mismatch = 0
    no_public_reply = []
    for t in tickets:
        tid = t["id"]
        cs = t["comments"]
        check(t["description"] == cs[0]["body"], "%d: description != first comment" % tid)
        check(t["subject"] == t["raw_subject"], "%d: subject != raw_subject" % tid)
        check(cs[0]["author_id"] == t["requester_id"] and cs[0]["public"], "%d: first comment not public by requester" % tid)
        check(t["submitter_id"] == t["requester_id"], "%d: submitter != requester" % tid)
        check(t["status"] in ("solved", "closed"), "%d: status" % tid)
        check(t["priority"] in ("low", "normal", "high", "urgent"), "%d: priority" % tid)
        check(t["type"] in ("question", "incident", "problem", "task"), "%d: type" % tid)
        check(t["via"]["channel"] in ("email", "web", "mobile"), "%d: channel" % tid)
        check(t["tags"][-1] in ("email", "web_form") and 2 <= len(t["tags"]) <= 5, "%d: tags %s" % (tid, t["tags"]))
        check(all(re.fullmatch(r"[a-z0-9_]+", x) for x in t["tags"]), "%d: tag not snake_case" % tid)
        intent = [f["value"] for f in t["custom_fields"] if f["id"] == 900001][0]
        check(intent in INTENTS, "%d: unknown intent %s" % (tid, intent))
        by_intent[intent] += 1
        by_group[t["group_id"]] += 1
        times = [c["created_at"] for c in cs]
        check(times == sorted(times), "%d: comments not in time order" % tid)
        check(t["updated_at"] > times[-1], "%d: updated_at not after last comment" % tid)
        check(t["created_at"] == times[0], "%d: created_at != first comment" % tid)
        check("2026-01-05" <= t["created_at"][:10] <= "2026-10-30", "%d: created_at out of range" % tid)
        for c in cs:
            check(c["body"] == c["plain_body"] and c["html_body"].startswith("<p>"), "%d: comment body fields" % tid)
            check(not re.search(r"\{[a-z_0-9]+\}", c["body"]), "%d: unfilled placeholder" % tid)
            if c["author_id"] != t["requester_id"]:
                check(5001 <= c["author_id"] <= 5008, "%d: unknown agent" % tid)
        if not any(c["public"] and 5001 <= c["author_id"] <= 5008 for c in cs):
            no_public_reply.append((tid, intent))
        # language: customer text and agent reply must agree
        lc = lang_of(first_part(cs[0]["body"]))
        agent_pub = [c for c in cs if c["public"] and c["author_id"] != t["requester_id"]]
        if agent_pub:
            la = lang_of(agent_pub[0]["body"])
            if la != lc:
                lang_mismatch += 1
                ERRORS.append("%d: customer language %s but agent reply %s" % (tid, lc, la))
        by_lang[lc] += 1

    for k in INTENTS:
        check(by_intent[k] >= 12, "intent %s has only %d tickets" % (k, by_intent[k]))
    check(all(i == "other.non_actionable" for _, i in no_public_reply), "tickets without public agent reply: %s" % no_public_reply)
    n = len(tickets)
    target = {"fr": 0.40, "en": 0.25, "de": 0.18, "es": 0.17}
    for k, v in target.items():
        check(abs(by_lang[k] / n - v) < 0.03, "language %s share %.3f far from %.2f" % (k, by_lang[k] / n, v))

    arts = json.load(open(os.path.join(HERE, "articles.json"), encoding="utf-8"))["articles"]
    check(len(arts) >= 48, "only %d articles" % len(arts))
    aid = [a["id"] for a in arts]
    check(len(aid) == len(set(aid)), "duplicate article ids")
    sections = defaultdict(set)
    words = []
    for a in arts:
        sections[a["section_id"]].add(a["locale"])
        check(a["title"] == a["name"] and a["source_locale"] == "fr" and a["author_id"] == 5001, "article %d fields" % a["id"])
        check(a["url"].endswith("/articles/%d.json" % a["id"]) and "/hc/%s/" % a["locale"] in a["html_url"], "article %d urls" % a["id"])
        nh2 = a["body"].count("<h2>")
        wc = len(re.sub(r"<[^>]+>", " ", a["body"]).split())
        words.append(wc)
        check(2 <= nh2 <= 4, "article %d has %d sections" % (a["id"], nh2))
        check(150 <= wc <= 400, "article %d has %d words" % (a["id"], wc))
    for sid, locs in sections.items():
        check(locs == {"fr", "en-us", "de", "es"}, "section %d locales %s" % (sid, sorted(locs)))

    docs = sorted(os.listdir(os.path.join(HERE, "docs")))
    for d in docs:
        text = open(os.path.join(HERE, "docs", d), encoding="utf-8").read()
        wc = len(text.split())
        check(text.startswith("# ") and "\n## " in text, "doc %s headings" % d)
        check(200 <= wc <= 500, "doc %s has %d words" % (d, wc))

    print("tickets: %d" % n)
    print("languages (detected):", ", ".join("%s %d (%.1f%%)" % (k, by_lang[k], 100.0 * by_lang[k] / n) for k in target))
    print("groups:", dict(sorted(by_group.items())))
    print("intents:")
    for k in INTENTS:
        print("  %-32s %3d" % (k, by_intent[k]))
    print("tickets without public agent reply: %d (%s)" % (len(no_public_reply), Counter(i for _, i in no_public_reply)))
    print("articles: %d in %d sections, words per article %d-%d" % (len(arts), len(sections), min(words), max(words)))
    print("docs: %s" % ", ".join(docs))
    if ERRORS:
        print("\n%d problem(s):" % len(ERRORS))
        for e in ERRORS[:50]:
            print("  -", e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
