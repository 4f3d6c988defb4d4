#!/bin/sh
# Run one libFuzzer target: bench/fuzz.sh TARGET SECONDS
# TARGET is reader, segment, extract, rules or export.  Builds build-fuzz
# with clang, ASan and UBSan when needed, seeds the corpus from
# examples/corpus, tests/data and rules/, and keeps what it finds in
# bench/fuzz/corpus-TARGET (not committed) and crashes in bench/fuzz/crashes.
set -eu
cd "$(dirname "$0")/.."
target="${1:?usage: bench/fuzz.sh TARGET SECONDS}"
seconds="${2:-600}"
if [ ! -f build-fuzz/build.ninja ]; then
  CC=clang meson setup build-fuzz -Dfuzz=true -Db_sanitize=address,undefined -Db_lundef=false \
    -Dbuildtype=debugoptimized >/dev/null
fi
if ! out=$(ninja -C build-fuzz "bench/fuzz/fuzz-$target" 2>&1); then
  printf '%s\n' "$out" >&2
  exit 1
fi
corpus="bench/fuzz/corpus-$target"
mkdir -p "$corpus" bench/fuzz/crashes
if [ "$target" = rules ]; then
  cp -n rules/*.rules "$corpus"/ 2>/dev/null || true
else
  cp -n examples/corpus/* "$corpus"/ 2>/dev/null || true
  find tests/data -type f -size -200k -exec cp -n {} "$corpus"/ \; 2>/dev/null || true
fi
export CLAIMGRAPH_DEFAULT_RULES="$PWD/rules"
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
exec "build-fuzz/bench/fuzz/fuzz-$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix=bench/fuzz/crashes/ "$corpus"
