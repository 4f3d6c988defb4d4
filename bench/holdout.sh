#!/usr/bin/env bash
# bench/holdout.sh: the learned tagger measured where it is used, on a part
# of PolNeAR's train split it was not trained on.
#
#   bench/holdout.sh [K] [KEY=VALUE ...]
#
# Trains a model with `cg-train --holdout K` (default 5: every fifth train
# article left out), links the held-out articles' text and annotations
# into a directory of their own, and runs `cg-eval` on them with a copy of
# the repository's rules using that model, extract.rules KEY = VALUE
# settings (tagger_scope=all ...) appended.  The learned bounds chooser
# is trained the same way (`cg-train-bounds --holdout K`, on the rules
# with that tagger model) unless a setting turns it off (bounds=none).  cg-train's own held-out
# figures are per sentence and per field, with no pairing of a cue to its
# source and content; these are the whole pipeline's, as on dev, so
# settings and models can be chosen here and dev kept for reporting.
# CG_CLUSTERS (default rules/clusters.txt, "none": none) are the word
# classes the model is trained with; CG_TRAIN_ARGS more cg-train options.
# CG_BENCH_BUILD (default: build in the repository) is the meson build;
# CG_POLNEAR (default /work/shared/polnear) holds train/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${CG_BENCH_BUILD:-$ROOT/build}
POLNEAR=${CG_POLNEAR:-/work/shared/polnear}
K=${1:-5}
case "$K" in ''|*[!0-9]*|0) echo "usage: bench/holdout.sh [K] [KEY=VALUE ...]" >&2; exit 2 ;; esac
shift || true

TMP=$(mktemp -d "${TMPDIR:-/tmp}/cg-holdout.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/rules" "$TMP/text" "$TMP/ann" "$TMP/none"

ninja -C "$BUILD" -j2 bench/cg-train bench/cg-train-bounds bench/cg-eval >/dev/null
# the trainer reads the articles with the rules but needs no model of its own
printf 'tagger = none\n' > "$TMP/none/extract.rules"
# the word classes (CG_CLUSTERS, default the repository's rules/clusters.txt;
# "none" for none) go beside the model, which names them
CLUSTERS=${CG_CLUSTERS:-$ROOT/rules/clusters.txt}
train_args=()
if [ "$CLUSTERS" != none ] && [ -f "$CLUSTERS" ]; then
  cp "$CLUSTERS" "$TMP/rules/clusters.txt"
  train_args+=(--clusters "$TMP/rules/clusters.txt")
fi
# CG_TRAIN_ARGS: more cg-train options (--epochs 20 ...)
# shellcheck disable=SC2206
train_args+=(${CG_TRAIN_ARGS:-})
"$BUILD/bench/cg-train" --rules "$TMP/none" --holdout "$K" --holdout-list "$TMP/held.txt" "${train_args[@]}" \
  -o "$TMP/rules/tagger.model" "$POLNEAR/train/text" "$POLNEAR/train/attributions" 2>&1 | grep 'held out' >&2

while read -r base; do
  ln -s "$POLNEAR/train/text/$base.txt" "$TMP/text/"
  for ann in "$POLNEAR/train/attributions/${base}"_*.ann; do
    ln -s "$ann" "$TMP/ann/"
  done
done < "$TMP/held.txt"

cp "$ROOT"/rules/*.rules "$TMP/rules/"
for kv in "$@"; do
  key=${kv%%=*}
  sed -i "/^$key *=/d" "$TMP/rules/extract.rules"
  printf '%s = %s\n' "$key" "${kv#*=}" >> "$TMP/rules/extract.rules"
done
if ! grep -q '^bounds *= *none' "$TMP/rules/extract.rules"; then
  "$BUILD/bench/cg-train-bounds" --rules "$TMP/rules" --holdout "$K" -o "$TMP/rules/bounds.model" \
    "$POLNEAR/train/text" "$POLNEAR/train/attributions" 2>&1 | grep 'held out' >&2
fi
CLAIMGRAPH_DEFAULT_RULES=$TMP/rules "$BUILD/bench/cg-eval" "$TMP/text" "$TMP/ann"
