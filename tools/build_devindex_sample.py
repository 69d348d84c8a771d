"""Build the bundled sample table of the development index, with its indicator groups.

    python tools/build_devindex_sample.py

Writes, for Guangzhou's 11 districts and the years 2020 to 2024,

* ``resources/geo/devindex_sample.csv`` – long form (adcode, region,
  indicator, indicator_en, year, value, unit, source, note), the format of
  ``indicators_sample.csv``;
* ``resources/geo/devindex_groups.csv`` – ``indicator,group,direction``:
  three subsystems (规模 scale, 创新 innovation, 人才 talent), one cost
  indicator;
* ``resources/geo/devindex.PROVENANCE.json``.

**Synthetic.** Every value except the population is computed from the
synthetic sample enterprises (``resources/geo/sample_enterprises.csv``,
invented by ``tools/make_sample_enterprises.py``): an enterprise counts in a
year from its founding year on. They illustrate the method and are not
statistics of Guangzhou; each row says so in ``source`` and ``note``. The
resident population is the 2020 census figure of figures.md (approx.).
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
GEO = ROOT / "resources" / "geo"
ENTERPRISES = GEO / "sample_enterprises.csv"
YEARS = range(2020, 2025)
SYNTHETIC = "synthetic: computed from GZMap's synthetic sample enterprises (not real statistics)"
NOTE = "synthetic (illustration of the method)"

#: adcode, district, resident population 2020 (10k persons, census, approx.; figures.md)
DISTRICTS = [
    ("440103", "荔湾区", 123.8),
    ("440104", "越秀区", 103.9),
    ("440105", "海珠区", 181.9),
    ("440106", "天河区", 224.2),
    ("440111", "白云区", 374.0),
    ("440112", "黄埔区", 126.5),
    ("440113", "番禺区", 265.8),
    ("440114", "花都区", 164.2),
    ("440115", "南沙区", 84.6),
    ("440117", "从化区", 71.7),
    ("440118", "增城区", 146.6),
]

#: indicator, English, unit, group, direction
INDICATORS = [
    ("数字文化企业数", "Digital-culture enterprises", "家", "规模", "正向"),
    ("从业人员", "Employees", "人", "规模", "正向"),
    ("营业收入", "Operating revenue", "亿元", "规模", "正向"),
    ("新业态企业占比", "Share of new business forms (AIGC, VR/AR, live streaming)", "%", "创新", "正向"),
    ("近三年新设企业占比", "Share founded in the last three years", "%", "创新", "正向"),
    ("每万人从业人员", "Employees per 10,000 residents", "人/万人", "人才", "正向"),
    ("企业平均从业人员", "Mean employees per enterprise", "人", "人才", "正向"),
    ("小微企业占比", "Share of enterprises under 10 employees", "%", "人才", "负向"),
]
NEW_FORMS = {"aigc", "vr_metaverse", "live_streaming"}


def enterprises() -> pd.DataFrame:
    """The sample enterprises with their sub-sector key."""
    from gzmap.core.taxonomy import load_taxonomy

    df = pd.read_csv(ENTERPRISES, encoding="utf-8")
    df["subsector"] = load_taxonomy().map_values(df["细分行业"]).to_numpy()
    return df


def district_values(df: pd.DataFrame, year: int, population: float) -> list[float]:
    """The eight indicators of one district's enterprises in ``year`` (founded in or before it)."""
    alive = df[df["成立年份"] <= year]
    n = len(alive)
    staff = float(alive["从业人员"].sum())
    return [
        n,
        staff,
        round(float(alive["营业收入(万元)"].sum()) / 10_000, 2),
        round(100 * float(alive["subsector"].isin(NEW_FORMS).mean()), 2) if n else 0.0,
        round(100 * float((alive["成立年份"] > year - 3).mean()), 2) if n else 0.0,
        round(staff / population, 2),
        round(staff / n, 2) if n else 0.0,
        round(100 * float((alive["从业人员"] < 10).mean()), 2) if n else 0.0,
    ]


def rows(df: pd.DataFrame) -> list[list]:
    out = []
    for adcode, name, population in DISTRICTS:
        part = df[df["所在区"] == name]
        for year in YEARS:
            for (ind, ind_en, unit, _g, _d), value in zip(INDICATORS, district_values(part, year, population)):
                out.append([adcode, name, ind, ind_en, year, value, unit, SYNTHETIC, NOTE])
    return out


def main() -> None:
    df = enterprises()
    data = rows(df)
    table = GEO / "devindex_sample.csv"
    with table.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["adcode", "region", "indicator", "indicator_en", "year", "value", "unit", "source", "note"])
        w.writerows(data)
    with (GEO / "devindex_groups.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["indicator", "group", "direction"])
        w.writerows([[ind, group, direction] for ind, _en, _u, group, direction in INDICATORS])
    prov = {
        "files": ["devindex_sample.csv", "devindex_groups.csv"],
        "built_by": "tools/build_devindex_sample.py",
        "synthetic": True,
        "from": "resources/geo/sample_enterprises.csv (synthetic, CC0)",
        "from_sha256": hashlib.sha256(ENTERPRISES.read_bytes()).hexdigest(),
        "population": "Seventh National Population Census 2020, district resident population (approx.; figures.md)",
        "method": "an enterprise counts from its founding year on; values per district and year 2020-2024",
        "groups": {"规模": "scale", "创新": "innovation", "人才": "talent"},
        "rows": len(data),
        "licence": "CC0 (generated by this project)",
    }
    (GEO / "devindex.PROVENANCE.json").write_text(json.dumps(prov, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"wrote {table.relative_to(ROOT)} ({len(data)} rows), devindex_groups.csv, devindex.PROVENANCE.json")
    assert np.isfinite([r[5] for r in data]).all()


if __name__ == "__main__":
    main()
