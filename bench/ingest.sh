#!/usr/bin/env bash
# bench/ingest.sh: ingest throughput of the claim store against the
# in-memory pipeline, on the same real news articles.
#
#   bench/ingest.sh [MB]      (default 50: at least that much article text)
#
# Times `claimgraph ingest` into a fresh store, the same ingest again (every
# file unchanged: the idempotence path), and `claimgraph analyze` (the
# one-shot in-memory pipeline) over the same files, and prints MB/s of
# article text for each.  The allsides corpus is unpacked outside the
# repository, into CG_BENCH_DIR (default /tmp/claimgraph-bench, shared with
# bench/run.sh); CG_BENCH_BUILD (default build-store in the repository) is
# the meson build used.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${CG_BENCH_DIR:-/tmp/claimgraph-bench}
BUILD=${CG_BENCH_BUILD:-$ROOT/build-store}
TARBALL=${CG_BENCH_TARBALL:-/work/shared/corpora/allsides.tar.xz}
MB=${1:-50}
case "$MB" in ''|*[!0-9]*) echo "usage: bench/ingest.sh [MB]" >&2; exit 2 ;; esac

log () { printf '== %s\n' "$*" >&2; }

[ -d "$BUILD" ] || meson setup "$BUILD" "$ROOT" >/dev/null
ninja -C "$BUILD" -j2 claimgraph >/dev/null
CG=$BUILD/claimgraph

mkdir -p "$WORK"
CORPUS=$WORK/allsides
if [ ! -d "$CORPUS" ] || [ "$(find "$CORPUS" -name '*.txt' | wc -l)" -lt 37554 ]; then
  log "unpacking $TARBALL into $WORK"
  tar -xJf "$TARBALL" -C "$WORK"
fi

# The first files in name order (C locale) until MB megabytes of text, as
# hard links in one directory so the CLI takes a single argument.
SET=$WORK/ingest-${MB}mb
if [ ! -d "$SET" ]; then
  rm -rf "$SET.tmp"
  mkdir -p "$SET.tmp"
  find "$CORPUS" -name '*.txt' -printf '%s %p\n' | LC_ALL=C sort -k2 > "$SET.sizes"
  awk -v limit=$((MB * 1000000)) 'total < limit { print $2; total += $1 }' "$SET.sizes" > "$SET.list"
  xargs -a "$SET.list" ln -t "$SET.tmp"
  rm -f "$SET.sizes" "$SET.list"
  mv "$SET.tmp" "$SET"
fi
FILES=$(find "$SET" -name '*.txt' | wc -l)
BYTES=$(find "$SET" -name '*.txt' -printf '%s\n' | awk '{ t += $1 } END { print t }')
log "$FILES articles, $BYTES bytes of text in $SET"

DB=$WORK/ingest-bench.db
rm -f "$DB" "$DB-wal" "$DB-shm"

now () { date +%s.%N; }
rate () { awk -v b="$BYTES" -v s="$1" 'BEGIN { printf "%.2f", b / 1e6 / s }'; }

log "claimgraph ingest into a fresh store"
t0=$(now)
"$CG" ingest -q --db "$DB" "$SET"
t1=$(now)
log "claimgraph ingest again (nothing changed)"
"$CG" ingest -q --db "$DB" "$SET"
t2=$(now)
log "claimgraph analyze (in memory)"
"$CG" analyze -q "$SET" > /dev/null
t3=$(now)

ingest_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
again_s=$(awk -v a="$t1" -v b="$t2" 'BEGIN { print b - a }')
analyze_s=$(awk -v a="$t2" -v b="$t3" 'BEGIN { print b - a }')
db_mb=$(stat -c %s "$DB" | awk '{ printf "%.1f", $1 / 1e6 }')

"$CG" stats --db "$DB"
printf '\nclaimgraph %s (%s), %s articles, %.1f MB of text, %s cores\n' \
  "$("$CG" --version | cut -d' ' -f2)" "$(git -C "$ROOT" rev-parse --short HEAD)" "$FILES" \
  "$(awk -v b="$BYTES" 'BEGIN { print b / 1e6 }')" "$(nproc)"
printf '%-34s %8.1f s  %7s MB/s\n' "ingest, fresh store" "$ingest_s" "$(rate "$ingest_s")"
printf '%-34s %8.1f s  %7s MB/s\n' "ingest again, all unchanged" "$again_s" "$(rate "$again_s")"
printf '%-34s %8.1f s  %7s MB/s\n' "analyze (in-memory pipeline)" "$analyze_s" "$(rate "$analyze_s")"
printf 'store file: %s MB\n' "$db_mb"
