#!/usr/bin/env python3
"""prune-nouns.py: keep the cue-nouns.rules entries that raise train F1.

The entries of one noun and construction (those mine-nouns.py printed with
the same section, preposition and lemma=) form a group.  Each group is
taken out of a copy of the rule directory in turn, and cg-eval is run on
the split; a group whose removal leaves the sum of the exact F1 of
content, source and cue as high or higher is dropped.  One pass, in file
order, each test against the file as pruned so far.  Prints the pruned
cue-nouns.rules (header comments kept) on stdout and the figures on stderr.

    python3 rules/tools/prune-nouns.py CG_EVAL RULES_DIR TRAIN/text TRAIN/attributions

Run it on a TRAIN split only.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROW = re.compile(r"^\s+(content|source|cue)\s+exact\s+\S+\s+\S+\s+(\S+)")


def score(cg_eval, rules_dir, text_dir, ann_dir):
    env = dict(os.environ, CLAIMGRAPH_DEFAULT_RULES=rules_dir)
    out = subprocess.run([cg_eval, "--digits", "6", text_dir, ann_dir], env=env, capture_output=True, text=True,
                         check=True).stdout
    total = 0.0
    # the first three exact rows are those of all attributions
    for line in out.splitlines()[:14]:
        m = ROW.match(line)
        if m:
            total += float(m.group(2))
    return total


def group_key(section, line):
    phrase, _, attrs = line.partition(";")
    words = phrase.split()
    tag = re.search(r"lemma=[^,\s]+", attrs)
    return (section, " ".join(words[1:]), tag.group(0) if tag else phrase.strip())


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    cg_eval, rules_dir, text_dir, ann_dir = argv
    with open(os.path.join(rules_dir, "cue-nouns.rules"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    section, keys = None, []
    for line in lines:
        s = line.strip()
        if s.startswith("[") and s.endswith("]"):
            section = s[1:-1]
            keys.append(None)
        elif not s or s.startswith("#"):
            keys.append(None)
        else:
            keys.append(group_key(section, s))
    groups = list(dict.fromkeys(k for k in keys if k))
    tmp = tempfile.mkdtemp(prefix="prune-nouns-")
    try:
        work = os.path.join(tmp, "rules")
        shutil.copytree(rules_dir, work)

        def write(dropped):
            with open(os.path.join(work, "cue-nouns.rules"), "w", encoding="utf-8") as f:
                for line, k in zip(lines, keys):
                    if k is None or k not in dropped:
                        f.write(line + "\n")

        dropped = set()
        write(dropped)
        base = score(cg_eval, work, text_dir, ann_dir)
        print("all: %.6f" % base, file=sys.stderr)
        for g in groups:
            write(dropped | {g})
            s = score(cg_eval, work, text_dir, ann_dir)
            if s >= base:
                dropped.add(g)
                base = s
                print("drop %s: %.6f" % (" ".join(g), s), file=sys.stderr)
            else:
                print("keep %s: %.6f" % (" ".join(g), s), file=sys.stderr)
        for line, k in zip(lines, keys):
            if k is None or k not in dropped:
                print(line)
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main(sys.argv[1:])
