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
    libsqlcipher-dev sqlcipher libsodium-dev catch2 poppler-utils libpoppler-qt6-dev
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
    # The test-only switches (CREDITCASE_TODAY, CREDITCASE_KDF_PROFILE) are compiled in for test and bench runs
    # only; a package is never made from such a tree.
    local hooks=()
    if [ "$MODE" = test ] || [ "$MODE" = bench ]; then
        hooks=(-DCREDITCASE_TEST_HOOKS=ON)
    fi
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCREDITCASE_BUILD_TESTS=ON \
        -DCREDITCASE_BUILD_BENCH="$bench" -DCREDITCASE_WERROR="$werror" "${hooks[@]}" >/dev/null
}

build() {
    cmake --build "$BUILD" --parallel 2 -- "$@"
}

# One designation case in progress, so that `deadlines` and `case list` have something to show.
seed_demo_case() {
    local vault=$1 password=$2 cli="$BUILD/creditcase-cli" id
    as() { local user=$1; shift; printf '%s\n' "$password" | "$cli" --vault "$vault" --user "$user" --json "$@"; }
    json_id() { sed -n 's/.*"id": *\([0-9]*\).*/\1/p' | head -1; }
    id=$(as demo-officer subject add --kind enterprise --id 91350100M000100Y43 --name "示范食品有限公司" | json_id)
    id=$(as demo-officer record add --subject "$id" --item administrative-penalty-legal-person \
        --basis-kind administrative-penalty --basis-number "示市监罚〔2026〕8号" --basis-organ "示范县市场监督管理局" \
        --basis-date 2026-10-10 --effective-on 2026-11-10 --severity serious --sector market-regulation \
        --facts "销售不符合食品安全标准的食品" | json_id)
    id=$(as demo-officer case open --record "$id" --list samr-serious-illegal --scope public-health-safety \
        --on 2026-11-20 | json_id)
    as demo-officer case notify --case "$id" --served-on 2026-11-25 >/dev/null
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
        # Acts on a case and its standard belong to the case's organ (four eyes inside the county); re-examination
        # to a superior organ whose region contains the county's. The SAMR list asks for the next higher organ: the
        # smallest organ above the county in the vault, here the province (no municipal organ is recorded; one
        # recorded for region 110100 would take the re-examinations over).
        printf '%s\n' "$password" | "$BUILD/creditcase-cli" --vault "$vault" --user "$user" user add demo-supervisor \
            --role supervisor --organ "示范县市场监督管理局" --organ-level county --region 110105 \
            --initial-password-file <(printf '%s\n' "$password") >/dev/null
        printf '%s\n' "$password" | "$BUILD/creditcase-cli" --vault "$vault" --user "$user" user add demo-reviewer \
            --role supervisor --organ "示范省市场监督管理局" --organ-level provincial --region 110000 \
            --initial-password-file <(printf '%s\n' "$password") >/dev/null
        seed_demo_case "$vault" "$password" || echo "(the demo case could not be created; the vault is still usable)"
    fi
    echo
    echo "Demo vault: $vault"
    echo "Demo users: demo-admin, demo-officer, demo-supervisor (county), demo-reviewer (province) — password for all: $password"
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
