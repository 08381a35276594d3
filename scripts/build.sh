#!/usr/bin/env bash
# Configures and builds into ./build (Ninja, RelWithDebInfo). In CI (CI=true) a compiler
# warning is an error (CD_WERROR).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCD_WERROR="$werror"
cmake --build "$root/build" --parallel "$(nproc)"
