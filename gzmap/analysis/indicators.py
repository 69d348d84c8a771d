"""Indicator layers: statistics joined to districts or GBA cities, and indicators
derived from an enterprise layer.

:func:`join_indicators` matches an :class:`~gzmap.io.indicators.IndicatorTable`
to the built-in districts or GBA cities (or any polygons with adcode/name
columns) and returns an :class:`IndicatorFrame`: the regions' GeoDataFrame
with one column per indicator and year, plus, for each column, its unit,
year and source (:class:`IndicatorColumn`). :func:`enterprise_indicators`
derives counts, density (per km²), enterprises per 10,000 residents and
sub-sector shares from a point layer. :func:`add_change` adds the change of an
indicator between two years. :func:`graduated_style` builds the choropleth
style (mapclassify classes, ColorBrewer ramp) carrying unit, year and source
into the legend.

Areas are in km² (the boundary files' ``area_km2``, ellipsoidal; else
computed in UTM 49N, EPSG:32649). Population is in 10,000 persons (万人).
"""

from __future__ import annotations

from dataclasses import asdict
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from gzmap.analysis.region_match import MatchReport
from gzmap.analysis.region_match import RegionIndex
from gzmap.analysis.region_match import match_table
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.progress import report as report_progress
from gzmap.core.style import GraduatedStyle
from gzmap.core.style import Symbol
from gzmap.io.indicators import IndicatorTable

__all__ = [
    "SCHEMES",
    "IndicatorColumn",
    "IndicatorFrame",
    "add_change",
    "columns_from_provenance",
    "columns_to_provenance",
    "frame_from_layer",
    "enterprise_indicators",
    "graduated_style",
    "join_indicators",
    "value_labels",
]

#: Classification schemes offered to users: mapclassify name -> (中文, English).
SCHEMES: dict[str, str] = {
    "Quantiles": QT_TRANSLATE_NOOP("Classification", "Quantiles"),
    "FisherJenks": QT_TRANSLATE_NOOP("Classification", "Natural breaks (Fisher-Jenks)"),
    "EqualInterval": QT_TRANSLATE_NOOP("Classification", "Equal interval"),
    "StdMean": QT_TRANSLATE_NOOP("Classification", "Standard deviation"),
    "BoxPlot": QT_TRANSLATE_NOOP("Classification", "Box plot"),
    "UserDefined": QT_TRANSLATE_NOOP("Classification", "Manual breaks"),
}

#: Schemes whose number of classes is fixed by the method (k is ignored).
FIXED_K = {"StdMean", "BoxPlot", "UserDefined"}


@dataclass
class IndicatorColumn:
    """What one value column holds: the indicator, its unit, year and source."""

    column: str
    indicator: str
    indicator_en: str = ""
    unit: str = ""
    year: str = ""
    source: str = ""
    approx: bool = False
    derived: bool = False

    def title(self, lang: str = "zh") -> str:
        name = self.indicator if lang.startswith("zh") or not self.indicator_en else self.indicator_en
        return f"{name} {self.year}".strip() if self.year else name

    def describe(self, lang: str = "zh") -> str:
        """One line for tooltips and exports: ``常住人口 2020 (万人) — source``."""
        unit = f" ({self.unit})" if self.unit else ""
        approx = " (approx.)" if self.approx and "approx" not in self.source else ""
        src = f" — {self.source}{approx}" if self.source else approx
        return f"{self.title(lang)}{unit}{src}"


