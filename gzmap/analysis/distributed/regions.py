"""Location quotients, specialisation and Clark–Evans of a dataset, on the cluster.

Counts (or weight sums) per region and sub-sector: each partition joins its
points to the regions (point in polygon with the built-in districts or a
user's region layer, sent once to every worker, or a column:
:func:`gzmap.analysis.district_stats.district_of_points`) and sums
them per (region, sub-sector); the sums are added, and the tables are made
from the one count matrix exactly as on one machine
(:func:`~gzmap.analysis.district_stats.lq_table`,
:func:`~gzmap.analysis.district_stats.specialisation_table`). Counts are
whole numbers, so the result is exact.

Clark–Evans needs each point's nearest neighbour among all the points of its
group, wherever they are: the counting pass saves each partition's metric
coordinates and group codes in the job's scratch folder (:mod:`.scratch`);
one task per group (all points, then each sub-sector) loads the group's
coordinates from every partition and queries a k-d tree
(:func:`~gzmap.analysis.district_stats.clark_evans_row`). Its memory is the
largest group's (about 40 bytes a point), not a partition's.
"""

from __future__ import annotations

import re

import numpy as np

from gzmap.core.progress import report

__all__ = ["quotients"]


def _region_part(file: str, offset: int, field: str, weight, by: str, regions=None, crs=None, scratch=None) -> dict:
    """One partition's sums per (region, sub-sector), its points outside every region, its groups.

    Its points' metric coordinates (``crs``) and groups are saved in ``scratch`` for Clark–Evans.
    """
    from gzmap.analysis import district_stats as ds
    from gzmap.analysis.distributed.dataset import read_part
    from gzmap.analysis.metric import AnalysisInputError

    cols = [c for c in (field, weight, None if by == "district" else by) if c]
    gdf = read_part(file, None).loc[:, lambda d: [c for c in d.columns if c in cols or c == d.geometry.name]]
    if len(gdf) == 0:
        return {"sums": None, "outside": 0, "groups": {}, "n": 0}
    if crs is not None and field in gdf.columns:
        _group_arrays(file, field, crs, scratch, gdf)
    try:
        df, outside = ds._prepare(gdf, field, weight, by, regions)
    except AnalysisInputError as exc:
        if "no enterprise lies inside" not in str(exc):
            msg = re.sub(r"row (\d+)", lambda m: f"row {int(m.group(1)) + offset}", str(exc), count=1)
            raise AnalysisInputError(msg) from None
        return {"sums": None, "outside": len(gdf), "groups": _groups(gdf, field), "n": len(gdf)}
    return {"sums": ds.group_sums(df), "outside": outside, "groups": _groups(gdf, field), "n": len(gdf)}


def _groups(gdf, field: str) -> dict:
    """Points per group (sub-sector) of a partition."""
    return {str(k): int(v) for k, v in gdf[field].astype("string").fillna("other").value_counts().items()}


def _group_arrays(file: str, field: str, crs: str, scratch, gdf=None) -> dict:
    """``xy`` (n x 2 metres, file order), ``code`` (each point's index into ``keys``) and ``keys`` (the
    partition's groups) of one partition, decoded once per job (:mod:`.scratch`)."""
    from gzmap.analysis.distributed.dataset import read_part
    from gzmap.analysis.distributed.scratch import cached
    from gzmap.analysis.metric import metric_xy

    def make():
        data = read_part(file, [field]) if gdf is None else gdf
        pts = metric_xy(data.geometry.x.to_numpy(), data.geometry.y.to_numpy(), data.crs, crs=crs)
        codes, keys = data[field].astype("string").fillna("other").factorize()
        return {"xy": pts.xy, "code": codes.astype(np.int32), "keys": np.asarray(keys, dtype=str)}

    return cached(scratch, ("groups", file, field, crs), make)


def _group_xy(files: tuple, field: str, key, crs: str, scratch, total: int) -> np.ndarray:
    """Metric coordinates of the ``total`` points of group ``key`` (None: all points) from every partition,
    filled into one array partition by partition (the memory of the group plus one partition)."""
    out = np.empty((total, 2))
    at = 0
    for f in files:
        got = _group_arrays(f, field, crs, scratch)
        if key is None:
            xy = got["xy"]
        elif key in got["keys"]:
            xy = got["xy"][got["code"] == int(np.flatnonzero(got["keys"] == key)[0])]
        else:
            continue
        out[at : at + len(xy)] = xy
        at += len(xy)
        del got, xy
    if at != total:
        raise RuntimeError(f"group {key!r}: {at} points found, {total} counted")
    return out


def _clark_evans_group(files: tuple, field: str, key, crs: str, area_m2: float, scratch, total: int) -> dict:
    from gzmap.analysis.district_stats import clark_evans_row

    xy = _group_xy(files, field, key, crs, scratch, total)
    return clark_evans_row("(all)" if key is None else key, xy, area_m2)


def quotients(client, ds, params: dict, progress=None, regions=None, scratch=None):
    """(location quotients, specialisation, Clark–Evans) of :func:`gzmap.analysis.lq_tool.quotients`;
    ``regions``: the polygons to count in (None: the built-in districts); ``scratch``: a folder the
    workers see, for the points decoded once (:mod:`.scratch`)."""
    import pandas as pd

    from gzmap.analysis import district_stats as dst
    from gzmap.analysis.distributed.surfaces import target_crs
    from gzmap.analysis.distributed.tasks import wait_all
    from gzmap.analysis.districts import study_area
    from gzmap.analysis.metric import AnalysisInputError

    field, weight, by = params["field"], params["weight"] or None, params["by"]
    shared = None if regions is None else client.scatter(regions, broadcast=True, hash=False)
    crs = target_crs(ds, None)
    futures = [
        client.submit(_region_part, f, off, field, weight, by, shared, crs, scratch, pure=False)
        for f, off in zip(ds.files, ds.offsets())
    ]
    parts = wait_all(client, futures, progress, 0.0, 0.4, "counting per region")
    sums = [p["sums"] for p in parts if p["sums"] is not None and len(p["sums"])]
    if not sums:
        raise AnalysisInputError("no enterprise lies inside a district")
    e = dst.count_matrix(pd.concat(sums).groupby(level=[0, 1, 2, 3], dropna=False).sum())
    outside = sum(p["outside"] for p in parts)
    lq, spec = dst.lq_table(e, outside), dst.specialisation_table(e)
    n = sum(p["n"] for p in parts)
    if n < 2:
        raise AnalysisInputError(f"need at least 2 enterprises, got {n}")
    area = study_area(crs, regions).area
    sizes: dict = {None: n}
    for p in parts:
        for k, v in p["groups"].items():
            sizes[k] = sizes.get(k, 0) + v
    keys = [None] + sorted(k for k in sizes if k is not None)
    ce = [client.submit(_clark_evans_group, ds.files, field, k, crs, area, scratch, sizes[k], pure=False) for k in keys]
    rows = wait_all(client, ce, progress, 0.4, 1.0, "nearest neighbours")
    report(progress, 1.0, "location quotients done")
    return lq, spec, pd.DataFrame(rows, columns=dst.CLARK_EVANS_COLUMNS)
