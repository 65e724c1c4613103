#!/usr/bin/env bash
# Load test of the store and server (not part of CI: it takes minutes). Builds marsad in release mode,
# generates a synthetic corpus (make-corpus.py) of about 200,000 events, times `marsad ingest`, starts
# `marsad serve` and measures the event list under each filter group at a fixed rate with rate.py (open loop,
# as wrk2: p50/p99 from the time each request was due).
# Usage: Benchmarks/load/run.sh [ARTICLES] [SECONDS]   (defaults: 76000 articles ≈ 200k events, 15 s per group)
# REUSE=1 keeps the store of the previous run instead of ingesting again; RATE=N sets the rate (default 200);
# WRK=1 also measures each API path with wrk at 1 and 16 connections (closed loop: throughput, not the bar).
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-76000}
seconds=${2:-15}
work=${TMPDIR:-/tmp}/marsad-load
mkdir -p "$work"
[ "${WRK:-0}" = 1 ] && { command -v wrk >/dev/null || { echo "WRK=1 needs wrk (apt-get install wrk)" >&2; exit 2; }; }
swift build -c release --product marsad >/dev/null
bin=$(swift build -c release --show-bin-path)/marsad
[ -f "$work/corpus.jsonl" ] && [ "$(wc -l < "$work/corpus.jsonl")" -eq "$articles" ] \
    || python3 Benchmarks/load/make-corpus.py "$articles" > "$work/corpus.jsonl"
if [ "${REUSE:-0}" = 1 ] && [ -f "$work/load.sqlite" ]; then
    echo "== reusing $work/load.sqlite (REUSE=1)"
else
    rm -f "$work/load.sqlite" "$work/load.sqlite-wal" "$work/load.sqlite-shm"
    echo "== ingest $articles articles"
    /usr/bin/time -f "ingest: %e s wall, %M KiB peak RSS" "$bin" ingest "$work/corpus.jsonl" --database "$work/load.sqlite"
fi
ls -l "$work/load.sqlite" | awk '{print "store size: " $5 " bytes"}'
port=18080
"$bin" serve --database "$work/load.sqlite" --port $port 2>/dev/null &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
curl -s "http://127.0.0.1:$port/api/stats"; echo
echo "== fixed rate: each filter group alone, then all groups interleaved"
python3 Benchmarks/load/rate.py --base "http://127.0.0.1:$port" --rate "${RATE:-200}" --seconds "$seconds"
python3 Benchmarks/load/rate.py --base "http://127.0.0.1:$port" --rate "${RATE:-200}" --seconds "$seconds" --mixed
[ "${WRK:-0}" = 1 ] || exit 0
q=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("اتفاقية"))')
for path in "/health" "/api/events?limit=50" "/api/events?country=IRN&root=05&limit=50" \
    "/api/events?q=$q&limit=50" "/api/events?from=2024-03-01&to=2024-03-31&quad_class=4" \
    "/api/stories?min_articles=2&limit=20" "/api/actors?limit=20" "/api/stats" "/api/dyads?country=IRN" \
    "/api/articles/1000" "/?country=IRN"; do
    echo "== GET $path"
    # NB: a 30 s timeout, so that slow answers count in the percentiles instead of being dropped as
    # timeouts; a pause so that no request of the previous URL is still queued.
    for c in 1 16; do
        echo "-- $c connection(s)"
        wrk -t1 -c$c -d"${seconds}s" --timeout 30s --latency "http://127.0.0.1:$port$path" \
            | grep -E "Requests/sec|^ +(50|90|99)%|Non-2xx|Socket errors"
        sleep 2
    done
done
