#!/usr/bin/env python3
"""mine-cues.py: which words head PolNeAR's cues, and how reliably.

For every lemma that heads an annotated cue in a brat directory (PolNeAR's
layout: ANN_DIR/NAME_ANNOTATOR.ann, the first annotator in name order, as
bench/eval.c reads them), counts how many cues it heads and how often its
forms occur in the articles at all, and prints them by count:

    lemma  pos  cues  occurrences  share  after  that  known  particle

share = cues / occurrences (how often a use of the word is a cue), after =
share of its cues whose content follows the cue, that = share of those
contents opening with "that", known = already in cue-verbs.rules [verbs],
particle = the commonest word after the head inside the cue ("call for").
A cue's head is its first word that is not an auxiliary, adverb or negation
of cue-verbs.rules [prefix] (nor an -ly word); lemmas come from WordNet's
index and exception lists (Debian package wordnet-base) tried as a verb,
then as a noun.

    python3 rules/tools/mine-cues.py TEXT_DIR ANN_DIR [RULES_DIR] [WORDNET_DIR]
    python3 rules/tools/mine-cues.py --rules MIN_CUES MIN_SHARE TEXT_DIR ANN_DIR

--rules prints the unknown verbs with at least MIN_CUES cues and a share of
at least MIN_SHARE whose contents mostly follow them, as cue-verbs.rules
lines (clause=yes; that=yes when a fifth of their contents open with
"that").  Run it on a TRAIN split only: the lists it gives are tuned on
what it reads.
"""
import collections
import os
import re
import sys

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def read_rules(path):
    """Section name -> list of (phrase, attrs) of a .rules file."""
    out = collections.defaultdict(list)
    sec = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("[") and line.endswith("]"):
                sec = line[1:-1]
                continue
            phrase, _, attrs = line.partition(" ;")
            out[sec].append((phrase.strip().lower(), attrs.strip()))
    return out


class Morphy:
    """WordNet's lemmatizer, cut down: exception lists, then suffix rules."""

    RULES = {
        "verb": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"),
                 ("ed", ""), ("ing", "e"), ("ing", "")],
        "noun": [("s", ""), ("ses", "s"), ("xes", "x"), ("ches", "ch"),
                 ("shes", "sh"), ("ies", "y")],
    }

    def __init__(self, wn):
        self.index, self.exc = {}, {}
        for pos in ("verb", "noun"):
            words = set()
            with open(os.path.join(wn, "index." + pos), encoding="latin-1") as f:
                for line in f:
                    if not line.startswith(" "):
                        words.add(line.split(" ", 1)[0])
            self.index[pos] = words
            exc = {}
            with open(os.path.join(wn, pos + ".exc"), encoding="latin-1") as f:
                for line in f:
                    p = line.split()
                    if len(p) >= 2:
                        exc[p[0]] = p[1]
            self.exc[pos] = exc
        self.memo = {}

    def lemma(self, w):
        """(lemma, pos) of the lowercase word W, or (W, None)."""
        if w in self.memo:
            return self.memo[w]
        res = (w, None)
        for pos in ("verb", "noun"):
            if w in self.exc[pos]:
                res = (self.exc[pos][w], pos)
                break
            if w in self.index[pos]:
                res = (w, pos)
                break
            # a doubled consonant: "planned", "quipping"
            cands = [w[: -len(a)] + b for a, b in self.RULES[pos] if w.endswith(a)]
            cands += [c[:-1] for c in cands if len(c) > 2 and c[-1] == c[-2]]
            hit = [c for c in cands if c in self.index[pos]]
            if hit:
                res = (hit[0], pos)
                break
        self.memo[w] = res
        return res


def read_ann(path):
    """The attributions of a brat file: list of dicts field -> [(a, b)]."""
    spans, out = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0].startswith("T") and len(p) >= 2:
                kind, _, offs = p[1].partition(" ")
                spans[p[0]] = (kind, [tuple(map(int, r.split())) for r in offs.split(";")])
            elif p[0].startswith("E") and len(p) >= 2:
                a = {}
                for arg in p[1].split()[1:]:
                    role, _, t = arg.partition(":")
                    role = role.rstrip("0123456789")
                    if t in spans:
                        a[role] = spans[t][1]
                out.append(a)
    return out


def first_annotator(ann_dir):
    """NAME -> the first .ann file of that article in name order."""
    pick = {}
    for f in sorted(os.listdir(ann_dir)):
        if f.endswith(".ann"):
            name = f[: -4].rsplit("_", 1)[0]
            pick.setdefault(name, f)
    return pick


PARTICLES = {"for", "to", "out", "off", "on", "about", "over", "against", "with", "at", "up"}


