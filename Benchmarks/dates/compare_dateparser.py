#!/usr/bin/env python3
"""Scores `marsad time` and Python `dateparser` side by side on the Arabic Recognizers-Text date cases.

    pip install dateparser
    swift build -c release
    python3 Benchmarks/dates/compare_dateparser.py ../shared/data/dates/recognizers-arabic.jsonl \
        --marsad .build/release/marsad [--misses]

A case is a result of type date or daterange (Recognizers' own labels) with a reference date and at least one
resolved day. A tool gets it right when an expression it finds in the input overlaps the case's text and
resolves to one of the accepted days: the date itself (date) or the first day (daterange), Recognizers
giving a past and a future reading. The same rule as Tests/MarsadTimeTests/RecognizersMeasurementTests.swift.

dateparser runs in two ways: `search_dates` over the whole input (finding and resolving, as marsad does),
and `parse` of the case's text alone (resolving only, the text handed to it) — an easier task.
"""

import argparse
import datetime as dt
import json
import subprocess
import sys


def accepted_days(result, kind):
    """The ISO days a result accepts: its past and future resolutions."""
    days = set()
    key = "date" if kind == "date" else "startDate"
    value = result.get("Value")
    value = value if isinstance(value, dict) else {}
    resolution = result.get("Resolution")
    resolution = resolution if isinstance(resolution, dict) else {}
    for side in ("PastResolution", "FutureResolution"):
        day = (value.get(side) or {}).get(key)
        if isinstance(day, str):
            days.add(day[:10])
    field = "value" if kind == "date" else "start"
    for v in value.get("values", []) + resolution.get("values", []):
        if isinstance(v, dict) and isinstance(v.get(field), str):
            days.add(v[field][:10])
    good = set()
    for d in days:
        try:
            dt.date.fromisoformat(d)
            good.add(d)
        except ValueError:
            pass
    return good


def cases(path):
    """(input, reference, kind, gold text, gold span, accepted days) for every date/daterange result."""
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{path}:{number}: invalid-input: not JSON ({e.msg}); skipped", file=sys.stderr)
                continue
            text = record.get("Input")
            iso = (record.get("Context") or {}).get("ReferenceDateTime")
            if not isinstance(text, str) or not isinstance(iso, str):
                continue
            try:
                reference = dt.date.fromisoformat(iso[:10])
            except ValueError:
                print(f"{path}:{number}: invalid-input: reference {iso!r} is not a date; skipped", file=sys.stderr)
                continue
            for result in record.get("Results") or []:
                kind = (result.get("Type") or result.get("TypeName") or "").replace("datetimeV2.", "")
                if kind not in ("date", "daterange"):
                    continue
                days = accepted_days(result, kind)
                gold = (result.get("Text") or "").strip()
                start = text.find(gold) if gold else -1
                if not days or start < 0:
                    continue
                yield text, reference, kind, gold, (start, start + len(gold)), days


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def run_marsad(binary, text, reference, week_start):
    """[(span, value, start)] from `marsad time --format json`."""
    out = subprocess.run(
        [binary, "time", text, "--reference", reference.isoformat(), "--format", "json", "--week-start", week_start],
        capture_output=True, text=True, check=False)
    if out.returncode != 0:
        print(f"marsad failed on {text!r}: {out.stderr.strip()}", file=sys.stderr)
        return []
    return [((e["offset"], e["offset"] + e["length"]), e["value"], e["start"]) for e in json.loads(out.stdout)]


def run_search_dates(text, reference):
    """[(span, value, value)] from dateparser.search.search_dates over the whole input."""
    from dateparser.search import search_dates

    base = dt.datetime(reference.year, reference.month, reference.day)
    found = search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": base}) or []
    out, at = [], 0
    for piece, when in found:
        i = text.find(piece, at)
        if i < 0:
            i = text.find(piece)
        if i < 0:
            continue
        at = i + len(piece)
        out.append(((i, i + len(piece)), when.date().isoformat(), when.date().isoformat()))
    return out


def run_parse(gold, span, reference):
    """The gold text handed to dateparser.parse: [(span, value, value)] or []."""
    import dateparser

    base = dt.datetime(reference.year, reference.month, reference.day)
    when = dateparser.parse(gold, languages=["ar"], settings={"RELATIVE_BASE": base})
    return [(span, when.date().isoformat(), when.date().isoformat())] if when else []


def right(found, kind, span, days):
    return any(overlaps(s, span) and (value if kind == "date" else first) in days for s, value, first in found)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", help="recognizers-arabic.jsonl")
    parser.add_argument("--marsad", default=".build/release/marsad", help="the marsad binary")
    parser.add_argument(
        "--week-start", default="monday",
        help="marsad's first day of the week; Recognizers-Text uses ISO weeks (monday), marsad's default is saturday")
    parser.add_argument("--no-dateparser", action="store_true", help="score marsad only")
    parser.add_argument("--misses", action="store_true", help="list the cases marsad gets wrong")
    args = parser.parse_args()

    tools = ["marsad"] if args.no_dateparser else ["marsad", "dateparser.search_dates", "dateparser.parse(gold)"]
    score = {t: {"date": [0, 0], "daterange": [0, 0]} for t in tools}
    cache = {}
    for text, reference, kind, gold, span, days in cases(args.cases):
        key = (text, reference)
        if key not in cache:
            cache[key] = run_marsad(args.marsad, text, reference, args.week_start)
        for tool in tools:
            if tool == "marsad":
                found = cache[key]
            elif tool == "dateparser.search_dates":
                found = run_search_dates(text, reference)
            else:
                found = run_parse(gold, span, reference)
            ok = right(found, kind, span, days)
            score[tool][kind][0] += ok
            score[tool][kind][1] += 1
            if tool == "marsad" and args.misses and not ok:
                got = ", ".join(f"«{text[s[0]:s[1]]}» {v} {f}" for s, v, f in found if overlaps(s, span))
                print(f"  miss {kind} «{gold}» in «{text}» ref {reference} want {sorted(days)} got {got}")
    for tool in tools:
        parts = []
        total_right = total = 0
        for kind in ("date", "daterange"):
            r, n = score[tool][kind]
            total_right += r
            total += n
            parts.append(f"{kind} {r}/{n}")
        share = 100 * total_right / total if total else 0
        label = f"marsad (weeks: {args.week_start})" if tool == "marsad" else tool
        print(f"{label:26} {total_right}/{total} right ({share:.1f}%)  [{', '.join(parts)}]")


if __name__ == "__main__":
    main()
