#!/bin/sh
# link-scale.sh: how the linking and scoring stages grow with the corpus.
#
#   bench/link-scale.sh [BUILDDIR]          (default: build)
#
# Builds corpora of 1x, 10x and 100x the bytes of the seed articles
# (examples/corpus, 74 KB): the seeds, then real news text in a fixed order
# (BASIL's 300 articles, 100 events x 3 outlets, which share stories, the
# PolNeAR train texts, then AllSides articles in name order, extracted
# from /work/shared/corpora/allsides.tar.xz into a temporary directory),
# and for each one reports
#   - cg-bench stages: CPU seconds of the link and score stages alone
#     (linker setup included), assertions, links, and the number of exact
#     comparisons the linker made (cg-bench's link_comparisons line);
#   - `claimgraph links DIR --format jsonl`: wall seconds and peak RSS of the
#     whole command (reading, extraction and resolution included).
# Near-linear linking shows as exact comparisons and CPU microseconds per
# assertion staying nearly flat from 10x to 100x (wall seconds on a shared
# machine are not a measure; the CPU seconds are).  Needs /work/shared (or set CG_NEWS_DIRS).
set -eu
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CG="$ROOT/$BUILD/claimgraph"
BENCH="$ROOT/$BUILD/bench/cg-bench"
NEWS=${CG_NEWS_DIRS:-"/work/shared/corpora/basil /work/shared/polnear/train/text"}
ALLSIDES=${CG_ALLSIDES:-/work/shared/corpora/allsides.tar.xz}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
if [ -f "$ALLSIDES" ]; then
  mkdir -p "$TMP/allsides"
  tar -xJf "$ALLSIDES" -C "$TMP/allsides"
  NEWS="$NEWS $(dirname "$(find "$TMP/allsides" -name '*.txt' | head -1)")"
fi

ls "$ROOT"/examples/corpus/*.txt > "$TMP/all"
for d in $NEWS; do find "$d" -maxdepth 1 -name '*.txt' | LC_ALL=C sort; done | grep -v '/README' >> "$TMP/all"
seed_bytes=$(cat "$ROOT"/examples/corpus/*.txt | wc -c)

printf '%-6s %8s %9s %10s %6s %11s %10s %11s %11s %8s %10s\n' scale articles bytes assertions links comparisons link_cpu_s score_cpu_s us/assertion cli_s cli_rss_mb
for k in 1 10 100; do
  want=$((seed_bytes * k))
  : > "$TMP/list$k"
  total=0
  while read -r f; do
    [ "$total" -ge "$want" ] && break
    echo "$f" >> "$TMP/list$k"
    total=$((total + $(wc -c < "$f")))
  done < "$TMP/all"
  mkdir -p "$TMP/dir$k"
  n=0
  while read -r f; do
    n=$((n + 1))
    ln -s "$f" "$TMP/dir$k/$(printf '%05d' $n)_$(basename "$f")"
  done < "$TMP/list$k"
  G_MESSAGES_DEBUG=claimgraph "$BENCH" stages -r 1 "$TMP/list$k" > "$TMP/bench$k" 2> "$TMP/debug$k"
  assertions=$(sed -n 's/.* assertions=\([0-9]*\).*/\1/p' "$TMP/bench$k" | head -1)
  links=$(sed -n 's/^found.* links=\([0-9]*\).*/\1/p' "$TMP/bench$k")
  link_s=$(sed -n 's/^stage=link seconds=[0-9.]* cpu_seconds=\([0-9.]*\).*/\1/p' "$TMP/bench$k")
  score_s=$(sed -n 's/^stage=score seconds=[0-9.]* cpu_seconds=\([0-9.]*\).*/\1/p' "$TMP/bench$k")
  comparisons=$(sed -n 's/^link_comparisons .* compared=[0-9]*\/\([0-9]*\) .*/\1/p' "$TMP/bench$k")
  per=$(echo "$link_s $assertions" | awk '{ printf "%.1f", $2 ? 1e6 * $1 / $2 : 0 }')
  /usr/bin/time -f '%e %M' -o "$TMP/time$k" "$CG" links "$TMP/dir$k" --format jsonl > "$TMP/links$k"
  cli_s=$(cut -d' ' -f1 "$TMP/time$k")
  rss=$(awk '{ printf "%.1f", $2 / 1024 }' "$TMP/time$k")
  printf '%-6s %8s %9s %10s %6s %11s %10s %11s %11s %8s %10s\n' "${k}x" "$n" "$total" "$assertions" "$links" \
    "$comparisons" "$link_s" "$score_s" "$per" "$cli_s" "$rss"
  echo "       links by relation: $(sed -n 's/.*"relation":"\([a-z_]*\)".*/\1/p' "$TMP/links$k" | sort | uniq -c | tr -s ' \n' ' ')"
done
