#!/usr/bin/env bash
# Installs what naitei needs to build, from Debian's packages only (nothing downloaded from URLs):
#   - mecab-ipadic: the IPADIC sources compiled into the binary at build time.
# Safe to run many times.
set -euo pipefail

SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "setup: need root (or sudo) to install Debian packages: mecab-ipadic" >&2; exit 2
  fi
fi

need=()
if [ -z "${IPADIC_SRC_DIR:-}" ] && [ ! -f /usr/share/mecab/dic/ipadic/matrix.def ]; then
  need+=(mecab-ipadic)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]} (Debian packages)" >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! $SUDO apt-get install -y --no-install-recommends "${need[@]}" >/dev/null 2>&1; then
    $SUDO apt-get update -qq >/dev/null
    $SUDO apt-get install -y --no-install-recommends "${need[@]}" >/dev/null
  fi
fi
