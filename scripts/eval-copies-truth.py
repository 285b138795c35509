#!/usr/bin/python3
"""eval-copies-truth.py - score vigie's copy detection against planted truth.

    scripts/eval-copies-truth.py sim STORE TRUTH.jsonl [--label NAME] [--examples N]
                                 [--provenance VIGIE CORPUS.jsonl]
    scripts/eval-copies-truth.py seed VIGIE STORE EXPECTED.tsv [--label NAME]

`sim`: STORE holds a `vigie simulate` corpus ingested by `vigie ingest`
(the copy pass ran); TRUTH is the simulator's ground truth
(docs/SIMULATOR.md).  Articles only: posts are left out on both sides.

Recall, per truth line (and again over the lines whose relation survives
cleaning: copies left identical, near copies at or above the threshold,
stitched articles still sharing a sentence with the source):
  copy       the copy and its original are in one text class (copy_docs.cls)
  near_copy  one class, or a near pair (copy_pairs kind 1) between their
             classes; also shown: in one cluster (through other near copies)
  stitched   for each source, a partial pair (kind 2) between the classes
             of the stitched article and of the source, or a near pair (an
             article stitched mostly from one source); partial only is shown

Precision, over the article-document pairs vigie reports with each label
(a class stands for all pairs of its members, a class pair for all pairs
across it).  True means related by planted truth, closed under identity:
  copy group   articles joined by `copy` lines (byte-identical texts)
  family       copy groups joined by `near_copy` lines (a near copy of an
               original is a near copy of its copies, and of its other near
               copies: they are all edits of one text)
  stitched one is (in the family of) a stitched article and the other in
           the family of one of its sources, or both are stitched articles
           with a source family in common
  exact    true when both are in one copy group
  near     true when both are related (copies that cleaning made differ
           are near copies; an article stitched mostly from one source is a
           near copy of it)
  partial  true when both are related (a near copy below the threshold
           shares sentences)
False pairs are split by whether the two articles belong to one story
(the simulator's `story` lines), with examples of the sentences they share.

With --provenance, every stitched article is shown by `VIGIE provenance`;
a planted passage (still in the cleaned texts of the article and of its
source) is attributed correctly when
every passage vigie reports over it names a document of its source's
family (the earliest holder of a sentence may be an original the source
copied).

`seed`: STORE holds the fixture of tests/data/copies (sources, then the
stitched seed); EXPECTED lists, one per line, `SOURCE_ID<TAB>paragraph`
for each reused paragraph of the stitched document, read from the file
named on a `# doc-file: NAME` line.  Runs `VIGIE provenance --format json`
and reports the share of paragraphs whose passages all name the expected
source.

Each ends with a `RESULT label key=value ...` line.  Python 3 standard
library only.
"""
import collections
import json
import re
import sqlite3
import subprocess
import sys

WORD = re.compile(r"[^\W_]+")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n")


def die(msg):
    sys.stderr.write("eval-copies-truth: %s\n" % msg)
    sys.exit(2)


class UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        p = self.parent.setdefault(x, x)
        if p == x:
            return x
        r = self.find(p)
        self.parent[x] = r
        return r

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def open_store(path):
    try:
        return sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    except sqlite3.Error as e:
        die("%s: %s" % (path, e))


def sentences(text):
    """Normalised sentences of at least 6 words (a rough view of vg_fp's)."""
    out = set()
    for s in SENT_SPLIT.split(text or ""):
        w = WORD.findall(s.lower())
        if len(w) >= 6:
            out.add(" ".join(w))
    return out


def pct(n, d):
    return n / d if d else 1.0


# ---- sim -------------------------------------------------------------------


def load_truth(path):
    lines = collections.defaultdict(list)
    story = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["kind"] == "story":
                story[r["ids"][0]] = r["story"]
            lines[r["kind"]].append(r)
    return lines, story


