"""trafilatura's text extraction alone (no metadata), in documents per CPU-second, on the benchmark pages.

`compare.py` times trafilatura's text and metadata extraction per page, as Marsad's `extract` does both. This
script times `trafilatura.extract()` alone, with the benchmark's standard settings and with `fast=True`, so the
two readings of "trafilatura's documents per CPU-second" can be reported side by side.

    python3 Benchmarks/extraction/trafilatura_text_speed.py [--per-set 400]
"""
import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))

import extract_eval as M  # noqa: E402
from trafilatura import extract  # noqa: E402

BENCH = SHARED / "data" / "extraction"
SETS = ["trafilatura-eval", "readability-testpages", "cleanportaleval"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-set", type=int, default=400, help="pages per dataset (default 400)")
    a = ap.parse_args()
    if not BENCH.is_dir():
        sys.exit(f"no benchmark pages at {BENCH}")
    n, standard, fast = 0, 0.0, 0.0
    for ds in SETS:
        for r in M.load_rows(BENCH, ds)[: a.per_set]:
            b = M.read_html(BENCH, ds, r)
            c0 = time.process_time()
            extract(b, fast=False, include_comments=False, include_tables=True, include_formatting=False)
            standard += time.process_time() - c0
            c0 = time.process_time()
            extract(b, fast=True, include_comments=False, include_tables=True, include_formatting=False)
            fast += time.process_time() - c0
            n += 1
    print(f"{n} pages: standard settings {n / standard:.1f} documents per CPU-second, fast=True {n / fast:.1f}")


if __name__ == "__main__":
    main()
