#!/usr/bin/env python3
"""wordnet2rules.py: write the WordNet part of antonyms.rules.

Reads WordNet's data.adj, data.verb and data.adv (Debian package
wordnet-base, /usr/share/wordnet) and prints one rule per direct antonym
pair ("!" pointers between single words): "word ; opposite=word".
Multi-word lemmas, pairs differing only by a prefix stem that the Snowball
stemmer would fold anyway, and satellite adjectives are left out.

    python3 rules/tools/wordnet2rules.py [/usr/share/wordnet] > antonyms-wordnet.txt
"""
import os
import sys


def read_pos(path):
    """Map synset offset -> list of lemmas, and the raw antonym pointers."""
    words = {}
    pointers = []
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head = line.split(" | ")[0].split()
            offset, ss_type = head[0], head[2]
            w_cnt = int(head[3], 16)
            lemmas = [head[4 + 2 * i].lower() for i in range(w_cnt)]
            words[offset] = lemmas
            k = 4 + 2 * w_cnt
            p_cnt = int(head[k])
            k += 1
            for _ in range(p_cnt):
                sym, target, _pos, srctgt = head[k:k + 4]
                k += 4
                if sym == "!" and ss_type != "s":
                    src, tgt = int(srctgt[:2], 16), int(srctgt[2:], 16)
                    pointers.append((offset, src, target, tgt))
    return words, pointers


def clean(lemma):
    # adjective markers like "good(a)"
    return lemma.split("(")[0]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    seen = set()
    for pos in ("adj", "verb", "adv"):
        words, pointers = read_pos(os.path.join(root, "data." + pos))
        for offset, src, target, tgt in pointers:
            if src == 0 or tgt == 0 or target not in words:
                continue
            a = clean(words[offset][src - 1])
            b = clean(words[target][tgt - 1])
            if "_" in a or "_" in b or "-" in a or "-" in b or a == b:
                continue
            if not (a.isalpha() and b.isalpha()):
                continue
            key = tuple(sorted((a, b)))
            if key in seen:
                continue
            seen.add(key)
            print("%s ; opposite=%s" % key)


if __name__ == "__main__":
    main()
