#!/bin/sh
# Install what claimgraph needs (Debian packages) when missing, then
# configure and build it in ./build.  Safe to run again: it only does what
# is not done yet.  Usage: sh .ci/bootstrap.sh [BUILDDIR [MESON OPTIONS...]]
set -eu
cd "$(dirname "$0")/.."

packages="meson ninja-build pkg-config gcc libglib2.0-dev libjson-glib-dev libsqlite3-dev
  libgraphviz-dev graphviz libstemmer-dev sqlite3 libxml2-utils"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "claimgraph: installing:$missing"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi

builddir="${1:-build}"
[ $# -gt 0 ] && shift
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" "$@"
fi
ninja -C "$builddir"
