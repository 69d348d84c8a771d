"""Data-derived defaults of the declared parameters (``Param.suggest`` keys), all in metres."""

from __future__ import annotations

__all__ = ["suggest"]


def suggest(gdf, min_samples: int = 20) -> dict:
    """``eps`` (median distance to the ``min_samples``-th neighbour), ``bandwidth``
    (Scott's rule), ``kde_cell`` (a tenth of it) and ``hot_cell`` (about 5,000
    cells over the points' extent), each rounded and kept within sensible bounds."""
    import numpy as np
    from scipy.spatial import cKDTree

    from gzmap.analysis.metric import metric_points

    pts = metric_points(gdf, min_points=1, distinct=False)
    xy = pts.xy
    if len(xy) > 5000:
        xy = xy[np.random.default_rng(0).choice(len(xy), 5000, replace=False)]
    out = {}
    k = min(min_samples, len(xy) - 1)
    if k >= 1:
        d, _ = cKDTree(pts.xy).query(xy, k=k + 1)
        eps = float(np.median(d[:, -1]))  # sample points' k-th neighbours among all points
        out["eps"] = float(np.clip(round(eps / 10) * 10, 50, 5000))
    sd = float(np.sqrt((np.var(pts.x) + np.var(pts.y)) / 2)) if len(pts) > 1 else 1000.0
    h = sd * max(len(pts), 1) ** (-1 / 6)
    out["bandwidth"] = float(np.clip(round(h / 50) * 50, 100, 5000))
    out["kde_cell"] = float(max(10, round(out["bandwidth"] / 10 / 10) * 10))
    area = max(np.ptp(pts.x) * np.ptp(pts.y), 1.0)
    out["hot_cell"] = float(np.clip(round(np.sqrt(area / 5000) / 50) * 50, 100, 5000))
    return out