def eval_sim(args):
    store, truth_path = args.pos
    db = open_store(store)
    lines, story = load_truth(truth_path)
    articles = set(story)

    seq_of, id_of, cls_of = {}, {}, {}
    for seq, did, cls in db.execute(
            "SELECT d.seq, d.id, c.cls FROM docs d LEFT JOIN copy_docs c ON c.seq = d.seq"):
        if did in articles:
            seq_of[did] = seq
            id_of[seq] = did
            cls_of[did] = cls
    missing = articles - set(seq_of)
    members = collections.defaultdict(list)  # class -> article ids
    for did, cls in cls_of.items():
        if cls is not None:
            members[cls].append(did)
    pair_kind = {}
    for a, b, kind in db.execute("SELECT a, b, kind FROM copy_pairs"):
        pair_kind[(min(a, b), max(a, b))] = kind
    cluster_of = dict(db.execute("SELECT cls, cluster FROM copy_classes"))
    merged = dict(db.execute(
        "SELECT id, merged_into FROM copy_clusters WHERE merged_into IS NOT NULL"))

    def cluster(cls):
        c = cluster_of.get(cls)
        seen = 0
        while c in merged and seen < 1000:
            c, seen = merged[c], seen + 1
        return c

    def kind_between(x, y):
        a, b = cls_of.get(x), cls_of.get(y)
        if a is None or b is None:
            return None
        if a == b:
            return 0
        return pair_kind.get((min(a, b), max(a, b)))

    # Planted relations, closed under identity.
    group, family = UnionFind(), UnionFind()
    for r in lines["copy"]:
        group.union(r["original"], r["copy"])
        family.union(r["original"], r["copy"])
    for r in lines["near_copy"]:
        family.union(r["original"], r["copy"])
    stitched_rel = set()
    users = collections.defaultdict(set)  # source family -> stitched families
    for r in lines["stitched"]:
        fx = family.find(r["stitched"])
        for s in r["sources"]:
            fs = family.find(s)
            stitched_rel.add((min(fx, fs), max(fx, fs)))
            users[fs].add(fx)
    for fams in users.values():
        fams = sorted(fams)
        for i in range(len(fams)):
            for j in range(i + 1, len(fams)):
                stitched_rel.add((fams[i], fams[j]))

    def relation(x, y):
        """How planted truth relates articles x and y, or None."""
        if group.find(x) == group.find(y):
            return "copy"
        fx, fy = family.find(x), family.find(y)
        if fx == fy:
            return "near_copy"
        if (min(fx, fy), max(fx, fy)) in stitched_rel:
            return "stitched"
        return None

    # Relations that make each label true: copies that cleaning made differ
    # are near copies; a stitched article made mostly of one source is a
    # near copy of it (J >= t); near copies below t share sentences.
    true_for = {0: ("copy",), 1: ("copy", "near_copy", "stitched"),
                2: ("copy", "near_copy", "stitched")}

    label_name = {0: "exact", 1: "near", 2: "partial"}
    print("%s: %d articles in the truth (%d not in the store), %d classes with articles; "
          "truth: %d copy, %d near_copy, %d stitched lines" %
          (args.label, len(articles), len(missing), len(members), len(lines["copy"]),
           len(lines["near_copy"]), len(lines["stitched"])))

    def text_of(did):
        row = db.execute("SELECT text FROM docs WHERE seq = ?", (seq_of[did],)).fetchone()
        return row[0] if row else ""

    threshold = None
    row = db.execute("SELECT v FROM meta WHERE k = 'copy_params'").fetchone()
    if row:
        m = re.search(r"threshold=([0-9.]+)", row[0])
        threshold = float(m.group(1)) if m else None

    def pair_jaccard(x, y):
        a, b = cls_of.get(x), cls_of.get(y)
        row = db.execute("SELECT jaccard FROM copy_pairs WHERE a = ? AND b = ?",
                         (min(a, b), max(a, b))).fetchone() if a and b else None
        return row[0] if row else None

    # Recall.  A miss is put down to cleaning when the cleaned texts no
    # longer carry the planted relation: copies that differ after cleaning,
    # near copies below the threshold, stitched articles that share no
    # sentence with a source any more.
    res = {}
    n = ok = cleaned = 0
    shown = 0
    for r in lines["copy"]:
        n += 1
        k = kind_between(r["original"], r["copy"])
        if k == 0:
            ok += 1
            continue
        a, b = text_of(r["original"]), text_of(r["copy"])
        cleaned += a != b
        if shown < args.examples:
            shown += 1
            print("  MISSED copy %s -> %s: label %s; cleaned texts %s (%d / %d bytes)" %
                  (r["original"], r["copy"], label_name.get(k, "none"),
                   "equal" if a == b else "differ", len(a), len(b)))
    res["copy_recall"] = pct(ok, n)
    res["copy_recall_kept"] = pct(ok, n - cleaned)
    print("  copy: %d/%d in one class: recall %.4f; %d misses whose cleaned texts differ; "
          "recall over the copies cleaning left identical %.4f" %
          (ok, n, pct(ok, n), cleaned, pct(ok, n - cleaned)))

    n = ok = same_cluster = below = related = agree = 0
    shown = 0
    by_label = collections.Counter()
    for r in lines["near_copy"]:
        n += 1
        k = kind_between(r["original"], r["copy"])
        by_label[label_name.get(k, "none")] += 1
        if k in (0, 1):
            ok += 1
        if k in (0, 1, 2):
            # Related at all; and labelled as its similarity says: near
            # (or exact) when its Jaccard reaches the threshold, partial
            # reuse below it.
            related += 1
            jj = pair_jaccard(r["original"], r["copy"])
            if jj is not None and threshold is not None:
                agree += (k in (0, 1)) == (jj >= threshold - 1e-9)
        ca, cb = cls_of.get(r["original"]), cls_of.get(r["copy"])
        if ca is not None and cb is not None and cluster(ca) == cluster(cb):
            same_cluster += 1
        if k in (0, 1):
            continue
        j = pair_jaccard(r["original"], r["copy"])
        low = j is not None and threshold is not None and j < threshold
        below += low
        if shown < args.examples:
            shown += 1
            print("  MISSED near_copy %s -> %s: label %s, Jaccard %s" %
                  (r["original"], r["copy"], label_name.get(k, "none"),
                   "%.4f" % j if j is not None else "?"))
    res["near_recall"] = pct(ok, n)
    res["near_recall_above_t"] = pct(ok, n - below)
    res["near_related"] = pct(related, n)
    res["near_label_agrees"] = pct(agree, related)
    print("  near_copy: %d/%d related (exact, near or partial): %.4f; of those, labelled as "
          "their Jaccard says (near at >= threshold, else partial): %.4f" %
          (related, n, pct(related, n), pct(agree, related)))
    print("  near_copy: %d/%d labelled near (or exact): recall %.4f; in one cluster %.4f; "
          "labels %s; %d misses have Jaccard below %s; recall over the rest %.4f" %
          (ok, n, pct(ok, n), pct(same_cluster, n),
           ", ".join("%s %d" % kv for kv in sorted(by_label.items())), below, threshold,
           pct(ok, n - below)))

    n = ok = partial = lost = 0
    shown = 0
    for r in lines["stitched"]:
        for s in r["sources"]:
            n += 1
            k = kind_between(s, r["stitched"])
            ok += k in (1, 2)
            partial += k == 2
            if k in (1, 2):
                continue
            gone = not (sentences(text_of(s)) & sentences(text_of(r["stitched"])))
            lost += gone and k is None
            if not gone or shown < args.examples:
                shown += 1
                print("  MISSED stitched %s <- %s: label %s%s" %
                      (r["stitched"], s, label_name.get(k, "none"),
                       "; the cleaned texts share no sentence" if gone else
                       "; the cleaned texts share a sentence"))
    res["stitched_recall"] = pct(ok, n)
    res["stitched_recall_kept"] = pct(ok, n - lost)
    print("  stitched: %d/%d (article, source) pairs labelled partial or near: recall %.4f "
          "(partial only %.4f); %d unlabelled pairs share no sentence after cleaning; recall "
          "over the rest %.4f" % (ok, n, pct(ok, n), pct(partial, n), lost, pct(ok, n - lost)))

    # Precision over document pairs.
    all_n = collections.Counter()
    class_pairs = collections.Counter()
    rel_n = collections.defaultdict(collections.Counter)
    false_story = collections.Counter()
    false_examples = collections.defaultdict(list)

    def count(kind, x, y):
        all_n[kind] += 1
        rel = relation(x, y)
        if rel in true_for[kind]:
            rel_n[kind][rel] += 1
            return
        rel_n[kind][rel or "none"] += 1
        same = story.get(x) == story.get(y)
        false_story[(kind, same)] += 1
        if len(false_examples[kind]) < args.examples:
            false_examples[kind].append((x, y))

    for cls, ids in members.items():
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                count(0, ids[i], ids[j])
    for (a, b), kind in pair_kind.items():
        ma, mb = members.get(a), members.get(b)
        if not ma or not mb:
            continue
        class_pairs[kind] += 1
        for x in ma:
            for y in mb:
                count(kind, x, y)
    for kind in (0, 1, 2):
        name = label_name[kind]
        good = sum(rel_n[kind][r] for r in true_for[kind])
        res[name + "_precision"] = pct(good, all_n[kind])
        print("  %s: %d article pairs reported%s, %d true: precision %.4f (by planted "
              "relation: %s); false: %d within a story, %d across stories" %
              (name, all_n[kind],
               " (%d class pairs)" % class_pairs[kind] if kind else "",
               good, pct(good, all_n[kind]),
               ", ".join("%s %d" % kv for kv in sorted(rel_n[kind].items())),
               false_story[(kind, True)], false_story[(kind, False)]))
        for x, y in false_examples[kind]:
            shared = sorted(sentences(text_of(x)) & sentences(text_of(y)))
            print("    FALSE %s %s (%s) ~ %s (%s): %d shared sentences%s" %
                  (name, x, story.get(x), y, story.get(y), len(shared),
                   (": \"%s\"" % shared[0][:120]) if shared else ""))
    if args.vigie:
        res["passages_attributed"] = eval_sim_provenance(args, db, lines, family, text_of)
    print("RESULT %s %s" % (args.label, " ".join("%s=%.4f" % kv for kv in res.items())))


