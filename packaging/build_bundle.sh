#!/usr/bin/env bash
# Build the one-folder bundle: build/bundle/reportdesk/reportdesk (+ _internal/).
# PYTHON picks the interpreter (default: .venv/bin/python if present, else python3); it needs the
# app's dependencies and PyInstaller (`pip install pyinstaller`).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
"$PYTHON" -c "import PyInstaller" 2>/dev/null || {
  echo "build_bundle: PyInstaller is missing: $PYTHON -m pip install pyinstaller" >&2; exit 2; }

start=$(date +%s)
# Always from scratch: PyInstaller's analysis cache does not notice a change of interpreter.
rm -rf build/bundle/reportdesk build/pyinstaller
"$PYTHON" -m PyInstaller packaging/reportdesk.spec --noconfirm --log-level WARN \
  --distpath build/bundle --workpath build/pyinstaller
end=$(date +%s)

out=build/bundle/reportdesk
echo "built $out in $((end - start)) s"
echo "size: $(du -sh "$out" | cut -f1) ($(find "$out" -type f | wc -l) files)"
