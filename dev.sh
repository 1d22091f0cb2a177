#!/usr/bin/env bash
# MetKasekor Desktop on Debian, from a fresh machine:
#   ./dev.sh run [PROJECT.gpkg ...]   open the application (on the demo project by default)
#   ./dev.sh test [PYTEST ARGS ...]   run the whole test suite
#   ./dev.sh register [--stop]        a shared register on this PC, with the demo data
# Installs only the Debian packages that are missing (Qt's libraries, PostgreSQL with
# PostGIS for the shared-register tests), then hands over to
# scripts/bootstrap.py, which keeps the pinned Python environment in .venv.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

# Shared libraries PySide6 6.11 loads for the offscreen platform (tests) and the xcb
# platform (the window), from `ldd` on its Qt platform plugins and QtGui/QtWidgets, plus
# fontconfig and one font so text can be drawn at all. "a|b": either package will do
# (Debian 13 renamed some libraries with a t64 suffix).
QT_PACKAGES=(
    fontconfig fonts-dejavu-core libfontconfig1 libfreetype6
    libegl1 libgl1 libdbus-1-3 "libglib2.0-0t64|libglib2.0-0"
    libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
    libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0
)

# PostgreSQL with PostGIS: the tests of the shared register (tests/storage/postgis) start a
# real server in a temporary folder. Debian 12 has PostgreSQL 15; elsewhere the generic
# package pulls the PostGIS of the distribution's default PostgreSQL.
POSTGRES_PACKAGES=(postgresql "postgresql-15-postgis-3|postgresql-postgis")

# Chromium: the tests open the public website (site) in a real headless browser.
BROWSER_PACKAGES=(chromium)

# The first of python3.11 / python3 that is Python 3.11, or nothing.
find_python() {
    local candidate
    for candidate in python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

# Succeeds when any of the "|"-separated packages is installed.
is_installed() {
    local name
    local IFS='|'
    for name in $1; do
        if dpkg -s "$name" 2>/dev/null | grep -q '^Status: install ok installed'; then
            return 0
        fi
    done
    return 1
}

# The first of the "|"-separated packages that apt can install.
pick_available() {
    local name
    local IFS='|'
    for name in $1; do
        if apt-cache policy "$name" 2>/dev/null | grep -q 'Candidate: [^(]'; then
            echo "$name"
            return 0
        fi
    done
    echo "${1%%|*}"
}

ensure_debian_packages() {
    if ! command -v dpkg >/dev/null 2>&1; then
        echo "Not a Debian system: skipping the check of system libraries." >&2
        return 0
    fi
    local wanted=("${QT_PACKAGES[@]}" "${POSTGRES_PACKAGES[@]}" "${BROWSER_PACKAGES[@]}")
    local missing=() entry python
    python=$(find_python || true)
    if [ -z "$python" ]; then
        wanted+=(python3.11 python3.11-venv)
    elif ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
        # Debian's own Python keeps venv/ensurepip in a separate package.
        wanted+=("python3.11-venv|python3-venv")
    fi
    for entry in "${wanted[@]}"; do
        is_installed "$entry" || missing+=("$entry")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            local names=("${missing[@]%%|*}")
            echo "Missing Debian packages: ${names[*]}. As root, run:" >&2
            echo "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y" \
                "--no-install-recommends ${names[*]}" >&2
            exit 1
        fi
    fi
    echo "Installing missing Debian packages: ${missing[*]}" >&2
    "${sudo[@]}" apt-get update -qq
    local install=()
    for entry in "${missing[@]}"; do
        install+=("$(pick_available "$entry")")
    done
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${install[@]}" >/dev/null
}

ensure_debian_packages
PYTHON=$(find_python) || {
    echo "No Python 3.11 found (python3.11 or python3). Install it, e.g. on Debian 12:" \
        "apt-get install python3.11 python3.11-venv" >&2
    exit 1
}
exec "$PYTHON" scripts/bootstrap.py "$@"
