#!/usr/bin/env python3
"""Blind held-out sets of SaudiNewsNet articles, kept as stand-off annotations.

The held-out gold sets (Evaluation/heldout/) were annotated on SaudiNewsNet articles, whose text may not be
copied into this repository. So each set is kept as stand-off annotation: the article is named by its line
in ../shared/data/saudinewsnet/articles.jsonl.gz (`snn-<line>`, 0-based), and each event's sentence by its
character offset and length in the article text. Codes, actors, dates and precisions are ours.

    python3 Scripts/heldout.py unpack Evaluation/heldout/sets/*.jsonl --out /tmp/heldout-gold.jsonl
    marsad eval /tmp/heldout-gold.jsonl --run --floors Evaluation/heldout/baseline.json

`unpack` rebuilds gold JSON Lines in the dev-gold format (text, title, source, url, published, and the
`dateline` from the corpus's `author` field where the annotator kept it) from the corpus; it exits with status 2 when the corpus is not
present, so that CI can skip. `pack GOLD.jsonl --out SET.jsonl` does the reverse for a newly annotated set
and checks that every sentence is found in its article and that unpacking gives the same gold back.
"""

import argparse
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "shared", "data", "saudinewsnet", "articles.jsonl.gz")
EVENT_FIELDS = ("code", "source", "target", "date", "date_precision")


def line_of(doc_id):
    if not doc_id.startswith("snn-") or not doc_id[4:].isdigit():
        raise ValueError(f"{doc_id}: not a SaudiNewsNet line id (snn-<line>)")
    return int(doc_id[4:])


def read_corpus(path, lines):
    """The corpus records at the given 0-based lines."""
    found = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number in lines:
                found[number] = json.loads(line)
                if len(found) == len(lines):
                    break
    missing = sorted(set(lines) - set(found))
    if missing:
        raise ValueError(f"lines not in the corpus: {missing[:5]}")
    return found


def article(record, doc_id):
    return {
        "id": doc_id,
        "source": record.get("source", ""),
        "url": record.get("url", ""),
        "published": record.get("published", ""),
        "title": record.get("title", ""),
        "dateline": record.get("author") or "",
        "text": record.get("text", ""),
    }


def unpack(paths, corpus):
    docs = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    docs.append((f"{path}:{number}", json.loads(line)))
    records = read_corpus(corpus, {line_of(d["id"]) for _, d in docs})
    gold = []
    for where, doc in docs:
        full = article(records[line_of(doc["id"])], doc["id"])
        if doc.get("published") and doc["published"] != full["published"]:
            full["published"] = doc["published"]
        if not doc.get("dateline", True):
            full["dateline"] = ""
        events = []
        for e in doc["events"]:
            start, length = e["sentence"]
            sentence = full["text"][start : start + length]
            if len(sentence) != length:
                raise ValueError(f"{where}: sentence offset {start}+{length} past the end of {doc['id']}")
            event = {"sentence": sentence}
            event.update({k: e.get(k) for k in EVENT_FIELDS})
            events.append(event)
        full["events"] = events
        gold.append(full)
    return gold


def pack(path, corpus):
    out = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            doc = json.loads(line)
            events = []
            for e in doc.get("events", []):
                start = doc["text"].find(e["sentence"])
                if start < 0:
                    raise ValueError(f"{path}:{number}: an event's sentence is not in the article text")
                packed = {"sentence": [start, len(e["sentence"])]}
                packed.update({k: e.get(k) for k in EVENT_FIELDS})
                events.append(packed)
            out.append(
                {
                    "id": doc["id"],
                    "published": doc.get("published", ""),
                    "dateline": bool(doc.get("dateline")),
                    "events": events,
                }
            )
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["pack", "unpack"])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--corpus", default=CORPUS)
    args = parser.parse_args()
    if not os.path.exists(args.corpus):
        print(f"heldout: {args.corpus} not present", file=sys.stderr)
        return 2
    if args.command == "unpack":
        result = unpack(args.inputs, args.corpus)
    else:
        if len(args.inputs) != 1:
            parser.error("pack takes one gold file")
        result = pack(args.inputs[0], args.corpus)
        # The packed set must give the same gold back (text from the corpus, codes from the set).
        tmp = args.out + ".check"
        with open(tmp, "w", encoding="utf-8") as handle:
            for doc in result:
                handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
        try:
            back = {d["id"]: d for d in unpack([tmp], args.corpus)}
        finally:
            os.remove(tmp)
        with open(args.inputs[0], encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                doc = json.loads(line)
                again = back[doc["id"]]
                for field in ("text", "title", "published", "dateline"):
                    if (doc.get(field) or "") != again[field]:
                        raise ValueError(f"{doc['id']}: the {field} differs from the corpus line")
                for a, b in zip(doc["events"], again["events"]):
                    if a["sentence"] != b["sentence"] or any(a.get(k) != b[k] for k in EVENT_FIELDS):
                        raise ValueError(f"{doc['id']}: an event does not survive the round trip")
    with open(args.out, "w", encoding="utf-8") as handle:
        for doc in result:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"heldout: {len(result)} articles, {sum(len(d['events']) for d in result)} events -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
