#!/usr/bin/env python3
"""Sets translations in a Qt .ts file, touching only the messages named.

The .ts files are the only source of ComplaintDesk's translations: translators edit them
with Qt Linguist, `cmake --build build --target update_translations` (lupdate) adds and
removes source texts and keeps every translation. This tool is for scripts and for
entries written as a dictionary:

  tsset.py FILE.ts ENTRIES
      ENTRIES is a JSON file or a Python file holding one dict literal (read with
      ast.literal_eval, never executed): {source text: translation}, where the
      translation of a %n (numerus) message is a list of its plural forms (Chinese
      has one; a plain string is taken as that one form). Every message of FILE.ts
      whose source is a key (in any context) gets that translation, marked finished.
      Keys not in FILE.ts are listed and the exit status is 1 (run update_translations
      first). A key whose value is a dict names a context: its entries apply to the
      messages of that context only (and win over plain entries), for a source text that
      needs different words in different places: {"StatisticsReportService":
      {"Received": "受理量"}}.
  tsset.py --english FILE_en.ts
      Fills the unfinished messages of the English file: a plain message translates to
      its source, a %n message gets two forms by the "(s)" convention: "%n complaint(s)"
      -> "%n complaint", "%n complaints". Finished messages (say, hand-written plural
      forms) are left as they are.
  tsset.py --check FILE.ts
      Lists the messages without a finished translation; exit status 1 when any.

Everything outside the messages it sets stays byte for byte as lupdate wrote it.
"""
import argparse
import ast
import json
import re
import sys
from pathlib import Path

MESSAGE = re.compile(r'(?P<indent>[ \t]*)<message\b(?P<attrs>[^>]*)>(?P<body>.*?)</message>',
                     re.DOTALL)
SOURCE = re.compile(r'<source>(.*?)</source>', re.DOTALL)
TRANSLATION = re.compile(r'<translation\b(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)',
                         re.DOTALL)
NUMERUSFORM = re.compile(r'<numerusform\b[^>]*?(?:/>|>(.*?)</numerusform>)', re.DOTALL)
ENTITY = re.compile(r'&(#x[0-9a-fA-F]+|#[0-9]+|quot|apos|amp|lt|gt);')
NAMED = {'quot': '"', 'apos': "'", 'amp': '&', 'lt': '<', 'gt': '>'}


def unescape(text):
    def one(match):
        name = match.group(1)
        if name.startswith('#x'):
            return chr(int(name[2:], 16))
        if name.startswith('#'):
            return chr(int(name[1:]))
        return NAMED[name]
    return ENTITY.sub(one, text)


def escape(text):
    """As lupdate writes text: the five entities, other control characters as &#xN;."""
    out = []
    for c in text:
        if c == '&':
            out.append('&amp;')
        elif c == '<':
            out.append('&lt;')
        elif c == '>':
            out.append('&gt;')
        elif c == '"':
            out.append('&quot;')
        elif c == "'":
            out.append('&apos;')
        elif ord(c) < 0x20 and c not in '\n\r\t':
            out.append('&#x%x;' % ord(c))
        else:
            out.append(c)
    return ''.join(out)


def english_plural(source):
    """'%n complaint(s)' -> ['%n complaint', '%n complaints']."""
    return [re.sub(r'\((s|es)\)', '', source), re.sub(r'\((s|es)\)', r'\1', source)]


def translation_element(value, numerus, indent):
    if not numerus:
        return '<translation>%s</translation>' % escape(value)
    inner = indent + '    '
    forms = ''.join('\n%s<numerusform>%s</numerusform>' % (inner, escape(form)) for form in value)
    return '<translation>%s\n%s</translation>' % (forms, indent)


def is_finished(match):
    """Whether the message has a finished, non-empty translation."""
    translation = TRANSLATION.search(match.group('body'))
    if translation is None or 'type=' in translation.group('attrs'):
        return False
    text = translation.group('text') or ''
    if 'numerus="yes"' in match.group('attrs'):
        forms = [unescape(f or '') for f in NUMERUSFORM.findall(text)]
        return bool(forms) and all(f.strip() for f in forms)
    return bool(unescape(text).strip())


CONTEXT = re.compile(r'<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>', re.DOTALL)


