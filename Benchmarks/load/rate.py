#!/usr/bin/env python3
"""Fixed-rate (open-loop) load test of `marsad serve`, in the manner of wrk2.

Requests are scheduled at exactly RATE per second whatever the server does, and each latency is measured
from the moment the request was *due*, not from when a free connection sent it: a slow answer delays the
requests queued behind it, and they count as slow too (no coordinated omission). Keep-alive connections,
plain HTTP/1.1, standard library only.

Every request of a filter group has different filter values (countries, actor codes, roots, sources and
months taken from the store itself through /api/actors, /api/stats and /api/articles, and pages 1–3), so a
run measures many distinct queries rather than one cached answer.

Usage: rate.py [--base URL] [--rate 200] [--seconds 20] [--connections 32] [--groups a,b] [--mixed]
Prints one line per filter group: requests, errors, achieved rate, p50, p90, p99 and max latency in ms.
"""

import argparse
import asyncio
import json
import random
import time
import urllib.parse
import urllib.request


def fetch_json(base, path):
    with urllib.request.urlopen(base + path, timeout=60) as r:
        return json.load(r)


def value_lists(base):
    """Filter values present in the store: actor codes, countries, roots, sources, months."""
    actors = fetch_json(base, "/api/actors?limit=200")["items"]
    codes = [a["code"] for a in actors if len(a["code"]) > 3][:40] or [a["code"] for a in actors]
    countries = sorted({a["code"][:3] for a in actors if a.get("country")})[:30]
    stats = fetch_json(base, "/api/stats")
    roots = sorted(stats["roots"])
    sources = sorted({a["source"] for a in fetch_json(base, "/api/articles?limit=500")["items"] if a.get("source")})
    first, last = stats["first_date"], stats["last_date"]
    months = []
    y, m = int(first[:4]), int(first[5:7])
    while f"{y:04d}-{m:02d}" <= last[:7]:
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return codes, countries, roots, sources, months


def groups(codes, countries, roots, sources, months):
    """Filter group name → function that builds the next request path."""
    rnd = random.Random(7)

    def month():
        y, m = rnd.choice(months)
        return f"from={y:04d}-{m:02d}-01&to={y:04d}-{m:02d}-28"

    def page():
        return f"limit=50&offset={50 * rnd.randrange(3)}"

    def q(*parts):
        return "/api/events?" + "&".join(parts + (page(),))

    c, r, a, s = (lambda: rnd.choice(countries)), (lambda: rnd.choice(roots)), (lambda: rnd.choice(codes)), (
        lambda: rnd.choice(sources))
    return {
        "country": lambda: q(f"country={c()}"),
        "country+root": lambda: q(f"country={c()}", f"root={r()}"),
        "actor": lambda: q(f"actor={a()}"),
        "actor+root": lambda: q(f"actor={a()}", f"root={r()}"),
        "root": lambda: q(f"root={r()}"),
        "quad_class+dates": lambda: q(f"quad_class={rnd.randint(1, 4)}", month()),
        "country+dates": lambda: q(f"country={c()}", month()),
        "source": lambda: q(f"source={urllib.parse.quote(s())}"),
        "source+country": lambda: q(f"source={urllib.parse.quote(s())}", f"country={c()}"),
        "unfiltered": lambda: q(),
    }


async def read_response(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (l.partition(":") for l in lines[1:] if l)}
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readline()).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


async def worker(host, port, queue, results):
    reader = writer = None
    while True:
        item = await queue.get()
        if item is None:
            break
        due, group, path = item
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            await writer.drain()
            status = await read_response(reader)
            results.append((group, time.perf_counter() - due, status == 200))
        except (OSError, asyncio.IncompleteReadError, ValueError):
            results.append((group, time.perf_counter() - due, False))
            writer = None
    if writer is not None:
        writer.close()


async def run(base, rate, seconds, connections, plan):
    """Sends len(plan) requests at `rate`; plan is a list of (group, path builder)."""
    url = urllib.parse.urlparse(base)
    queue, results = asyncio.Queue(), []
    workers = [asyncio.create_task(worker(url.hostname, url.port or 80, queue, results)) for _ in range(connections)]
    start = time.perf_counter()
    total = int(rate * seconds)
    for i in range(total):
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        group, build = plan[i % len(plan)]
        queue.put_nowait((due, group, build()))
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    return results, time.perf_counter() - start


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(p / 100 * len(sorted_values)))]


def report(results, elapsed):
    by_group = {}
    for group, latency, ok in results:
        by_group.setdefault(group, []).append((latency, ok))
    for group, rows in by_group.items():
        lat = sorted(1000 * l for l, _ in rows)
        errors = sum(1 for _, ok in rows if not ok)
        print(f"{group:18} n={len(rows):6} errors={errors:4} rate={len(rows) / elapsed:6.1f}/s "
              f"p50={percentile(lat, 50):7.1f} p90={percentile(lat, 90):7.1f} p99={percentile(lat, 99):7.1f} "
              f"max={lat[-1]:7.1f} ms", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", default="http://127.0.0.1:18080")
    ap.add_argument("--rate", type=float, default=200)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--groups", default="", help="comma-separated filter groups (default: all)")
    ap.add_argument("--mixed", action="store_true", help="one run that interleaves all groups")
    args = ap.parse_args()
    table = groups(*value_lists(args.base))
    names = [g for g in args.groups.split(",") if g] or list(table)
    print(f"# {args.rate:g} req/s for {args.seconds:g} s per run, {args.connections} connections, open loop")
    if args.mixed:
        report(*asyncio.run(run(args.base, args.rate, args.seconds, args.connections, [(g, table[g]) for g in names])))
        return
    for g in names:
        report(*asyncio.run(run(args.base, args.rate, args.seconds, args.connections, [(g, table[g])])))
        time.sleep(1)


if __name__ == "__main__":
    main()
