"""Where the next parks go: maximal covering (MCLP) and p-median choice of sites, in metres.

Demand is the enterprise points (each weighing 1, or a numeric field such as
employees or revenue); candidates are a layer of points or polygons (a
polygon stands for its representative point) or, when none is given, the
centres of a square grid over the study area. Distances are straight lines
in a metric CRS (UTM 49N by default).

* **MCLP** (Church & ReVelle 1974): choose ``p`` candidates covering the
  most demand weight within ``distance`` metres.
* **p-median** (Hakimi 1964): choose ``p`` candidates minimising the total
  weighted distance from each demand point to its nearest chosen site.

Both are solved exactly by spopt's models with PuLP's bundled CBC solver
(no network, no licence). The solver works on a bounded problem, so large
inputs are aggregated first (docs/analysis/sites.md):

1. **Demand**: beyond the method's :data:`LIMITS` (2,000 points for MCLP,
   600 for p-median), demand is summed into square
   cells of ``distance/10`` (widened until few enough) and placed at each
   cell's weighted centroid; coverage and distances in the result are then
   measured again on the original points.
2. **Candidates**: those covering no demand within ``distance`` are dropped
   (they cannot help MCLP and are never a nearest site worth opening); beyond
   the method's limit (1,000 for MCLP, 150 for p-median), the rest are grouped
   into square blocks and each
   block keeps the candidate covering the most demand.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Any

import numpy as np
import pandas as pd

from gzmap.analysis.metric import AnalysisInputError
from gzmap.analysis.metric import check_positive
from gzmap.analysis.metric import metric_points
from gzmap.core.progress import report

__all__ = ["LIMITS", "METHODS", "SitesResult", "choose_sites", "solve", "sites"]

METHODS = ("mclp", "pmedian")
#: Largest problem handed to the solver, by method: (demand points or cells, candidates). p-median has one
#: assignment variable per demand and candidate, so it is kept smaller.
LIMITS = {"mclp": (2000, 1000), "pmedian": (600, 150)}


@dataclass
class SitesResult:
    """``sites``: chosen candidates (WGS84) with the demand each covers/serves; ``demand``: the input
    points with their nearest chosen site, its distance (m) and whether it is covered; ``summary``:
    one row of totals; ``notes``: how the problem was aggregated."""

    sites: Any
    demand: Any
    summary: pd.DataFrame
    notes: list[str] = field(default_factory=list)


def _weights(gdf, weight: str | None) -> np.ndarray:
    """Demand weight of each point (1 without a field); a negative or missing weight names its row."""
    if weight is None:
        return np.ones(len(gdf))
    if weight not in gdf.columns:
        raise AnalysisInputError(f"weight field {weight!r} is not a column of the demand layer")
    w = pd.to_numeric(gdf[weight], errors="coerce").to_numpy(dtype=float)
    bad = np.flatnonzero(~np.isfinite(w) | (w < 0))
    if len(bad):
        raise AnalysisInputError(
            f"weight field {weight!r} has the value {str(gdf[weight].iloc[bad[0]])!r} in row {bad[0] + 1}; "
            "demand weights must be numbers of 0 or more"
        )
    if w.sum() <= 0:
        raise AnalysisInputError(f"weight field {weight!r} is 0 in every row: there is no demand to serve")
    return w


def _aggregate(xy: np.ndarray, w: np.ndarray, cell: float, limit: int) -> tuple[np.ndarray, np.ndarray, float]:
    """Demand summed into square cells at weighted centroids, the cell widened until at most ``limit``."""
    while True:
        keys = np.floor(xy / cell).astype(np.int64)
        _, inv = np.unique(keys, axis=0, return_inverse=True)
        inv = inv.ravel()
        if inv.max() + 1 <= limit:
            break
        cell *= 1.5
    tot = np.bincount(inv, w)
    cnt = np.bincount(inv).astype(float)
    base = np.where(tot > 0, tot, cnt)  # zero-weight cells keep their plain centroid
    ww = np.where(tot[inv] > 0, w, 1.0)
    cx, cy = np.bincount(inv, ww * xy[:, 0]) / base, np.bincount(inv, ww * xy[:, 1]) / base
    return np.column_stack([cx, cy]), tot, cell


def _grid_candidates(area, cell: float) -> np.ndarray:
    """Centres (metres) of square cells of ``cell`` m whose centre lies in ``area``."""
    import shapely

    x0, y0, x1, y1 = area.bounds
    xs, ys = np.meshgrid(np.arange(x0 + cell / 2, x1, cell), np.arange(y0 + cell / 2, y1, cell))
    if xs.size > 5_000_000:
        raise AnalysisInputError(f"a candidate grid of {cell:g} m would have {xs.size:,} cells; use a larger cell")
    shapely.prepare(area)
    inside = shapely.contains_xy(area, xs.ravel(), ys.ravel())
    return np.column_stack([xs.ravel()[inside], ys.ravel()[inside]])


def _reduce_candidates(cand, dxy, dw, distance, notes, limit: int) -> np.ndarray:
    """Indices of candidates kept: those covering demand; at most ``limit``, the best of each block."""
    from scipy.spatial import cKDTree

    tree = cKDTree(dxy)
    covered = np.array([dw[idx].sum() for idx in tree.query_ball_point(cand, distance)])
    keep = np.flatnonzero(covered > 0)
    if len(keep) < len(cand):
        notes.append(
            f"{len(cand) - len(keep)} of {len(cand)} candidates cover no demand within {distance:g} m: left out"
        )
    block = distance
    while len(keep) > limit:
        keys = np.floor(cand[keep] / block).astype(np.int64)
        order = np.lexsort((-covered[keep], keys[:, 1], keys[:, 0]))
        k = keys[order]
        first = np.r_[True, (k[1:] != k[:-1]).any(axis=1)]
        reduced = np.sort(keep[order][first])
        if len(reduced) <= limit:
            notes.append(
                f"{len(keep)} candidates grouped into {block:g} m blocks, each keeping the one covering most demand: "
                f"{len(reduced)} left"
            )
            return reduced
        block *= 1.25
    return keep


def solve(cost: np.ndarray, w: np.ndarray, p: int, distance: float, method: str = "mclp") -> np.ndarray:
    """Indices of the ``p`` chosen candidates: spopt's MCLP or PMedian on ``cost`` (demand × candidates, m)."""
    import warnings

    import pulp
    from spopt.locate import MCLP
    from spopt.locate import PMedian

    with warnings.catch_warnings():  # PuLP 3 announces its 4.0 API on every variable (pyproject pins pulp < 4)
        warnings.simplefilter("ignore", DeprecationWarning)
        solver = pulp.PULP_CBC_CMD(msg=False)
        if method == "mclp":
            model = MCLP.from_cost_matrix(cost, w, service_radius=distance, p_facilities=p)
        else:
            model = PMedian.from_cost_matrix(cost, w, p_facilities=p)
        model.solve(solver)
    if pulp.LpStatus[model.problem.status] != "Optimal":
        raise AnalysisInputError(
            f"the solver found no optimal {method} solution ({pulp.LpStatus[model.problem.status]})"
        )
    chosen = [j for j, var in enumerate(model.fac_vars) if (var.value() or 0) > 0.5]
    return np.array(chosen, dtype=np.int64)


