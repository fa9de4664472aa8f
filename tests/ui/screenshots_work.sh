#!/usr/bin/env bash
# Screenshots of the New work and Administration pages and dialogs (ui/work, ui/admin) in Chinese and English,
# under Xvfb with ImageMagick's `import -window root`. Look at them before calling a change to these pages done.
#
#   bash tests/ui/screenshots_work.sh [BUILD_DIR] [OUT_DIR]    defaults: build, build/screenshots-work
#
# CREDITCASE_SCREENSHOT_EXTRA_QM=file.qm previews a Chinese translation not yet merged into translations/.
# Exit 77 when xvfb-run or import is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
BUILD="${1:-build}"
OUT="${2:-$BUILD/screenshots-work}"
for tool in xvfb-run import; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed" >&2; exit 77; }
done
cmake --build "$BUILD" --target creditcase_ui_tests --parallel 2 >/dev/null
mkdir -p "$OUT"
for lang in zh_CN en; do
    LANG="$lang.UTF-8" LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb CREDITCASE_SCREENSHOT_DIR="$OUT" CREDITCASE_SCREENSHOT_LANG="$lang" \
        xvfb-run -a -s "-screen 0 1280x900x24" "$BUILD/tests/creditcase_ui_tests" "[screenshots]" >/dev/null
done
ls "$OUT"/*.png
