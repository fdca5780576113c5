#!/usr/bin/env bash
# Installs what the browser tests need: Debian's chromium (driven by playwright-core) and a CJK font so
# Chinese text renders in the screenshots. Idempotent: prints nothing and exits 0 when both are present.
# Without root it prints the command to run and exits 1.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
packages=()
[ -x "$CHROMIUM" ] || packages+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh family 2>/dev/null | head -n 1)" ]; then
  packages+=(fonts-wqy-microhei)
fi

[ "${#packages[@]}" -eq 0 ] && exit 0

cmd="apt-get update && apt-get install -y --no-install-recommends ${packages[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: missing ${packages[*]}; run as root:" >&2
  echo "  sudo sh -c '$cmd'" >&2
  exit 1
fi

echo "install-chromium: installing ${packages[*]} …" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
[ -x "$CHROMIUM" ] || { echo "install-chromium: $CHROMIUM still missing after install" >&2; exit 1; }
echo "install-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium installed)" >&2
