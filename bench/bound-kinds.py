#!/usr/bin/env python3
# Counts the off-by-bounds pairs of `cg-eval --misses` by kind: matched
# pairs (TP lines) whose cue is exact but whose content or source is not,
# grouped by where the span is off (which end, too long or too short) and
# the words at the wrong end, so the largest kinds can be fixed first.
#
#   build/bench/cg-eval --misses TEXT ANN > m.txt
#   python3 bench/bound-kinds.py TEXT m.txt [--field content|source]
#          [--kind KIND] [--words N] [--top N] [--show KEY] [--any-cue]
#
# KIND is one of right-long, right-short, left-long, left-short, other;
# the key is the first N words (or punctuation) of the extra or missing
# text next to the wrong end.  --show KEY prints the pairs of that key.
# --any-cue counts every matched pair (>=30% of the gold content), the
# cue's bounds right or not: the near misses of the content alone.
import argparse
import collections
import os
import re

TOK = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def words(s, n, from_end=False):
    t = TOK.findall(s)
    t = t[-n:] if from_end else t[:n]
    return " ".join(t).lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("text")
    ap.add_argument("misses")
    ap.add_argument("--field", default="content")
    ap.add_argument("--kind")
    ap.add_argument("--words", type=int, default=2)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--show")
    ap.add_argument("--any-cue", action="store_true")
    a = ap.parse_args()
    texts = {}
    kinds = collections.Counter()
    keys = collections.Counter()
    shown = 0
    pairs = 0
    for line in open(a.misses, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] != "TP" or len(f) < 9:
            continue
        art = f[1]
        gc = list(map(int, f[6].split()))
        gs = list(map(int, f[7].split()))
        gu = list(map(int, f[8].split()))
        if not a.any_cue and (gu[0] != gu[2] or gu[1] != gu[3]):
            continue
        pairs += 1
        if a.field == "content":
            g0, g1, o0, o1 = gc
        else:
            g0, g1, o0, o1 = gs
        if g0 < 0 or o0 < 0 or (g0 == o0 and g1 == o1):
            continue
        if art not in texts:
            texts[art] = open(os.path.join(a.text, art + ".txt"),
                              encoding="utf-8").read()
        t = texts[art]
        if g0 == o0 and o1 > g1:
            kind, extra = "right-long", t[g1:o1]
            key = words(extra, a.words)
        elif g0 == o0 and o1 < g1:
            kind, extra = "right-short", t[o1:g1]
            key = words(extra, a.words)
        elif g1 == o1 and o0 < g0:
            kind, extra = "left-long", t[o0:g0]
            key = words(extra, a.words, True)
        elif g1 == o1 and o0 > g0:
            kind, extra = "left-short", t[g0:o0]
            key = words(extra, a.words, True)
        else:
            kind, extra, key = "other", "", ""
        kinds[kind] += 1
        if a.kind and kind != a.kind:
            continue
        keys[key] += 1
        if a.show is not None and key == a.show and shown < a.top:
            shown += 1
            s0, s1 = min(g0, o0), max(g1, o1)
            print("%s %d-%d gold[%s]\n   ours[%s]\n   ctx[%s]" %
                  (art[:40], g0, g1, t[g0:g1], t[o0:o1],
                   t[max(0, s0 - 80):s1 + 80].replace("\n", " ")))
    if a.show is not None:
        return
    print("%s pairs %d; %s inexact by kind:" % ("matched" if a.any_cue else "cue-exact", pairs, a.field))
    for k, n in kinds.most_common():
        print("  %-12s %5d" % (k, n))
    print("keys (%s):" % (a.kind or "all kinds"))
    for k, n in keys.most_common(a.top):
        print("  %5d  %s" % (n, k))


if __name__ == "__main__":
    main()