def eval_sim_provenance(args, db, lines, family, text_of):
    """Share of planted passages of stitched articles that `vigie provenance`
    attributes to the family of their source (the earliest document holding
    a passage may be an original the source copied)."""
    corpus = {}
    want = set(r["stitched"] for r in lines["stitched"])
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in want:
                corpus[r["id"]] = r["text"].encode("utf-8")
    n = ok = lost = 0
    shown = 0
    for r in lines["stitched"]:
        x = r["stitched"]
        out = subprocess.run([args.vigie, "provenance", "--db", args.pos[0], "--format", "json",
                              x], capture_output=True, text=True)
        passages = json.loads(out.stdout)["passages"] if out.returncode == 0 else []
        stored = text_of(x).encode("utf-8")
        for p in r["passages"]:
            n += 1
            b = corpus[x][p["start"]:p["end"]]
            at = stored.find(b)
            if at < 0 or b not in text_of(p["source"]).encode("utf-8"):
                lost += 1
                continue
            got = {q["first_id"] for q in passages if q["start"] < at + len(b) and q["end"] > at}
            fam = family.find(p["source"])
            good = bool(got) and all(family.find(g) == fam for g in got)
            ok += good
            if not good and shown < args.examples:
                shown += 1
                print("  MISATTRIBUTED passage of %s from %s: vigie says %s: \"%s\"" %
                      (x, p["source"], ", ".join(sorted(got)) or "-",
                       b.decode("utf-8", "replace")[:80]))
    print("  provenance: %d planted passages in %d stitched articles, %d not in the cleaned "
          "texts of both; %d of the rest attributed to their source's family: %.4f" %
          (n, len(lines["stitched"]), lost, ok, pct(ok, n - lost)))
    return pct(ok, n - lost)


