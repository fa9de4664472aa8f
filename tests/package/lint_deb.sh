#!/usr/bin/env bash
# Builds the Debian package from a tree configured WITHOUT the test hooks, and checks it the way Debian would:
# lintian (every error and warning fails), desktop-file-validate, appstreamcli validate, and a look inside the
# package (programs stripped, debug symbols in the -dbgsym package, manual pages, copyright, changelog).
#
#   bash tests/package/lint_deb.sh [BUILD_DIR]     default BUILD_DIR: build-deb beside the sources
#
# Not part of CTest: it compiles a second, release tree (about 10 minutes on two cores the first time). Exit 77 when
# a tool it needs is missing (CTest's skip code), 1 when the package is not clean, 0 when it is.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$(pwd)
BUILD="${1:-$ROOT/build-deb}"

for tool in lintian desktop-file-validate appstreamcli dpkg-deb cpack; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed" >&2
        exit 77
    fi
done

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCREDITCASE_BUILD_TESTS=OFF \
    -DCREDITCASE_BUILD_BENCH=OFF -DCREDITCASE_TEST_HOOKS=OFF >/dev/null
if grep -q 'CREDITCASE_TEST_HOOKS:BOOL=ON' "$BUILD/CMakeCache.txt"; then
    echo "FAIL: $BUILD has the test hooks compiled in; a package must never carry them" >&2
    exit 1
fi
cmake --build "$BUILD" --parallel 2
rm -f "$BUILD"/creditcase_*.deb "$BUILD"/creditcase-dbgsym_*.ddeb
(cd "$BUILD" && cpack -G DEB >/dev/null)
deb=$(ls "$BUILD"/creditcase_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"

status=0
fail() { echo "FAIL: $*" >&2; status=1; }

# lintian: errors and warnings fail (--fail-on is lintian >= 2.80; Debian 12 has 2.116). The two overrides the
# package carries (packaging/debian/lintian-overrides) say why they are not problems.
if ! lintian --fail-on error,warning --info --pedantic "$deb"; then
    fail "lintian rejects $deb"
fi

desktop-file-validate "$ROOT/packaging/org.creditcase.CreditCase.desktop" || fail "desktop file"
appstreamcli validate --no-net "$ROOT/packaging/org.creditcase.CreditCase.metainfo.xml" || fail "metainfo"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/creditcase ./usr/bin/creditcase-cli ./usr/share/man/man1/creditcase.1.gz \
            ./usr/share/man/man1/creditcase-cli.1.gz ./usr/share/doc/creditcase/copyright \
            ./usr/share/doc/creditcase/changelog.Debian.gz ./usr/share/applications/org.creditcase.CreditCase.desktop \
            ./usr/share/metainfo/org.creditcase.CreditCase.metainfo.xml; do
    grep -q " $path\$" <<<"$contents" || fail "missing $path"
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work"
for program in creditcase creditcase-cli; do
    if file "$work/usr/bin/$program" | grep -q 'not stripped'; then
        fail "$program is not stripped"
    fi
    echo "$program: $(du -h "$work/usr/bin/$program" | cut -f1) stripped"
done
# The hooks are a compile-time switch; their environment variable names must not be in the programs.
if strings "$work/usr/bin/creditcase-cli" | grep -q 'CREDITCASE_KDF_PROFILE'; then
    fail "creditcase-cli carries the test hooks"
fi
dbgsym=$(ls "$BUILD"/creditcase-dbgsym_*.ddeb 2>/dev/null || true)
if [ -z "$dbgsym" ]; then
    fail "no creditcase-dbgsym package with the debug symbols"
else
    echo "debug symbols: $dbgsym ($(du -h "$dbgsym" | cut -f1))"
fi
dpkg-deb -f "$deb" Maintainer Section Version
[ $status -eq 0 ] && echo "OK: the package is clean"
exit $status
