#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Derives translations/guanxi_zh_TW.ts from guanxi_zh_CN.ts with OpenCC's Simplified → Taiwan
configuration with Taiwanese phrases (s2twp: 软件 → 軟體, 打印 → 列印, 数据库 → 資料庫; Debian
package opencc), then Taiwan's quotation marks (“” → 「」, ‘’ → 『』). Nothing is kept by hand but
the reviewed corrections in translations/zh_TW-reviewed.tsv (what OpenCC wrote, tab, what a
Taiwanese salesperson reads), for the few places where its phrase table is wrong or mainland usage
(隻讀 → 唯讀, 賬戶 → 帳戶, 許可權 → 權限 …).

  scripts/derive-zh_TW.py           fill the entries that are unfinished in zh_TW
  scripts/derive-zh_TW.py --all     derive every entry again
  scripts/derive-zh_TW.py --check   exit 1 when zh_TW is not what the derivation gives (a test)

Run after `cmake --build build --target update_translations` and filling zh_CN."""
import csv
import subprocess
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "translations"
SEPARATOR = "\n\u2063\n"  # an invisible separator that survives the conversion


def to_taiwan(texts):
    if not texts:
        return []
    joined = SEPARATOR.join(texts)
    out = subprocess.run(["opencc", "-c", "s2twp.json"], input=joined.encode(),
                         capture_output=True, check=True).stdout.decode()
    result = out.split(SEPARATOR)
    assert len(result) == len(texts), "OpenCC changed the separator"
    return result


QUOTES = [("“", "「"), ("”", "」"), ("‘", "『"), ("’", "』")]


def corrections():
    """(OpenCC's wording, the reviewed one), longest first, from translations/zh_TW-reviewed.tsv."""
    out = []
    with (ROOT / "zh_TW-reviewed.tsv").open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and not row[0].startswith("#") and len(row) >= 2:
                out.append((row[0], row[1]))
    return sorted(out, key=lambda pair: -len(pair[0]))


def corrected(text, fixes):
    for wrong, right in fixes + QUOTES:
        text = text.replace(wrong, right)
    return text


def forms_of(translation):
    return [nf.text or "" for nf in translation.findall("numerusform")] or [translation.text or ""]


def main():
    cn = ET.parse(ROOT / "guanxi_zh_CN.ts")
    source_to_cn = {}
    for m in cn.getroot().iter("message"):
        tr = m.find("translation")
        if tr.get("type") == "unfinished":
            continue
        source_to_cn[(m.find("source").text, m.get("numerus") == "yes")] = forms_of(tr)

    tw_path = ROOT / "guanxi_zh_TW.ts"
    tw = ET.parse(tw_path)
    fixes = corrections()
    check = "--check" in sys.argv
    todo = []
    for m in tw.getroot().iter("message"):
        tr = m.find("translation")
        key = (m.find("source").text, m.get("numerus") == "yes")
        if key not in source_to_cn:
            continue
        if check or "--all" in sys.argv or tr.get("type") == "unfinished":
            todo.append((m, tr, key))
    flat = [f for _, _, key in todo for f in source_to_cn[key]]
    converted = iter(to_taiwan(flat))
    differing = []
    for m, tr, key in todo:
        forms = [corrected(next(converted), fixes) for _ in source_to_cn[key]]
        if check:
            if tr.get("type") == "unfinished" or forms_of(tr) != forms:
                differing.append((key[0], forms_of(tr), forms))
            continue
        for c in list(tr):
            tr.remove(c)
        tr.text = None
        if m.get("numerus") == "yes":
            for f in forms:
                ET.SubElement(tr, "numerusform").text = f
        else:
            tr.text = forms[0]
        tr.attrib.pop("type", None)
    if check:
        for source, have, want in differing[:20]:
            print(f"zh_TW differs for {source!r}:\n  has    {have}\n  derive {want}")
        print(f"zh_TW: {len(differing)} of {len(todo)} entries differ from the derivation")
        return 1 if differing else 0
    write_ts(tw, tw_path)
    print(f"zh_TW: derived {len(todo)} entries")
    return 0


def write_ts(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    # Quotes in text as lupdate writes them (&apos; &quot;), so that its next run changes nothing.
    body = re.sub(r">([^<>]*)<", lambda m: ">" + m.group(1).replace("'", "&apos;").replace('"', "&quot;") + "<", body)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
