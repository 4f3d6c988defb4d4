#!/usr/bin/env python3
"""mine-nouns.py: which nouns after a possessive head PolNeAR's cues.

Counts, in a brat corpus (PolNeAR's layout, the first annotator of each
article in name order, as bench/eval.c reads it), every lowercase word
that follows a possessive ("his", "their", ..., or a word ending in "'s")
with at most two lowercase words between ("Trump's repeated attacks on"),
keyed by its WordNet noun lemma (a word that is no noun form, "declined",
is left out) and the word after it, and how many of
those occurrences are inside an annotated cue:

    lemma  next  cues  occurrences  share  forms

"next" is the construction: a preposition of PREPS (the content is the
noun phrase after it: "his attacks on Sanders"), "that" (a that-clause:
"her claim that ...") or "to" (an infinitive: "his decision to run").

    python3 rules/tools/mine-nouns.py TEXT_DIR ANN_DIR [WORDNET_DIR]
    python3 rules/tools/mine-nouns.py --rules MIN_CUES MIN_SHARE TEXT_DIR ANN_DIR

--rules prints the constructions with at least MIN_CUES cues and a share
of at least MIN_SHARE as the sections of rules/cue-nouns.rules: [of]
("attacks on", each form seen), [that], [to] (opens=to).  Run it on a
TRAIN split only: the lists it gives are tuned on what it reads.
"""
import collections
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("mine_cues", os.path.join(HERE, "mine-cues.py"))
mc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mc)

TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\S")
POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your"}
PREPS = {"of", "for", "on", "to", "against", "about", "in", "with", "over", "toward", "towards"}
CLAUSES = {"that", "to"}


def is_possessive(w):
    w = w.lower().replace("’", "'")
    return w in POSSESSIVES or w.endswith("'s") or (w.endswith("s'") and len(w) > 2)


def noun_lemma(morphy, w):
    """The WordNet noun lemma of W (a singular or plural noun form), or None:
    "attacks" -> "attack", not "suggested" or "declined"."""
    lemma, pos = morphy.lemma(w)
    if pos == "verb" and (w in morphy.exc["verb"] or w.endswith(("ing", "ed"))):
        return None
    if w in morphy.exc["noun"]:
        return morphy.exc["noun"][w]
    if w in morphy.index["noun"]:
        return w
    for a, b in morphy.RULES["noun"]:
        if w.endswith(a) and w[: -len(a)] + b in morphy.index["noun"]:
            return w[: -len(a)] + b
    return None


def mine(text_dir, ann_dir, morphy):
    """(lemma, next) -> [cues, occurrences, Counter of forms, contents
    opening at the next word]."""
    stats = collections.defaultdict(lambda: [0, 0, collections.Counter(), 0])
    for name, ann in sorted(mc.first_annotator(ann_dir).items()):
        with open(os.path.join(text_dir, name + ".txt"), encoding="utf-8") as f:
            text = f.read()
        in_cue = {}
        for a in mc.read_ann(os.path.join(ann_dir, ann)):
            for s, e in a.get("Cue", []):
                for k in range(s, e):
                    in_cue[k] = a
        toks = [(m.start(), m.group()) for m in TOKEN.finditer(text)]
        for i in range(1, len(toks) - 1):
            start, w = toks[i]
            if not w[0].islower() or is_possessive(w):
                continue
            poss = False
            for back in (1, 2, 3):
                if i - back < 0:
                    break
                pw = toks[i - back][1]
                if is_possessive(pw):
                    poss = True
                    break
                if not pw[0].islower():
                    break
            if not poss:
                continue
            lemma = noun_lemma(morphy, w.lower().replace("’", "'"))
            if lemma is None:
                continue
            nxt = toks[i + 1][1].lower()
            key = (lemma, nxt if nxt in PREPS or nxt in CLAUSES else "-")
            st = stats[key]
            st[1] += 1
            st[2][w.lower()] += 1
            if start in in_cue:
                st[0] += 1
                content = in_cue[start].get("Content")
                if content and content[0][0] == toks[i + 1][0]:
                    st[3] += 1
    return stats


def main(argv):
    emit = None
    if argv and argv[0] == "--rules":
        emit = (int(argv[1]), float(argv[2]))
        argv = argv[3:]
    if len(argv) < 2:
        sys.exit(__doc__)
    wn = argv[2] if len(argv) > 2 else "/usr/share/wordnet"
    stats = mine(argv[0], argv[1], mc.Morphy(wn))
    rows = sorted(stats.items(), key=lambda kv: (-kv[1][0], kv[0]))
    if emit is None:
        print("lemma\tnext\tcues\toccurrences\tshare\topens\tforms")
        for (lemma, nxt), (cues, occ, forms, opens) in rows:
            if cues:
                print("%s\t%s\t%d\t%d\t%.2f\t%d\t%s" % (lemma, nxt, cues, occ, cues / occ, opens,
                                                      " ".join(sorted(forms))))
        return
    sections = {"of": [], "that": [], "to": []}
    for (lemma, nxt), (cues, occ, forms, opens) in rows:
        if nxt == "-" or cues < emit[0] or cues / occ < emit[1]:
            continue
        for form in sorted(forms):
            if nxt == "that":
                sections["that"].append("%s ; lemma=%s, cues=%d/%d" % (form, lemma, cues, occ))
            elif nxt == "to" and 2 * opens > cues:
                # "his decision to run": the content opens at "to"
                sections["to"].append("%s ; opens=to, lemma=%s, cues=%d/%d" % (form, lemma, cues, occ))
            else:
                sections["of"].append("%s %s ; lemma=%s, cues=%d/%d" % (form, nxt, lemma, cues, occ))
    for sec in ("of", "that", "to"):
        print("[%s]" % sec)
        for line in sections[sec]:
            print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
