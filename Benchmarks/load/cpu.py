#!/usr/bin/env python3
"""Server CPU time per request of each filter group of rate.py, one request at a time.

Reads the server's user + system CPU time from /proc/PID/stat before and after N requests of a group (Linux;
the clock tick is 10 ms, so use N of 100 or more). The groups draw the same values as rate.py; a second run
in the same server meets counts it remembered (the first meets them cold).

Usage: cpu.py --pid PID [--base URL] [-n 100]
"""

import argparse
import http.client
import os
import time
import urllib.parse

import rate


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pid", type=int, required=True, help="process id of `marsad serve`")
    ap.add_argument("--base", default="http://127.0.0.1:18080")
    ap.add_argument("-n", type=int, default=100, help="requests per group")
    args = ap.parse_args()
    tick = os.sysconf("SC_CLK_TCK")

    def cpu():
        fields = open(f"/proc/{args.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick

    url = urllib.parse.urlparse(args.base)
    conn = http.client.HTTPConnection(url.hostname, url.port or 80)
    for group, build in rate.groups(*rate.value_lists(args.base)).items():
        c0, t0 = cpu(), time.perf_counter()
        for _ in range(args.n):
            conn.request("GET", build())
            conn.getresponse().read()
        print(f"{group:18} server CPU {1000 * (cpu() - c0) / args.n:6.2f} ms/request   "
              f"wall {1000 * (time.perf_counter() - t0) / args.n:6.2f} ms/request", flush=True)


if __name__ == "__main__":
    main()
