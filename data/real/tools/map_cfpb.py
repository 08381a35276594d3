#!/usr/bin/env python3
"""Labels CFPB export rows through cfpb-mapping.tsv and writes the real-text lines
(CATEGORY<TAB>en<TAB>text<TAB>source) of those whose mapping is not AMBIGUOUS.

  map_cfpb.py MAPPING.tsv [options] SOURCE-NAME EXPORT.csv [EXPORT.csv...] > OUT.tsv
  map_cfpb.py MAPPING.tsv [options] NAME=EXPORT.csv [NAME=EXPORT.csv...] > OUT.tsv

Options:
  --exclude FILE        leave out every complaint named in FILE: "cfpb:<ID>" in a real-text
                        file (.tsv), or the leading ID of a label list; also any narrative
                        whose text (letters only, lower case, first 300) is in a .tsv given
  --exclude-years Y,Y   leave out complaints received in these years
  --cap N               keep at most N texts per category, chosen by a hash of the
                        Complaint ID (not by their contents)

Rows are taken once per Complaint ID (exports that share rows are merged; the first export
named wins), in ID order; the text is cleaned as make_real_tsv.clean() does. A sub-issue
"None" (how some copies write an empty field) counts as empty. Prints per category counts
on stderr.
"""
import collections
import csv
import hashlib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from make_real_tsv import clean  # noqa: E402

csv.field_size_limit(10**8)


def load_mapping(path):
    rules = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        issue, sub, category = line.split('\t')
        rules.append((issue, sub, category))
    return rules


def label(rules, issue, sub):
    for r_issue, r_sub, category in rules:
        if r_issue in ('*', issue) and r_sub in ('*', sub):
            return category
    return 'AMBIGUOUS'


def text_key(text):
    return re.sub(r'[^a-z]', '', text.lower())[:300]


def year_of(date):
    parts = re.split(r'[-/]', date.strip())
    if len(parts) != 3:
        return None
    year = parts[0] if len(parts[0]) == 4 else parts[2]
    return int(year) + 2000 if len(year) == 2 else int(year)


def main():
    args = sys.argv[1:]
    rules = load_mapping(args.pop(0))
    excluded_ids, excluded_texts, years, cap = set(), set(), set(), None
    while args and args[0].startswith('--'):
        option = args.pop(0)
        if option == '--exclude':
            path = args.pop(0)
            for line in open(path, encoding='utf-8'):
                if path.endswith('.tsv'):
                    excluded_ids.update(re.findall(r'cfpb:(\d+)', line))
                    fields = line.split('\t')
                    if len(fields) >= 3 and not line.startswith('#'):
                        excluded_texts.add(text_key(fields[2]))
                elif line.split() and line.split()[0].isdigit():
                    excluded_ids.add(line.split()[0])
        elif option == '--exclude-years':
            years = {int(y) for y in args.pop(0).split(',')}
        elif option == '--cap':
            cap = int(args.pop(0))
    if '=' in args[0]:
        exports = [tuple(a.split('=', 1)) for a in args]
    else:
        exports = [(args[0], path) for path in args[1:]]
    rows = {}
    dropped = collections.Counter()
    for source, export in exports:
        with open(export, encoding='utf-8-sig', errors='replace') as f:
            for row in csv.DictReader(f):
                text = row.get('Consumer complaint narrative', '')
                key = row['Complaint ID'].strip()
                if not text.strip() or key in rows:
                    continue
                if key in excluded_ids or text_key(clean(text)) in excluded_texts:
                    dropped['already used or held out'] += 1
                    continue
                if years and year_of(row.get('Date received', '')) in years:
                    dropped['received in an excluded year'] += 1
                    continue
                rows[key] = (source, row)
    counts = collections.Counter()
    kept = collections.defaultdict(list)
    for key in sorted(rows, key=lambda k: hashlib.sha1(k.encode()).hexdigest()):
        source, row = rows[key]
        sub = row['Sub-issue'].strip()
        category = label(rules, row['Issue'].strip(), '' if sub == 'None' else sub)
        counts[category] += 1
        if category != 'AMBIGUOUS' and (cap is None or len(kept[category]) < cap):
            kept[category].append(key)
    for key in sorted((k for ks in kept.values() for k in ks), key=int):
        source, row = rows[key]
        sub = row['Sub-issue'].strip()
        category = label(rules, row['Issue'].strip(), '' if sub == 'None' else sub)
        print(f'{category}\ten\t{clean(row["Consumer complaint narrative"])}\tcfpb:{key} ({source})')
    print('mapped:', dict(counts), file=sys.stderr)
    print('kept:', {c: len(k) for c, k in sorted(kept.items())}, file=sys.stderr)
    print('left out:', dict(dropped), file=sys.stderr)


if __name__ == '__main__':
    main()
