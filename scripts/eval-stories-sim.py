#!/usr/bin/env python3
"""eval-stories-sim.py TRUTH.jsonl STORIES.json LABEL - pairwise precision,
recall and F1 of vigie's stories (vigie stories --format json --members
--limit 0 --min-size 1) against the simulator's planted stories (its
"story" truth lines), over the articles both cover.  Standard library."""
import collections, json, sys
from math import comb

def main(truth, stories, label):
    gold = {}
    for line in open(truth, encoding="utf-8"):
        r = json.loads(line)
        if r["kind"] == "story":
            for i in r["ids"]:
                gold[i] = r["story"]
    got = {}
    for s in json.load(open(stories, encoding="utf-8"))["list"]:
        for i in s["members"]:
            got[i] = s["id"]
    both = [i for i in gold if i in got]
    if len(both) < 0.9 * len(gold):
        sys.exit("%s: only %d of %d planted articles are in vigie's stories"
                 % (label, len(both), len(gold)))
    pairs = lambda keyf: sum(comb(n, 2) for n in collections.Counter(keyf(i) for i in both).values())
    tp = pairs(lambda i: (gold[i], got[i]))
    g, p = pairs(lambda i: gold[i]), pairs(lambda i: got[i])
    prec = tp / p if p else 1.0
    rec = tp / g if g else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print("%s: %d planted articles, %d clustered, %d gold stories, %d vigie stories"
          % (label, len(gold), len(both), len(set(gold.values())), len(set(got[i] for i in both))))
    print("RESULT %s pairwise_precision=%.4f recall=%.4f f1=%.4f" % (label, prec, rec, f1))

if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: eval-stories-sim.py TRUTH.jsonl STORIES.json LABEL")
    main(*sys.argv[1:])
