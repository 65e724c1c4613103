#!/usr/bin/env bash
# Interleaved `marsad bench` rounds for two or more builds (A B C A B C …), with each run's CPU seconds, so that
# a shared machine's swings hit every build alike. The first binary is the reference for the ratios.
#
#   Benchmarks/coding/interleave.sh 5 1 /tmp/marsad-base/.build/release/marsad .build/release/marsad
#
# Arguments: ROUNDS JOBS BINARY...; CORPUS (environment) overrides the SaudiNewsNet corpus.
set -euo pipefail
rounds=$1
jobs=$2
shift 2
corpus=${CORPUS:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/data/saudinewsnet/articles.jsonl.gz}
log=$(mktemp)
err=$(mktemp)
trap 'rm -f "$log" "$err"' EXIT
for r in $(seq 1 "$rounds"); do
    for b in "$@"; do
        json=$({ /usr/bin/time -f "CPU %U %S" "$b" bench --corpus "$corpus" --jobs "$jobs" --json 2>"$err"; } | tail -1)
        cpu=$(awk '/^CPU/ { print $2 + $3 }' "$err")
        echo "$r $b $cpu $json" >>"$log"
    done
done
python3 - "$log" <<'PY'
import collections, json, sys

bins, data = [], collections.defaultdict(dict)
for line in open(sys.argv[1]):
    r, b, cpu, j = line.split(None, 3)
    if b not in bins:
        bins.append(b)
    d = json.loads(j)
    d["cpu"] = float(cpu)
    data[int(r)][b] = d
ref = bins[0]
for r in sorted(data):
    parts = []
    for b in bins:
        d, e = data[r][b], data[r][ref]
        parts.append(f"{b}: {d['articles_per_second']}/s cpu {d['cpu']:.1f}s "
                     f"(wall {e['seconds'] / d['seconds']:.3f}, cpu {e['cpu'] / d['cpu']:.3f})")
    print(f"round {r}: " + " | ".join(parts))
for b in bins:
    t = sum(data[r][b]["seconds"] for r in data)
    c = sum(data[r][b]["cpu"] for r in data)
    n = sum(data[r][b]["articles"] for r in data)
    print(f"{b}: {n / t:.0f} articles/s, {n / c:.0f} per CPU-second; against {ref}: "
          f"wall {sum(data[r][ref]['seconds'] for r in data) / t:.3f}, "
          f"CPU {sum(data[r][ref]['cpu'] for r in data) / c:.3f}; peak memory "
          f"{max(data[r][b]['peak_memory_mb'] for r in data)} MB")
PY