@dataclass
class IndicatorFrame:
    """Regions with indicator columns.

    ``gdf`` is a copy of the regions (WGS84) with one float column per entry
    of ``columns``; ``report`` is the region-matching report when the values
    came from a table; ``long`` is the matched long-form table (all years).
    """

    gdf: Any
    columns: dict[str, IndicatorColumn] = field(default_factory=dict)
    report: MatchReport | None = None
    long: pd.DataFrame | None = None
    target: str = ""

    def indicators(self) -> list[str]:
        """Indicator names in column order (each once)."""
        return list(dict.fromkeys(c.indicator for c in self.columns.values()))

    def years(self, indicator: str) -> list[str]:
        return sorted({c.year for c in self.columns.values() if c.indicator == indicator and c.year})

    def column_for(self, indicator: str, year: str | None = None) -> str:
        """The column of ``indicator`` in ``year`` (default: the latest year)."""
        cands = [c for c in self.columns.values() if c.indicator == indicator or c.indicator_en == indicator]
        if not cands:
            raise KeyError(f"no indicator {indicator!r}; available: {', '.join(self.indicators())}")
        if year is not None:
            cands = [c for c in cands if c.year == str(year)]
            if not cands:
                raise KeyError(f"{indicator!r} has no value for {year}; years: {', '.join(self.years(indicator))}")
        return sorted(cands, key=lambda c: c.year)[-1].column

    def missing(self, column: str) -> pd.DataFrame:
        """Regions with no value in ``column`` (adcode, name_zh, name_en)."""
        gdf = self.gdf
        cols = [c for c in ("adcode", "name_zh", "name_en") if c in gdf.columns]
        return pd.DataFrame(gdf.loc[gdf[column].isna(), cols]).reset_index(drop=True)

    def values(self, column: str) -> pd.Series:
        """Values of ``column`` indexed by adcode."""
        return pd.Series(self.gdf[column].to_numpy(dtype=float), index=self.gdf["adcode"].astype(str), name=column)

    def style(
        self,
        column: str,
        scheme: str = "FisherJenks",
        k: int = 5,
        ramp: str = "YlGnBu",
        breaks: list[float] | None = None,
        **kw,
    ) -> GraduatedStyle:
        return graduated_style(self, column, scheme=scheme, k=k, ramp=ramp, breaks=breaks, **kw)

    def layer(self, column: str, name_zh: str | None = None, name_en: str | None = None, **style_kw):
        """A :class:`~gzmap.core.layer.VectorLayer` of the regions styled by ``column``."""
        from gzmap.core.layer import VectorLayer

        meta = self.columns[column]
        style = self.style(column, **style_kw)
        prov = {
            "source": meta.source or "indicator table",
            "indicator": meta.indicator,
            "unit": meta.unit,
            "year": meta.year,
            "approx": meta.approx,
            "derived": meta.derived,
            "indicator_columns": columns_to_provenance(self.columns),
        }
        return VectorLayer(
            self.gdf.copy(),
            name_zh or meta.title("zh"),
            name_en or meta.title("en"),
            source=f"indicators:{meta.indicator}",
            provenance=prov,
            style=style,
        )


def columns_to_provenance(columns: dict[str, IndicatorColumn]) -> dict[str, dict]:
    """Plain dicts of the column metadata (kept in ``layer.provenance['indicator_columns']``)."""
    return {c: asdict(m) for c, m in columns.items()}


def columns_from_provenance(provenance: dict) -> dict[str, IndicatorColumn]:
    """Inverse of :func:`columns_to_provenance`; empty for layers without indicator metadata."""
    out = {}
    for c, m in (provenance or {}).get("indicator_columns", {}).items():
        try:
            out[c] = IndicatorColumn(**m)
        except TypeError:
            continue
    return out


def frame_from_layer(layer) -> IndicatorFrame:
    """An :class:`IndicatorFrame` over a layer's data (shared, not copied) and its indicator metadata."""
    return IndicatorFrame(layer.data, columns_from_provenance(layer.provenance), target=layer.source)


def _column_name(indicator: str, year: str) -> str:
    return f"{indicator} {year}" if year else indicator


def _regions(target):
    """(GeoDataFrame, RegionIndex, name) for 'districts'/'gba' or a GeoDataFrame."""
    if isinstance(target, str):
        from gzmap.io.builtin import DISTRICTS_FILE
        from gzmap.io.builtin import GBA_FILE
        from gzmap.io.builtin import load_boundaries

        index = RegionIndex.for_target(target)
        gdf = load_boundaries(DISTRICTS_FILE if index.level == "district" else GBA_FILE).copy()
        return gdf, index, target
    gdf = target.copy()
    if "adcode" not in gdf.columns:
        raise ValueError("the regions need an 'adcode' column (and name_zh/name_en) to join indicators")
    gdf["adcode"] = gdf["adcode"].astype(str)
    for col in ("name_zh", "name_en"):
        if col not in gdf.columns:
            gdf[col] = gdf["adcode"]
    return gdf, RegionIndex(gdf, level="regions"), "regions"


