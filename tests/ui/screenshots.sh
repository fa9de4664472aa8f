#!/usr/bin/env bash
# Screenshots of the dashboard, case list, case view and every event form, in zh_CN and en, under Xvfb.
# Not part of CTest. Needs xvfb-run and ImageMagick (import). Usage:
#     tests/ui/screenshots.sh OUT_DIR [BUILD_DIR]
set -euo pipefail
out=${1:?usage: screenshots.sh OUT_DIR [BUILD_DIR]}
build=${2:-$(cd "$(dirname "$0")/../.." && pwd)/build}
binary="$build/tests/creditcase_ui_tests"
[ -x "$binary" ] || { echo "no $binary: build the tests first" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing" >&2; exit 2; }
command -v import >/dev/null || { echo "ImageMagick's import is missing" >&2; exit 2; }
mkdir -p "$out"
for lang in zh_CN en; do
    QT_QPA_PLATFORM=xcb CREDITCASE_SCREENSHOT_DIR="$(cd "$out" && pwd)" CREDITCASE_SCREENSHOT_LANG="$lang" LC_ALL=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1366x768x24 -dpi 96" \
        "$binary" "Screenshot tour of the case pages and forms" >/dev/null
done
ls "$out"/*.png
