#!/usr/bin/env python3
"""eval_extract.py - score `vigie extract` on the article-extraction benchmark.

    eval_extract.py GROUND_TRUTH.json PREDICTIONS.jsonl [--worst N]

PREDICTIONS.jsonl is `vigie extract --format json` over the benchmark's
html/ folder: one object per page with "file", "text", "published_at".

The scorer is scrapinghub's article-extraction-benchmark scorer,
reimplemented from its description (../shared/README.md), standard library
only: tokens are \\w+ runs (Unicode); each text is a multiset of 4-token
shingles (a text of fewer tokens is one shingle of them all); per page TP,
FP, FN are the multiset overlaps, normalised to sum to 1; precision is
TP/(TP+FP) per page (1 when FP = FN = 0, 0 when TP = FP = 0), recall
likewise; both are averaged over pages and F1 is computed from the two
means.

Dates: the benchmark has no date truth, so the reference is the date in
the page's own URL (/2019/11/19/, 2019-11-19, 20191119), on the pages
whose URL has one; an extracted date within one day of it (time zones)
counts as a match.
"""
import json
import os
import re
import sys
from collections import Counter
from datetime import date, datetime, timezone

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    toks = TOKEN.findall(text or "")
    out = []
    for i in range(0, max(1, len(toks) - n + 1)):
        s = " ".join(toks[i:i + n])
        if s:
            out.append(s)
    return Counter(out)


def match(truth, pred):
    t, p = shingles(truth), shingles(pred)
    tp = fp = fn = 0
    for k in set(t) | set(p):
        a, b = t.get(k, 0), p.get(k, 0)
        tp += min(a, b)
        fp += max(0, b - a)
        fn += max(0, a - b)
    s = tp + fp + fn
    if s:
        tp, fp, fn = tp / s, fp / s, fn / s
    return tp, fp, fn


def precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


URL_DATE = [
    re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$|[^\d])"),
    re.compile(r"[/_-]((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[/_.-]|$)"),
    re.compile(r"/((?:19|20)\d\d)(\d\d)(\d\d)(?:/|[_-])"),
]


def url_date(url):
    for rx in URL_DATE:
        m = rx.search(url or "")
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                pass
    return None


def main():
    args = sys.argv[1:]
    worst = 0
    if "--worst" in args:
        i = args.index("--worst")
        worst = int(args[i + 1])
        del args[i:i + 2]
    truth = json.load(open(args[0], encoding="utf-8"))
    pred = {}
    for line in open(args[1], encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        o = json.loads(line)
        key = os.path.basename(o.get("file", "")).split(".")[0]
        pred[key] = o
    rows = []
    for key, t in truth.items():
        o = pred.get(key, {})
        tp, fp, fn = match(t.get("articleBody", ""), o.get("text", ""))
        rows.append((key, precision(tp, fp, fn), recall(tp, fp, fn)))
    n = len(rows)
    P = sum(r[1] for r in rows) / n
    R = sum(r[2] for r in rows) / n
    F = 2 * P * R / (P + R) if P + R else 0.0
    print(f"pages {n}  extracted {sum(1 for k in truth if pred.get(k, {}).get('text'))}  "
          f"precision {P:.3f}  recall {R:.3f}  F1 {F:.3f}")
    dated = hit = any_date = 0
    for key, t in truth.items():
        o = pred.get(key, {})
        got = o.get("published_at")
        if got:
            any_date += 1
        ref = url_date(t.get("url"))
        if not ref:
            continue
        dated += 1
        if got:
            d = datetime.strptime(got[:10], "%Y-%m-%d").date()
            if abs((d - ref).days) <= 1:
                hit += 1
    share = hit / dated if dated else 0.0
    print(f"dates: {any_date}/{n} pages with a date; on the {dated} pages whose URL "
          f"carries one, {hit} match it ({100 * share:.1f}%)")
    if worst:
        rows.sort(key=lambda r: min(r[1], r[2]))
        for key, p, r in rows[:worst]:
            print(f"  {key[:16]}  P {p:.3f}  R {r:.3f}  {truth[key].get('url', '')[:90]}")


if __name__ == "__main__":
    main()
