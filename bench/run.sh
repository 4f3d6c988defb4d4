#!/usr/bin/env bash
# bench/run.sh: the whole speed and scale benchmark of claimgraph, with its
# peers (ICU4C, wink-nlp, compromise) on the same articles.  See
# bench/README.md for what each figure means.
#
#   bench/run.sh [--quick] [--full] [--runs N]
#
#   (default)  the 1% and 10% subsets, DOT export of a 1,000,000-node graph
#   --quick    the 1% subset only and a 100,000-node graph (a smoke run)
#   --full     also the whole corpus (100%), run once: several minutes
#   --runs N   runs per figure on the 1% and 10% subsets (median; default 3)
#   --profile  also profile cg-bench stages: perf record (cpu-clock samples)
#              on the 1% subset, and callgrind on its first 40 articles
#   --head     measure the committed HEAD (exported with git archive into
#              CG_BENCH_DIR/src-COMMIT) instead of the working tree
#
# Environment: CG_BENCH_DIR (default /tmp/claimgraph-bench) holds the
# unpacked corpus, the subset lists and the results, outside the repository;
# CG_BENCH_BUILD (default build-bench in the repository) is the meson build.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${CG_BENCH_DIR:-/tmp/claimgraph-bench}
BUILD=${CG_BENCH_BUILD:-$ROOT/build-bench}
TARBALL=${CG_BENCH_TARBALL:-/work/shared/corpora/allsides.tar.xz}
RUNS=3
MODE=default
HEAD=0
PROFILE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) MODE=quick ;;
    --full) MODE=full ;;
    --runs) RUNS=$2; shift ;;
    --head) HEAD=1 ;;
    --profile) PROFILE=1 ;;
    *) echo "usage: bench/run.sh [--quick] [--full] [--runs N] [--head] [--profile]" >&2; exit 2 ;;
  esac
  shift
done

log () { printf '== %s\n' "$*" >&2; }

# ---- build ---------------------------------------------------------------
mkdir -p "$WORK"
SRC=$ROOT
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)
if [ "$HEAD" = 1 ]; then
  SRC=$WORK/src-$COMMIT
  BUILD=$SRC/build
  if [ ! -d "$SRC" ]; then
    mkdir -p "$SRC"
    git -C "$ROOT" archive HEAD | tar -x -C "$SRC"
  fi
else
  [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no)" ] && COMMIT="$COMMIT + uncommitted changes"
fi
if [ ! -d "$BUILD" ]; then
  meson setup "$BUILD" "$SRC" >/dev/null
fi
if ! ninja -C "$BUILD" -j2 claimgraph bench/cg-bench bench/cg-peer-icu > "$WORK/build.log" 2>&1; then
  cat "$WORK/build.log" >&2
  exit 1
fi
CG=$BUILD/claimgraph
BENCH=$BUILD/bench/cg-bench
ICU=$BUILD/bench/cg-peer-icu

# ---- corpus and subsets --------------------------------------------------
mkdir -p "$WORK"
CORPUS=$WORK/allsides
if [ ! -d "$CORPUS" ] || [ "$(find "$CORPUS" -name '*.txt' | wc -l)" -lt 37554 ]; then
  log "unpacking $TARBALL into $WORK"
  tar -xJf "$TARBALL" -C "$WORK"
fi
# Sorted by name (C locale), then every k-th file: deterministic subsets
# spread over the whole corpus.  Each subset also gets a directory of hard
# links, so the CLI can be given one directory instead of 37,554 arguments.
make_subset () {   # NAME K
  local name=$1 k=$2 list=$WORK/list-$1.txt dir=$WORK/subset-$1
  if [ ! -s "$list" ]; then
    find "$CORPUS" -name '*.txt' | LC_ALL=C sort | awk -v k="$k" '(NR - 1) % k == 0' > "$list"
  fi
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    xargs -a "$list" ln -t "$dir"
  fi
}
SUBSETS="p1"
[ "$MODE" != quick ] && SUBSETS="p1 p10"
[ "$MODE" = full ] && SUBSETS="p1 p10 p100"
make_subset p1 100
make_subset p10 10
[ "$MODE" = full ] && make_subset p100 1

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$WORK/results-$STAMP
mkdir -p "$OUT"
log "results in $OUT"

