#!/usr/bin/env bash
# Smoke-test the built bundle: --version, `check` on the bundled sample, a Word round trip
# (export the sample to .docx, check the .docx: exercises lxml) and a GUI screenshot.
#   bash packaging/smoke_bundle.sh [BUNDLE_DIR]     (default build/bundle/reportdesk)
# The screenshot goes to $SMOKE_SCREENSHOT (default: build/bundle/smoke-screenshot.png).
# Exit 0 when all pass; prints one line per check (ok / FAIL).
set -uo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build/bundle/reportdesk}
[ -x "$dir/reportdesk" ] || {
  echo "smoke: no bundle at $dir/reportdesk (run packaging/build_bundle.sh)" >&2; exit 2; }
dir=$(cd "$dir" && pwd)
exe="$dir/reportdesk"
sample=$(ls "$dir"/_internal/resources/samples/*.txt 2>/dev/null | head -n 1)
shot=${SMOKE_SCREENSHOT:-$(dirname "$dir")/smoke-screenshot.png}
case $shot in /*) ;; *) shot="$PWD/$shot" ;; esac
fail=0
# Run from an empty folder with a clean environment, so nothing from the source tree can help.
work=$(mktemp -d)

out=$(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" "$exe" --version 2>&1)
rc=$?
if [ $rc -eq 0 ] && [[ "$out" == reportdesk\ * ]]; then echo "ok   --version: $out"
else echo "FAIL --version: rc=$rc $out"; fail=1; fi

if [ -z "$sample" ]; then echo "FAIL check: no sample in $dir/_internal/resources/samples"; fail=1
else
  out=$(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" "$exe" check "$sample" 2>&1)
  rc=$?
  lines=$(printf '%s\n' "$out" | grep -c . || true)
  if [ $rc -eq 1 ] && [ "$lines" -gt 0 ]; then echo "ok   check sample: exit 1, $lines lines of findings"
  else echo "FAIL check sample: rc=$rc (want 1)"; printf '%s\n' "$out" | tail -n 5; fail=1; fi
fi

if [ -n "$sample" ]; then
  docx="$work/sample.docx"
  out=$(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" "$exe" export "$sample" \
    -o "$docx" --findings-as-comments 2>&1)
  rc=$?
  out2=$(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" "$exe" check "$docx" 2>&1)
  rc2=$?
  if [ $rc -eq 0 ] && [ -s "$docx" ] && [ $rc2 -eq 1 ]; then
    echo "ok   word round trip: export exit 0 ($(stat -c %s "$docx") bytes), check .docx exit 1"
  else echo "FAIL word round trip: export rc=$rc, check rc=$rc2 (want 0, 1)"
    printf '%s\n' "$out" "$out2" | tail -n 5; fail=1; fi
fi

rm -f "$shot"
out=$(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" QT_QPA_PLATFORM=offscreen \
  timeout 60 "$exe" --sample --screenshot "$shot" 2>&1)
rc=$?
size=$(stat -c %s "$shot" 2>/dev/null || echo 0)
magic=$(head -c 8 "$shot" 2>/dev/null | od -An -tx1 | tr -d ' \n')
if [ $rc -eq 0 ] && [ "$magic" = "89504e470d0a1a0a" ] && [ "$size" -gt 20000 ]; then
  echo "ok   screenshot: $shot ($size bytes)"
else echo "FAIL screenshot: rc=$rc size=$size"; printf '%s\n' "$out" | tail -n 5; fail=1; fi

rm -rf "$work"
exit $fail
