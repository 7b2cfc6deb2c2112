#!/usr/bin/env bash
# Try the Linux release for real: a clean Debian with only a desktop's X/GL libraries
# (no python3, no pip), the tarball unpacked and installed by an ordinary user, then
# every command with networking off, and the window under Xvfb (a screenshot to look at).
#
#     sudo tools/release_test.sh [dist/custbook-VERSION-linux-x86_64.tar.gz]
#
# Needs root (chroot, mounts, unshare), and on the host: debootstrap, xvfb, xdotool,
# imagemagick (`apt-get install debootstrap xvfb xdotool imagemagick`). The clean system
# is made once in $ROOTFS (the internet is needed for that only) and reused; delete the
# folder to start from scratch. Results, the PDF and the screenshot go to $OUT.
# Not run by CI (a few minutes and root); CI runs tests/core/test_installed_wheel.py.
set -euo pipefail
cd "$(dirname "$0")/.."
TARBALL=$(realpath "${1:-$(ls -t dist/custbook-*-linux-x86_64.tar.gz | head -1)}")
ROOTFS=${ROOTFS:-/var/tmp/custbook-rootfs}
OUT=${OUT:-/var/tmp/custbook-release-test}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
DISPLAY_NO=${DISPLAY_NO:-87}
# What any X11 desktop has: Qt's xcb libraries, GL, fontconfig, glib, dbus, one font.
DESKTOP_LIBS=libgl1,libegl1,libxkbcommon0,libxkbcommon-x11-0,libfontconfig1,libglib2.0-0,\
libdbus-1-3,libxcb-cursor0,libx11-xcb1,libxcb-icccm4,libxcb-image0,libxcb-keysyms1,\
libxcb-randr0,libxcb-render-util0,libxcb-shape0,libxcb-xkb1,libxcb-xfixes0,libxcb-sync1,\
libxcb-util1,libxcb-render0,fonts-dejavu-core

step() { printf '\n=== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

if [ ! -x "$ROOTFS/usr/bin/env" ]; then
    step "debootstrap --variant=minbase bookworm into $ROOTFS (once)"
    debootstrap --variant=minbase --include="$DESKTOP_LIBS" bookworm "$ROOTFS" "$MIRROR"
fi
chroot "$ROOTFS" sh -c 'command -v python3 || command -v python || command -v pip3' \
    && fail "the clean system has a Python"
chroot "$ROOTFS" id shop >/dev/null 2>&1 || chroot "$ROOTFS" useradd -m -s /bin/sh shop
rm -rf "$ROOTFS/home/shop" && mkdir -p "$ROOTFS/home/shop"
cp "$TARBALL" "$ROOTFS/home/shop/"
chroot "$ROOTFS" chown -R shop:shop /home/shop
mkdir -p "$OUT" && rm -f "$OUT"/*

mounted=()
cleanup() {
    [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null || true
    [ -n "${XVFB:-}" ] && kill "$XVFB" 2>/dev/null || true
    for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[$i]}" || true; done
}
trap cleanup EXIT
mount -t proc proc "$ROOTFS/proc" && mounted+=("$ROOTFS/proc")
mount --bind /dev "$ROOTFS/dev" && mounted+=("$ROOTFS/dev")
mkdir -p "$ROOTFS/tmp/.X11-unix" /tmp/.X11-unix
mount --bind /tmp/.X11-unix "$ROOTFS/tmp/.X11-unix" && mounted+=("$ROOTFS/tmp/.X11-unix")

# Inside: no network at all (a new network namespace without even loopback), user `shop`.
box() {
    unshare -n chroot --userspec=shop:shop "$ROOTFS" env -i HOME=/home/shop USER=shop \
        PATH=/home/shop/.local/bin:/usr/bin:/bin LANG=C.UTF-8 DISPLAY=":$DISPLAY_NO" "$@"
}
box_background() {  # the same, run with `&`: $! is then the program itself (exec), to stop it
    exec unshare -n chroot --userspec=shop:shop "$ROOTFS" env -i HOME=/home/shop USER=shop \
        PATH=/home/shop/.local/bin:/usr/bin:/bin LANG=C.UTF-8 DISPLAY=":$DISPLAY_NO" "$@"
}
box sh -c 'getent hosts deb.debian.org' >/dev/null 2>&1 && fail "the box has a network"
echo "network: none (unshare -n); python3: none"

NAME=$(basename "$TARBALL" .tar.gz)
step "unpack and ./install.sh as the user"
box sh -c "cd ~ && tar xzf $NAME.tar.gz && cd $NAME && ./install.sh"
step "custbook --version"
box custbook --version | tee "$OUT/version.txt"
grep -q "^Custbook " "$OUT/version.txt" || fail "--version"
step "custbook demo (2,000 customers)"
t0=$(date +%s.%N)
box custbook demo --customers 2000 --out /home/shop/shop.db
printf 'demo took %.1f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
step "custbook info"
box custbook --db /home/shop/shop.db info
step "custbook check"
box custbook --db /home/shop/shop.db check
step "custbook search 张"
box custbook --db /home/shop/shop.db search 张 --limit 5 | tee "$OUT/search.txt"
[ -s "$OUT/search.txt" ] || fail "search found nothing"
step "custbook report satisfaction"
box custbook --db /home/shop/shop.db report satisfaction --from 2026-01-01 --to 2026-11-22 \
    --out /home/shop/report.pdf
cp "$ROOTFS/home/shop/report.pdf" "$OUT/report.pdf"

step "the window under Xvfb (1366x768), in Chinese"
Xvfb ":$DISPLAY_NO" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
sleep 1
began=$(date +%s.%N)
box_background custbook --db /home/shop/shop.db --lang zh_CN >"$OUT/window.log" 2>&1 &
APP=$!
shown_ok=
for _ in $(seq 1 1200); do
    if DISPLAY=":$DISPLAY_NO" xdotool search --onlyvisible --name "shop.db" >/dev/null 2>&1; then
        shown_ok=1; break
    fi
    kill -0 "$APP" 2>/dev/null || { cat "$OUT/window.log"; fail "the window did not open"; }
    sleep 0.05
done
if [ -z "$shown_ok" ]; then
    DISPLAY=":$DISPLAY_NO" import -window root "$OUT/window.png"
    fail "no window titled with the book after 60 s (see $OUT/window.png)"
fi
shown=$(date +%s.%N)
sleep 3  # let the first page fill
DISPLAY=":$DISPLAY_NO" import -window root "$OUT/window.png"
printf 'window shown after %.1f s (first start in the box)\n' "$(echo "$shown - $began" | bc)"
kill "$APP"; wait "$APP" 2>/dev/null || true
APP=
step "uninstall and install again: the book in the data folder is kept"
box mkdir -p /home/shop/.local/share/Custbook
box custbook demo --customers 30 --out /home/shop/.local/share/Custbook/custbook.db >/dev/null
box sh -c "cd ~/$NAME && ./install.sh --uninstall"
box sh -c 'command -v custbook' && fail "custbook is still installed"
[ -f "$ROOTFS/home/shop/.local/share/Custbook/custbook.db" ] || fail "uninstall removed the book"
box sh -c "cd ~/$NAME && ./install.sh" >/dev/null
box custbook info | grep -E "^Book|customer " | head -3
step "installed size"
du -sh "$ROOTFS/home/shop/.local/opt/custbook/" | tee "$OUT/size.txt"
ls -l "$TARBALL"
echo
echo "PASSED. Look at $OUT/window.png and $OUT/report.pdf."
