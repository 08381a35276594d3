#!/usr/bin/env python3
"""Builds a real-text file (CATEGORY<TAB>LANG<TAB>text<TAB>source) from a CSV of app-store
reviews and a label list ("<row> <CATEGORY>" per line, row = 0-based data row of the CSV).

  make_review_tsv.py REVIEWS.csv TEXT-COLUMN LABELS.txt SOURCE-NAME > OUT.tsv

Used for two files, each from a review export kept in a public GitHub repository:
  train-en-paytm.tsv         github:Dorojain/Data-Analysis-@3e5bc6d22cd6 paytm_all_reviews.csv
                             (column content; labels train-paytm-labels.txt)
  heldout-en-appreviews.tsv  github:AyantuGeremew/fintech-review-analytics@b0b9ccdc5431
                             bank_reviews_google_play.csv (column review_text; labels
                             heldout-appreviews-labels.txt)
Only the review's text is kept (never the reviewer's name); make_real_tsv.clean masks
e-mail addresses, phone-like numbers and runs of six or more digits.
"""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_real_tsv import clean  # noqa: E402

csv.field_size_limit(10**8)


def main():
    export, column, labels, source = sys.argv[1:5]
    with open(export, encoding='utf-8', errors='replace') as f:
        rows = [row[column] for row in csv.DictReader(f)]
    for line in open(labels, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        row, category = line.split()[:2]
        print(f'{category}\ten\t{clean(rows[int(row)])}\t{source} row {row}')


if __name__ == '__main__':
    main()
