#!/usr/bin/env python3
"""Language detection on texts of one known language, through a running `serve` (POST /api/triage).

Usage:  eval/language-check.py PORT FILE.csv COLUMN EXPECTED [LOCALE]
e.g.    eval/language-check.py 7070 ../shared/data/banking77/test.csv text en
Prints how many texts came out in each language, how many were confident (language not in `abstained`), and how
many were confident and not EXPECTED. With LOCALE, each request carries it as `requester_locale`.
"""
import collections
import csv
import json
import sys
import urllib.request

if len(sys.argv) < 5:
    sys.exit(__doc__)
port, path, column, expected = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
locale = sys.argv[5] if len(sys.argv) > 5 else None
with open(path, encoding="utf-8-sig", newline="") as f:
    texts = [row[column] for row in csv.DictReader(f) if row.get(column, "").strip()]
codes, confident, confident_wrong, examples = collections.Counter(), 0, 0, []
for text in texts:
    body = {"description": text}
    if locale:
        body["requester_locale"] = locale
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/triage", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    answer = json.loads(urllib.request.urlopen(req).read())
    code = answer["language"]["code"]
    codes[code] += 1
    if "language" not in answer["abstained"]:
        confident += 1
        if code != expected:
            confident_wrong += 1
            if len(examples) < 5:
                examples.append(f"{text!r} -> {code} {answer['language']['confidence']}")
n = len(texts)
print(f"texts={n} as_{expected}={codes[expected] / n:.3f} confident={confident / n:.3f} "
      f"confident_not_{expected}={confident_wrong} languages={dict(codes.most_common())}")
for e in examples:
    print("  " + e)