def regular_forms(w, dbl):
    """The -s, -ed and -ing forms engine/extract.c generates for W."""
    vowel = "aeiou"
    cons_y = w.endswith("y") and len(w) > 1 and w[-2] not in vowel
    if w.endswith(("s", "x", "z", "ch", "sh", "o")):
        out = [w + "es"]
    elif cons_y:
        out = [w[:-1] + "ies"]
    else:
        out = [w + "s"]
    if w.endswith("e"):
        out.append(w + "d")
    elif cons_y:
        out.append(w[:-1] + "ied")
    else:
        out.append(w + w[-1] + "ed" if dbl else w + "ed")
    if w.endswith("ie"):
        out.append(w[:-2] + "ying")
    elif w.endswith("e") and len(w) > 2 and w[-2] != "e":
        out.append(w[:-1] + "ing")
    else:
        out.append(w + w[-1] + "ing" if dbl else w + "ing")
    return out


def rule_line(morphy, lem, part, that_share):
    """A cue-verbs.rules [verbs] line for LEM: its particle when most of its
    cues hold one ("lay out"), its irregular forms from WordNet's exception
    list (forms=, with the regular ones), or double=yes when those only
    double the last consonant."""
    attrs = []
    regular = regular_forms(lem, False)
    exc = [w for w, l in morphy.exc["verb"].items() if l == lem and "_" not in w and w != lem]
    irregular = sorted(w for w in exc if w not in regular)
    if irregular and set(irregular) <= set(regular_forms(lem, True)):
        attrs.append("double=yes")
    elif irregular:
        attrs.append("forms=" + " ".join(dict.fromkeys(regular + irregular)))
    if that_share >= 0.2:
        attrs.append("that=yes")
    attrs.append("clause=yes")
    phrase = lem + (" " + part if part in PARTICLES else "")
    return "%s ; %s" % (phrase, ", ".join(attrs))


def main(argv):
    emit = None
    if argv and argv[0] == "--rules":
        emit = (int(argv[1]), float(argv[2]))
        argv = argv[3:]
    if len(argv) < 2:
        sys.exit(__doc__)
    text_dir, ann_dir = argv[0], argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    rules_dir = argv[2] if len(argv) > 2 else os.path.dirname(here)
    wn = argv[3] if len(argv) > 3 else "/usr/share/wordnet"
    verbs = read_rules(os.path.join(rules_dir, "cue-verbs.rules"))
    prefix = {p for p, _ in verbs["prefix"]}
    # a phrasal entry ("refer to") makes its verb known too
    known = {p.split()[0] for p, _ in verbs["verbs"] if p}
    morphy = Morphy(wn)

    cues = collections.Counter()
    after = collections.Counter()
    that = collections.Counter()
    particle = collections.defaultdict(collections.Counter)
    occ = collections.Counter()
    pos_of = {}
    for name, ann in sorted(first_annotator(ann_dir).items()):
        tpath = os.path.join(text_dir, name + ".txt")
        if not os.path.exists(tpath):
            continue
        with open(tpath, encoding="utf-8") as f:
            text = f.read()
        for m in WORD.finditer(text):
            lem, pos = morphy.lemma(m.group().lower().replace("’", "'"))
            occ[lem] += 1
        for a in read_ann(os.path.join(ann_dir, ann)):
            if "Cue" not in a or "Content" not in a:
                continue
            cue_start = min(s for s, _ in a["Cue"])
            words = []
            for s, e in sorted(a["Cue"]):
                words += [w.lower().replace("’", "'") for w in WORD.findall(text[s:e])]
            rest = [w for w in words if w not in prefix and not (len(w) > 4 and w.endswith("ly"))]
            if not rest:
                continue
            lem, pos = morphy.lemma(rest[0])
            pos_of.setdefault(lem, pos)
            cues[lem] += 1
            if len(rest) > 1:
                particle[lem][rest[1]] += 1
            cs = min(s for s, _ in a["Content"])
            if cs > cue_start:
                after[lem] += 1
                if text[cs:cs + 5].lower() == "that ":
                    that[lem] += 1

    rows = []
    for lem, n in cues.items():
        o = max(occ[lem], n)
        part = particle[lem].most_common(1)
        part = part[0][0] if part and part[0][1] * 2 >= n else ""
        rows.append((lem, pos_of.get(lem) or "-", n, o, n / o, after[lem] / n,
                     that[lem] / max(after[lem], 1), lem in known, part))
    rows.sort(key=lambda r: (-r[2], r[0]))
    if emit:
        min_cues, min_share = emit
        for lem, pos, n, o, share, aft, th, kn, part in rows:
            if kn or pos != "verb" or n < min_cues or share < min_share or aft < 0.5:
                continue
            print(rule_line(morphy, lem, part, th))
        return
    print("lemma\tpos\tcues\toccurrences\tshare\tafter\tthat\tknown\tparticle")
    for lem, pos, n, o, share, aft, th, kn, part in rows:
        print("%s\t%s\t%d\t%d\t%.2f\t%.2f\t%.2f\t%s\t%s" % (lem, pos, n, o, share, aft, th,
                                                          "yes" if kn else "no", part))


if __name__ == "__main__":
    main(sys.argv[1:])