def join_indicators(table: IndicatorTable, target="districts", progress=None) -> IndicatorFrame:
    """Join an indicator table to ``target`` ('districts', 'gba' or a GeoDataFrame with adcode/name columns).

    Every usable matched value becomes a cell of column ``"<indicator> <year>"``
    (or ``"<indicator>"`` when the table gives no year). Unmatched rows,
    rows for regions outside the layer and regions without data are in
    ``frame.report``; nothing is dropped silently.
    """
    gdf, index, name = _regions(target)
    report_progress(progress, 0.1, "matching regions")
    data, rep = match_table(table, index)
    report_progress(progress, 0.6, "joining values")
    use = data[data["usable"] & (data["match_adcode"] != "")].copy()
    gdf["adcode"] = gdf["adcode"].astype(str)
    columns: dict[str, IndicatorColumn] = {}
    infos = {i.name: i for i in table.indicators()}
    new_cols: dict[str, pd.Series] = {}
    for (indicator, year), g in use.groupby(["indicator", "year"], sort=False):
        col = _column_name(indicator, year)
        g = g.drop_duplicates("match_adcode", keep="first")
        info = infos.get(indicator)
        units = [u for u in dict.fromkeys(g["unit"]) if u]
        sources = [s for s in dict.fromkeys(g["source"]) if s]
        columns[col] = IndicatorColumn(
            column=col,
            indicator=indicator,
            indicator_en=info.name_en if info else "",
            unit=" / ".join(units),
            year=str(year),
            source="; ".join(sources),
            approx=bool(g["approx"].any()),
        )
        new_cols[col] = gdf["adcode"].map(dict(zip(g["match_adcode"], g["value"]))).astype(float)
    if new_cols:
        gdf = pd.concat([gdf, pd.DataFrame(new_cols, index=gdf.index)], axis=1)
        import geopandas as gpd

        gdf = gpd.GeoDataFrame(gdf, geometry="geometry", crs="EPSG:4326")
    report_progress(progress, 1.0, "done")
    return IndicatorFrame(gdf, columns, rep, data, name)


def add_change(frame: IndicatorFrame, indicator: str, year_from: str, year_to: str, relative: bool = False) -> str:
    """Add the change of ``indicator`` from ``year_from`` to ``year_to``; returns the new column's name.

    ``relative=False``: difference in the indicator's unit; ``relative=True``:
    percent change. Raises ``ValueError`` naming both years and units when the
    unit differs between the years (convert the table first).
    """
    a = frame.columns[frame.column_for(indicator, str(year_from))]
    b = frame.columns[frame.column_for(indicator, str(year_to))]
    if a.unit != b.unit:
        raise ValueError(
            f"the unit of {indicator} differs between {a.year} ({a.unit or 'none'}) and "
            f"{b.year} ({b.unit or 'none'}); convert the values to one unit first"
        )
    va, vb = frame.gdf[a.column].astype(float), frame.gdf[b.column].astype(float)
    if relative:
        with np.errstate(divide="ignore", invalid="ignore"):
            change = (vb - va) / va.abs() * 100.0
        change[~np.isfinite(change)] = np.nan
        col = f"{indicator} 变化率 {a.year}–{b.year}"
        unit, en = "%", f"Change in {a.indicator_en or indicator} (%)"
    else:
        change = vb - va
        col = f"{indicator} 变化 {a.year}–{b.year}"
        unit, en = a.unit, f"Change in {a.indicator_en or indicator}"
    frame.gdf[col] = change
    src = "; ".join(dict.fromkeys(s for s in (a.source, b.source) if s))
    frame.columns[col] = IndicatorColumn(
        col, col.rsplit(" ", 1)[0], en, unit, f"{a.year}–{b.year}", src, a.approx or b.approx, derived=True
    )
    return col


# ---------------------------------------------------------------------------
# derived from an enterprise layer
# ---------------------------------------------------------------------------

CATEGORY_FIELDS = ("subsector", "sub_sector", "subsector_en", "category", "sector", "行业", "类别", "细分行业")


def _area_km2(gdf) -> np.ndarray:
    if "area_km2" in gdf.columns and pd.to_numeric(gdf["area_km2"], errors="coerce").notna().all():
        return pd.to_numeric(gdf["area_km2"]).to_numpy(dtype=float)
    return gdf.geometry.to_crs("EPSG:32649").area.to_numpy() / 1e6


