#!/usr/bin/env bash
# Install the built bundle as a desktop application (menu entry, icon, `reportdesk` on PATH).
#
#   bash packaging/install_linux.sh [--system] [--uninstall] [BUNDLE_DIR]
#
# Per user (default):  ~/.local/opt/reportdesk, ~/.local/bin/reportdesk,
#                      ${XDG_DATA_HOME:-~/.local/share}/{applications,icons/hicolor}
# --system (as root):  /opt/reportdesk, /usr/local/bin/reportdesk, /usr/local/share/…
# BUNDLE_DIR defaults to build/bundle/reportdesk (packaging/build_bundle.sh).
#
# The .desktop file is installed with Exec/TryExec pointing at the installed program, so the menu
# entry works even where ~/.local/bin is not on the session's PATH. The MIME types make the app
# an "Open with" choice for .txt/.docx; it does NOT become the default application for them
# (unlike `xdg-desktop-menu install`, which writes defaults.list).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=user uninstall=0 bundle=build/bundle/reportdesk
for arg in "$@"; do
  case $arg in
    --system) mode=system ;;
    --uninstall) uninstall=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) bundle=$arg ;;
  esac
done
if [ $mode = system ]; then
  app=/opt/reportdesk bin=/usr/local/bin data=/usr/local/share
else
  app=$HOME/.local/opt/reportdesk bin=$HOME/.local/bin data=${XDG_DATA_HOME:-$HOME/.local/share}
fi
icons=resources/icons/app/hicolor

refresh() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
  touch "$data/icons/hicolor" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null &&
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
}

if [ $uninstall = 1 ]; then
  rm -rf "$app"
  [ -L "$bin/reportdesk" ] && rm -f "$bin/reportdesk"
  rm -f "$data/applications/reportdesk.desktop"
  for d in "$icons"/*/; do rm -f "$data/icons/hicolor/$(basename "$d")/apps/reportdesk".{png,svg}; done
  refresh
  echo "removed ReportDesk ($mode)"
  exit 0
fi

[ -x "$bundle/reportdesk" ] || {
  echo "install: no bundle at $bundle (run packaging/build_bundle.sh first)" >&2; exit 2; }
mkdir -p "$(dirname "$app")" "$bin" "$data/applications" "$data/icons/hicolor"
rm -rf "$app"
cp -a "$bundle" "$app"
ln -sfn "$app/reportdesk" "$bin/reportdesk"
for d in "$icons"/*/; do
  size=$(basename "$d")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$d"apps/reportdesk.* "$data/icons/hicolor/$size/apps/"
done
sed -e "s|^Exec=reportdesk |Exec=$app/reportdesk |" -e "s|^TryExec=reportdesk$|TryExec=$app/reportdesk|" \
  resources/reportdesk.desktop > "$data/applications/reportdesk.desktop"
chmod 644 "$data/applications/reportdesk.desktop"
refresh
echo "installed ReportDesk ($mode): $app, $bin/reportdesk, $data/applications/reportdesk.desktop"
