#!/usr/bin/python3
"""Fills the unfinished Korean translations of goodcity_ko.ts from assets/i18n/ko.tsv (\\n stands for a line break).

Usage: fill-translations.py TS TSV. Prints the source strings that still have no Korean."""
import html
import re
import sys

ts_path, tsv_path = sys.argv[1], sys.argv[2]
glossary = {}
for line in open(tsv_path, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#") or "\t" not in line:
        continue
    en, ko = line.split("\t", 1)
    glossary[en.replace("\\n", "\n")] = ko.replace("\\n", "\n")

text = open(ts_path, encoding="utf-8").read()
missing = []


def fill(match):
    block = match.group(0)
    if 'type="unfinished"' not in block:
        return block
    source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
    if source not in glossary:
        missing.append(source)
        return block
    ko = html.escape(glossary[source], quote=False)
    if 'numerus="yes"' in block:
        translation = f"<translation><numerusform>{ko}</numerusform></translation>"
    else:
        translation = f"<translation>{ko}</translation>"
    return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", translation, block, flags=re.S)


text = re.sub(r"<message[^>]*>.*?</message>", fill, text, flags=re.S)
open(ts_path, "w", encoding="utf-8").write(text)
for m in missing:
    print(f"no Korean yet: {m}")
sys.exit(1 if missing else 0)
