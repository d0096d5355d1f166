"""English names for divisions that no person has reviewed: the pinyin of the specific part, then the generic part in
English (ADR 0051). Used by scripts/regions.py; dev-time only (pinyin through `node scripts/pinyin.mjs`, which needs
`npm install --prefix scripts`).

Rule (a machine transliteration, documented, never presented as an official English name):
- the name is split into its specific part and its generic part (市, 区, 县, 自治州, …); the peoples named in the title of an
  autonomous division are taken out of the specific part and given in English (红河哈尼族彝族自治州 → Honghe Hani and Yi
  Autonomous Prefecture);
- the specific part is written in pinyin without tones, syllables joined, the first letter capital, an apostrophe before a
  syllable that starts with a, o or e (Xi'an, Lu'an); known readings of place names that a dictionary gets wrong are in
  READINGS (乐清 Yueqing, 歙县 She) and CHARACTERS (都 du, 什 shi);
- 市 adds nothing, as the names reviewed before write cities (Suzhou, Yingde); the others add District, County, Banner,
  League, Prefecture, Autonomous Prefecture, Autonomous County, New Area, …; a one-character city keeps its 市 (沙市 Shashi),
  and a short name keeps 新 or 林 in its specific part (清新区 Qingxin District; SHORTEST).
"""
import json
import subprocess
from pathlib import Path

PENDING = "\u0000pending"

GENERIC = [  # longest first
    ("特别行政区", "Special Administrative Region"), ("自治区", "Autonomous Region"), ("自治州", "Autonomous Prefecture"),
    ("自治县", "Autonomous County"), ("自治旗", "Autonomous Banner"), ("地区", "Prefecture"), ("林区", "Forestry District"),
    ("特区", "Special District"), ("新区", "New Area"), ("矿区", "Mining District"), ("省", "Province"), ("市", ""),
    ("县", "County"), ("区", "District"), ("盟", "League"), ("旗", "Banner"),
]

# The shortest specific part a generic part is read with (清新区 is Qingxin District, 万柏林区 Wanbailin District, but
# 滨海新区 Binhai New Area, 神农架林区 Shennongjia Forestry District); 1 for the others, and a one-character city keeps 市.
SHORTEST = {"新区": 2, "林区": 3, "矿区": 1, "市": 2}

# Characters a dictionary reads otherwise but place names read so (新都 Xindu, 喀什 Kashi).
CHARACTERS = {"都": "du", "什": "shi"}

PEOPLES = {
    "维吾尔": "Uygur", "蒙古": "Mongol", "哈萨克": "Kazak", "柯尔克孜": "Kirgiz", "塔吉克": "Tajik", "锡伯": "Xibe", "回": "Hui",
    "藏": "Tibetan", "羌": "Qiang", "彝": "Yi", "苗": "Miao", "土家": "Tujia", "布依": "Bouyei", "侗": "Dong", "壮": "Zhuang",
    "瑶": "Yao", "白": "Bai", "傣": "Dai", "哈尼": "Hani", "傈僳": "Lisu", "拉祜": "Lahu", "佤": "Va", "纳西": "Naxi",
    "景颇": "Jingpo", "怒": "Nu", "独龙": "Derung", "普米": "Pumi", "阿昌": "Achang", "德昂": "De'ang", "基诺": "Jino",
    "布朗": "Blang", "水": "Shui", "仡佬": "Gelao", "毛南": "Maonan", "仫佬": "Mulao", "京": "Gin", "黎": "Li", "畲": "She",
    "朝鲜": "Korean", "满": "Manchu", "达斡尔": "Daur", "鄂温克": "Ewenki", "鄂伦春": "Oroqen", "土": "Tu", "撒拉": "Salar",
    "保安": "Bonan", "东乡": "Dongxiang", "裕固": "Yugur", "各": "Multi-ethnic", "高山": "Gaoshan",
}

# Readings of place names that a general dictionary gets wrong (specific part → syllables).
READINGS = {
    "乐清": "yue qing", "洪洞": "hong tong", "单": "shan", "蔚": "yu", "乐亭": "lao ting", "歙": "she", "儋州": "dan zhou",
    "筠连": "jun lian", "尉氏": "wei shi", "临朐": "lin qu", "莒": "ju", "莒南": "ju nan", "犍为": "qian wei", "郫": "pi",
    "郫都": "pi du", "涪陵": "fu ling", "邛崃": "qiong lai", "栾城": "luan cheng", "番禺": "pan yu", "六安": "lu an",
    "六合": "lu he", "大冶": "da ye", "蚌山": "beng shan", "蚌埠": "beng bu", "长汀": "chang ting", "东阿": "dong e",
    "尉犁": "yu li", "民乐": "min le", "闵行": "min hang", "覃塘": "tan tang", "繁峙": "fan shi", "涡阳": "guo yang",
    "调兵山": "diao bing shan", "荥阳": "xing yang", "荥经": "ying jing", "万柏林": "wan bai lin",
}

SCRIPT = Path(__file__).resolve().parent / "pinyin.mjs"


def split(name):
    """(specific part, English generic, English peoples) of a Chinese division name."""
    for suffix, english in GENERIC:
        stem = name[: -len(suffix)]
        if name.endswith(suffix) and len(stem) >= SHORTEST.get(suffix, 1):
            peoples = []
            if suffix.startswith("自治"):
                stem, peoples = without_peoples(stem)
            return stem, english, peoples
    return name, "", []


def without_peoples(stem):
    peoples = []
    found = True
    while found:
        found = False
        for people in sorted(PEOPLES, key=len, reverse=True):
            for written in (people + "族", people):
                if stem.endswith(written) and len(stem) - len(written) >= 2:
                    stem = stem[: -len(written)]
                    peoples.insert(0, PEOPLES[people])
                    found = True
                    break
            if found:
                break
    return stem, peoples


def romanise(syllables):
    words = []
    for i, syllable in enumerate(syllables):
        if i > 0 and syllable[:1] in ("a", "o", "e"):
            words.append("'")
        words.append(syllable)
    text = "".join(words)
    return text[:1].upper() + text[1:]


def peoples_text(peoples):
    if len(peoples) <= 1:
        return "".join(peoples)
    return ", ".join(peoples[:-1]) + " and " + peoples[-1]


def pinyin(stems):
    done = subprocess.run(["node", str(SCRIPT)], input=json.dumps(stems, ensure_ascii=False), capture_output=True,
                          text=True, encoding="utf-8", check=True)
    return json.loads(done.stdout)


def fill(rows, name_column, english_column):
    """Replaces PENDING English names in rows (lists) with transliterations, calling node once."""
    pending = [row for row in rows if row[english_column] == PENDING]
    parts = [split(row[name_column]) for row in pending]
    unread = sorted({stem for stem, _, _ in parts if stem not in READINGS})
    syllables = {stem: [CHARACTERS.get(c, s) for c, s in zip(stem, read)] if len(read) == len(stem) else read
                 for stem, read in zip(unread, pinyin(unread))}
    for row, (stem, generic, peoples) in zip(pending, parts):
        words = READINGS[stem].split() if stem in READINGS else syllables[stem]
        row[english_column] = " ".join(p for p in (romanise(words), peoples_text(peoples), generic) if p)