def default_population(level: str = "district") -> pd.Series:
    """Resident population (万人) by adcode from the bundled sample (districts 2020, GBA cities 2023)."""
    from gzmap.io.indicators import read_indicator_table
    from gzmap.paths import geo_path

    table = read_indicator_table(geo_path("indicators_sample.csv"))
    d = table.data
    d = d[(d["indicator"] == "常住人口") & d["usable"]]
    d = (
        d[d["adcode"].str.startswith("4401") & (d["adcode"] != "440100")]
        if level == "district"
        else d[~(d["adcode"].str.startswith("4401") & (d["adcode"] != "440100"))]
    )
    return pd.Series(d["value"].to_numpy(dtype=float), index=d["adcode"].astype(str), name="population")


def enterprise_indicators(
    enterprises,
    target="districts",
    population: pd.Series | None = None,
    category_field: str | None = None,
    layer_name: str = "",
    progress=None,
) -> IndicatorFrame:
    """Count, density and sub-sector shares of enterprise points per region.

    Parameters
    ----------
    enterprises
        Point GeoDataFrame (WGS84) or a VectorLayer of points.
    target
        'districts', 'gba' or polygons with ``adcode``.
    population
        Resident population in 10,000 persons by adcode; default: the bundled
        2020 census figures for districts (2023 for GBA cities). Regions
        without a population get no per-10k value.
    category_field
        Column holding the sub-sector; detected from common names when None.
        Shares are percent of the region's enterprises.

    Adds columns ``企业数`` (count), ``企业密度`` (per km²), ``每万人企业数``
    (per 10,000 residents) and ``占比 <sub-sector>`` (%). Points outside every
    region are counted in ``frame.long.attrs['outside']``.
    """
    layer_name = layer_name or getattr(enterprises, "name_en", "") or "enterprise layer"
    points = getattr(enterprises, "data", enterprises)
    gdf, _index, name = _regions(target)
    report_progress(progress, 0.05, "assigning enterprises to regions")
    joined = _join_regions(points, gdf)
    report_progress(progress, 0.6, "counting")
    outside = int(joined["_region_adcode"].isna().sum())
    counts = joined["_region_adcode"].dropna().astype(str).value_counts()
    gdf["adcode"] = gdf["adcode"].astype(str)
    area = _area_km2(gdf)
    src = f"derived from {layer_name}"
    columns: dict[str, IndicatorColumn] = {}
    n = gdf["adcode"].map(counts).fillna(0).astype(float)
    gdf["企业数"] = n.to_numpy()
    columns["企业数"] = IndicatorColumn("企业数", "企业数", "Enterprises", "家", "", src, derived=True)
    gdf["企业密度"] = n.to_numpy() / area
    columns["企业密度"] = IndicatorColumn("企业密度", "企业密度", "Enterprise density", "家/km²", "", src, derived=True)
    _add_per_10k(gdf, columns, n, population, name, src)
    cat = category_field or next((c for c in CATEGORY_FIELDS if c in points.columns), None)
    if cat is not None and cat in joined.columns:
        _add_shares(gdf, columns, joined, cat, n, src)
    long = pd.DataFrame({"adcode": gdf["adcode"], "count": n.to_numpy()})
    long.attrs["outside"] = outside
    report_progress(progress, 1.0, "done")
    return IndicatorFrame(gdf, columns, None, long, name)


def _join_regions(points, gdf):
    """The non-empty points with ``_region_adcode``, the region each lies within (NaN outside all;
    the first region where regions overlap)."""
    import geopandas as gpd

    pts = points[points.geometry.notna() & ~points.geometry.is_empty]
    regions = gdf[["adcode", "geometry"]].rename(columns={"adcode": "_region_adcode"})
    joined = gpd.sjoin(pts, regions, how="left", predicate="within")
    return joined[~joined.index.duplicated(keep="first")]


def _add_per_10k(gdf, columns, n, population, name: str, src: str) -> None:
    """Add ``每万人企业数`` (enterprises per 10,000 residents; empty where the population is unknown)."""
    if population is None:
        try:
            population = default_population("district" if name == "districts" else "city")
        except Exception:  # no bundled sample: leave per-10k empty
            population = pd.Series(dtype=float)
    pop = gdf["adcode"].map(population.astype(float)).to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        per10k = n.to_numpy() / pop
    per10k[~np.isfinite(per10k)] = np.nan
    gdf["每万人企业数"] = per10k
    columns["每万人企业数"] = IndicatorColumn(
        "每万人企业数",
        "每万人企业数",
        "Enterprises per 10,000 residents",
        "家/万人",
        "",
        src + " and resident population",
        derived=True,
    )


