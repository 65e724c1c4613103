#!/usr/bin/env python3
"""Builds a large CC-NEWS-like WARC.gz (one gzip member per record, like news-crawl's files) for the
bounded-memory run of `marsad code`, from local data only:

  * the response records of ../shared/data/warc/*.warc.gz (real pages), and
  * SaudiNewsNet articles (../shared/data/saudinewsnet) wrapped as HTML news pages: a navigation bar,
    the headline, a dateline, the paragraphs, a «related» block and a footer,

cycled until the compressed file reaches --size bytes. Every record gets its own WARC-Record-ID, and a
different WARC-Target-URI on each cycle. The file is a benchmark input: never commit it.

  python3 Benchmarks/extraction/make-large-warc.py --out /tmp/large.warc.gz --size 1000000000
"""
import argparse
import gzip
import html
import io
import json
import uuid
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / 'shared' / 'data'


def warc_records(path):
    data = gzip.decompress(path.read_bytes())
    pos = 0
    while True:
        start = data.find(b'WARC/1.', pos)
        if start < 0:
            return
        end = data.find(b'\r\n\r\n', start)
        if end < 0:
            return
        head = data[start:end].decode('utf-8', 'replace').split('\r\n')
        headers = {}
        for line in head[1:]:
            name, _, value = line.partition(':')
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get('content-length', '0'))
        block = data[end + 4:end + 4 + length]
        pos = end + 4 + length
        if headers.get('warc-type') == 'response':
            yield headers.get('warc-target-uri', ''), block


def saudi_pages(limit):
    with gzip.open(SHARED / 'saudinewsnet' / 'articles.jsonl.gz', 'rt', encoding='utf-8') as f:
        for k, line in enumerate(f):
            if k >= limit:
                return
            a = json.loads(line)
            paras = ''.join(f'<p>{html.escape(p)}</p>\n' for p in a['text'].split('\n') if p.strip())
            page = (
                f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
                f'<title>{html.escape(a["title"])} | {a["source"]}</title>'
                f'<meta property="article:published_time" content="{a["published"]}T08:00:00+03:00"></head>'
                f'<body><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/world">العالم</a></li>'
                f'<li><a href="/economy">اقتصاد</a></li></ul></nav><article><h1>{html.escape(a["title"])}</h1>'
                f'<div class="byline">{html.escape(a.get("author") or "")}</div>'
                f'<div class="article-body">{paras}</div></article>'
                f'<aside class="related"><h3>اقرأ أيضا</h3><ul><li><a href="/a">خبر ذو صلة</a></li></ul></aside>'
                f'<footer>جميع الحقوق محفوظة</footer></body></html>')
            body = page.encode('utf-8')
            http = (b'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n'
                    + f'Content-Length: {len(body)}\r\n\r\n'.encode()) + body
            yield a['url'], http


def record(uri, block, date):
    head = (f'WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: {date}\r\n'
            f'WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nWARC-Target-URI: {uri}\r\n'
            f'Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n')
    return head.encode('utf-8') + block + b'\r\n\r\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--out', required=True, type=Path)
    ap.add_argument('--size', type=int, default=1_000_000_000, help='compressed size to reach, in bytes')
    ap.add_argument('--saudi', type=int, default=5000, help='SaudiNewsNet articles per cycle')
    a = ap.parse_args()
    pages = []
    for p in sorted((SHARED / 'warc').glob('*.warc.gz')):
        pages.extend(warc_records(p))
    pages.extend(saudi_pages(a.saudi))
    written, records, cycle = 0, 0, 0
    with a.out.open('wb') as out:
        info = b'software: make-large-warc.py\r\nformat: WARC File Format 1.0\r\n'
        head = (f'WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n'
                f'WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nContent-Type: application/warc-fields\r\n'
                f'Content-Length: {len(info)}\r\n\r\n').encode()
        out.write(gzip.compress(head + info + b'\r\n\r\n', compresslevel=6))
        while written < a.size:
            for uri, block in pages:
                sep = '&' if '?' in uri else '?'
                member = gzip.compress(record(f'{uri}{sep}cycle={cycle}', block, '2024-01-01T00:00:00Z'),
                                       compresslevel=6)
                out.write(member)
                written += len(member)
                records += 1
                if written >= a.size:
                    break
            cycle += 1
    print(f'{a.out}: {written} bytes compressed, {records} response records, {cycle} cycles')


if __name__ == '__main__':
    main()
