"""Density-based clusters of enterprises, and what each cluster is made of.

:func:`find_clusters` labels every point with DBSCAN (ε in metres,
``min_samples``) or HDBSCAN (``min_cluster_size``), computed in a metric CRS
(EPSG:32649 unless the layer already is in metres), then profiles each
cluster: member count, share of each sub-sector and the dominant one, summed
employees and revenue where the layer has them, hull polygon (convex or
concave), hull area (km²), density (members per km² of hull), centroid
(WGS84) and the district(s) it lies in.

Noise points are kept: their ``cluster`` is -1 and ``cluster_role`` is
``"noise"``. Clusters are numbered 1, 2, ... from the largest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field
from typing import Any

import numpy as np
import pandas as pd

from gzmap.analysis.metric import AnalysisInputError
from gzmap.analysis.metric import check_positive
from gzmap.analysis.metric import metric_points
from gzmap.core.progress import report
from gzmap.core.progress import sub_progress

__all__ = ["ClusterResult", "cluster_profiles", "dbscan", "find_clusters", "hdbscan", "summary_table"]

NOISE = -1
HULLS = ("convex", "concave")
METHODS = ("dbscan", "hdbscan")

_EMPLOYEE_NAMES = re.compile(r"^(employees?|staff|headcount|n_?employees|employee_count|从业人员|员工)", re.I)
_REVENUE_NAMES = re.compile(r"^(revenue|turnover|income|operating_income|营业收入|营收)", re.I)


@dataclass
class ClusterResult:
    """What :func:`find_clusters` returns.

    ``points``: the input rows (same CRS, same order) plus ``cluster`` (int,
    -1 = noise), ``cluster_role`` and ``cluster_size``. ``clusters``: one hull
    polygon per cluster (EPSG:4326) with its profile. ``params``: the
    parameters used, for provenance.
    """

    points: Any
    clusters: Any
    params: dict = field(default_factory=dict)

    @property
    def n_clusters(self) -> int:
        return int(len(self.clusters))

    @property
    def n_noise(self) -> int:
        return int((self.points["cluster"] == NOISE).sum())

    def summary(self) -> pd.DataFrame:
        """One row per cluster plus a last row for noise (no geometry)."""
        return summary_table(self.clusters, self.n_noise, len(self.points))


def dbscan(gdf, eps: float = 300.0, min_samples: int = 20, *, border: str = "first", crs=None, progress=None):
    """DBSCAN labels for a point layer, in metres.

    Parameters
    ----------
    gdf
        Point GeoDataFrame (WGS84 degrees or a projected CRS in metres).
    eps
        Neighbourhood radius ε in metres (> 0).
    min_samples
        Fewest points within ε (the point itself included) that make a core point (≥ 1).
    border
        ``"first"``: classic DBSCAN (as QGIS ``native:dbscanclustering`` and
        scikit-learn); ``"noise"``: DBSCAN*, border points become noise.
    crs
        Metric CRS to compute in (default EPSG:32649 for lon/lat layers).

    Returns
    -------
    GeoDataFrame
        A copy of ``gdf`` with ``cluster`` (1 = largest cluster, ..., -1 = noise),
        ``cluster_role`` (core/border/noise) and ``cluster_size``.
    """
    from gzmap.analysis.dbscan import dbscan_labels

    eps = check_positive("eps", eps, "m")
    min_samples = _check_int("min_samples", min_samples, 1)
    pts = metric_points(gdf, crs=crs, min_points=2, what="points")
    labels, core = dbscan_labels(pts.xy, eps, min_samples, border=border, progress=progress)
    role = np.where(core, "core", np.where(labels >= 0, "border", "noise"))
    return _labelled(gdf, labels, role)


def hdbscan(gdf, min_cluster_size: int = 20, min_samples: int | None = None, *, crs=None, progress=None):
    """HDBSCAN labels for a point layer (scikit-learn's ``HDBSCAN``), in metres.

    ``min_cluster_size`` is the smallest group of points that counts as a
    cluster; ``min_samples`` (default: ``min_cluster_size``) sets how
    conservative the density estimate is. HDBSCAN needs no ε: it finds
    clusters of differing density. Its cost grows faster than linearly
    (about 25 s for 100,000 points on one core).

    Returns a copy of ``gdf`` with ``cluster`` (1 = largest, -1 = noise),
    ``cluster_role`` (member/noise), ``cluster_size`` and
    ``cluster_prob`` (membership strength 0–1).
    """
    from sklearn.cluster import HDBSCAN

    min_cluster_size = _check_int("min_cluster_size", min_cluster_size, 2)
    if min_samples is not None:
        min_samples = _check_int("min_samples", min_samples, 1)
    pts = metric_points(gdf, crs=crs, min_points=max(min_cluster_size, 2), what="points")
    report(progress, 0.05, "HDBSCAN: building the cluster hierarchy")
    model = HDBSCAN(min_cluster_size=min_cluster_size, min_samples=min_samples, copy=True)
    model.fit(pts.xy)
    report(progress, 0.95, "HDBSCAN done")
    labels = model.labels_.astype(np.int64)
    labels[labels < 0] = NOISE  # -2/-3 (infinite/missing) are noise too
    role = np.where(labels >= 0, "member", "noise")
    out = _labelled(gdf, labels, role)
    out["cluster_prob"] = np.round(model.probabilities_, 4)
    return out


def _check_int(name, value, lowest):
    try:
        v = int(value)
    except (TypeError, ValueError):
        raise AnalysisInputError(f"{name} must be a whole number, got {value!r}") from None
    if v != value and not (isinstance(value, str) and str(v) == value.strip()):
        raise AnalysisInputError(f"{name} must be a whole number, got {value!r}")
    if v < lowest:
        raise AnalysisInputError(f"{name} must be at least {lowest}, got {value!r}")
    return v


def _labelled(gdf, labels, role):
    """Copy of gdf with clusters renumbered 1.. by decreasing size (ties: first seen)."""
    labels = np.asarray(labels, dtype=np.int64)
    out = gdf.copy()
    final = np.full(len(labels), NOISE, dtype=np.int64)
    sizes = np.zeros(len(labels), dtype=np.int64)
    member = labels >= 0
    if member.any():
        counts = np.bincount(labels[member])
        ids = np.flatnonzero(counts)
        order = ids[np.lexsort((ids, -counts[ids]))]
        new = np.empty(counts.size, dtype=np.int64)
        new[order] = np.arange(1, len(order) + 1)
        final[member] = new[labels[member]]
        sizes[member] = counts[labels[member]]
    out["cluster"] = final
    out["cluster_role"] = role
    out["cluster_size"] = sizes
    return out


def _find_field(columns, pattern: re.Pattern, given: str | None, what: str):
    if given:
        if given not in columns:
            raise AnalysisInputError(f"no column {given!r} for {what}; columns: {', '.join(map(str, columns))}")
        return given
    for c in columns:
        if isinstance(c, str) and pattern.match(c):
            return c
    return None


def cluster_profiles(
    points,
    *,
    hull: str = "convex",
    concave_ratio: float = 0.3,
    subsector_field: str | None = "subsector",
    employees_field: str | None = None,
    revenue_field: str | None = None,
    districts=None,
    crs=None,
    progress=None,
):
    """Profile of each cluster of a labelled point layer (``cluster`` column, -1 = noise).

    Parameters
    ----------
    hull
        ``"convex"`` or ``"concave"`` (``shapely.concave_hull`` with
        ``concave_ratio``: 0 = tightest, 1 = convex).
    subsector_field
        Column of sub-sector keys; shares are computed if present.
    employees_field, revenue_field
        Columns to sum; found by name (``employees``, ``revenue``...) when not given.
    districts
        District polygons (default: Guangzhou's built-in districts).

    Returns
    -------
    GeoDataFrame (EPSG:4326), one row per cluster, with ``cluster``,
    ``n_points``, ``n_core``, ``area_km2`` (hull area), ``density_km2``
    (members per km² of hull; empty when the hull has no area),
    ``centroid_lon``/``centroid_lat`` (mean member position, WGS84),
    ``dominant_subsector``, ``dominant_share``, ``share_<key>`` per sub-sector
    (0–1), ``employees_sum``/``revenue_sum`` when those columns exist,
    ``district_zh``/``district_en`` (the district holding most members) and
    ``districts_zh``/``districts_en`` (every district with its share).
    """
    import geopandas as gpd

    _check_profile_args(points, hull, concave_ratio)
    pts = metric_points(points, crs=crs, min_points=1, distinct=False)
    members = _Members.of(points["cluster"].to_numpy(dtype=np.int64), pts)
    report(progress, 0.1, "cluster hulls")
    if members.k == 0:
        return gpd.GeoDataFrame({c: [] for c in _PROFILE_COLUMNS}, geometry=[], crs="EPSG:4326")
    shapes, table = _shape_table(points, pts.crs, members, hull, concave_ratio)
    report(progress, 0.5, "cluster profiles")
    _subsector_shares(table, points, subsector_field, members.rows, members.pos, members.k)
    _sums(table, points, members.rows, members.pos, members.k, employees_field, revenue_field)
    report(progress, 0.7, "districts of each cluster")
    lon, lat = members.lon_lat(pts.crs)
    _district_shares(table, lon, lat, members.pos, members.k, districts)
    report(progress, 0.9, "hulls to WGS84")
    geo = gpd.GeoSeries(shapes, crs=pts.crs).to_crs("EPSG:4326")
    out = gpd.GeoDataFrame(table, geometry=geo.values, crs="EPSG:4326")
    report(progress, 1.0, "profiles done")
    return out


_PROFILE_COLUMNS = (
    "cluster",
    "n_points",
    "n_core",
    "area_km2",
    "density_km2",
    "centroid_lon",
    "centroid_lat",
    "dominant_subsector",
    "dominant_share",
    "district_zh",
    "district_en",
    "districts_zh",
    "districts_en",
)


def _check_profile_args(points, hull: str, concave_ratio: float) -> None:
    """Refuse an unknown hull, a concave ratio outside 0–1 or a layer without ``cluster`` labels."""
    if hull not in HULLS:
        raise AnalysisInputError(f"hull must be one of {', '.join(HULLS)}, got {hull!r}")
    if not 0.0 <= float(concave_ratio) <= 1.0:
        raise AnalysisInputError(f"concave_ratio must be between 0 and 1, got {concave_ratio!r}")
    if "cluster" not in points.columns:
        raise AnalysisInputError("the layer has no 'cluster' column; run DBSCAN or HDBSCAN first")


@dataclass
class _Members:
    """The clustered (non-noise) points, sorted by cluster: ``ids`` (cluster labels, ascending),
    ``rows`` (their row in the layer), ``pos`` (index of their cluster in ``ids``), ``x``/``y`` (metres)."""

    ids: np.ndarray
    rows: np.ndarray
    pos: np.ndarray
    x: np.ndarray
    y: np.ndarray

    @classmethod
    def of(cls, labels: np.ndarray, pts) -> _Members:
        member = labels > 0
        ids = np.unique(labels[member])
        order = np.argsort(labels[member], kind="stable")
        pos = np.searchsorted(ids, labels[member][order])
        rows = np.flatnonzero(member)[order]
        return cls(ids, rows, pos, pts.x[member][order], pts.y[member][order])

    @property
    def k(self) -> int:
        return len(self.ids)

    def lon_lat(self, crs):
        """WGS84 longitude and latitude of each member (degrees)."""
        from gzmap.core.datums import convert

        return convert(self.x, self.y, crs, "wgs84")


def _shape_table(points, crs, m: _Members, hull: str, concave_ratio: float):
    """(hull of each cluster in ``crs``, table of ``cluster``, ``n_points``, ``n_core``,
    ``area_km2``, ``density_km2`` (members per km²) and ``centroid_lon``/``centroid_lat`` (WGS84))."""
    from gzmap.core.datums import convert

    shapes, area_km2 = _hulls(np.column_stack([m.x, m.y]), m.pos, m.k, hull, concave_ratio)
    n_points = np.bincount(m.pos, minlength=m.k)
    role = points["cluster_role"].to_numpy() if "cluster_role" in points.columns else np.full(len(points), "")
    n_core = np.bincount(m.pos, weights=(role[m.rows] == "core").astype(float), minlength=m.k)
    cx = np.bincount(m.pos, weights=m.x, minlength=m.k) / n_points
    cy = np.bincount(m.pos, weights=m.y, minlength=m.k) / n_points
    lon, lat = convert(cx, cy, crs, "wgs84")
    with np.errstate(divide="ignore", invalid="ignore"):
        density = np.where(area_km2 > 0, n_points / area_km2, np.nan)
    table = pd.DataFrame(
        {
            "cluster": m.ids,
            "n_points": n_points,
            "n_core": n_core.astype(np.int64),
            "area_km2": np.round(area_km2, 4),
            "density_km2": np.round(density, 2),
            "centroid_lon": np.round(lon, 6),
            "centroid_lat": np.round(lat, 6),
        }
    )
    return shapes, table


def _hulls(xy, pos, k: int, hull: str, ratio: float):
    """(outline of each cluster, its area in km²): convex or concave hulls of ``xy`` grouped by ``pos``;
    a cluster whose hull is a point or a line (no area) is drawn as a 25 m buffer of it."""
    import shapely

    if hull == "convex":
        hulls = _convex_hulls(xy, pos, k)
    else:
        hulls = shapely.concave_hull(shapely.multipoints(xy, indices=pos), ratio=float(ratio))
    polygonal = np.isin(shapely.get_type_id(hulls), [3, 6])
    area_km2 = np.where(polygonal, shapely.area(hulls), 0.0) / 1e6
    return np.where(polygonal, hulls, shapely.buffer(hulls, 25.0)), area_km2


def _sums(table, points, rows, pos, k: int, employees_field, revenue_field) -> None:
    """``employees_sum`` and ``revenue_sum`` per cluster, where the layer has such columns."""
    for pattern, given, out_name, what in (
        (_EMPLOYEE_NAMES, employees_field, "employees_sum", "employees"),
        (_REVENUE_NAMES, revenue_field, "revenue_sum", "revenue"),
    ):
        col = _find_field(list(points.columns), pattern, given, what)
        if col is not None:
            vals = pd.to_numeric(points[col].iloc[rows], errors="coerce").fillna(0.0).to_numpy(dtype=float)
            table[out_name] = np.bincount(pos, weights=vals, minlength=k)


def _shares(pos, codes, k: int, n_codes: int) -> np.ndarray:
    """(k, n_codes) share of each code among the members of each group (rows sum to 1)."""
    counts = np.bincount(pos * n_codes + codes, minlength=k * n_codes).reshape(k, n_codes).astype(float)
    return counts / counts.sum(axis=1, keepdims=True)


def _subsector_shares(table, points, field, rows, pos, k: int) -> None:
    """``dominant_subsector``, ``dominant_share`` and ``share_<key>`` (keys in sorted order) of each cluster."""
    if not field or field not in points.columns:
        table["dominant_subsector"] = pd.NA
        table["dominant_share"] = np.nan
        return
    codes, keys = pd.factorize(points[field].iloc[rows].astype("string").fillna("other"), sort=True)
    shares = _shares(pos, codes, k, len(keys))
    table["dominant_subsector"] = np.asarray(keys, dtype=object)[shares.argmax(axis=1)]
    table["dominant_share"] = np.round(shares.max(axis=1), 4)
    for j, key in enumerate(keys):
        table[f"share_{key}"] = np.round(shares[:, j], 4)


def _district_shares(table, lon, lat, pos, k: int, districts) -> None:
    """``district_<lang>`` (holding most members) and ``districts_<lang>`` (each with its share) per cluster."""
    from gzmap.analysis.districts import district_index

    which, polys = district_index(lon, lat, districts)
    for lang, outside, sep in (("zh", "（区外）", "、"), ("en", "(outside)", ", ")):
        names = np.array([outside] + polys[f"name_{lang}"].astype(str).tolist(), dtype=object)
        alpha = np.argsort(names, kind="stable")  # columns in name order, as a cross-table has them
        rank = np.empty(len(names), dtype=np.int64)
        rank[alpha] = np.arange(len(names))
        frac = _shares(pos, rank[which + 1], k, len(names))
        ordered = names[alpha]
        table[f"district_{lang}"] = ordered[frac.argmax(axis=1)]
        table[f"districts_{lang}"] = [
            sep.join(f"{ordered[j]} {row[j]:.0%}" for j in np.argsort(-row, kind="stable") if row[j] > 0)
            for row in frac
        ]


def _convex_hulls(xy, pos, k: int):
    """Convex hull of each group of ``xy`` (rows sorted by group number ``pos`` 0..k-1), as shapely geometries.

    Qhull on each group's coordinates, then one polygon from its hull
    vertices: no shapely point is made for every member (the multipoint
    route spent most of the profile step on large clusters). Groups qhull
    cannot hull (fewer than three distinct points, or all on a line) go
    through shapely, which gives a point or a line for them.
    """
    import shapely
    from scipy.spatial import ConvexHull
    from scipy.spatial import QhullError

    starts = np.searchsorted(pos, np.arange(k))
    ends = np.r_[starts[1:], len(pos)]
    out = np.empty(k, dtype=object)
    for i, (s, e) in enumerate(zip(starts, ends)):
        part = xy[s:e]
        try:
            out[i] = shapely.Polygon(part[ConvexHull(part).vertices])
        except (QhullError, ValueError):
            out[i] = shapely.convex_hull(shapely.multipoints(part))
    return out


def summary_table(clusters, n_noise: int, n_total: int) -> pd.DataFrame:
    """Cluster profiles as a plain table (no geometry) with a last row for noise."""
    df = pd.DataFrame(clusters.drop(columns=clusters.geometry.name))
    noise = {c: pd.NA for c in df.columns}
    noise.update({"cluster": NOISE, "n_points": int(n_noise)})
    df = pd.concat([df, pd.DataFrame([noise])], ignore_index=True) if len(df) else pd.DataFrame([noise])
    df["share_of_points"] = np.round(pd.to_numeric(df["n_points"]) / max(n_total, 1), 4)
    return df


def find_clusters(
    gdf,
    method: str = "dbscan",
    *,
    eps: float = 300.0,
    min_samples: int | None = 20,
    min_cluster_size: int = 20,
    border: str = "first",
    crs=None,
    progress=None,
    **profile,
) -> ClusterResult:
    """Cluster a point layer and profile the clusters.

    ``method`` is ``"dbscan"`` (uses ``eps`` metres and ``min_samples``) or
    ``"hdbscan"`` (uses ``min_cluster_size`` and optionally ``min_samples``).
    ``profile``: the keyword arguments of :func:`cluster_profiles` (``hull``,
    ``concave_ratio``, ``subsector_field``, ``employees_field``,
    ``revenue_field``, ``districts``). All parameters are checked before any
    work starts; see :func:`dbscan` and :func:`hdbscan`.
    """
    method = str(method).lower()
    if method not in METHODS:
        raise AnalysisInputError(f"unknown method {method!r}; valid methods: {', '.join(METHODS)}")
    hull = profile.setdefault("hull", "convex")
    if hull not in HULLS:
        raise AnalysisInputError(f"hull must be one of {', '.join(HULLS)}, got {hull!r}")
    if method == "dbscan":
        check_positive("eps", eps, "m")
        _check_int("min_samples", 20 if min_samples is None else min_samples, 1)
    else:
        _check_int("min_cluster_size", min_cluster_size, 2)
    for what in ("employees", "revenue"):
        given = profile.get(f"{what}_field")
        if given and given not in gdf.columns:
            raise AnalysisInputError(f"no column {given!r} for {what}")
    label_progress = sub_progress(progress, 0.0, 0.7)
    if method == "dbscan":
        points = dbscan(
            gdf, eps, 20 if min_samples is None else min_samples, border=border, crs=crs, progress=label_progress
        )
        params = {"method": "dbscan", "eps_m": float(eps), "min_samples": int(min_samples or 20), "border": border}
    else:
        points = hdbscan(gdf, min_cluster_size, min_samples, crs=crs, progress=label_progress)
        params = {
            "method": "hdbscan",
            "min_cluster_size": int(min_cluster_size),
            "min_samples": None if min_samples is None else int(min_samples),
        }
    params.update({"hull": hull, "crs": str(crs or "auto")})
    clusters = cluster_profiles(points, crs=crs, progress=sub_progress(progress, 0.7, 1.0), **profile)
    return ClusterResult(points, clusters, params)
