#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/guanxi_zh_TW.ts from guanxi_zh_CN.ts: ICU's Simplified-Traditional
transform (uconv, Debian package icu-devtools) followed by Taiwan's own words for computing terms
(資料庫 rather than 數據庫, 檔案 rather than 文件, ...). Entries a translator has finished by hand
in zh_TW are kept (with --all every entry is derived again); run after
`cmake --build build --target update_translations`."""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Applied in order, after the character transform.
TAIWAN_TERMS = [
    ("數據庫", "資料庫"), ("文件夾", "資料夾"), ("文件", "檔案"), ("默認", "預設"),
    ("設置", "設定"), ("信息", "資訊"), ("用戶", "使用者"), ("軟件", "軟體"), ("導入", "匯入"),
    ("導出", "匯出"), ("打印", "列印"), ("網絡", "網路"), ("服務器", "伺服器"), ("保存", "儲存"),
    ("搜索", "搜尋"), ("登錄", "登入"), ("撤銷", "復原"), ("程序", "程式"), ("創建", "建立"),
    ("支持", "支援"), ("界面", "介面"), ("演示", "示範"), ("字符", "字元"), ("載入", "載入"),
    ("回滾", "回復"), ("新建", "新增"), ("文本", "文字"), ("默認", "預設"), ("質量", "品質"), ("視頻", "影片"), ("鏈接", "連結"),
]


def to_traditional(texts):
    joined = "\n\u2063\n".join(texts)  # an invisible separator that survives the transform
    out = subprocess.run(["uconv", "-x", "Simplified-Traditional"], input=joined.encode(),
                         capture_output=True, check=True).stdout.decode()
    result = out.split("\n\u2063\n")
    assert len(result) == len(texts)
    fixed = []
    for t in result:
        for cn, tw in TAIWAN_TERMS:
            t = t.replace(cn, tw)
        fixed.append(t)
    return fixed


def main():
    root = Path(__file__).resolve().parent.parent / "translations"
    cn = ET.parse(root / "guanxi_zh_CN.ts")
    source_to_cn = {}
    for m in cn.getroot().iter("message"):
        tr = m.find("translation")
        if tr.get("type") == "unfinished":
            continue
        forms = [nf.text or "" for nf in tr.findall("numerusform")] or [tr.text or ""]
        source_to_cn[(m.find("source").text, m.get("numerus") == "yes")] = forms

    tw_path = root / "guanxi_zh_TW.ts"
    tw = ET.parse(tw_path)
    todo = []
    for m in tw.getroot().iter("message"):
        tr = m.find("translation")
        key = (m.find("source").text, m.get("numerus") == "yes")
        if (tr.get("type") == "unfinished" or "--all" in sys.argv) and key in source_to_cn:
            todo.append((m, tr, source_to_cn[key]))
    flat = [f for _, _, forms in todo for f in forms]
    converted = iter(to_traditional(flat)) if flat else iter(())
    for m, tr, forms in todo:
        for c in list(tr):
            tr.remove(c)
        tr.text = None
        if m.get("numerus") == "yes":
            for _ in forms:
                ET.SubElement(tr, "numerusform").text = next(converted)
        else:
            tr.text = next(converted)
        tr.attrib.pop("type", None)
    write_ts(tw, tw_path)
    print(f"zh_TW: filled {len(todo)} entries")
    return 0


def write_ts(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
