#!/usr/bin/env python3
"""Marsad's HTML extraction against trafilatura on the same pages, scored with the same metrics.

Reads ../shared/data/extraction (see its README) and imports the metrics of ../shared/eval/extract_eval.py
(bag-of-tokens P/R/F1, trafilatura's with/without segment metric, title normalisation), so both
extractors are scored by one implementation.

  * trafilatura-eval: segment P/R/F1 (990 pages)
  * readability-testpages, cleanportaleval: bag-of-tokens F1 (macro, as extract_eval.py reports it)
  * htmldate (1000 pages): date accuracy (exact day; a missing date is wrong)
  * titles: exact match after token normalisation on trafilatura-eval, readability-testpages,
    newspaper4k and postlight-parser
  * speed: documents per CPU-second. Marsad runs as one `marsad extract --format json` process over all
    pages of a dataset (CPU time of the child process, reading and gunzip included); trafilatura is timed
    per call with time.process_time() (reading and gunzip excluded).

Usage:
  python3 Benchmarks/extraction/compare.py --marsad .build/release/marsad [--no-trafilatura]
      [--floors Evaluation/extraction/baseline.json] [--out results.json] [--limit N]
      [--bound /tmp/parse_bound [--bound-mode sax|read-only|dom]]
  --bound runs Benchmarks/extraction/parse_bound.c (build command in its header) over the same pages in the
  same batches and reports its documents per CPU-second: reading, gunzip and libxml2's SAX parse alone, an
  upper bound for Marsad's speed.
Exit status 1 when --floors is given and a Marsad score is below its floor.
"""
import argparse
import gzip
import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / 'shared'
BENCH = SHARED / 'data' / 'extraction'


def load_metrics():
    spec = importlib.util.spec_from_file_location('extract_eval', SHARED / 'eval' / 'extract_eval.py')
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


M = load_metrics()


def rows(ds, limit):
    r = M.load_rows(BENCH, ds)
    return r[:limit] if limit else r


def run_marsad(binary, ds, rs):
    """Runs one marsad process over the pages; returns ({row id: json object}, child CPU seconds, failures)."""
    paths = {str((BENCH / ds / r['html']).resolve()): r['id'] for r in rs}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = {}
    failures = 0
    items = list(paths)
    for k in range(0, len(items), 400):
        proc = subprocess.run([binary, 'extract', '--format', 'json'] + items[k:k + 400], capture_output=True)
        failures += proc.stderr.decode('utf-8', 'replace').count('\n') if proc.returncode else 0
        for line in proc.stdout.decode('utf-8').split('\n'):
            if not line.strip():
                continue
            obj = json.loads(line)
            out[paths[obj['path']]] = obj
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out, cpu, failures