# ---- seed ------------------------------------------------------------------


def eval_seed(args):
    vigie, store, expected_path = args.pos
    doc_file = None
    expected = []
    with open(expected_path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# doc-file:"):
                doc_file = line.split(":", 1)[1].strip()
            elif line and not line.startswith("#"):
                src, sentence = line.split("\t", 1)
                expected.append((src, sentence))
    if not doc_file:
        die("%s: no '# doc-file: NAME' line" % expected_path)
    db = open_store(store)
    row = db.execute("SELECT d.id, d.text FROM docs d JOIN origins o ON o.id = d.origin "
                     "WHERE o.path LIKE ?", ("%/" + doc_file,)).fetchone()
    if not row:
        die("%s: no document read from %s" % (store, doc_file))
    doc, text = row
    out = subprocess.run([vigie, "provenance", "--db", store, "--format", "json", doc],
                         capture_output=True, text=True)
    if out.returncode:
        die("vigie provenance failed: %s" % out.stderr.strip())
    try:
        passages = json.loads(out.stdout)["passages"]
    except (json.JSONDecodeError, KeyError):
        die("cannot read the output of vigie provenance")
    raw = text.encode("utf-8")
    print("%s: %s (%s), %d passages from vigie provenance, %d reused paragraphs expected" %
          (args.label, doc, doc_file, len(passages), len(expected)))
    for p in passages:
        print("  passage %5d-%-5d first seen in %s" % (p["start"], p["end"], p["first_id"]))
    source_text = {}
    for did, t in db.execute("SELECT id, text FROM docs"):
        source_text[did] = (t or "").encode("utf-8")
    ok = spans = 0
    for src, sentence in expected:
        b = sentence.encode("utf-8")
        at = raw.find(b)
        if at < 0:
            print("  NOT IN THE STORED TEXT: %s" % sentence[:60])
            continue
        # Every passage overlapping the paragraph must name the source, and
        # its span in the source must hold the paragraph.
        over = [p for p in passages if p["start"] < at + len(b) and p["end"] > at]
        got = sorted({p["first_id"] for p in over})
        good = got == [src]
        ok += good
        span = good and all(b in source_text.get(src, b"")[p["src_start"]:p["src_end"]]
                            for p in over)
        spans += span
        print("  %s %-34s <- %s%s  %s" % ("ok " if good else "BAD", src, ", ".join(got) or "-",
                                          "" if span else " (span misses it)", sentence[:50]))
    print("RESULT %s attributed=%d expected=%d share=%.4f spans=%d" %
          (args.label, ok, len(expected), pct(ok, len(expected)), spans))


def main(argv):
    if len(argv) < 2 or argv[1] not in ("sim", "seed"):
        die("usage: eval-copies-truth.py sim STORE TRUTH [--label L] [--examples N] "
            "[--provenance VIGIE CORPUS] | seed VIGIE STORE EXPECTED [--label L]")

    class Args:
        pass
    args = Args()
    args.label, args.examples, args.pos = argv[1], 3, []
    args.vigie = args.corpus = None
    i = 2
    while i < len(argv):
        if argv[i] == "--label" and i + 1 < len(argv):
            args.label, i = argv[i + 1], i + 2
        elif argv[i] == "--provenance" and i + 2 < len(argv):
            args.vigie, args.corpus, i = argv[i + 1], argv[i + 2], i + 3
        elif argv[i] == "--examples" and i + 1 < len(argv):
            args.examples, i = int(argv[i + 1]), i + 2
        else:
            args.pos.append(argv[i])
            i += 1
    if argv[1] == "sim":
        if len(args.pos) != 2:
            die("sim wants STORE TRUTH")
        eval_sim(args)
    else:
        if len(args.pos) != 3:
            die("seed wants VIGIE STORE EXPECTED")
        eval_seed(args)


if __name__ == "__main__":
    main(sys.argv)
