#!/usr/bin/env python3
"""Converts the national division codes (areacodes.csv, CC0) into data/seed/regions.csv.

Run by hand when the source changes (not in CI):
    python3 scripts/regions.py [../shared/data/regions/areacodes.csv] [data/seed/regions.csv]

One output row per division and code period (a code renamed or reused has several rows). Dates (ADR 0051):
- The source gives years "as at 31 December": a code first listed in year Y is valid from Y-12-31; a code that stopped
  in year Z is valid until Z-12-31 (exclusive). Codes already in the first list (1981) have no valid_from.
- Exact dates known from the documents replace those (EXACT below, e.g. 莱芜市 abolished on 2019-01-09).
Parents: a prefecture's province by name; a county's prefecture is the row of that name whose period overlaps the
county's (checked to be the latest overlapping row of the prefecture's code, the rule the loader uses); counties
"直辖" hang under their province. Reporting units (ADR 0050): 新疆生产建设兵团 (660000, not a GB/T 2260 code) holds
the 兵团 cities 6590xx; the five 计划单列市 are marked separately-planned.
English names: the provinces' and those reviewed by people (scripts/regions-names-en.csv); every other name is
transliterated by scripts/transliterate.py (pinyin through the npm package pinyin-pro: `npm install --prefix scripts`).
"""
import csv
import sys

import transliterate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "regions" / "areacodes.csv"
TARGET = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "data" / "seed" / "regions.csv"
REVIEWED = ROOT / "scripts" / "regions-names-en.csv"

LEVELS = {"省级": "province", "地级": "city", "县级": "county"}
CORPS = ("660000", "新疆生产建设兵团", "Xinjiang Production and Construction Corps")
SEPARATELY_PLANNED = {"210200", "330200", "350200", "370200", "440300"}  # 大连 宁波 厦门 青岛 深圳

LAIWU = "国务院2018年12月批复，2019-01-09公布施行（data/seed/region-changes.csv）"
EXACT = {  # (code, first year of the period): (valid_from, valid_to, note)
    ("371200", 1992): (None, "2019-01-09", LAIWU),
    ("371202", 1992): (None, "2019-01-09", LAIWU),
    ("371203", 1992): (None, "2019-01-09", LAIWU),
    ("370116", 2018): ("2019-01-09", None, LAIWU),
    ("370117", 2018): ("2019-01-09", None, LAIWU),
}

# Successors the source does not list (it records the counties' moves, not the city's), from the same documents.
SUCCESSORS = {("371200", 1992): "370100"}

PROVINCES_EN = {
    "110000": "Beijing", "120000": "Tianjin", "130000": "Hebei", "140000": "Shanxi", "150000": "Inner Mongolia",
    "210000": "Liaoning", "220000": "Jilin", "230000": "Heilongjiang", "310000": "Shanghai", "320000": "Jiangsu",
    "330000": "Zhejiang", "340000": "Anhui", "350000": "Fujian", "360000": "Jiangxi", "370000": "Shandong",
    "410000": "Henan", "420000": "Hubei", "430000": "Hunan", "440000": "Guangdong", "450000": "Guangxi",
    "460000": "Hainan", "500000": "Chongqing", "510000": "Sichuan", "520000": "Guizhou", "530000": "Yunnan",
    "540000": "Xizang", "610000": "Shaanxi", "620000": "Gansu", "630000": "Qinghai", "640000": "Ningxia",
    "650000": "Xinjiang", "710000": "Taiwan", "810000": "Hong Kong", "820000": "Macao",
}


def english_names(reviewed):
    """English names reviewed by people (scripts/regions-names-en.csv), by code and Chinese name."""
    with reviewed.open(encoding="utf-8") as f:
        return {(row["code"], row["name_zh"]): row["name_en"] for row in csv.DictReader(f)}


def span(row):
    start = int(row["启用时间"])
    end = int(row["变更/弃用时间"]) if row["变更/弃用时间"] else 9999
    return start, end


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def parent_of(row, provinces, prefectures):
    if row["级别"] == "省级":
        return "000000"
    if row["代码"].startswith("6590"):
        return CORPS[0]
    province = provinces[row["一级行政区"]]
    if row["级别"] == "地级" or row["二级行政区"] == "直辖":
        return province
    named = [p for p in prefectures if p["名称"] == row["二级行政区"] and p["一级行政区"] == row["一级行政区"] and overlaps(span(p), span(row))]
    if len(named) != 1:
        raise SystemExit(f"{row['代码']} {row['名称']}: prefecture {row['二级行政区']} matches {len(named)} rows")
    code = named[0]["代码"]
    latest = max((p for p in prefectures if p["代码"] == code and overlaps(span(p), span(row))), key=lambda p: span(p)[0])
    if latest is not named[0]:
        raise SystemExit(f"{row['代码']} {row['名称']}: the loader's rule would pick {latest['名称']}, not {named[0]['名称']}")
    return code


def dates(row):
    start, end = span(row)
    valid_from = None if start == 1981 else f"{start}-12-31"
    valid_to = None if end == 9999 else f"{end}-12-31"
    note = ""
    if (row["代码"], start) in EXACT:
        exact_from, exact_to, note = EXACT[(row["代码"], start)]
        valid_from, valid_to = exact_from or valid_from, exact_to or valid_to
    return valid_from or "", valid_to or "", note


def main():
    with SOURCE.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    provinces = {r["名称"]: r["代码"] for r in rows if r["级别"] == "省级"}
    prefectures = [r for r in rows if r["级别"] == "地级"]
    english = english_names(REVIEWED)
    out = [
        ["000000", "", "nation", "division", "全国", "China", "", "", "", "root of the tree (not a GB/T 2260 code)"],
        [CORPS[0], "000000", "province", "corps", CORPS[1], CORPS[2], "", "", "",
         "reporting unit beside the provinces, not a division; 660000 is not a GB/T 2260 code (ADR 0050)"],
    ]
    for row in sorted(rows, key=lambda r: (r["代码"], span(r)[0])):
        code, name = row["代码"], row["名称"]
        valid_from, valid_to, note = dates(row)
        if code.startswith("6590"):
            note = "兵团城市，经新疆生产建设兵团报送；GB/T 2260 中为新疆维吾尔自治区直辖 (ADR 0050)"
        kind = "separately-planned" if code in SEPARATELY_PLANNED and row["状态"] == "在用" else "division"
        name_en = PROVINCES_EN.get(code) if row["级别"] == "省级" else english.get((code, name)) or transliterate.PENDING
        successors = SUCCESSORS.get((code, span(row)[0]), row["新代码"])
        out.append([code, parent_of(row, provinces, prefectures), LEVELS[row["级别"]], kind, name, name_en,
                    valid_from, valid_to, successors, note])
    transliterate.fill(out, name_column=4, english_column=5)
    with TARGET.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["code", "parent_code", "level", "kind", "name_zh", "name_en", "valid_from", "valid_to", "successors", "note"])
        writer.writerows(out)
    print(f"{TARGET}: {len(out)} rows")


if __name__ == "__main__":
    main()