def run_bound(binary, mode, ds, rs):
    """Runs parse_bound over the pages in the batches run_marsad uses; returns child CPU seconds."""
    items = [str((BENCH / ds / r['html']).resolve()) for r in rs]
    flag = {'sax': [], 'read-only': ['--read-only'], 'dom': ['--dom']}[mode]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for k in range(0, len(items), 400):
        subprocess.run([binary] + flag + items[k:k + 400], capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run_trafilatura(rs, ds, text=True, meta=False):
    import trafilatura
    out, cpu = {}, 0.0
    for r in rs:
        b = M.read_html(BENCH, ds, r)
        c0 = time.process_time()
        res = {}
        if text:
            res['text'] = M.ex_trafilatura(b)
        if meta:
            try:
                md = trafilatura.extract_metadata(b)
            except Exception:
                md = None
            res['title'] = (md.title if md else None) or ''
            res['published'] = (md.date if md else None) or ''
        cpu += time.process_time() - c0
        out[r['id']] = res
    return out, cpu


def segments(rs, texts):
    tot = [0, 0, 0, 0]
    for r in rs:
        c = M.segment_counts(r, texts.get(r['id'], ''))
        tot = [a + b for a, b in zip(tot, c)]
    tp, fp, fn, tn = tot
    p, rc, f = M.prf(tp, fp, fn)
    return {'precision': p, 'recall': rc, 'f1': f, 'accuracy': (tp + tn) / max(1, sum(tot))}


def bow(rs, texts):
    per = []
    for r in rs:
        truth = r.get('text', '')
        if not truth.strip():
            continue
        per.append(M.prf(*M.bow_counts(truth, texts.get(r['id'], '')))[2])
    return {'f1': sum(per) / max(1, len(per)), 'pages': len(per)}


def dates(rs, found):
    ok = sum(1 for r in rs if M._date10(found.get(r['id'], '')) == r['date'])
    return {'accuracy': ok / max(1, len(rs)), 'correct': ok, 'n': len(rs)}


TITLE_FIELDS = {'trafilatura-eval': 'title', 'readability-testpages': 'meta_title', 'newspaper4k': 'title',
                'postlight-parser': 'title'}


def titles(ds, rs, found):
    field = TITLE_FIELDS[ds]
    sel = [r for r in rs if r.get(field)]
    ok = sum(1 for r in sel if M._title_match(r[field], found.get(r['id'], ''))[0])
    return ok, len(sel)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--marsad', default=str(ROOT / '.build' / 'release' / 'marsad'))
    ap.add_argument('--no-trafilatura', action='store_true', help='score Marsad only (CI, no network)')
    ap.add_argument('--floors', type=Path, help='baseline.json with minimum scores for Marsad')
    ap.add_argument('--out', type=Path)
    ap.add_argument('--limit', type=int, default=0)
    ap.add_argument('--bound', help='parse_bound binary: also time reading, gunzip and libxml2 alone')
    ap.add_argument('--bound-mode', choices=['sax', 'read-only', 'dom'], default='sax')
    a = ap.parse_args()
    with_traf = not a.no_trafilatura
    res = {'marsad': {}, 'trafilatura': {}}
    speed = {'marsad': [0, 0.0], 'trafilatura': [0, 0.0]}
    bound = [0, 0.0]

    def note(name, key, value):
        res[name][key] = value
        print(f'{name:12s} {key:40s} {json.dumps(value)}', flush=True)

    title_counts = {'marsad': [0, 0], 'trafilatura': [0, 0]}
    for ds in ['trafilatura-eval', 'readability-testpages', 'cleanportaleval', 'newspaper4k', 'postlight-parser']:
        rs = [r for r in rows(ds, a.limit) if r.get('html')]
        mo, mcpu, mfail = run_marsad(a.marsad, ds, rs)
        speed['marsad'][0] += len(rs)
        speed['marsad'][1] += mcpu
        if a.bound:
            bound[0] += len(rs)
            bound[1] += run_bound(a.bound, a.bound_mode, ds, rs)
        mtext = {k: v.get('text') or '' for k, v in mo.items()}
        mtitle = {k: v.get('title') or '' for k, v in mo.items()}
        if with_traf:
            need_text = ds in ('trafilatura-eval', 'readability-testpages', 'cleanportaleval')
            to, tcpu = run_trafilatura(rs, ds, text=need_text, meta=True)
            if need_text:
                speed['trafilatura'][0] += len(rs)
                speed['trafilatura'][1] += tcpu
            ttext = {k: v.get('text', '') for k, v in to.items()}
            ttitle = {k: v.get('title', '') for k, v in to.items()}
        for name, texts, tt in [('marsad', mtext, mtitle)] + ([('trafilatura', ttext, ttitle)] if with_traf else []):
            if ds == 'trafilatura-eval':
                note(name, 'trafilatura-eval/segments', segments(rs, texts))
            elif ds in ('readability-testpages', 'cleanportaleval'):
                note(name, f'{ds}/bow', bow(rs, texts))
            if ds not in TITLE_FIELDS:
                continue
            ok, n = titles(ds, rs, tt)
            title_counts[name][0] += ok
            title_counts[name][1] += n
            note(name, f'{ds}/title_exact', {'accuracy': ok / max(1, n), 'correct': ok, 'n': n})
        if mfail:
            note('marsad', f'{ds}/failures', mfail)
    for name in res:
        if title_counts[name][1]:
            c, n = title_counts[name]
            note(name, 'titles/exact', {'accuracy': c / n, 'correct': c, 'n': n})

    rs = rows('htmldate', a.limit)
    mo, mcpu, _ = run_marsad(a.marsad, 'htmldate', rs)
    speed['marsad'][0] += len(rs)
    speed['marsad'][1] += mcpu
    if a.bound:
        bound[0] += len(rs)
        bound[1] += run_bound(a.bound, a.bound_mode, 'htmldate', rs)
    note('marsad', 'htmldate/date', dates(rs, {k: v.get('published') or '' for k, v in mo.items()}))
    for sub in ('mediacloud2020',):
        sel = [r for r in rs if r['set'] == sub]
        note('marsad', f'htmldate/{sub}/date', dates(sel, {k: v.get('published') or '' for k, v in mo.items()}))
    if with_traf:
        from htmldate import find_date
        found = {}
        for r in rs:
            try:
                found[r['id']] = find_date(M.read_html(BENCH, 'htmldate', r), original_date=True) or ''
            except Exception:
                found[r['id']] = ''
        note('trafilatura', 'htmldate/date (htmldate.find_date)', dates(rs, found))
        to, _ = run_trafilatura(rs, 'htmldate', text=False, meta=True)
        note('trafilatura', 'htmldate/date (extract_metadata)', dates(rs, {k: v['published'] for k, v in to.items()}))
    for name, (n, cpu) in speed.items():
        if cpu:
            note(name, 'speed/docs_per_cpu_sec', {'docs': n, 'cpu_sec': round(cpu, 2), 'docs_per_cpu_sec': n / cpu})

    if a.bound and bound[1]:
        res['bound'] = {}
        note('bound', f'speed/{a.bound_mode}/docs_per_cpu_sec',
             {'docs': bound[0], 'cpu_sec': round(bound[1], 2), 'docs_per_cpu_sec': bound[0] / bound[1]})

    if a.out:
        a.out.write_text(json.dumps(res, indent=1, ensure_ascii=False))
    if a.floors:
        floors = json.loads(a.floors.read_text())
        low = []
        for key, floor in floors['marsad'].items():
            if key.startswith('_'):
                continue
            metric, _, field = key.rpartition('.')
            got = res['marsad'].get(metric, {}).get(field)
            if got is None or got < floor:
                low.append(f'{key}: {got} < floor {floor}')
        if low:
            print('below the pinned floors:\n  ' + '\n  '.join(low), file=sys.stderr)
            sys.exit(1)
        print('extraction floors: ok')


if __name__ == '__main__':
    main()
