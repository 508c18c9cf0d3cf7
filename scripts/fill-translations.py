#!/usr/bin/python3
"""Fills the unfinished Korean translations of goodcity_ko.ts from assets/i18n/ko.tsv (\\n stands for a line break).

Usage: fill-translations.py TS TSV. Prints the source strings that still have no Korean. A third column names
the disambiguation (QT_TRANSLATE_NOOP3) of a source that has another Korean elsewhere."""
import html
import re
import sys

ts_path, tsv_path = sys.argv[1], sys.argv[2]
glossary = {}
for line in open(tsv_path, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#") or "\t" not in line:
        continue
    en, ko, *disambiguation = line.split("\t")
    glossary[(en.replace("\\n", "\n"), disambiguation[0] if disambiguation else None)] = ko.replace("\\n", "\n")

text = open(ts_path, encoding="utf-8").read()
missing = []


def fill(match):
    block = match.group(0)
    if 'type="unfinished"' not in block:
        return block
    source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
    comment = re.search(r"<comment>(.*?)</comment>", block, re.S)
    key = (source, html.unescape(comment.group(1)) if comment else None)
    if key not in glossary:
        key = (source, None)
    if key not in glossary:
        missing.append(source if not comment else f"{source} ({html.unescape(comment.group(1))})")
        return block
    ko = html.escape(glossary[key], quote=False)
    if 'numerus="yes"' in block:
        translation = f"<translation><numerusform>{ko}</numerusform></translation>"
    else:
        translation = f"<translation>{ko}</translation>"
    return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", lambda _: translation, block, flags=re.S)


text = re.sub(r"<message[^>]*>.*?</message>", fill, text, flags=re.S)
open(ts_path, "w", encoding="utf-8").write(text)
for m in missing:
    print(f"no Korean yet: {m}")
sys.exit(1 if missing else 0)
