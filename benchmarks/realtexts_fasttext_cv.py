#!/usr/bin/env python3
"""Cross-validates Debian's fastText (the `fasttext` command, package fasttext) on the real
training texts, the same way `realtexts_benchmark --cross-validate-real` does for the
product's model, so that the learners are compared on the same folds:

  benchmarks/realtexts_fasttext_cv.py [--seed N]

The real training texts (data/real/train-*.tsv, files in name order, lines in file order) are
split into 5 folds (text i in fold i % 5); each fold is scored by a model learnt from the
built-in corpus (resources/classifier-corpus.tsv) and the other four folds. The held-out sets
are never read. Prints top-1, top-3 and macro top-1 (mean over categories of top-1 recall)
for several fastText settings and for long texts cut to their first and last sentences.

Text is given to fastText as tokens: lower-cased Latin words and single Han characters
(fastText's word bigrams then give Han character pairs, as the product's model counts).
"""
import argparse
import glob
import os
import re
import subprocess
import tempfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDS = 5


def read_labelled(path):
    out = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        fields = line.split('\t')
        category = fields[0].split('/')[0]
        text = fields[2] if len(fields) >= 4 else fields[1]
        out.append((category, text))
    return out


def tokens(text):
    return ' '.join(re.findall(r'[\u3400-\u9fff]|[a-z0-9]+', text.lower()))


SENTENCE_END = re.compile(r'(?<=[.!?。！？；;])\s*')


def first_and_last(text, keep=2):
    """The first and last `keep` sentences of a text (all of it when it is shorter)."""
    sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
    if len(sentences) <= 2 * keep:
        return text
    return ' '.join(sentences[:keep] + sentences[-keep:])


def train_and_score(train, test, options, seed):
    with tempfile.TemporaryDirectory() as tmp:
        train_path = os.path.join(tmp, 'train.txt')
        with open(train_path, 'w', encoding='utf-8') as f:
            for category, text in train:
                f.write(f'__label__{category} {tokens(text)}\n')
        model = os.path.join(tmp, 'model')
        subprocess.run(['fasttext', 'supervised', '-input', train_path, '-output', model,
                        '-seed', str(seed), '-thread', '1', '-verbose', '0'] + options,
                       check=True, stdout=subprocess.DEVNULL)
        test_path = os.path.join(tmp, 'test.txt')
        with open(test_path, 'w', encoding='utf-8') as f:
            for _, text in test:
                f.write(tokens(text) + '\n')
        result = subprocess.run(['fasttext', 'predict', model + '.bin', test_path, '3'],
                                check=True, capture_output=True, text=True)
        return [[label[len('__label__'):] for label in line.split()]
                for line in result.stdout.splitlines()]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--seed', type=int, default=1)
    args = parser.parse_args()
    corpus = read_labelled(os.path.join(ROOT, 'resources', 'classifier-corpus.tsv'))
    real = []
    for path in sorted(glob.glob(os.path.join(ROOT, 'data', 'real', 'train-*.tsv'))):
        real.extend(read_labelled(path))
    settings = [
        ('words', ['-epoch', '25', '-lr', '0.5']),
        ('words + word bigrams', ['-epoch', '25', '-lr', '0.5', '-wordNgrams', '2']),
        ('... + char 2-4-grams', ['-epoch', '25', '-lr', '0.5', '-wordNgrams', '2',
                                  '-minn', '2', '-maxn', '4', '-bucket', '200000']),
    ]
    print(f'{FOLDS}-fold cross-validation over {len(real)} real training texts '
          f'(fastText, seed {args.seed})')
    print(f'  {"setting":<44} {"top-1":>7} {"top-3":>7} {"macro top-1":>12}')
    for cut in (False, True):
        for name, options in settings:
            shown = name + (', first+last 2 sentences' if cut else '')
            right1 = right3 = n = 0
            per_category = defaultdict(lambda: [0, 0])
            for fold in range(FOLDS):
                learnt = [t for i, t in enumerate(real) if i % FOLDS != fold]
                held = [t for i, t in enumerate(real) if i % FOLDS == fold]
                if cut:
                    learnt = [(c, first_and_last(t)) for c, t in learnt]
                    held = [(c, first_and_last(t)) for c, t in held]
                predictions = train_and_score(corpus + learnt, held, options, args.seed)
                for (category, _), top in zip(held, predictions):
                    n += 1
                    first = bool(top) and top[0] == category
                    right1 += first
                    right3 += category in top
                    per_category[category][0] += 1
                    per_category[category][1] += first
            macro = sum(100.0 * r / c for c, r in per_category.values()) / len(per_category)
            print(f'  {shown:<44} {100.0 * right1 / n:6.1f}% {100.0 * right3 / n:6.1f}% '
                  f'{macro:11.1f}%')


if __name__ == '__main__':
    main()
