#!/usr/bin/env python3
"""eval-coord.py - score `vigie coord` (issue 5); the figures go to
docs/EVALUATION.md, section "Coordination".

  eval-coord.py sim TRUTH.jsonl NODES.csv LABEL
      Planted groups (the simulator's coord_group lines) against the
      accounts vigie put in a community (vigie coord --nodes): precision and
      recall of coordinated accounts, recall by group size, speed (the
      group's window) and object kind, and the agreement (ARI, NMI) of
      vigie's communities with the planted groups over the accounts found.

  eval-coord.py ira AUTHORS.csv NODES.csv LABEL
      IRA accounts labelled with account_category: ARI and NMI between the
      detected communities and the categories, over the labelled accounts
      vigie put in a community, and how many of them it found.

Each run ends with one "RESULT LABEL key=value ..." line.  Standard
library only.
"""
import collections
import csv
import json
import math
import sys


def read_nodes(path):
    comm = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if int(row["community"]) >= 0:
                comm[row["account"]] = int(row["community"])
    return comm


def comb2(n):
    return n * (n - 1) / 2


def agreement(xs, ys):
    """Adjusted Rand index and NMI (arithmetic mean normalisation) of two
    labellings of the same items."""
    n = len(xs)
    if n < 2:
        return float("nan"), float("nan")
    cont = collections.Counter(zip(xs, ys))
    a = collections.Counter(xs)
    b = collections.Counter(ys)
    sum_ij = sum(comb2(v) for v in cont.values())
    sum_a = sum(comb2(v) for v in a.values())
    sum_b = sum(comb2(v) for v in b.values())
    expected = sum_a * sum_b / comb2(n)
    top = (sum_a + sum_b) / 2
    ari = (sum_ij - expected) / (top - expected) if top != expected else 1.0
    mi = sum(v / n * math.log(v * n / (a[i] * b[j])) for (i, j), v in cont.items())
    ha = -sum(v / n * math.log(v / n) for v in a.values())
    hb = -sum(v / n * math.log(v / n) for v in b.values())
    nmi = 2 * mi / (ha + hb) if ha + hb > 0 else 1.0
    return ari, nmi


def bucket_size(n):
    return "3-5" if n <= 5 else "6-10" if n <= 10 else "11-20"


def bucket_speed(w):
    return "<=10s" if w <= 10 else "20-60s" if w <= 60 else "120-300s"


def sim(truth_path, nodes_path, label):
    comm = read_nodes(nodes_path)
    groups = []
    with open(truth_path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["kind"] == "coord_group":
                groups.append(r)
    planted = {}
    for g in groups:
        for m in g["members"]:
            planted[m] = g["group"]
    found = set(comm)
    tp = len(found & set(planted))
    precision = tp / len(found) if found else 1.0
    recall = tp / len(planted) if planted else 1.0
    by = collections.defaultdict(lambda: [0, 0])
    for g in groups:
        hit = sum(m in found for m in g["members"])
        for key in ("size " + bucket_size(len(g["members"])),
                    "speed " + bucket_speed(g["window"]), "kind " + g["mode"]):
            by[key][0] += hit
            by[key][1] += len(g["members"])
    both = sorted(set(planted) & found)
    ari, nmi = agreement([planted[a] for a in both], [comm[a] for a in both])
    for key in sorted(by):
        hit, total = by[key]
        print("  %-16s recall %.4f (%d of %d accounts)" % (key, hit / total, hit, total))
    print("%s: %d planted accounts in %d groups, %d accounts found, %d of them planted"
          % (label, len(planted), len(groups), len(found), tp))
    print("RESULT %s precision=%.4f recall=%.4f groups_ari=%.4f groups_nmi=%.4f"
          % (label, precision, recall, ari, nmi))


def ira(authors_path, nodes_path, label):
    comm = read_nodes(nodes_path)
    cat = {}
    with open(authors_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cat[row["author"]] = row["account_category"]
    both = sorted(a for a in comm if a in cat)
    ari, nmi = agreement([cat[a] for a in both], [comm[a] for a in both])
    ncomm = len({comm[a] for a in both})
    print("%s: %d labelled accounts, %d in a community (%d communities)"
          % (label, len(cat), len(both), ncomm))
    print("RESULT %s ari=%.4f nmi=%.4f accounts=%d of=%d communities=%d"
          % (label, ari, nmi, len(both), len(cat), ncomm))


def main(argv):
    if len(argv) != 5 or argv[1] not in ("sim", "ira"):
        sys.stderr.write("usage: eval-coord.py sim TRUTH.jsonl NODES.csv LABEL\n"
                         "       eval-coord.py ira AUTHORS.csv NODES.csv LABEL\n")
        return 2
    (sim if argv[1] == "sim" else ira)(argv[2], argv[3], argv[4])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
