#!/usr/bin/env bash
# CreditCase developer set-up for a fresh Debian 12 machine. Idempotent: installs only what is missing,
# reconfigures only when needed, rebuilds only what changed (ninja + ccache).
#
#   bash setup.sh demo    install, build, create the demo vault if needed, start the GUI on it
#   bash setup.sh test    install, build everything, run the whole test suite (what CI runs)
#   bash setup.sh bench   install, build the benchmarks and run them (prints figures; never fails on speed)
#   bash setup.sh build   install and build only
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(pwd)
BUILD="${CREDITCASE_BUILD_DIR:-$ROOT/build}"
MODE="${1:-demo}"

PACKAGES=(
    g++ cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    libqt6sql6-sqlite qt6-qpa-plugins
    libsqlcipher-dev sqlcipher libsodium-dev catch2
    fonts-noto-cjk
)

install_missing() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure() {
    local werror=OFF
    [ -n "${CI:-}" ] && werror=ON
    local bench=OFF
    [ "$MODE" = bench ] && bench=ON
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCREDITCASE_BUILD_TESTS=ON \
        -DCREDITCASE_BUILD_BENCH="$bench" -DCREDITCASE_WERROR="$werror" >/dev/null
}

build() {
    cmake --build "$BUILD" --parallel 2 -- "$@"
}

demo() {
    build creditcase creditcase-cli
    local dir="$BUILD/demo" vault="$BUILD/demo/demo.vault"
    local user=demo-admin password=demo-password-2026
    mkdir -p "$dir"
    if [ ! -f "$vault" ]; then
        printf '%s\n' "$password" | "$BUILD/creditcase-cli" --vault "$vault" init --admin "$user" \
            --organ "示范县市场监督管理局" --organ-level county --region 110105 >/dev/null
        printf '%s\n' "$password" | "$BUILD/creditcase-cli" --vault "$vault" --user "$user" user add demo-officer \
            --role officer --organ "示范县市场监督管理局" --organ-level county --region 110105 \
            --initial-password-file <(printf '%s\n' "$password") >/dev/null
        printf '%s\n' "$password" | "$BUILD/creditcase-cli" --vault "$vault" --user "$user" user add demo-supervisor \
            --role supervisor --organ "示范省市场监督管理局" --organ-level provincial --region 110000 \
            --initial-password-file <(printf '%s\n' "$password") >/dev/null
    fi
    echo
    echo "Demo vault: $vault"
    echo "Demo users: demo-admin, demo-officer, demo-supervisor — password for all: $password"
    echo
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: start it under X with  xvfb-run -a $BUILD/creditcase --vault $vault --user $user"
        exit 0
    fi
    exec "$BUILD/creditcase" --vault "$vault" --user "$user"
}

install_missing
configure
case "$MODE" in
demo) demo ;;
build) build ;;
test)
    build
    ctest --test-dir "$BUILD" --no-tests=error --output-on-failure --parallel 2
    ;;
bench)
    build
    for bench in "$BUILD"/tests/*_bench; do
        [ -x "$bench" ] && "$bench"
    done
    ;;
*)
    echo "usage: bash setup.sh demo|test|bench|build" >&2
    exit 2
    ;;
esac
