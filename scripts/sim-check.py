#!/usr/bin/python3
"""sim-check.py - measure what a `vigie simulate` corpus promises (docs/SIMULATOR.md).

    scripts/sim-check.py CORPUS.jsonl TRUTH.jsonl [--strict] [--examples N]
    scripts/sim-check.py --run VIGIE [--strict] [-- SIMULATE-OPTIONS...]

With --run, runs `VIGIE simulate` into a scratch folder with the options
after `--` (default: none, i.e. the default corpus) and checks its output.

What it measures, articles only (posts are not checked):

1. Accidental sentence reuse.  A sentence is a piece of the text split on
   [.!?] followed by whitespace and on newlines, normalised to its
   letter/digit runs, lower-cased, joined by one space; only sentences of
   at least 6 words count, and page furniture is left out (paragraphs that
   do not end like a sentence, "Read more: <headline>").  Two articles are *linked* when planted truth
   connects them (copy, near_copy, stitched), transitively: a copy of a
   source of a stitched article is linked to the stitched article.
   Reported: among pairs of original (not planted) articles of one story
   that are not linked, how many share a sentence, per language; the same
   over every article (planted ones included) and across stories.
2. Repeated templates inside one article.  The script cannot see templates,
   so it uses a proxy: two sentences of one article (>= 6 words) whose word
   sets, numbers masked, have a Jaccard of 0.6 or more, or that are equal.
3. Similarity of planted and unrelated pairs: word-set Jaccard, 5-word and
   3-word shingle Jaccard of near copies and of unrelated same-story pairs
   of originals; stitched passages: offsets, verbatim text, sentence
   boundaries and the number of sentences per passage.

--strict exits 1 unless: no unrelated pair of English originals shares a
sentence, under 0.5 % of French ones do, no article repeats a template
(proxy), near copies keep word 3-gram Jaccard >= 0.6, unrelated pairs stay
<= 0.35, and every stitched passage is verbatim.  Python 3 standard library
only.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

MIN_WORDS = 6
SENT_SPLIT = re.compile(r"[.!?](?=\s)|\n")
WORD = re.compile(r"[^\W_]+")
DIGITS = re.compile(r"\d")
SENTENCE_END = re.compile(r'[.!?]["\u00bb]?$')
FURNITURE = re.compile(r"(Read more|Lire aussi|À lire aussi|Lire la suite)\s?:")


def words(text):
    return [w.lower() for w in WORD.findall(text)]


def body(text):
    """text without its page furniture: paragraphs that are not running text
    ("Share this article", "Read more: <headline>", "• Name")."""
    keep = []
    for para in text.split("\n\n"):
        p = para.strip()
        if FURNITURE.match(p) or not SENTENCE_END.search(p):
            continue
        keep.append(para)
    return "\n\n".join(keep)


def sentences(text):
    """Normalised sentences of at least MIN_WORDS words, furniture left out."""
    out = []
    for piece in SENT_SPLIT.split(body(text)):
        w = words(piece)
        if len(w) >= MIN_WORDS:
            out.append(" ".join(w))
    return out


def shingles(w, k):
    return {tuple(w[i:i + k]) for i in range(len(w) - k + 1)}


def jaccard(a, b):
    u = len(a | b)
    return len(a & b) / u if u else 1.0


class UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        p = self.parent.setdefault(x, x)
        while p != self.parent[p]:
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[x] = p
        return p

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def stats(values):
    if not values:
        return "n=0"
    v = sorted(values)
    pick = lambda q: v[min(len(v) - 1, int(q * len(v)))]
    return "n=%d min %.3f p5 %.3f median %.3f p95 %.3f max %.3f" % (
        len(v), v[0], pick(0.05), pick(0.5), pick(0.95), v[-1])


def load(corpus_path, truth_path):
    arts = {}
    with open(corpus_path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if "title" in d:
                arts[d["id"]] = d
    truth = []
    with open(truth_path, encoding="utf-8") as f:
        for line in f:
            truth.append(json.loads(line))
    return arts, truth


def check(corpus_path, truth_path, strict, nexamples):
    arts, truth = load(corpus_path, truth_path)
    story = {}
    uf = UnionFind()
    planted = set()
    near = []
    stitched = []
    for t in truth:
        k = t["kind"]
        if k == "story":
            story[t["ids"][0]] = t["story"]
        elif k in ("copy", "near_copy"):
            uf.union(t["original"], t["copy"])
            planted.add(t["copy"])
            if k == "near_copy":
                near.append(t)
        elif k == "stitched":
            for s in t["sources"]:
                uf.union(t["stitched"], s)
            planted.add(t["stitched"])
            stitched.append(t)
    originals = [i for i in arts if i not in planted]
    ok = True
    print("articles: %d (%d originals, %d planted), stories: %d" % (
        len(arts), len(originals), len(planted), len(set(story.values()))))

    # ---- 1. sentences shared by unrelated articles --------------------
    sents = {i: sentences(a["text"]) for i, a in arts.items()}
    holders = collections.defaultdict(set)
    for i, ss in sents.items():
        for s in ss:
            holders[s].add(i)
    shared_pairs = {}  # (a, b) -> one shared sentence
    for s, ids in holders.items():
        if len(ids) < 2:
            continue
        ids = sorted(ids)
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                a, b = ids[x], ids[y]
                if uf.find(a) != uf.find(b):
                    shared_pairs.setdefault((a, b), s)

    by_story = collections.defaultdict(list)
    for i in originals:
        by_story[story.get(i)].append(i)
    same_story_pairs = collections.Counter()
    unrelated_pairs = []  # (a, b) of originals, same story, same lang, not linked
    for ids in by_story.values():
        ids.sort()
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                a, b = ids[x], ids[y]
                la, lb = arts[a]["lang"], arts[b]["lang"]
                if la != lb or uf.find(a) == uf.find(b):
                    continue
                same_story_pairs[la] += 1
                unrelated_pairs.append((a, b))
    orig = set(originals)
    hit = collections.Counter()
    hit_all = collections.Counter()
    cross = collections.Counter()
    examples = collections.Counter()
    for (a, b), s in shared_pairs.items():
        lang = arts[a]["lang"]
        if arts[b]["lang"] != lang:
            cross["mixed"] += 1
            continue
        if story.get(a) == story.get(b):
            hit_all[lang] += 1
            if a in orig and b in orig:
                hit[lang] += 1
                examples[s] += 1
        else:
            cross[lang] += 1
    print("\n1. unrelated pairs sharing a sentence of >= %d words" % MIN_WORDS)
    if cross["mixed"]:
        print("   pairs of different languages sharing a sentence: %d" % cross["mixed"])
        ok = False
    for lang in sorted(set(same_story_pairs) | set(hit)):
        n = same_story_pairs[lang]
        rate = 100.0 * hit[lang] / n if n else 0.0
        print("   %s: %d of %d same-story pairs of originals (%.3f %%); "
              "all articles, same story: %d; across stories: %d" % (
                  lang, hit[lang], n, rate, hit_all[lang], cross[lang]))
        limit = 0.0 if lang == "en" else 0.5
        if rate > limit:
            ok = False
    for s, n in examples.most_common(nexamples):
        print("   %4d x  %s" % (n, s[:150]))

    # ---- 2. one template twice in one article (proxy) -----------------
    repeats = 0
    worst = (0.0, None, None, None)
    for i, a in arts.items():
        if i in planted:
            continue
        sets = [set(DIGITS.sub("#", s).split()) for s in sents[i]]
        for x in range(len(sets)):
            for y in range(x + 1, len(sets)):
                j = jaccard(sets[x], sets[y])
                if j > worst[0]:
                    worst = (j, i, sents[i][x], sents[i][y])
                if j >= 0.6:
                    repeats += 1
    print("\n2. sentence pairs inside one original looking like one template "
          "(word Jaccard >= 0.6): %d" % repeats)
    if worst[1]:
        print("   closest pair (%.2f, %s):\n     %s\n     %s" % (
            worst[0], worst[1], worst[2][:150], worst[3][:150]))
    if repeats:
        ok = False

    # ---- 3. similarity of planted and unrelated pairs -----------------
    wcache = {}

    def feats(i):
        if i not in wcache:
            w = words(arts[i]["text"])
            wcache[i] = (set(w), shingles(w, 5), shingles(w, 3))
        return wcache[i]

    def measure(pairs):
        out = ([], [], [])
        for a, b in pairs:
            fa, fb = feats(a), feats(b)
            for k in range(3):
                out[k].append(jaccard(fa[k], fb[k]))
        return out

    print("\n3. similarity (word set / 5-word shingles / 3-word shingles)")
    nw, n5, n3 = measure([(t["original"], t["copy"]) for t in near])
    print("   near copies:\n     words    %s\n     5-grams  %s\n     3-grams  %s" % (
        stats(nw), stats(n5), stats(n3)))
    en_pairs = [p for p in unrelated_pairs if arts[p[0]]["lang"] == "en"]
    fr_pairs = [p for p in unrelated_pairs if arts[p[0]]["lang"] == "fr"]
    for lang, pairs in (("en", en_pairs), ("fr", fr_pairs)):
        uw, u5, u3 = measure(pairs)
        print("   unrelated same-story originals, %s:\n     words    %s\n"
              "     5-grams  %s\n     3-grams  %s" % (lang, stats(uw), stats(u5), stats(u3)))
        if u3 and max(u3) > 0.35:
            ok = False
    if n3 and min(n3) < 0.6:
        ok = False

    npas = 0
    bad = 0
    bounds = 0
    counts = collections.Counter()
    end_ok = re.compile(r'[.!?]["\u00bb]?$')
    for t in stitched:
        text = arts[t["stitched"]]["text"].encode("utf-8")
        for p in t["passages"]:
            npas += 1
            src = arts[p["source"]]["text"].encode("utf-8")
            piece = text[p["start"]:p["end"]]
            if piece != src[p["src_start"]:p["src_end"]]:
                bad += 1
                continue
            before = src[:p["src_start"]].decode("utf-8")
            piece = piece.decode("utf-8")
            if (before and not re.search(r"(^|[.!?\"\u00bb\u2014]\s|\n)$", before)) \
                    or not end_ok.search(piece):
                bounds += 1
            counts[len([x for x in SENT_SPLIT.split(piece) if x.strip()])] += 1
    print("   stitched: %d articles, %d passages, %d not verbatim, %d not on sentence "
          "boundaries; sentences per passage (split rule, quotes count double): %s" % (
              len(stitched), npas, bad, bounds,
              ", ".join("%d: %d" % kv for kv in sorted(counts.items()))))
    if bad or bounds:
        ok = False
    print("\nresult: %s" % ("ok" if ok else "NOT OK"))
    return ok


def main(argv):
    strict = "--strict" in argv
    argv = [a for a in argv if a != "--strict"]
    nexamples = 8
    if "--examples" in argv:
        k = argv.index("--examples")
        nexamples = int(argv[k + 1])
        del argv[k:k + 2]
    if len(argv) >= 2 and argv[0] == "--run":
        vigie = argv[1]
        opts = argv[argv.index("--") + 1:] if "--" in argv else []
        with tempfile.TemporaryDirectory() as tmp:
            c, t = os.path.join(tmp, "c.jsonl"), os.path.join(tmp, "t.jsonl")
            subprocess.run([vigie, "simulate", *opts, "--out", c, "--truth", t], check=True)
            ok = check(c, t, strict, nexamples)
    elif len(argv) == 2:
        ok = check(argv[0], argv[1], strict, nexamples)
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0 if ok or not strict else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
