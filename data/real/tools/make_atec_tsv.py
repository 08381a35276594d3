#!/usr/bin/env python3
"""Builds data/real/train-zh-atec.tsv (CATEGORY<TAB>zh<TAB>text<TAB>source) from the ATEC 2018
question-matching file of Ant Financial's customer service (Alipay 花呗 / 借呗 users' own
questions) and the hand-given labels of data/real/train-atec-labels.txt.

  make_atec_tsv.py ATEC.csv train-atec-labels.txt > train-zh-atec.tsv

ATEC.csv: github:Alucardmini/atec.github.io@3439635aabcb5c52d65a3ee59f572557cd61db14,
"atec_nlp_sim_train copy.csv" (39,346 pairs: id<TAB>question<TAB>question<TAB>same).
Every labelled question must be in the file word for word (the script stops otherwise);
amounts and numbers are already "***" there, and make_real_tsv.clean masks what is left.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_real_tsv import clean  # noqa: E402

SOURCE = 'ATEC 2018 (github:Alucardmini/atec.github.io@3439635)'


def main():
    export, labels = sys.argv[1:3]
    questions = set()
    with open(export, encoding='utf-8-sig') as f:
        for line in f:
            for text in line.rstrip('\n').split('\t')[1:3]:
                questions.add(text.strip().lstrip('\ufeff'))
    print('# Training: real Chinese questions of Alipay 花呗/借呗 users to Ant Financial\'s customer\n'
          '# service (ATEC 2018 question-matching file), labelled by hand (train-atec-labels.txt).\n'
          '# CATEGORY<TAB>LANG<TAB>text<TAB>source. Built by tools/make_atec_tsv.py.')
    for line in open(labels, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        category, text = line.split('\t', 1)
        if text not in questions:
            sys.exit(f'not in {export}: {text}')
        print(f'{category}\tzh\t{clean(text)}\t{SOURCE}')


if __name__ == '__main__':
    main()
