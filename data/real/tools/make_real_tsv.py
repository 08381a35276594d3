#!/usr/bin/env python3
"""Builds a real-text file of the classifier (CATEGORY<TAB>LANG<TAB>text<TAB>source) from a
CFPB consumer-complaint export and a label list ("<Complaint ID> <CATEGORY>" per line).

  make_real_tsv.py EXPORT.csv LABELS.txt SOURCE-NAME > OUT.tsv

The narrative is kept in the customer's words: whitespace collapsed, tabs removed, and
anything that could still identify a person masked (CFPB already writes XXXX for names,
dates and account numbers; runs of six or more digits, e-mail addresses and phone-like
numbers are masked here too). Texts longer than 2,000 characters are cut at the last
sentence end before that length. Rows are written in the order of the label list.
"""
import csv
import re
import sys

csv.field_size_limit(10**8)

MASKS = [
    (re.compile(r'[\w.+-]+@[\w-]+\.[\w.]+'), 'XXXX'),
    (re.compile(r'\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b'), 'XXXX'),
    (re.compile(r'\d{6,}'), 'XXXX'),
]


def clean(text):
    text = re.sub(r'\s+', ' ', text).strip()
    for pattern, mask in MASKS:
        text = pattern.sub(mask, text)
    if len(text) > 2000:
        cut = text[:2000]
        end = max(cut.rfind('. '), cut.rfind('! '), cut.rfind('? '))
        text = cut[:end + 1] if end > 500 else cut
    return text


def main():
    export, labels, source = sys.argv[1:4]
    rows = {}
    with open(export, encoding='utf-8', errors='replace') as f:
        for row in csv.DictReader(f):
            key = row.get('Complaint ID') or row.get('')
            text = row.get('Consumer complaint narrative', '')
            if key and text.strip():
                rows[key.strip()] = text
    for line in open(labels, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        key, category = line.split()[:2]
        print(f'{category}\ten\t{clean(rows[key])}\tcfpb:{key} ({source})')


if __name__ == '__main__':
    main()
