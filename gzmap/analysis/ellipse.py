"""Mean centre and standard deviational ellipse of points, per group and per period, in metres.

For points :math:`(x_i, y_i)` with weights :math:`w_i` (1 without a weight
field), centred on the weighted mean centre (:math:`\\tilde x_i, \\tilde y_i`):

.. math::

    \\tan\\theta = -\\frac{A \\pm \\sqrt{A^2 + 4B^2}}{2B}, \\quad
    A = \\sum w \\tilde x^2 - \\sum w \\tilde y^2, \\quad B = \\sum w \\tilde x \\tilde y

and the standard deviation along each of the two axes
:math:`\\sigma = \\sqrt{\\sum w (\\tilde y\\cos\\theta - \\tilde x\\sin\\theta)^2 / \\sum w}`,
times :math:`\\sqrt{2}\\sqrt{n/(n-2)}` (CrimeStat's correction, as ArcGIS's
Directional Distribution multiplies by √2): exactly pointpats'
``centrography.ellipse(points, weights, method="crimestat")``. ``std`` 2 or
3 scales both semi-axes. ``angle_deg`` is the major axis's angle
counter-clockwise from east (pointpats' angle), ``rotation_deg`` the same
axis clockwise from north in [0, 180) (ArcGIS's ``Rotation``).

Groups are the values of a category field (a sub-sector); periods come from a
time field (:mod:`gzmap.analysis.time_field`) in steps of ``step`` years
aligned to the last year; ``cumulative`` takes every point up to the end of
the period (the stock) instead of those of the period (the flow). A group
and period with fewer than 3 points (or all at one place) has no ellipse: it
stays in the table with the reason. The drift of a group is the line through
its mean centres in time order.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gzmap.analysis.metric import AnalysisInputError
from gzmap.analysis.metric import metric_points
from gzmap.analysis.time_field import resolve_field
from gzmap.analysis.time_field import years_of
from gzmap.core.progress import report

__all__ = ["STDS", "directional_distribution", "ellipse_polygon", "standard_ellipse"]

STDS = (1, 2, 3)
MIN_POINTS = 3
_VERTICES = 72


def standard_ellipse(xy, weights=None, std: float = 1.0) -> tuple[float, float, float, float, float]:
    """(centre x, centre y, semi-major, semi-minor, angle in radians counter-clockwise from east) of the
    standard deviational ellipse of the (n, 2) points ``xy`` (metres; n >= 3)."""
    xy = np.asarray(xy, dtype=float)
    n = len(xy)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    cx, cy = np.average(xy[:, 0], weights=w), np.average(xy[:, 1], weights=w)
    xm, ym = xy[:, 0] - cx, xy[:, 1] - cy
    b = np.sum(xm * ym * w)
    a = np.sum(xm**2 * w) - np.sum(ym**2 * w)
    root = np.sqrt(a**2 + 4 * b**2)
    if b == 0:
        t1, t2 = 0.0, np.pi / 2
    else:
        t1, t2 = np.arctan(-(a + root) / (2 * b)), np.arctan(-(a - root) / (2 * b))
    s1 = np.sqrt(np.sum(w * (ym * np.cos(t1) - xm * np.sin(t1)) ** 2) / w.sum())
    s2 = np.sqrt(np.sum(w * (ym * np.cos(t2) - xm * np.sin(t2)) ** 2) / w.sum())
    corr = np.sqrt(2.0) * np.sqrt(n) / np.sqrt(n - 2) * float(std)
    if s2 > s1:
        return float(cx), float(cy), float(s2 * corr), float(s1 * corr), float(t1)
    return float(cx), float(cy), float(s1 * corr), float(s2 * corr), float(t2)


def ellipse_polygon(cx: float, cy: float, major: float, minor: float, angle: float, vertices: int = _VERTICES):
    """The ellipse as a shapely polygon (metres), major axis at ``angle`` radians counter-clockwise from east."""
    import shapely

    t = np.linspace(0.0, 2 * np.pi, vertices, endpoint=False)
    u, v = major * np.cos(t), minor * np.sin(t)
    x = cx + u * np.cos(angle) - v * np.sin(angle)
    y = cy + u * np.sin(angle) + v * np.cos(angle)
    return shapely.Polygon(np.column_stack([x, y]))


def _periods(years: np.ndarray, step: int):
    """(first year, last year) of each point's period: steps of ``step`` years ending with the last year."""
    if int(step) < 1:
        raise AnalysisInputError(f"period step must be at least 1 year, got {step}")
    last = int(years.max())
    end = last - int(step) * ((last - years) // int(step))
    return end - int(step) + 1, end


def _members(groups, ends, cumulative: bool):
    """(group, period start, period end, boolean mask of the points) of every group and period."""
    out = []
    for g in pd.unique(groups):
        in_group = groups == g
        for e in np.unique(ends[in_group]):
            mask = in_group & ((ends <= e) if cumulative else (ends == e))
            out.append((g, e, mask))
    return out


def _row(xy, w, std):
    """Ellipse columns of one group and period (NaN with the reason when it has none)."""
    n = len(xy)
    base = {"n": n, "weight_sum": float(w.sum()) if w is not None else float(n)}
    if n < MIN_POINTS:
        return {**base, "note": f"fewer than {MIN_POINTS} points"}
    if np.ptp(xy[:, 0]) == 0 and np.ptp(xy[:, 1]) == 0:
        return {**base, "note": "all points at one place"}
    if w is not None and w.sum() <= 0:
        return {**base, "note": "weights sum to 0"}
    cx, cy, major, minor, angle = standard_ellipse(xy, w, std)
    return {
        **base,
        "x": cx,
        "y": cy,
        "major_m": major,
        "minor_m": minor,
        "angle_deg": np.degrees(angle),
        "rotation_deg": (90.0 - np.degrees(angle)) % 180.0,
        "area_km2": np.pi * major * minor / 1e6,
        "note": "",
    }


def _group_values(gdf, by: str | None) -> tuple[np.ndarray, str | None]:
    if not by:
        return np.full(len(gdf), "all", dtype=object), None
    column = resolve_field(gdf, by, "group field")
    values = gdf[column].astype("string").fillna("(blank)").to_numpy(dtype=object)
    return values, column


def directional_distribution(
    gdf,
    *,
    by: str | None = None,
    per: str | None = None,
    weight: str | None = None,
    std: int = 1,
    step: int = 1,
    cumulative: bool = False,
    skip_bad: bool = False,
    crs=None,
    progress=None,
):
    """Mean centres and standard deviational ellipses of ``gdf``'s points by ``by`` and ``per``.

    Returns ``(table, ellipses, centres, drift, crs)``: a DataFrame of every
    group and period (``group``, ``start``, ``end``, ``n``, ``weight_sum``,
    centre ``x``/``y`` in metres and ``lon``/``lat``, ``major_m``,
    ``minor_m``, ``angle_deg``, ``rotation_deg``, ``area_km2``, ``note``);
    GeoDataFrames (EPSG:4326) of the ellipses, of the mean centres and of one
    drift line per group; the metric CRS used.
    """
    if std not in STDS:
        raise AnalysisInputError(f"std must be 1, 2 or 3 standard deviations, got {std!r}")
    keep = np.ones(len(gdf), dtype=bool)
    years = None
    if per:
        years, keep, _ = years_of(gdf, resolve_field(gdf, per, "period field"), skip_bad=skip_bad)
    data = gdf[keep] if not keep.all() else gdf
    pts = metric_points(data, crs=crs, min_points=MIN_POINTS, what="points")
    w = None
    if weight:
        from gzmap.analysis.kde import _weights

        w = _weights(data, resolve_field(data, weight, "weight field"))
    groups, _ = _group_values(data, by)
    starts, ends = _periods(years, step) if years is not None else (np.zeros(len(data), int), np.zeros(len(data), int))
    first = int(starts.min()) if len(starts) else 0
    rows, polys = [], []
    members = _members(groups, ends, cumulative)
    for k, (g, e, mask) in enumerate(members):
        report(progress, 0.9 * k / max(len(members), 1), "ellipses")
        row = _row(pts.xy[mask], None if w is None else w[mask], std)
        start = first if cumulative else int(e) - int(step) + 1
        rows.append({"group": g, "start": start if years is not None else None, "end": e, **row})
        ok = not row["note"]
        polys.append(
            ellipse_polygon(row["x"], row["y"], row["major_m"], row["minor_m"], np.radians(row["angle_deg"]))
            if ok
            else None
        )
    report(progress, 0.95, "centres and drift")
    return _outputs(pd.DataFrame(rows), polys, pts.crs, years is not None)


def _outputs(table: pd.DataFrame, polys: list, crs: str, timed: bool):
    """(table with lon/lat, ellipses, centres, drift lines, crs) from the rows of every group and period."""
    import geopandas as gpd

    for col in ("x", "y", "major_m", "minor_m", "angle_deg", "rotation_deg", "area_km2"):
        if col not in table:
            table[col] = np.nan
    ok = table["note"].to_numpy() == ""
    lon = np.full(len(table), np.nan)
    lat = np.full(len(table), np.nan)
    if ok.any():
        centres_m = gpd.GeoSeries(gpd.points_from_xy(table["x"][ok], table["y"][ok]), crs=crs).to_crs("EPSG:4326")
        lon[ok], lat[ok] = centres_m.x.to_numpy(), centres_m.y.to_numpy()
    table["lon"], table["lat"] = lon, lat
    if not timed:
        table = table.drop(columns=["start", "end"])
    cols = [c for c in table.columns if c != "note"] + ["note"]
    table = table[cols]
    shown = table[ok].reset_index(drop=True)
    ellipses = gpd.GeoDataFrame(
        shown,
        geometry=gpd.GeoSeries([p for p in polys if p is not None], crs=crs).to_crs("EPSG:4326").values,
        crs="EPSG:4326",
    )
    centres = gpd.GeoDataFrame(shown, geometry=gpd.points_from_xy(shown["lon"], shown["lat"]), crs="EPSG:4326")
    drift = _drift(shown, timed)
    return table, ellipses, centres, drift, crs


def _drift(shown: pd.DataFrame, timed: bool):
    """One line per group through its mean centres in time order, with its length and first/last period."""
    import geopandas as gpd
    import shapely

    rows, lines = [], []
    if timed:
        for g, part in shown.sort_values("end").groupby("group", sort=False):
            if len(part) < 2:
                continue
            x, y = part["x"].to_numpy(), part["y"].to_numpy()
            rows.append(
                {
                    "group": g,
                    "first": int(part["end"].iloc[0]),
                    "last": int(part["end"].iloc[-1]),
                    "periods": len(part),
                    "length_km": float(np.hypot(np.diff(x), np.diff(y)).sum() / 1000.0),
                    "shift_km": float(np.hypot(x[-1] - x[0], y[-1] - y[0]) / 1000.0),
                }
            )
            lines.append(shapely.LineString(np.column_stack([part["lon"], part["lat"]])))
    frame = pd.DataFrame(rows, columns=["group", "first", "last", "periods", "length_km", "shift_km"])
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(lines, crs="EPSG:4326").values, crs="EPSG:4326")
