"""Emerging hot spots: the 17 space-time patterns of ArcGIS's Emerging Hot Spot Analysis.

Each location of a space-time cube (:mod:`gzmap.analysis.spacetime_cube`) has
a series of Gi* bins, each a significant hot spot, a significant cold spot or
neither (FDR-adjusted p ≤ 0.05), and a Mann–Kendall trend of its Gi* z-scores
(:mod:`gzmap.analysis.mann_kendall`, significant at p ≤ 0.05). With ``n``
steps, ``H`` the number of hot bins and "mostly hot" meaning H ≥ 90 % of n,
a location whose **final** bin is a hot spot is

* **intensifying** if mostly hot and the trend is significantly upward,
* **diminishing** if mostly hot and the trend is significantly downward,
* **persistent** if mostly hot with no significant trend,
* **oscillating** if not mostly hot and some earlier bin is a cold spot,
* **new** if the final bin is its only hot bin (and no bin is cold),
* **consecutive** if its hot bins are one final run of at least two (no cold bin),
* **sporadic** otherwise (hot on and off, never cold);

a location whose final bin is not hot but that was mostly hot is a
**historical** hot spot. Cold spots mirror these rules with hot and cold and
the direction of the trend exchanged. The final bin decides first: a
location whose final bin is a cold spot takes a cold pattern even if it was
mostly hot before (an oscillating, not a historical, spot). Everything else
is **no pattern detected**. docs/analysis/emerging.md gives the rules with
ArcGIS's wording and where they differ from R's sfdep.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gzmap.analysis.mann_kendall import mann_kendall_rows
from gzmap.analysis.significance import ALPHA
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate
from gzmap.core.progress import report

__all__ = ["PATTERNS", "classify", "emerging_hotspots", "pattern_label"]

#: pattern code -> (key, English name): 1..8 hot, -1..-8 cold, 0 no pattern.
PATTERNS = {
    1: ("new_hot", QT_TRANSLATE_NOOP("Emerging", "New hot spot")),
    2: ("consecutive_hot", QT_TRANSLATE_NOOP("Emerging", "Consecutive hot spot")),
    3: ("intensifying_hot", QT_TRANSLATE_NOOP("Emerging", "Intensifying hot spot")),
    4: ("persistent_hot", QT_TRANSLATE_NOOP("Emerging", "Persistent hot spot")),
    5: ("diminishing_hot", QT_TRANSLATE_NOOP("Emerging", "Diminishing hot spot")),
    6: ("sporadic_hot", QT_TRANSLATE_NOOP("Emerging", "Sporadic hot spot")),
    7: ("oscillating_hot", QT_TRANSLATE_NOOP("Emerging", "Oscillating hot spot")),
    8: ("historical_hot", QT_TRANSLATE_NOOP("Emerging", "Historical hot spot")),
    0: ("no_pattern", QT_TRANSLATE_NOOP("Emerging", "No pattern detected")),
    -1: ("new_cold", QT_TRANSLATE_NOOP("Emerging", "New cold spot")),
    -2: ("consecutive_cold", QT_TRANSLATE_NOOP("Emerging", "Consecutive cold spot")),
    -3: ("intensifying_cold", QT_TRANSLATE_NOOP("Emerging", "Intensifying cold spot")),
    -4: ("persistent_cold", QT_TRANSLATE_NOOP("Emerging", "Persistent cold spot")),
    -5: ("diminishing_cold", QT_TRANSLATE_NOOP("Emerging", "Diminishing cold spot")),
    -6: ("sporadic_cold", QT_TRANSLATE_NOOP("Emerging", "Sporadic cold spot")),
    -7: ("oscillating_cold", QT_TRANSLATE_NOOP("Emerging", "Oscillating cold spot")),
    -8: ("historical_cold", QT_TRANSLATE_NOOP("Emerging", "Historical cold spot")),
}
#: Share of the steps a location must be significant in to be "mostly" hot (or cold).
MOSTLY = 0.9


def pattern_label(code: int, lang: str) -> str:
    """The name of pattern ``code`` in ``lang``."""
    return translate("Emerging", PATTERNS[int(code)][1], lang)


def _final_pattern(sig, other, up, down):
    """Codes 1..7 for the locations whose final bin is in ``sig`` (0 elsewhere); ``up``/``down``: the trend
    away from / back towards no clustering (for cold spots the caller swaps them)."""
    n = sig.shape[1]
    count = sig.sum(axis=1)
    mostly = count >= MOSTLY * n - 1e-9
    trailing = np.where(sig.all(axis=1), n, np.argmax(~sig[:, ::-1], axis=1))
    code = np.select(
        [
            mostly & up,
            mostly & down,
            mostly,
            other.any(axis=1),
            count == 1,
            (count == trailing) & (trailing >= 2),
        ],
        [3, 5, 4, 7, 1, 2],
        default=6,
    )
    return np.where(sig[:, -1], code, 0)


def classify(hot, cold, trend_z, trend_p, alpha: float = ALPHA) -> np.ndarray:
    """The pattern code of each location (rows of the boolean (locations, steps) arrays ``hot``/``cold``).

    ``trend_z``/``trend_p``: the Mann–Kendall z and p of each location's Gi*
    z-scores; a trend is significant when ``trend_p <= alpha``.
    """
    hot = np.asarray(hot, dtype=bool)
    cold = np.asarray(cold, dtype=bool)
    trend_z, trend_p = np.asarray(trend_z, dtype=float), np.asarray(trend_p, dtype=float)
    up = (trend_p <= alpha) & (trend_z > 0)
    down = (trend_p <= alpha) & (trend_z < 0)
    hot_code = _final_pattern(hot, cold, up, down)
    cold_code = _final_pattern(cold, hot, down, up)
    n = hot.shape[1]
    historical = np.select([hot.sum(axis=1) >= MOSTLY * n - 1e-9, cold.sum(axis=1) >= MOSTLY * n - 1e-9], [8, -8], 0)
    return np.where(hot[:, -1], hot_code, np.where(cold[:, -1], -cold_code, historical)).astype(np.int64)


def _names(codes, name) -> pd.Series:
    """Text column of ``name(code)`` for every code (each name made once)."""
    return pd.Series(pd.Categorical(codes).rename_categories(name), dtype="string")


def _location_table(cube, gi, codes, count_trend, gi_trend):
    """One row per location: counts, trends, hot/cold bins, final bin, pattern and its names."""
    final = gi.confidence[:, -1] * np.sign(gi.z[:, -1]).astype(np.int64)
    return pd.DataFrame(
        {
            "location": np.arange(1, cube.n_locations + 1),
            "value": cube.values.sum(axis=1),
            "value_final": cube.values[:, -1],
            "trend_z": np.round(count_trend.z, 6),
            "trend_p": np.round(count_trend.p, 6),
            "gi_trend_z": np.round(gi_trend.z, 6),
            "gi_trend_p": np.round(gi_trend.p, 6),
            "n_hot": gi.hot.sum(axis=1),
            "n_cold": gi.cold.sum(axis=1),
            "final_z": np.round(gi.z[:, -1], 6),
            "final_confidence": final,
            "pattern_code": codes,
            "pattern": _names(codes, lambda c: PATTERNS[c][0]),
            "pattern_zh": _names(codes, lambda c: pattern_label(c, "zh_CN")),
            "pattern_en": _names(codes, lambda c: pattern_label(c, "en")),
        }
    )


def emerging_hotspots(
    gdf,
    time_field: str = "founded",
    cell: float = 500.0,
    *,
    band: float | None = None,
    time_steps: int = 1,
    window: str = "previous",
    fdr: bool = True,
    progress=None,
    **cube_options,
):
    """Emerging hot spot patterns of the points of ``gdf`` over time.

    Builds the cube (:func:`gzmap.analysis.spacetime_cube.build_cube`:
    ``time_field``, ``cell`` in metres and ``cube_options`` such as
    ``shape``, ``step``, ``area``, ``weight``, ``skip_bad``), computes Gi* per
    bin (``band`` in metres, None: 1.5 cells; ``time_steps`` earlier steps, or
    either side with ``window="both"``; ``fdr``), the Mann–Kendall trends of
    each location's counts and Gi* z-scores, and :func:`classify`.

    Returns ``(locations, bins, cube)``: a GeoDataFrame (EPSG:4326) of one
    polygon per location with the columns of the location table; a
    DataFrame of every bin (``location``, ``step``, ``start``, ``end``,
    ``value``, ``gi_z``, ``gi_p``, ``gi_p_adj``, ``gi_confidence``); the cube.
    """
    import geopandas as gpd

    from gzmap.analysis.spacetime_cube import build_cube
    from gzmap.analysis.spacetime_cube import cube_gistar

    cube = build_cube(gdf, time_field, cell, progress=progress, **cube_options)
    gi = cube_gistar(cube, band, time_steps=time_steps, window=window, fdr=fdr, progress=progress)
    report(progress, 0.8, "trends")
    count_trend = mann_kendall_rows(cube.values)
    gi_trend = mann_kendall_rows(gi.z)
    codes = classify(gi.hot, gi.cold, gi_trend.z, gi_trend.p)
    report(progress, 0.9, "location polygons")
    table = _location_table(cube, gi, codes, count_trend, gi_trend)
    geoms = gpd.GeoSeries(cube.grid.polygons(), crs=cube.grid.crs).to_crs("EPSG:4326")
    locations = gpd.GeoDataFrame(table, geometry=geoms.values, crs="EPSG:4326")
    locations.attrs["gzmap"] = {
        "kind": "emerging",
        **{k: v for k, v in cube.meta.items() if k != "note"},
        "time_field": cube.time_field,
        "step_years": cube.step,
        "first_year": int(cube.starts[0]),
        "last_year": int(cube.ends[-1]),
        "n_steps": cube.n_steps,
        "band_m": gi.band,
        "time_steps": int(time_steps),
        "window": window,
        "fdr": bool(fdr),
    }
    report(progress, 1.0, "emerging hot spots done")
    return locations, _bin_table(cube, gi), cube


def _bin_table(cube, gi) -> pd.DataFrame:
    """Every bin of the cube: location, step, its years, value and Gi*."""
    n_loc, n_steps = cube.values.shape
    return pd.DataFrame(
        {
            "location": np.repeat(np.arange(1, n_loc + 1), n_steps),
            "step": np.tile(np.arange(1, n_steps + 1), n_loc),
            "start": np.tile(cube.starts, n_loc),
            "end": np.tile(cube.ends, n_loc),
            "value": cube.values.ravel(),
            "gi_z": np.round(gi.z.ravel(), 6),
            "gi_p": np.round(gi.p.ravel(), 6),
            "gi_p_adj": np.round(gi.p_adj.ravel(), 6),
            "gi_confidence": (gi.confidence * np.sign(gi.z).astype(np.int64)).ravel(),
        }
    )
