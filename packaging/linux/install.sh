#!/bin/sh
# Install Council Desk from this unpacked tarball.
#   ./install.sh            for this user: ~/.local/opt/council-desk, a menu entry, the icon (no root needed)
#   sudo ./install.sh --system   for every user: /opt/council-desk, /usr/local/share/applications, /usr/local/bin
#   ./install.sh --uninstall [--system]   remove the program (the case data stays: first run
#                                         `council-desk sign-out --all --remove-data` as each user who used it)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mode=user
action=install
for arg in "$@"; do
  case "$arg" in
    --system) mode=system ;;
    --uninstall) action=uninstall ;;
    *) echo "usage: $0 [--system] [--uninstall]" >&2; exit 2 ;;
  esac
done
if [ "$mode" = system ]; then
  prefix=/opt/council-desk; apps=/usr/local/share/applications; icons=/usr/local/share/icons/hicolor/256x256/apps
  bin=/usr/local/bin
else
  prefix="$HOME/.local/opt/council-desk"; apps="$HOME/.local/share/applications"
  icons="$HOME/.local/share/icons/hicolor/256x256/apps"; bin="$HOME/.local/bin"
fi
if [ "$action" = uninstall ]; then
  rm -rf "$prefix"; rm -f "$apps/council-desk.desktop" "$icons/council-desk.png" "$bin/council-desk"
  echo "Council Desk removed from $prefix (case data, settings and logs of each user are kept)."
  exit 0
fi
mkdir -p "$prefix" "$apps" "$icons" "$bin"
# A new version replaces the old folder whole, so no file of the old version is left to be loaded by mistake.
rm -rf "$prefix.new"; cp -a "$here/council-desk" "$prefix.new"; rm -rf "$prefix"; mv "$prefix.new" "$prefix"
cp "$here/council-desk.png" "$icons/council-desk.png"
sed -e "s|^Exec=council-desk|Exec=$prefix/council-desk|" -e "s|^TryExec=council-desk|TryExec=$prefix/council-desk|" \
  "$here/council-desk.desktop" > "$apps/council-desk.desktop"
ln -sf "$prefix/council-desk" "$bin/council-desk"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" >/dev/null 2>&1 || true
echo "Council Desk installed in $prefix; it is in the applications menu, and \`council-desk\` runs it from $bin."
