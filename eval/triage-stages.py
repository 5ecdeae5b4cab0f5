#!/usr/bin/env python3
"""Median per-stage triage time as the service reports it (timings_ms of POST /api/triage), over the demo tickets.

Usage, against a running `serve`:  eval/triage-stages.py [PORT] [REQUESTS]   (defaults 7070, 600; first 50 not counted)
"""
import collections
import json
import pathlib
import statistics
import sys
import time
import urllib.request

port = int(sys.argv[1]) if len(sys.argv) > 1 else 7070
n = int(sys.argv[2]) if len(sys.argv) > 2 else 600
warm_up = 50
demo = pathlib.Path(__file__).resolve().parent / "demo" / "tickets.ndjson"
tickets = [json.loads(line) for line in demo.read_text(encoding="utf-8").splitlines() if line.strip()]
stages, client = collections.defaultdict(list), []
for i in range(n):
    t = tickets[i % len(tickets)]
    body = json.dumps({"subject": t.get("subject", ""), "description": t.get("description", "")}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/triage", data=body, headers={"Content-Type": "application/json"})
    start = time.perf_counter()
    answer = json.loads(urllib.request.urlopen(req).read())
    if i >= warm_up:
        client.append((time.perf_counter() - start) * 1000)
        for stage, ms in answer["timings_ms"].items():
            stages[stage].append(ms)
print(f"requests={n - warm_up} client_p50_ms={statistics.median(client):.2f} "
      + " ".join(f"{k}_p50_ms={statistics.median(v):.2f}" for k, v in stages.items()))
