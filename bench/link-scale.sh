#!/bin/sh
# link-scale.sh: how the linking and scoring stages grow with the corpus.
#
#   bench/link-scale.sh [BUILDDIR]          (default: build)
#
# Builds corpora of 1x, 10x and ~100x the bytes of the seed articles
# (examples/corpus, 74 KB): the seeds, then real news text in a fixed order
# (BASIL's 300 articles, 100 events x 3 outlets, which share stories, then
# the PolNeAR train texts), and for each one reports
#   - cg-bench stages: seconds of the link and score stages alone (linker
#     setup included), assertions and links;
#   - `claimgraph links DIR --format jsonl`: wall seconds and peak RSS of the
#     whole command (reading, extraction and resolution included).
# Near-linear linking shows as link seconds per 1000 assertions staying
# flat from 10x to 100x.  Needs /work/shared (or set CG_NEWS_DIRS).
set -eu
BUILD=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CG="$ROOT/$BUILD/claimgraph"
BENCH="$ROOT/$BUILD/bench/cg-bench"
NEWS=${CG_NEWS_DIRS:-"/work/shared/corpora/basil /work/shared/polnear/train/text"}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

ls "$ROOT"/examples/corpus/*.txt > "$TMP/all"
for d in $NEWS; do ls "$d"/*.txt; done | grep -v '/README' >> "$TMP/all"
seed_bytes=$(cat "$ROOT"/examples/corpus/*.txt | wc -c)

printf '%-6s %9s %9s %11s %8s %9s %10s %12s %10s %9s\n' scale articles bytes assertions links link_s score_s link_ms/1k_a cli_s cli_rss_mb
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
  "$BENCH" stages -r 1 "$TMP/list$k" > "$TMP/bench$k"
  assertions=$(sed -n 's/.* assertions=\([0-9]*\).*/\1/p' "$TMP/bench$k" | head -1)
  links=$(sed -n 's/^found.* links=\([0-9]*\).*/\1/p' "$TMP/bench$k")
  link_s=$(sed -n 's/^stage=link seconds=\([0-9.]*\).*/\1/p' "$TMP/bench$k")
  score_s=$(sed -n 's/^stage=score seconds=\([0-9.]*\).*/\1/p' "$TMP/bench$k")
  per=$(echo "$link_s $assertions" | awk '{ printf "%.2f", $2 ? 1e6 * $1 / $2 : 0 }')
  /usr/bin/time -f '%e %M' -o "$TMP/time$k" "$CG" links "$TMP/dir$k" --format jsonl > "$TMP/links$k"
  cli_s=$(cut -d' ' -f1 "$TMP/time$k")
  rss=$(awk '{ printf "%.1f", $2 / 1024 }' "$TMP/time$k")
  printf '%-6s %9s %9s %11s %8s %9s %10s %12s %10s %9s\n' "${k}x" "$n" "$total" "$assertions" "$links" \
    "$link_s" "$score_s" "$per" "$cli_s" "$rss"
  echo "       links by relation: $(sed -n 's/.*"relation":"\([a-z_]*\)".*/\1/p' "$TMP/links$k" | sort | uniq -c | tr -s ' \n' ' ')"
done
