#!/usr/bin/env python3
"""Fills complaintdesk_zh_CN.ts from zh_CN.py and the plural forms of complaintdesk_en.ts.

Run after `cmake --build build --target update_translations`; prints the source texts
that still have no translation and exits 1 when there are any.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from zh_CN import ZH  # noqa: E402


def english_plural(text):
    """'%n complaint(s)' -> ['%n complaint', '%n complaints']."""
    one = re.sub(r'\((s|es)\)', '', text)
    many = re.sub(r'\((s|es)\)', r'\1', text)
    return [one, many]


def fill(path, translate):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text or ''
        translation = message.find('translation')
        numerus = message.get('numerus') == 'yes'
        value = translate(source, numerus)
        if value is None:
            missing.append(source)
            continue
        translation.attrib.pop('type', None)
        if numerus:
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for text in value:
                ET.SubElement(translation, 'numerusform').text = text
        else:
            translation.text = value
    tree.write(path, encoding='utf-8', xml_declaration=True)
    text = Path(path).read_text(encoding='utf-8')
    Path(path).write_text(text.replace("<?xml version='1.0' encoding='utf-8'?>",
                                       '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1),
                          encoding='utf-8')
    return missing


def chinese(source, numerus):
    value = ZH.get(source)
    if value is None:
        return None
    if numerus and isinstance(value, str):
        return [value]
    return value


def english(source, numerus):
    return english_plural(source) if numerus else source


root = HERE.parent
missing = fill(root / 'complaintdesk_zh_CN.ts', chinese)
fill(root / 'complaintdesk_en.ts', english)
for source in missing:
    print('untranslated:', repr(source))
sys.exit(1 if missing else 0)