def _add_shares(gdf, columns, joined, cat: str, n, src: str) -> None:
    """Add ``占比 <sub-sector>``: percent of each region's enterprises in each value of ``cat``."""
    inside = joined[joined["_region_adcode"].notna()]
    tab = pd.crosstab(inside["_region_adcode"].astype(str), inside[cat].astype("string"))
    for value in tab.columns:
        col = f"占比 {value}"
        share = gdf["adcode"].map(tab[value] / tab.sum(axis=1) * 100.0)
        gdf[col] = share.where(n > 0).to_numpy(dtype=float)
        columns[col] = IndicatorColumn(col, col, f"Share of {value}", "%", "", src, derived=True)


# ---------------------------------------------------------------------------
# styles and labels
# ---------------------------------------------------------------------------


def graduated_style(
    frame: IndicatorFrame,
    column: str,
    scheme: str = "FisherJenks",
    k: int = 5,
    ramp: str = "YlGnBu",
    breaks: list[float] | None = None,
    decimals: int | None = None,
    labels: bool = False,
    opacity: float = 1.0,
    symbol: Symbol | None = None,
    **kw,
) -> GraduatedStyle:
    """A fitted choropleth style for ``column`` with its unit, year and source.

    ``scheme`` is a key of :data:`SCHEMES` (mapclassify names); ``breaks`` are
    the upper bounds for ``"UserDefined"``. ``labels=True`` adds value labels
    (see :func:`value_labels`). ``opacity`` is the fill opacity (0–1).
    """
    if scheme not in SCHEMES:
        raise ValueError(f"unknown classification {scheme!r}; valid: {', '.join(SCHEMES)}")
    if scheme == "UserDefined" and not breaks:
        raise ValueError("manual breaks need at least one class upper bound")
    meta = frame.columns.get(column) or IndicatorColumn(column, column)
    vals = pd.to_numeric(frame.gdf[column], errors="coerce")
    if decimals is None:
        span = float(np.nanmax(np.abs(vals))) if vals.notna().any() else 0.0
        decimals = 0 if span >= 1000 else (1 if span >= 10 else 2)
    base = symbol or Symbol(stroke="#ffffff", stroke_width=0.8)
    base = replace(base, fill_opacity=float(min(max(opacity, 0.0), 1.0)))
    style = GraduatedStyle(
        symbol=base,
        field=column,
        scheme=scheme,
        k=int(k),
        ramp=ramp,
        breaks=list(breaks or []),
        decimals=decimals,
        title_zh=meta.title("zh"),
        title_en=meta.title("en"),
        unit=meta.unit,
        year=meta.year,
        source=meta.source + (" (approx.)" if meta.approx and "approx" not in meta.source else ""),
        **kw,
    )
    style.fit(frame.gdf)
    if labels:
        style.label_field = value_labels(frame, column, decimals)
    return style


def value_labels(frame: IndicatorFrame, column: str, decimals: int = 1) -> str:
    """Add ``<column>·label_zh`` / ``_en`` text columns ("天河区 224.2") and return the label field name.

    The renderer picks ``<field>_zh`` or ``<field>_en`` by language, so value
    labels need nothing beyond ``style.label_field``.
    """
    base = f"{column}·label"
    fmt = f"{{:,.{decimals}f}}"
    unit = frame.columns[column].unit if column in frame.columns else ""
    for lang, name_col in (("zh", "name_zh"), ("en", "name_en")):
        names = (
            frame.gdf[name_col].astype(str) if name_col in frame.gdf.columns else pd.Series("", index=frame.gdf.index)
        )
        vals = pd.to_numeric(frame.gdf[column], errors="coerce")
        text = [
            f"{n} {fmt.format(v)}{'%' if unit == '%' else ''}" if np.isfinite(v) else f"{n} –"
            for n, v in zip(names, vals)
        ]
        frame.gdf[f"{base}_{lang}"] = text
    return base