def rewrite(path, decide):
    """Calls decide(source, numerus, match, context) for each message; a value it returns
    (text or plural forms) becomes that message's finished translation. Returns the
    (context, source) pairs set."""
    content = Path(path).read_text(encoding='utf-8')
    done = []

    def one(match, context):
        source_match = SOURCE.search(match.group('body'))
        if source_match is None:
            return match.group(0)
        source = unescape(source_match.group(1))
        numerus = 'numerus="yes"' in match.group('attrs')
        value = decide(source, numerus, match, context)
        if value is None:
            return match.group(0)
        if numerus and isinstance(value, str):
            value = [value]
        if not numerus and not isinstance(value, str):
            raise SystemExit('%s: "%s" is not a %%n message; give one text, not a list'
                             % (path, source))
        body = match.group('body')
        translation = TRANSLATION.search(body)
        element = translation_element(value, numerus, match.group('indent') + '    ')
        if translation is None:
            body = body.rstrip() + '\n' + match.group('indent') + '    ' + element + '\n' \
                + match.group('indent')
        else:
            body = body[:translation.start()] + element + body[translation.end():]
        done.append((context, source))
        return '%s<message%s>%s</message>' % (match.group('indent'), match.group('attrs'), body)

    def one_context(match):
        name = unescape(match.group('name'))
        body = MESSAGE.sub(lambda m: one(m, name), match.group('body'))
        start, end = match.span('body')
        return match.group(0)[:start - match.start()] + body + match.group(0)[end - match.start():]

    updated = CONTEXT.sub(one_context, content)
    if updated != content:
        Path(path).write_text(updated, encoding='utf-8')
    return done


def load_entries(path):
    text = Path(path).read_text(encoding='utf-8')
    if path.endswith('.json'):
        entries = json.loads(text)
    else:
        tree = ast.parse(text, filename=path)
        dicts = [node.value for node in tree.body
                 if isinstance(node, (ast.Assign, ast.Expr)) and isinstance(node.value, ast.Dict)]
        if len(dicts) != 1:
            raise SystemExit('%s: expected one dict literal, found %d' % (path, len(dicts)))
        entries = ast.literal_eval(dicts[0])
    if not isinstance(entries, dict):
        raise SystemExit('%s: expected a dict of {source: translation}' % path)
    def valid(value):
        return isinstance(value, str) or (
            isinstance(value, list) and value and all(isinstance(v, str) for v in value))

    plain, by_context = {}, {}
    for source, value in entries.items():
        if isinstance(source, str) and isinstance(value, dict):
            for inner, text in value.items():
                if not isinstance(inner, str) or not valid(text):
                    raise SystemExit('%s: the entry for %r in context %r is neither a text nor'
                                     ' a list of texts' % (path, inner, source))
                by_context[(source, inner)] = text
        elif isinstance(source, str) and valid(value):
            plain[source] = value
        else:
            raise SystemExit('%s: the entry for %r is neither a text nor a list of texts'
                             % (path, source))
    return plain, by_context


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--english', action='store_true',
                        help='fill the unfinished messages of the English .ts')
    parser.add_argument('--check', action='store_true',
                        help='list the messages without a finished translation')
    parser.add_argument('ts', help='the .ts file')
    parser.add_argument('entries', nargs='?', help='JSON or Python dict of translations')
    args = parser.parse_args()

    if args.check:
        missing = []
        rewrite(args.ts, lambda source, numerus, m, context: missing.append(source)
                if not is_finished(m) else None)
        for source in missing:
            print('untranslated:', repr(source))
        return 1 if missing else 0
    if args.english:
        done = rewrite(args.ts, lambda source, numerus, m, context: None if is_finished(m)
                       else (english_plural(source) if numerus else source))
        print('%s: %d message(s) filled' % (args.ts, len(done)))
        return 0
    if not args.entries:
        parser.error('name the file of translations')
    plain, by_context = load_entries(args.entries)
    done = rewrite(args.ts, lambda source, numerus, m, context: by_context.get(
        (context, source), plain.get(source)))
    absent = sorted(set(plain) - {source for _, source in done})
    absent += sorted('%s (in %s)' % (source, context)
                     for context, source in set(by_context) - set(done))
    print('%s: %d message(s) set' % (args.ts, len(done)))
    for source in absent:
        print('not in %s (run update_translations first?): %r' % (args.ts, source))
    return 1 if absent else 0


if __name__ == '__main__':
    sys.exit(main())