def _candidate_points(candidates, crs: str) -> np.ndarray:
    """Candidate positions in metres (a polygon or line stands for its representative point)."""
    if candidates is None or len(candidates) == 0:
        raise AnalysisInputError("the candidate layer is empty")
    geoms = candidates.geometry
    if geoms.isna().any() or geoms.is_empty.any():
        row = int(np.flatnonzero((geoms.isna() | geoms.is_empty).to_numpy())[0])
        raise AnalysisInputError(f"candidate row {row + 1} has no geometry")
    pts = candidates.set_geometry(geoms.representative_point())
    return metric_points(pts, crs=crs, min_points=1, distinct=False, what="candidates").xy


def _study_area(area: str, dxy: np.ndarray, crs: str, distance: float):
    """The study area polygon in ``crs``: Guangzhou's districts, or the demand's hull widened by ``distance``."""
    import shapely

    if area == "guangzhou":
        from gzmap.analysis.districts import study_area

        return study_area(crs)
    if area == "points":
        return shapely.convex_hull(shapely.multipoints(dxy)).buffer(distance)
    raise AnalysisInputError(f"unknown study area {area!r}; valid: guangzhou, points")


def _check_inside(cxy: np.ndarray, area_geom, area: str, candidates) -> None:
    import shapely

    shapely.prepare(area_geom)
    out = np.flatnonzero(~shapely.intersects_xy(area_geom, cxy[:, 0], cxy[:, 1]))
    if len(out):
        g = candidates.geometry.to_crs("EPSG:4326").representative_point().iloc[out[0]]
        where = "Guangzhou's districts" if area == "guangzhou" else "the demand's extent widened by the distance"
        raise AnalysisInputError(
            f"candidate row {out[0] + 1} ({g.x:.5f}, {g.y:.5f}) is outside the study area ({where}); "
            f"{len(out)} of {len(cxy)} candidates are"
        )


