#!/usr/bin/env python3
"""Labels CFPB export rows through cfpb-mapping.tsv and writes the real-text lines
(CATEGORY<TAB>en<TAB>text<TAB>source) of those whose mapping is not AMBIGUOUS.

  map_cfpb.py MAPPING.tsv SOURCE-NAME EXPORT.csv [EXPORT.csv...] > OUT.tsv

Rows are taken once per Complaint ID (exports that share rows are merged), in ID order;
the text is cleaned as make_real_tsv.clean() does. Prints per category counts on stderr.
"""
import collections
import csv
import os
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


def main():
    rules = load_mapping(sys.argv[1])
    source = sys.argv[2]
    rows = {}
    for export in sys.argv[3:]:
        with open(export, encoding='utf-8', errors='replace') as f:
            for row in csv.DictReader(f):
                text = row.get('Consumer complaint narrative', '')
                if text.strip():
                    rows[row['Complaint ID'].strip()] = row
    counts = collections.Counter()
    for key in sorted(rows, key=int):
        row = rows[key]
        category = label(rules, row['Issue'].strip(), row['Sub-issue'].strip())
        counts[category] += 1
        if category != 'AMBIGUOUS':
            print(f'{category}\ten\t{clean(row["Consumer complaint narrative"])}\tcfpb:{key} ({source})')
    print(dict(counts), file=sys.stderr)


if __name__ == '__main__':
    main()
