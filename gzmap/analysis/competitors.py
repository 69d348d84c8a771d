"""Data of the GBA competitor view: Guangzhou against the Greater Bay Area cities
and the national competitors (Beijing, Shanghai, Hangzhou, Chengdu).

* :func:`gba_ranking` – the 11 GBA cities ranked on one indicator (1 = highest),
  Guangzhou flagged, cities without data listed last with no rank;
* :func:`comparison_table` – Guangzhou against each competitor on chosen
  indicators: both values, the difference (Guangzhou − competitor, in the
  indicator's unit) and the ratio (Guangzhou / competitor), with year, unit
  and source; a missing value stays missing (never borrowed from another year);
* :func:`competitor_cities` – labelled city-centre points (WGS84, GeoNames).

Plain tables, no Qt: the UI draws them, the CLI and exports write them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gzmap.analysis.indicators import IndicatorFrame
from gzmap.analysis.region_match import Region
from gzmap.analysis.region_match import RegionIndex
from gzmap.analysis.region_match import match_table
from gzmap.analysis.region_match import national_competitors
from gzmap.io.indicators import IndicatorTable

__all__ = ["GUANGZHOU", "comparison_table", "competitor_cities", "competitor_index", "gba_ranking"]

GUANGZHOU = "440100"
#: Default competitor order: the paper's named rivals first, then the other GBA cities.
DEFAULT_COMPETITORS = [
    "440300",
    "810000",
    "110000",
    "310000",
    "330100",
    "510100",
    "440600",
    "441900",
    "440400",
    "441300",
    "442000",
    "440700",
    "441200",
    "820000",
]


def competitor_cities():
    """City-centre points (WGS84) with adcode, name_zh, name_en, group ('gba'/'national')."""
    from gzmap.io.vector import read_vector
    from gzmap.paths import geo_path

    gdf = read_vector(geo_path("competitor_cities.geojson"))
    gdf["adcode"] = gdf["adcode"].astype(str)
    return gdf.set_crs("EPSG:4326", allow_override=True)


def competitor_index() -> RegionIndex:
    """GBA cities and national competitors as one index (level 'city'); districts known as elsewhere."""
    from gzmap.io.builtin import DISTRICTS_FILE
    from gzmap.io.builtin import GBA_FILE
    from gzmap.io.builtin import load_boundaries

    gba = [Region(str(r.adcode), r.name_zh, r.name_en, "gba") for r in load_boundaries(GBA_FILE).itertuples()]
    districts = [
        Region(str(r.adcode), r.name_zh, r.name_en, "district") for r in load_boundaries(DISTRICTS_FILE).itertuples()
    ]
    return RegionIndex(
        gba + national_competitors(), "city", others=districts + [Region("100000", "中国", "China", "country")]
    )


def gba_ranking(frame: IndicatorFrame, column: str) -> pd.DataFrame:
    """Rank the regions of ``frame`` (the GBA cities) on ``column``; 1 = the highest value.

    Columns: rank (Int64, missing for no data), adcode, name_zh, name_en,
    value, unit, year, source, share (% of the GBA total of cities with
    data), is_guangzhou. Sorted by rank, cities without data last.
    """
    meta = frame.columns.get(column)
    gdf = frame.gdf
    out = pd.DataFrame(
        {
            "adcode": gdf["adcode"].astype(str).to_numpy(),
            "name_zh": gdf["name_zh"].to_numpy(),
            "name_en": gdf["name_en"].to_numpy(),
            "value": pd.to_numeric(gdf[column], errors="coerce").to_numpy(dtype=float),
        }
    )
    out["rank"] = out["value"].rank(ascending=False, method="min").astype("Int64")
    total = out["value"].sum(skipna=True)
    out["share"] = out["value"] / total * 100.0 if total else np.nan
    out["unit"] = meta.unit if meta else ""
    out["year"] = meta.year if meta else ""
    out["source"] = meta.source if meta else ""
    out["is_guangzhou"] = out["adcode"] == GUANGZHOU
    out = out.sort_values(["rank", "name_en"], na_position="last", kind="stable").reset_index(drop=True)
    return out[["rank", "adcode", "name_zh", "name_en", "value", "unit", "year", "share", "source", "is_guangzhou"]]


def comparison_table(
    table: IndicatorTable, indicators: list | None = None, competitors: list[str] | None = None
) -> pd.DataFrame:
    """Guangzhou against each competitor on ``indicators``.

    Parameters
    ----------
    table
        An indicator table with Guangzhou and competitor cities (adcodes or names).
    indicators
        Indicator names, or ``(name, year)`` pairs; default: every indicator
        Guangzhou has a value for. Without a year, the latest year in which
        Guangzhou has a value is used, for every city alike.
    competitors
        Adcodes; default :data:`DEFAULT_COMPETITORS` (Shenzhen, Hong Kong,
        Beijing, Shanghai, Hangzhou, Chengdu, then the other GBA cities).

    Returns one row per (indicator, competitor): indicator, indicator_en,
    year, unit, adcode, name_zh, name_en, group, value, guangzhou,
    difference (Guangzhou − competitor), ratio (Guangzhou / competitor),
    source, approx. Missing values stay NaN.
    """
    index = competitor_index()
    data, _report = match_table(table, index)
    data = data[data["usable"] & data["value"].notna() & (data["match_adcode"] != "")]
    competitors = [c for c in (competitors or DEFAULT_COMPETITORS) if c in index.by_adcode and c != GUANGZHOU]
    gz = data[data["match_adcode"] == GUANGZHOU]
    if indicators is None:
        indicators = list(dict.fromkeys(gz["indicator"]))
    infos = {i.name: i for i in table.indicators()}
    rows = []
    for item in indicators:
        name, year = item if isinstance(item, tuple) else (item, None)
        d = data[data["indicator"] == name]
        if d.empty:
            raise KeyError(f"no indicator {name!r}; the table has: {', '.join(infos)}")
        if year is None:
            year = _latest_year(gz, d, name)
        cities = _by_city(d[d["year"] == str(year)])
        name_en = infos[name].name_en if name in infos else ""
        rows += [_comparison_row(name, name_en, str(year), cities, index.by_adcode[code]) for code in competitors]
    return pd.DataFrame(rows, columns=_COMPARISON_COLUMNS)


_COMPARISON_COLUMNS = [
    "indicator",
    "indicator_en",
    "year",
    "unit",
    "adcode",
    "name_zh",
    "name_en",
    "group",
    "value",
    "guangzhou",
    "difference",
    "ratio",
    "source",
    "approx",
]


def _latest_year(gz, d, name: str):
    """The latest year in which Guangzhou has ``name`` (else the latest any city has; "" when none)."""
    years = sorted(gz.loc[gz["indicator"] == name, "year"]) or sorted(d["year"])
    return years[-1] if years else ""


def _by_city(dy) -> dict[str, dict]:
    """``value``, ``unit``, ``source`` and ``approx`` of one indicator-year, each as {adcode: ...}
    (the first row of a city that has several)."""
    dy = dy.drop_duplicates("match_adcode")
    return {col: dict(zip(dy["match_adcode"], dy[col])) for col in ("value", "unit", "source", "approx")}


def _comparison_row(name: str, name_en: str, year: str, cities: dict[str, dict], r) -> dict:
    """One row of :func:`comparison_table`: Guangzhou against the competitor ``r``. Difference and
    ratio stay NaN when the two units differ (or the competitor's value is 0, for the ratio)."""
    code = r.adcode
    g = cities["value"].get(GUANGZHOU, np.nan)
    v = cities["value"].get(code, np.nan)
    unit_g, unit_c = cities["unit"].get(GUANGZHOU, ""), cities["unit"].get(code, "")
    comparable = not (unit_g and unit_c and unit_g != unit_c)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = g / v if comparable and v not in (0, 0.0) else np.nan
    sources = (cities["source"].get(GUANGZHOU, ""), cities["source"].get(code, ""))
    approx = cities["approx"]
    return {
        "indicator": name,
        "indicator_en": name_en,
        "year": year,
        "unit": unit_g or unit_c,
        "adcode": code,
        "name_zh": r.name_zh,
        "name_en": r.name_en,
        "group": r.level,
        "value": v,
        "guangzhou": g,
        "difference": g - v if comparable else np.nan,
        "ratio": ratio,
        "source": "; ".join(dict.fromkeys(s for s in sources if s)),
        "approx": bool(approx.get(GUANGZHOU, False) or approx.get(code, False)),
    }