def choose_sites(
    dxy: np.ndarray, dw: np.ndarray, cxy: np.ndarray, p: int, distance: float, method: str = "mclp", notes=None
) -> np.ndarray:
    """Indices into ``cxy`` of the chosen sites for demand ``dxy`` (weights ``dw``), after aggregation."""
    from scipy.spatial.distance import cdist

    notes = notes if notes is not None else []
    max_demand, max_candidates = LIMITS[method]
    if len(dxy) > max_demand:
        n = len(dxy)
        dxy, dw, cell = _aggregate(dxy, dw, distance / 10, max_demand)
        notes.append(f"{n:,} demand points summed into {len(dxy):,} cells of {cell:g} m (weighted centroids)")
    keep = _reduce_candidates(cxy, dxy, dw, distance, notes, max_candidates)
    if len(keep) == 0:
        raise AnalysisInputError(f"no candidate has any demand within {distance:g} m; use a larger distance")
    if p > len(keep):
        raise AnalysisInputError(f"p is {p} but only {len(keep)} candidates cover any demand within {distance:g} m")
    chosen = solve(cdist(dxy, cxy[keep]), dw, p, distance, method)
    return keep[chosen]


def sites(
    demand,
    candidates=None,
    *,
    p: int = 3,
    distance: float = 3000.0,
    method: str = "mclp",
    weight: str | None = None,
    cell: float | None = None,
    area: str = "guangzhou",
    crs=None,
    progress=None,
) -> SitesResult:
    """Choose ``p`` sites among ``candidates`` (None: a grid of ``cell`` m, default ``distance/2``, over
    the study area) for the ``demand`` points by ``method`` ("mclp" or "pmedian") within ``distance`` m."""
    if method not in METHODS:
        raise AnalysisInputError(f"unknown method {method!r}; valid: {', '.join(METHODS)}")
    distance = check_positive("distance", distance)
    if int(p) < 1:
        raise AnalysisInputError(f"p must be at least 1, got {p}")
    pts = metric_points(demand, crs=crs, min_points=1, distinct=False, what="enterprises")
    dxy, dw = pts.xy, _weights(demand, weight)
    report(progress, 0.05, "study area")
    area_geom = _study_area(area, dxy, pts.crs, distance)
    notes: list[str] = []
    if candidates is None:
        step = check_positive("cell", cell) if cell else distance / 2
        cxy = _grid_candidates(area_geom, step)
        notes.append(f"{len(cxy):,} candidate cells of {step:g} m over the study area")
    else:
        cxy = _candidate_points(candidates, pts.crs)
        _check_inside(cxy, area_geom, area, candidates)
    report(progress, 0.15, "solving")
    chosen = choose_sites(dxy, dw, cxy, int(p), distance, method, notes)
    report(progress, 0.9, "coverage")
    return _result(dxy, dw, cxy[chosen], chosen, demand, candidates, pts.crs, distance, method, notes)


def _result(dxy, dw, site_xy, chosen, demand, candidates, crs, distance, method, notes) -> SitesResult:
    """Sites, demand and summary measured on the original (not aggregated) demand points."""
    import geopandas as gpd
    from scipy.spatial import cKDTree

    dist, near = cKDTree(site_xy).query(dxy)
    covered = dist <= distance
    n_sites = len(site_xy)
    geom = gpd.points_from_xy(site_xy[:, 0], site_xy[:, 1], crs=crs)
    out = gpd.GeoDataFrame({"site": np.arange(1, n_sites + 1)}, geometry=geom).to_crs("EPSG:4326")
    if candidates is not None:
        out.insert(1, "candidate_row", chosen + 1)
        for col in [c for c in candidates.columns if c != candidates.geometry.name][:8]:
            out[col] = candidates[col].iloc[chosen].to_numpy()
    out["demand_served"] = np.bincount(near, dw, minlength=n_sites)
    out["demand_covered"] = np.bincount(near[covered], dw[covered], minlength=n_sites)
    out["points_covered"] = np.bincount(near[covered], minlength=n_sites)
    out["mean_distance_m"] = np.bincount(near, dw * dist, minlength=n_sites) / np.maximum(out["demand_served"], 1e-300)
    dem = demand.copy()
    dem["site"] = near + 1
    dem["distance_m"] = dist
    dem["covered"] = covered
    total = float(dw.sum())
    summary = pd.DataFrame(
        {
            "method": [method],
            "p": [n_sites],
            "distance_m": [distance],
            "demand_total": [total],
            "demand_covered": [float(dw[covered].sum())],
            "covered_pct": [100.0 * float(dw[covered].sum()) / total],
            "mean_distance_m": [float((dw * dist).sum() / total)],
            "notes": ["; ".join(notes)],
        }
    )
    return SitesResult(out, dem, summary, notes)
