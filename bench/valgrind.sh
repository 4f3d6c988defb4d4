#!/bin/sh
# Valgrind memcheck over the test programs: bench/valgrind.sh [BUILDDIR] [TEST...]
# BUILDDIR (default build-valgrind) is a build without sanitizers (valgrind
# and ASan do not mix); it is set up when missing.  Each test program runs
# under memcheck, and so does every claimgraph process it spawns (the CLI
# tests); other programs the tests spawn (dot, xmllint) are skipped.  A
# definite leak or any memory error fails the test.  Suppressions, each
# with its reason, are in tests/valgrind.supp.
set -eu
cd "$(dirname "$0")/.."
builddir="${1:-build-valgrind}"
[ $# -gt 0 ] && shift
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" -Dbuildtype=debug >/dev/null
fi
if ! out=$(ninja -C "$builddir" -j2 2>&1); then
  printf '%s\n' "$out" >&2
  exit 1
fi
# GLib: plain malloc for every allocation, and pointers cleared on free, so
# memcheck sees each block.
export G_SLICE=always-malloc G_DEBUG=gc-friendly
wrapper="valgrind --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite \
--show-leak-kinds=definite --error-exitcode=1 --num-callers=30 --trace-children=yes \
--trace-children-skip=*/dot,*/xmllint,*/sh,*/env --suppressions=$PWD/tests/valgrind.supp"
exec meson test -C "$builddir" --num-processes 1 --wrapper "$wrapper" --timeout-multiplier 20 --print-errorlogs "$@"
