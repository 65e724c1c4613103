#!/usr/bin/env bash
# Checks that CI and developers both run: formatting (swift-format, config in .swift-format) and that no
# file from ../shared was copied into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

fmt=$(command -v swift-format || true)
if [ -z "$fmt" ]; then fmt="swift format"; fi
echo "== swift-format lint"
$fmt lint --strict --recursive --parallel Package.swift Sources Tests Benchmarks 2>&1 | tee /tmp/marsad-format.log
if [ -s /tmp/marsad-format.log ]; then
    echo "swift-format found problems; fix with: swift-format format --in-place --recursive Sources Tests Benchmarks" >&2
    exit 1
fi

echo "== no shared data copied into the repo"
if [ -d ../shared/data ]; then
    { git ls-files -z | xargs -0 sha1sum 2>/dev/null || true; } | cut -d' ' -f1 | sort -u > /tmp/marsad-repo.sums
    find ../shared/data ../shared/eval -type f -size +2k -print0 | xargs -0 sha1sum | sort > /tmp/marsad-shared.sums
    copied=$(awk 'NR == FNR { repo[$1] = 1; next } ($1 in repo) { print $2 }' /tmp/marsad-repo.sums /tmp/marsad-shared.sums)
    if [ -n "$copied" ]; then
        echo "files copied from ../shared (never commit them): $copied" >&2
        exit 1
    fi
fi
echo "validate: ok"