runs_for () { if [ "$1" = p100 ]; then echo 1; else echo "$RUNS"; fi; }
# The whole commands take minutes beyond the 1% subset on a shared 2-core
# machine: several runs on p1, one on p10 and p100.
cli_runs_for () { if [ "$1" = p1 ]; then echo "$RUNS"; else echo 1; fi; }

# kv FILE PREFIX KEY: the value of KEY= on the first line of FILE starting with PREFIX.
kv () {
  awk -v p="$2" -v k="$3" 'index($0, p) == 1 {
      for (i = 1; i <= NF; i++) { n = index($i, "="); if (substr($i, 1, n - 1) == k) { v = substr($i, n + 1); gsub(/"/, "", v); print v; exit } } }' "$1"
}
median () { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# ---- per-stage timing through the library API ------------------------------
for s in $SUBSETS; do
  log "cg-bench stages on $s ($(wc -l < "$WORK/list-$s.txt") articles, $(runs_for $s) runs)"
  # The store is timed through the API on the 1% subset only: on larger ones
  # it would repeat the whole ingest that the CLI runs below measure.
  # The exports get 60 s of wall time beyond the 1% subset (the DOT ladder
  # below measures export scale on its own).
  store=--store; [ "$s" != p1 ] && store="--export-timeout 60"
  if ! "$BENCH" stages -r "$(runs_for $s)" $store --counts "$OUT/counts-cg-$s.tsv" "$WORK/list-$s.txt" \
    > "$OUT/stages-$s.txt"; then
    log "cg-bench stages failed on $s: a stage crashed or failed; reproduce with:"
    log "  gdb -batch -ex run -ex bt --args $BENCH stages -r 1 $WORK/list-$s.txt"
    exit 1
  fi
done

# ---- the whole commands: claimgraph ingest and analyze ---------------------
# Timed by /usr/bin/time -v for wall time and peak RSS; the store starts
# empty each run; default threads (one per core).
time_cmd () {   # OUTFILE CMD...
  local out=$1; shift
  touch "$out"
  if ! /usr/bin/time -v "$@" > /dev/null 2> "$out.time"; then
    log "FAILED: $* (see $out.time)"
    return 0
  fi
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$out.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 / 1024 }' "$out.time")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$out.time")
  echo "$wall $rss $cpu" >> "$out"
}
for s in $SUBSETS; do
  for r in $(seq "$(cli_runs_for $s)"); do
    log "claimgraph ingest $s run $r"
    rm -f "$OUT/ingest.db" "$OUT/ingest.db-wal" "$OUT/ingest.db-shm"
    time_cmd "$OUT/ingest-$s.runs" "$CG" ingest -q --db "$OUT/ingest.db" "$WORK/subset-$s"
    [ "$s" = p100 ] && continue   # ingest is the target on the whole corpus
    log "claimgraph analyze $s run $r"
    time_cmd "$OUT/analyze-$s.runs" "$CG" analyze -q "$WORK/subset-$s"
  done
  rm -f "$OUT/ingest.db" "$OUT/ingest.db-wal" "$OUT/ingest.db-shm"
done

# ---- peers on the same articles -------------------------------------------
if [ ! -d "$ROOT/bench/peers/node_modules" ]; then
  log "installing the node peers (npm ci)"
  (cd "$ROOT/bench/peers" && npm ci --no-audit --no-fund >/dev/null)
fi
for s in $SUBSETS; do
  log "ICU4C on $s"
  "$ICU" "$WORK/list-$s.txt" "$OUT/counts-icu-$s.tsv" > "$OUT/peer-icu-$s.txt"
done
# wink-nlp takes about 86 s on the whole corpus, compromise about 47 ms per
# article: wink runs on the 1% and 10% subsets, compromise on the 1% subset.
for s in $SUBSETS; do
  [ "$s" = p100 ] && continue
  log "wink-nlp on $s"
  node "$ROOT/bench/peers/peer.js" wink "$WORK/list-$s.txt" "$OUT/counts-wink-$s.tsv" > "$OUT/peer-wink-$s.txt"
done
log "compromise on p1"
node "$ROOT/bench/peers/peer.js" compromise "$WORK/list-p1.txt" "$OUT/counts-compromise-p1.tsv" \
  > "$OUT/peer-compromise-p1.txt"

# ---- DOT export of a large synthetic graph ---------------------------------
# A ladder of sizes shows how export time grows; each size has a time limit
# of 120 s (the target is 20 s) and the ladder stops at the first failure.
NODES=1000000
[ "$MODE" = quick ] && NODES=100000
: > "$OUT/dot-synthetic.txt"
for n in 10000 100000 1000000; do
  [ "$n" -gt "$NODES" ] && break
  log "cg-bench dot-synthetic $n"
  if ! timeout 120 "$BENCH" dot-synthetic -r 1 --sample "$WORK/list-p1.txt" "$n" > "$OUT/dot-$n.txt" 2>&1; then
    echo "dot_synthetic_failed nodes=$n: $(tr '\n' ' ' < "$OUT/dot-$n.txt") (exit status, or over the time limit of 120 s)" >> "$OUT/dot-synthetic.txt"
    break
  fi
  cat "$OUT/dot-$n.txt" >> "$OUT/dot-synthetic.txt"
done

# ---- profiles ------------------------------------------------------------------
# Hardware counters are often unavailable in VMs ("perf stat -e instructions"
# says <not supported>), so perf samples the cpu-clock software event; the
# exact instruction counts per function come from callgrind.
if [ "$PROFILE" = 1 ]; then
  psub=p1
  if command -v perf > /dev/null; then
    log "perf record on $psub"
    perf record -q -e cpu-clock -F 1999 -o "$OUT/perf.data" "$BENCH" stages -r 1 --export-timeout 10 "$WORK/list-$psub.txt" > /dev/null 2>&1 || true
    perf report -i "$OUT/perf.data" --no-children --sort dso,sym --stdio 2> /dev/null \
      | grep -v '^#' | grep '%' | head -40 > "$OUT/profile-perf.txt" || true
  fi
  if command -v valgrind > /dev/null; then
    log "callgrind on the first 40 articles"
    head -40 "$WORK/list-p1.txt" > "$OUT/list-profile.txt"
    valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.out" \
      "$BENCH" stages -r 1 "$OUT/list-profile.txt" > /dev/null 2>&1 || true
    callgrind_annotate --inclusive=no "$OUT/callgrind.out" 2> /dev/null | head -60 > "$OUT/profile-callgrind.txt" || true
    callgrind_annotate --inclusive=yes "$OUT/callgrind.out" 2> /dev/null | head -60 > "$OUT/profile-callgrind-inclusive.txt" || true
    # One profile per stage: instructions collected only inside its entry point.
    for fn in cg_reader_read_file cg_segmenter_run cg_extractor_run cg_registry_resolve_article cg_linker_add cg_score_claims; do
      valgrind --tool=callgrind --toggle-collect="$fn" --callgrind-out-file="$OUT/callgrind-$fn.out" \
        "$BENCH" stages -r 1 "$OUT/list-profile.txt" > /dev/null 2>&1 || true
      callgrind_annotate --inclusive=no "$OUT/callgrind-$fn.out" 2> /dev/null \
        | sed -n '/PROGRAM TOTALS/p; /file:function/,$p' | sed 's|[^ ]*/\.\./||; s| \[[^]]*\]$||' \
        | grep -v '^-*$' | head -16 > "$OUT/profile-$fn.txt" || true
    done
  fi
fi

# ---- summary ---------------------------------------------------------------
S=$OUT/summary.md
{
  echo "# claimgraph benchmark $STAMP"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(uname -srm); build: $(meson introspect --buildoptions "$BUILD" 2>/dev/null | tr ',' '\n' | grep -A2 '"name": "buildtype"' | sed -n 's/.*"value": "\([a-z]*\)".*/\1/p' | head -1 || true)"
  echo "Commit: $COMMIT; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine inflates wall times, not CPU times)"
  echo
  echo "## Stages through the library API (one thread, medians)"
  echo
  echo "| subset | articles | MB | stage | wall s | CPU s | MB/s (CPU) | articles/s (CPU) | MB/s (wall) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for s in $SUBSETS; do
    f=$OUT/stages-$s.txt
    arts=$(kv "$f" corpus articles); mb=$(awk -v b="$(kv "$f" corpus bytes)" 'BEGIN { printf "%.1f", b / 1e6 }')
    grep '^stage=' "$f" | while read -r line; do
      name=${line#stage=}; name=${name%% *}
      if echo "$line" | grep -q 'failed='; then
        echo "| $s | $arts | $mb | $name | failed: $(echo "$line" | sed 's/.*failed=//') | | | | |"
      else
        echo "| $s | $arts | $mb | $name | $(kv "$f" "stage=$name " seconds) | $(kv "$f" "stage=$name " cpu_seconds) | $(kv "$f" "stage=$name " mbps) | $(kv "$f" "stage=$name " aps) | $(kv "$f" "stage=$name " wall_mbps) |"
      fi
    done
  done
  echo
  echo "## What claimgraph found"
  echo
  for s in $SUBSETS; do echo "- $s: $(grep '^found' "$OUT/stages-$s.txt" | cut -d' ' -f2-)"; done
  echo
  echo "## Whole commands (wall clock and peak RSS by /usr/bin/time -v, medians)"
  echo
  echo "| subset | command | runs | wall s | MB/s (wall) | CPU s (user+sys) | peak RSS MB |"
  echo "|---|---|---|---|---|---|---|"
  for s in $SUBSETS; do
    bytes=$(kv "$OUT/stages-$s.txt" corpus bytes)
    for c in ingest analyze; do
      f=$OUT/$c-$s.runs
      [ -e "$f" ] || continue
      if [ ! -s "$f" ]; then
        echo "| $s | claimgraph $c | 0 | failed: $(grep -v '^\s' "$f.time" | head -1) | | | |"
        continue
      fi
      w=$(awk '{ print $1 }' "$f" | median); m=$(awk '{ print $2 }' "$f" | median)
      echo "| $s | claimgraph $c | $(wc -l < "$f") | $w | $(awk -v b="$bytes" -v w="$w" 'BEGIN { printf "%.2f", b / 1e6 / w }') | $(awk '{ print $3 }' "$f" | median) | $m |"
    done
  done
  echo
  echo "## Peers on the same articles"
  echo
  echo "| subset | segmenter | CPU s | MB/s (CPU) | articles/s | sentences | quotes | claimgraph segment+extract speed / this | claimgraph segment speed / this |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for s in $SUBSETS; do
    f=$OUT/stages-$s.txt
    cgmbps=$(kv "$f" "stage=segment+extract " mbps)
    segmbps=$(kv "$f" "stage=segment " mbps)
    echo "| $s | claimgraph segment+extract | $(kv "$f" "stage=segment+extract " cpu_seconds) | $cgmbps | $(kv "$f" "stage=segment+extract " aps) | $(kv "$f" found sentences) | $(kv "$f" found quote_spans) spans, $(kv "$f" found direct) direct | 1.00 | |"
    for p in icu wink compromise; do
      pf=$OUT/peer-$p-$s.txt
      [ -s "$pf" ] || continue
      pm=$(kv "$pf" peer mbps)
      q=$(kv "$pf" peer quotes); [ "$q" = -1 ] && q="n/a"
      echo "| $s | $p | $(kv "$pf" peer cpu_seconds) | $pm | $(kv "$pf" peer aps) | $(kv "$pf" peer sentences) | $q | $(awk -v a="$cgmbps" -v b="$pm" 'BEGIN { if (b > 0) printf "%.2fx", a / b }') | $(awk -v a="$segmbps" -v b="$pm" 'BEGIN { if (b > 0) printf "%.2fx", a / b }') |"
    done
  done
  echo
  echo "ICU segmentation alone (without the UTF-16 conversion): $(for s in $SUBSETS; do printf '%s %s MB/s; ' "$s" "$(kv "$OUT/peer-icu-$s.txt" peer segment_mbps)"; done)"
  echo
  echo "## Agreement on the 1% sample (per article, against ICU4C sentences)"
  echo
  # Join the per-article counts on the path and compare.
  awk -F'\t' '
    FILENAME ~ /counts-cg-/         { cg[$1] = $3; qs[$1] = $4; dq[$1] = $5; n++; order[n] = $1; next }
    FILENAME ~ /counts-icu-/        { icu[$1] = $3; next }
    FILENAME ~ /counts-wink-/       { wink[$1] = $3; next }
    FILENAME ~ /counts-compromise-/ { cs[$1] = $3; cq[$1] = $4; next }
    function cmp(name, arr,   i, p, d, eq, near, tot) {
      for (i = 1; i <= n; i++) { p = order[i]; if (!(p in arr)) continue; d = arr[p] - icu[p]; if (d < 0) d = -d;
        eq += (d == 0); near += (d <= 0.1 * icu[p]); tot += d; m++ }
      printf "| %s | %d | %.1f%% | %.1f%% | %.2f |\n", name, m, 100 * eq / n, 100 * near / n, tot / n; m = 0
    }
    END {
      print "| segmenter | articles | same count as ICU | within 10% of ICU | mean abs difference |"
      print "|---|---|---|---|---|"
      cmp("claimgraph", cg); cmp("wink-nlp", wink); cmp("compromise", cs)
      for (i = 1; i <= n; i++) { p = order[i]; tq += qs[p]; td += dq[p]; tc += cq[p];
        if (qs[p] == cq[p]) qe++; if (dq[p] == cq[p]) de++; if (qs[p] > 0) qa++; if (cq[p] > 0) ca++ }
      print ""
      printf "Quotes on the same %d articles: claimgraph quote spans %d (articles with any: %d), claimgraph direct quotes %d, compromise .quotations() %d (articles with any: %d); articles where the span count equals compromise: %.1f%%, where the direct-quote count equals compromise: %.1f%%.\n", n, tq, qa, td, tc, ca, 100 * qe / n, 100 * de / n
    }' "$OUT/counts-cg-p1.tsv" "$OUT/counts-icu-p1.tsv" "$OUT/counts-wink-p1.tsv" "$OUT/counts-compromise-p1.tsv"
  echo
  echo "## Targets"
  echo
  big=${SUBSETS##* }
  f=$OUT/stages-$big.txt
  se=$(kv "$f" "stage=segment+extract " mbps)
  [ "$(kv "$f" found assertions)" = 0 ] && echo "Warning: the extractor found no assertions: linking and scoring had nothing to do (scaffold stages?)." && echo
  echo "| target | measured | result |"
  echo "|---|---|---|"
  echo "| segment + extract >= 50 MB/s on one core ($big) | $se MB/s | $(awk -v x="$se" 'BEGIN { print (x >= 50 ? "PASS" : "FAIL") }') |"
  bytes=$(kv "$f" corpus bytes)
  if [ -s "$OUT/ingest-$big.runs" ]; then
    w=$(awk '{ print $1 }' "$OUT/ingest-$big.runs" | median)
    im=$(awk -v b="$bytes" -v w="$w" 'BEGIN { printf "%.2f", b / 1e6 / w }')
    c=$(awk '{ print $3 }' "$OUT/ingest-$big.runs" | median)
    cm=$(awk -v b="$bytes" -v c="$c" 'BEGIN { printf "%.2f", b / 1e6 / c }')
    echo "| claimgraph ingest >= 20 MB/s on $(nproc) cores ($big) | $im MB/s wall ($w s; $cm MB per CPU second, $c CPU s) | $(awk -v x="$im" 'BEGIN { print (x >= 20 ? "PASS" : "FAIL") }') |"
  else
    echo "| claimgraph ingest >= 20 MB/s on $(nproc) cores ($big) | ingest failed | NOT MEASURED |"
  fi
  for s in $SUBSETS; do
    r=$(kv "$OUT/stages-$s.txt" link_doubling ratio)
    echo "| linking: doubling the corpus <= 2.2x its time ($s, N/2 -> N: $(kv "$OUT/stages-$s.txt" link_doubling cpu_seconds) CPU s) | ${r}x | $(awk -v x="$r" 'BEGIN { print (x <= 2.2 ? "PASS" : "FAIL") }') |"
  done
  if [ "$(echo "$SUBSETS" | wc -w)" -ge 2 ]; then
    prev=""; for s in $SUBSETS; do
      if [ -n "$prev" ]; then
        a=$(kv "$OUT/stages-$prev.txt" "stage=link " cpu_seconds); b=$(kv "$OUT/stages-$s.txt" "stage=link " cpu_seconds)
        na=$(kv "$OUT/stages-$prev.txt" found assertions); nb=$(kv "$OUT/stages-$s.txt" found assertions)
        echo "| linking growth $prev -> $s (assertions $na -> $nb) | $a -> $b CPU s: exponent $(awk -v a="$a" -v b="$b" -v x="$na" -v y="$nb" 'BEGIN { if (a > 0 && x > 0 && y > x) printf "%.2f", log(b / a) / log(y / x); else print "n/a" }') (1.14 = 2.2x per doubling) | $(awk -v a="$a" -v b="$b" -v x="$na" -v y="$nb" 'BEGIN { if (a > 0 && x > 0 && y > x) print (log(b / a) / log(y / x) <= log(2.2) / log(2) ? "PASS" : "FAIL"); else print "n/a" }') |"
      fi
      prev=$s
    done
  fi
  for c in ingest analyze; do
    [ -e "$OUT/$c-$big.runs" ] || continue
    if [ -s "$OUT/$c-$big.runs" ]; then
      m=$(awk '{ print $2 }' "$OUT/$c-$big.runs" | median)
      echo "| peak memory < 2 GB (claimgraph $c, $big) | $m MB | $(awk -v x="$m" 'BEGIN { print (x < 2048 ? "PASS" : "FAIL") }')$([ "$big" != p100 ] && echo ' (not the whole corpus: run --full)') |"
    else
      echo "| peak memory < 2 GB (claimgraph $c, $big) | $c failed | NOT MEASURED |"
    fi
  done
  while read -r line; do
    case "$line" in
      dot_synthetic_failed*)
        echo "| DOT export of a $NODES-node graph < 20 s | ${line#dot_synthetic_failed } | FAIL |" ;;
      dot_synthetic*)
        nn=$(echo "$line" | sed 's/.* nodes=\([0-9]*\).*/\1/')
        g=$(echo "$line" | sed 's/.* graph_seconds=\([0-9.]*\).*/\1/')
        d=$(echo "$line" | sed 's/.* dot_seconds=\([0-9.]*\).*/\1/')
        echo "| DOT export of a $nn-node graph < 20 s | build $g s + export $d s (wall) | $(awk -v x="$d" -v y="$g" -v n="$nn" 'BEGIN { print (x + y < 20 ? "PASS" : "FAIL") (n < 1000000 ? " (not the 1,000,000-node target)" : "") }') |" ;;
    esac
  done < "$OUT/dot-synthetic.txt"
  if [ "$PROFILE" = 1 ]; then
    echo
    echo "## Profiles"
    echo
    echo "perf, cpu-clock samples, self time (top 25):"
    echo '```'
    head -25 "$OUT/profile-perf.txt" 2> /dev/null || true
    echo '```'
    echo "callgrind, instructions, self (exclusive), the whole cg-bench run on $(wc -l < "$OUT/list-profile.txt") articles:"
    echo '```'
    sed -n '/^Ir/,$p' "$OUT/profile-callgrind.txt" 2> /dev/null | sed 's|[^ ]*/\.\./||; s| \[[^]]*\]$||' | head -35 || true
    echo '```'
    for fn in cg_reader_read_file cg_segmenter_run cg_extractor_run cg_registry_resolve_article cg_linker_add cg_score_claims; do
      echo "callgrind, instructions inside $fn only (self; percentages of that stage):"
      echo '```'
      cat "$OUT/profile-$fn.txt" 2> /dev/null || true
      echo '```'
    done
  fi
} > "$S"
cat "$S"
log "raw outputs and summary: $OUT"
