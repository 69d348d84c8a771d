"""Statistics of a point layer by district ("按区统计"): the count of points, or the sum or mean of a
numeric field, in each district polygon, optionally split by the values of a category field.

Points are placed in districts by the same point-in-polygon join as the location
quotients (:func:`gzmap.analysis.district_stats.district_of_points`); the
polygons are Guangzhou's 11 districts or any polygon layer given (WGS84
degrees). A point outside every polygon is left out and counted in
``table.attrs["outside"]``. Sum and mean skip blank cells of the field (their
number is ``table.attrs["blank"]``); a district with no point has count 0,
sum 0 and no mean.

:func:`district_summary` returns the long table (one row per district, or per
district and category) and an :class:`~gzmap.analysis.indicators.IndicatorFrame`
of the polygons with one value column per category (and the total), so the
result maps as a choropleth with its title in both languages.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gzmap.analysis.indicators import IndicatorColumn
from gzmap.analysis.indicators import IndicatorFrame
from gzmap.analysis.metric import AnalysisInputError
from gzmap.core.progress import report

__all__ = ["STATISTICS", "district_summary"]

#: The statistics offered: count of points, sum or mean of a numeric field.
STATISTICS = ("count", "sum", "mean")

_KEY = ["adcode", "district_zh", "district_en"]


def _values(points, statistic: str, field: str | None) -> pd.Series:
    """The numbers summed or averaged (1 per point for a count); a clear error for a missing or text field."""
    if statistic not in STATISTICS:
        raise AnalysisInputError(f"unknown statistic {statistic!r}; choose one of: {', '.join(STATISTICS)}")
    if statistic == "count":
        return pd.Series(1.0, index=points.index)
    if not field or field not in points.columns:
        columns = ", ".join(str(c) for c in points.columns if c != points.geometry.name)
        raise AnalysisInputError(f"the {statistic} needs a numeric field; no column {field!r} in: {columns}")
    col = points[field]
    if not pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col):
        bad = pd.to_numeric(col, errors="coerce").isna() & col.notna()
        row = int(np.flatnonzero(bad.to_numpy())[0]) + 1 if bad.any() else 0
        where = f" (row {row}: {str(col.iloc[row - 1])[:40]!r})" if row else ""
        raise AnalysisInputError(f"column {field!r} is not numeric{where}; choose a field of numbers")
    return col.astype(float)


def district_summary(
    points,
    statistic: str = "count",
    field: str | None = None,
    category: str | None = None,
    districts=None,
    title_zh: str = "",
    title_en: str = "",
    unit: str = "",
    progress=None,
) -> tuple[pd.DataFrame, IndicatorFrame]:
    """``statistic`` ("count", "sum", "mean") of ``field`` of ``points`` per district, by ``category``.

    Parameters
    ----------
    points
        Point GeoDataFrame (any CRS; placed in districts in WGS84 degrees).
    field
        Numeric column summed or averaged (unused for a count).
    category
        Optional column whose values split each district's statistic.
    districts
        Polygon GeoDataFrame with ``adcode``/``name_zh``/``name_en`` (default Guangzhou's districts).
    title_zh, title_en, unit
        What the value is called (the legend's title) and its unit.

    Returns ``(table, frame)``: ``table`` has ``adcode``, ``district_zh``,
    ``district_en``, the category column (when given), ``count`` (points) and,
    for sum/mean, ``field`` holding the statistic; ``frame.gdf`` the polygons
    with the column ``title_zh`` (all points) and ``title_zh · <value>`` per category.
    """
    from gzmap.analysis.district_stats import district_of_points
    from gzmap.analysis.districts import district_polygons

    report(progress, 0.05, "placing points in districts")
    values = _values(points, statistic, field)
    if category is not None and category not in points.columns:
        raise AnalysisInputError(f"no category column {category!r}")
    keys = district_of_points(points, "district", districts)
    df = keys.assign(w=values.to_numpy())
    by = list(_KEY)
    if category is not None:
        df[category] = points[category].astype("string").fillna("—").to_numpy()
        by.append(category)
    outside = int(df["adcode"].isna().sum())
    blank = int(df["w"].isna().sum()) if statistic != "count" else 0
    df = df.dropna(subset=["adcode"])
    report(progress, 0.6, "summing")
    polys = district_polygons(districts)
    table = _table(df, by, statistic, field, polys, category)
    table.attrs.update(outside=outside, blank=blank, statistic=statistic, field=field, category=category)
    total = table if category is None else _table(df, list(_KEY), statistic, field, polys, None)
    frame = _frame(table, total, polys, (statistic, field, category), (title_zh, title_en, unit))
    report(progress, 1.0, "done")
    return table, frame


def _table(df, by, statistic, field, polys, category) -> pd.DataFrame:
    """One row per district (every polygon, empty ones too) and category: count and the statistic."""
    grouped = df.groupby(by, dropna=False)["w"]
    out = grouped.size().rename("count").to_frame()
    if statistic != "count":
        out[field] = grouped.sum(min_count=0) if statistic == "sum" else grouped.mean()
    out = out.reset_index()
    names = pd.DataFrame(
        {
            "adcode": polys["adcode"].astype(str).to_numpy(),
            "district_zh": polys["name_zh"].astype(str).to_numpy(),
            "district_en": polys["name_en"].astype(str).to_numpy(),
        }
    )
    if category is not None:
        cats = pd.Series(sorted(out[category].unique()), name=category, dtype="string")
        names = names.merge(cats.to_frame(), how="cross")
    for col in _KEY:
        out[col] = out[col].astype(str)
    out = names.merge(out, on=by, how="left")
    out["count"] = out["count"].fillna(0).astype(np.int64)
    if statistic == "sum":
        out[field] = out[field].fillna(0.0)
    return out


def _frame(table, total, polys, what, titles) -> IndicatorFrame:
    """The district polygons with the statistic of all points (``total``: one row per district), and
    of each category value (``table``)."""
    statistic, field, category = what
    title_zh, title_en, unit = titles
    value = "count" if statistic == "count" else field
    gdf = polys.copy()
    gdf["adcode"] = gdf["adcode"].astype(str)
    title_zh, title_en = title_zh or str(value), title_en or str(value)
    src = ""  # the layer's provenance names the analysis; no English note under a Chinese legend
    gdf[title_zh] = gdf["adcode"].map(total.set_index("adcode")[value]).astype(float).to_numpy()
    columns = {title_zh: IndicatorColumn(title_zh, title_zh, title_en, unit, "", src, derived=True)}
    if category is not None:
        wide = table.pivot(index="adcode", columns=category, values=value)
        for cat in wide.columns:
            col = f"{title_zh} · {cat}"
            gdf[col] = gdf["adcode"].map(wide[cat]).astype(float).to_numpy()
            columns[col] = IndicatorColumn(col, col, f"{title_en} · {cat}", unit, "", src, derived=True)
    return IndicatorFrame(gdf, columns, None, table, "districts")
