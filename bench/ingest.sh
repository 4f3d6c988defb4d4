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

# timed LABEL CMD...: run CMD, keep its wall-clock and CPU (user + sys)
# seconds and its peak RSS.
TIMES=$(mktemp)
trap 'rm -f "$TIMES"' EXIT
timed () {
  local label=$1; shift
  log "$label"
  /usr/bin/time -f "%e %U %S %M" -o "$TIMES.one" "$@"
  printf '%s\t%s\n' "$label" "$(awk '{ printf "%s %s %s", $1, $2 + $3, $4 }' "$TIMES.one")" >> "$TIMES"
  rm -f "$TIMES.one"
}

timed "ingest, fresh store" "$CG" ingest -q --db "$DB" "$SET"
timed "ingest again, all unchanged" "$CG" ingest -q --db "$DB" "$SET"
timed "analyze (in-memory pipeline)" sh -c '"$0" analyze -q "$1" > /dev/null' "$CG" "$SET"

"$CG" stats --db "$DB"
printf '\nclaimgraph %s (%s), %s articles, %.1f MB of text, %s cores, load average %s\n' \
  "$("$CG" --version | cut -d' ' -f2)" "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')" "$FILES" \
  "$(awk -v b="$BYTES" 'BEGIN { print b / 1e6 }')" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-32s %9s %8s %9s %8s %8s\n' "" "wall s" "MB/s" "cpu s" "MB/s cpu" "RSS MB"
awk -F'\t' -v b="$BYTES" '{ split($2, t, " ");
    printf "%-32s %9.1f %8.2f %9.1f %8.2f %8.0f\n", $1, t[1], b / 1e6 / t[1], t[2], b / 1e6 / t[2], t[3] / 1024 }' "$TIMES"
printf 'store file: %s MB\n' "$(stat -c %s "$DB" | awk '{ printf "%.1f", $1 / 1e6 }')"
