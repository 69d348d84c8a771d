"""Build the bundled sample indicators and competitor city points.

    python tools/build_indicators.py [--figures ../shared/reference/figures.md]

Reads the values from the project's reference figures (figures.md: the
research paper's figures, Guangzhou district population at the 2020 census,
GBA city GDP and population 2023, national competitor GDP 2023) and writes

* ``resources/geo/indicators_sample.csv`` – long form
  (adcode, region, indicator, indicator_en, year, value, unit, source, note);
  every value carries its source and year; rounded public figures are marked
  ``(approx.)`` in ``note`` and in ``source``;
* ``resources/geo/competitor_cities.geojson`` – city centre points (WGS84) of
  Guangzhou, Shenzhen and the national competitors Beijing, Shanghai,
  Hangzhou, Chengdu, from GeoNames (CC BY 4.0);
* ``resources/geo/indicators.PROVENANCE.json``.

The script fails loudly when figures.md no longer holds a value it expects,
rather than shipping a stale number.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GEO = ROOT / "resources" / "geo"
DEFAULT_FIGURES = ROOT.parent / "shared" / "reference" / "figures.md"

PAPER = (
    "Guangzhou Institute of Science and Technology, \"The High-Quality Development of Guangzhou's "
    'Digital Cultural Industry" (research paper)'
)
CENSUS = "Seventh National Population Census 2020 (第七次全国人口普查), district resident population"
GBA_STATS = "City statistical bulletins 2023 (统计公报), GDP and resident population"
NATIONAL_STATS = "City statistical bulletins 2023 (统计公报), GDP"
APPROX = "(approx.)"

#: GeoNames (https://www.geonames.org, CC BY 4.0) populated-place points, WGS84 (lat, lon as published).
CITY_POINTS = [
    # adcode, name_zh, name_en, group, geonameid, lat, lon
    ("110000", "北京市", "Beijing", "national", 1816670, 39.9075, 116.39723),
    ("310000", "上海市", "Shanghai", "national", 1796236, 31.22222, 121.45806),
    ("330100", "杭州市", "Hangzhou", "national", 1808926, 30.29365, 120.16142),
    ("510100", "成都市", "Chengdu", "national", 1815286, 30.66667, 104.06667),
    ("440300", "深圳市", "Shenzhen", "gba", 1795565, 22.54554, 114.0683),
    ("440100", "广州市", "Guangzhou", "gba", 1809858, 23.11667, 113.25),
]

NATIONAL_ZH = {
    "Beijing": ("110000", "北京市"),
    "Shanghai": ("310000", "上海市"),
    "Hangzhou": ("330100", "杭州市"),
    "Chengdu": ("510100", "成都市"),
}


def _num(text: str) -> tuple[float, bool]:
    """``"about 27,000 (converted from HKD)"`` -> (27000.0, True)."""
    approx = "about" in text or "approx" in text
    m = re.search(r"[\d,]+(?:\.\d+)?", text)
    if not m:
        raise ValueError(f"no number in {text!r}")
    return float(m.group(0).replace(",", "")), approx


def _table_rows(md: str, heading: str) -> list[list[str]]:
    """Cells of the first markdown table after the line starting with ``heading``."""
    start = md.index(heading)
    rows = []
    for line in md[start:].splitlines()[1:]:
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not set("".join(cells)) <= set("-: "):
                rows.append(cells)
        elif rows:
            break
    return rows[1:]  # without the header


def build_rows(md: str) -> list[dict]:
    rows: list[dict] = []

    def add(adcode, region, ind, ind_en, year, value, unit, source, approx=False, note=""):
        notes = [n for n in (APPROX if approx else "", note) if n]
        rows.append(
            {
                "adcode": adcode,
                "region": region,
                "indicator": ind,
                "indicator_en": ind_en,
                "year": year,
                "value": f"{value:g}",
                "unit": unit,
                "source": source + (f" {APPROX}" if approx else ""),
                "note": "; ".join(notes),
            }
        )

    # -- the paper's figures (checked against the text of figures.md) ---------
    expect = [
        "604.08 billion yuan",
        "278.088 billion yuan (46.0%)",
        "20 billion yuan (about 15% of China's total)",
        "7 trillion yuan, +11% year on year",
    ]
    for e in expect:
        if e not in md:
            raise SystemExit(f"figures.md no longer says {e!r}: update tools/build_indicators.py")
    add(
        "440100",
        "广州市",
        "规模以上文化及相关产业营业收入",
        "Operating income, above-scale cultural industries",
        "2024",
        6040.8,
        "亿元",
        PAPER,
    )
    add(
        "440100",
        "广州市",
        "数字文化新业态营业收入",
        "Income, 16 new digital-culture subcategories",
        "2024",
        2780.88,
        "亿元",
        PAPER,
    )
    add(
        "440100",
        "广州市",
        "数字文化新业态营收占比",
        "Share of new digital-culture forms in income",
        "2024",
        46.0,
        "%",
        PAPER,
    )
    add("440100", "广州市", "游戏企业出口收入", "Game enterprises' export revenue", "2023", 200, "亿元", PAPER)
    add(
        "440100",
        "广州市",
        "游戏出口占全国比重",
        "Share of China's game export revenue",
        "2023",
        15,
        "%",
        PAPER,
        approx=True,
        note="about 15%",
    )
    add("100000", "中国", "数字文化产业规模", "Scale of the digital cultural industry", "2024", 70000, "亿元", PAPER)
    add("100000", "中国", "数字文化产业规模同比增长", "Growth of the digital cultural industry", "2024", 11, "%", PAPER)

    # -- district population, 2020 census (approx.) ---------------------------
    for adcode, _en, zh, pop in _table_rows(md, "## Guangzhou districts"):
        value, _ = _num(pop)
        add(adcode, zh, "常住人口", "Resident population", "2020", value, "万人", CENSUS, approx=True)

    # -- GBA cities 2023 (approx.) ------------------------------------------
    for adcode, _en, zh, gdp, pop in _table_rows(md, "## Greater Bay Area cities, 2023"):
        g, _ = _num(gdp)
        note = re.search(r"\(([^)]*)\)", gdp)
        add(
            adcode,
            zh,
            "地区生产总值",
            "GDP",
            "2023",
            g,
            "亿元",
            GBA_STATS,
            approx=True,
            note=note.group(1) if note else "",
        )
        p, _ = _num(pop)
        add(adcode, zh, "常住人口", "Resident population", "2023", p, "万人", GBA_STATS, approx=True)

    # -- national competitors, GDP 2023 (approx.) ---------------------------
    m = re.search(r"Beijing [\d,]+; Shanghai [\d,]+; Hangzhou [\d,]+; Chengdu [\d,]+", md.replace("\n", " "))
    if not m:
        raise SystemExit("figures.md: national competitor GDP sentence not found")
    for part in m.group(0).split(";"):
        name, val = part.strip().rsplit(" ", 1)
        adcode, zh = NATIONAL_ZH[name]
        add(adcode, zh, "地区生产总值", "GDP", "2023", float(val.replace(",", "")), "亿元", NATIONAL_STATS, approx=True)
    return rows


def competitor_geojson() -> dict:
    feats = []
    for adcode, zh, en, group, gid, lat, lon in CITY_POINTS:
        feats.append(
            {
                "type": "Feature",
                "properties": {
                    "adcode": adcode,
                    "name_zh": zh,
                    "name_en": en,
                    "group": group,
                    "geonameid": gid,
                    "source": "GeoNames (CC BY 4.0)",
                },
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
            }
        )
    return {
        "type": "FeatureCollection",
        "name": "competitor_cities",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        "features": feats,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--figures", default=str(DEFAULT_FIGURES))
    args = ap.parse_args(argv)
    md = Path(args.figures).read_text(encoding="utf-8")
    rows = build_rows(md)
    out = GEO / "indicators_sample.csv"
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    (GEO / "competitor_cities.geojson").write_text(
        json.dumps(competitor_geojson(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    prov = {
        "files": ["indicators_sample.csv", "competitor_cities.geojson"],
        "built_by": "tools/build_indicators.py",
        "indicators_sample.csv": {
            "form": "long: adcode, region, indicator, indicator_en, year, value, unit, source, note",
            "from": "shared/reference/figures.md (project reference figures)",
            "sources": [PAPER, CENSUS, GBA_STATS, NATIONAL_STATS],
            "approx": "Rounded public figures given for illustration carry '(approx.)' in source and note; "
            "Hong Kong and Macao GDP are converted from HKD/MOP.",
            "units": {"亿元": "100 million yuan", "万人": "10,000 persons", "%": "percent"},
            "rows": len(rows),
        },
        "competitor_cities.geojson": {
            "source": "GeoNames gazetteer (https://www.geonames.org), populated-place points by geonameid",
            "licence": "CC BY 4.0",
            "attribution": "City points: GeoNames (CC BY 4.0)",
            "datum": "WGS84 (EPSG:4326)",
            "note": "Conventional city-centre points (not boundaries), used for labelled competitor points.",
        },
    }
    (GEO / "indicators.PROVENANCE.json").write_text(
        json.dumps(prov, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {out.relative_to(ROOT)} ({len(rows)} rows), competitor_cities.geojson, indicators.PROVENANCE.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
