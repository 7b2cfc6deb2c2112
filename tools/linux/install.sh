#!/bin/sh
# Install Custbook for this user: no root, no network, no Python needed.
#
#     ./install.sh              install (or upgrade) from this folder
#     ./install.sh --uninstall  remove the program; the book and its backups are kept
#
# Program:   ~/.local/opt/custbook-VERSION/  (and ~/.local/opt/custbook -> it)
# Command:   ~/.local/bin/custbook
# Menu:      ~/.local/share/applications/custbook.desktop, icon in ~/.local/share/icons
# The book:  ~/.local/share/Custbook/  (never inside the program folder, never removed
#            here; a newer release backs it up before upgrading it)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
VERSION=$(cat "$HERE/VERSION")
OPT="$HOME/.local/opt"
BIN="$HOME/.local/bin"
SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$SHARE/applications"
ICONS="$SHARE/icons/hicolor"

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$OPT"/custbook-* "$OPT/custbook" "$BIN/custbook" "$APPS/custbook.desktop" \
        "$ICONS/scalable/apps/custbook.svg" "$ICONS/256x256/apps/custbook.png"
    refresh_menus
    echo "客户簿程序已删除。您的客户簿仍在 $SHARE/Custbook/。"
    echo "Custbook is removed. Your book is still in $SHARE/Custbook/."
    exit 0
fi

TARGET="$OPT/custbook-$VERSION"
mkdir -p "$OPT" "$BIN" "$APPS" "$ICONS/scalable/apps" "$ICONS/256x256/apps"
rm -rf "$TARGET.new"
cp -R "$HERE/app" "$TARGET.new"
rm -rf "$TARGET"
mv "$TARGET.new" "$TARGET"
ln -sfn "custbook-$VERSION" "$OPT/custbook"
ln -sfn "$OPT/custbook/custbook" "$BIN/custbook"
for old in "$OPT"/custbook-*; do  # earlier releases: the program only, never the book
    [ "$old" = "$TARGET" ] || rm -rf "$old"
done
cp "$HERE/custbook.svg" "$ICONS/scalable/apps/custbook.svg"
cp "$HERE/custbook.png" "$ICONS/256x256/apps/custbook.png"
sed "s|^Exec=.*|Exec=\"$OPT/custbook/custbook\"|" "$HERE/custbook.desktop" > "$APPS/custbook.desktop"
chmod 644 "$APPS/custbook.desktop"
refresh_menus

echo "客户簿 $VERSION 已安装：在菜单（办公）中打开，或运行 custbook。"
echo "Custbook $VERSION is installed: find it in the menu (Office), or run: custbook"
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "(To type \`custbook\` in a terminal, add $BIN to PATH, or run $BIN/custbook.)" ;;
esac
echo "您的客户簿保存在 $SHARE/Custbook/，安装或删除程序都不会动它。"
echo "Your book is kept in $SHARE/Custbook/ and is not touched by installing or removing."
