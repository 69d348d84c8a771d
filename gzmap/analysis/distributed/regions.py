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

import numpy as np

from gzmap.core.progress import report

__all__ = ["quotients"]


def _region_part(file: str, offset: int, field: str, weight, by: str, regions=None, crs=None, scratch=None) -> dict:
    """One partition's sums per (region, sub-sector), its points outside every region, its groups.

    Its points' metric coordinates (``crs``) and groups are saved in ``scratch`` for Clark–Evans.
    The points are read as coordinate arrays (:func:`~.dataset.read_xy`), projected once, and given the
    same checks as on one machine (:func:`~gzmap.analysis.metric.metric_xy`).
    """
    from gzmap.analysis import district_stats as ds
    from gzmap.analysis.distributed.dataset import read_xy
    from gzmap.analysis.distributed.surfaces import _from_row
    from gzmap.analysis.metric import AnalysisInputError
    from gzmap.analysis.metric import metric_xy

    cols = [c for c in (field, weight, None if by == "district" else by) if c]
    try:
        x, y, table, src = read_xy(file, cols)
        if len(table) == 0:
            return {"sums": None, "outside": 0, "groups": {}, "n": 0}
        pts = metric_xy(x, y, src, crs=crs, min_points=1, distinct=False, what="enterprises")
        if crs is not None and field in table.columns:
            _group_arrays(file, field, crs, scratch, _groups_of(pts, table[field]))
        lonlat = _wgs84(x, y, src) if by == "district" else None
        df, outside = ds.region_rows(table, field, weight, by, regions, lonlat)
    except AnalysisInputError as exc:
        if "no enterprise lies inside" not in str(exc):
            raise _from_row(exc, offset) from None
        return {"sums": None, "outside": len(table), "groups": _groups(table, field), "n": len(table)}
    return {"sums": ds.group_sums(df), "outside": outside, "groups": _groups(table, field), "n": len(table)}


def _wgs84(x, y, src):
    """Longitude and latitude (WGS84 degrees) of coordinates in ``src``, as ``GeoDataFrame.to_crs`` gives them."""
    from pyproj import CRS
    from pyproj import Transformer

    if CRS.from_user_input(src).to_epsg() == 4326:
        return x, y
    lon, lat = Transformer.from_crs(src, "EPSG:4326", always_xy=True).transform(x, y)
    return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)


def _groups(table, field: str) -> dict:
    """Points per group (sub-sector) of a partition."""
    return {str(k): int(v) for k, v in table[field].astype("string").fillna("other").value_counts().items()}


def _groups_of(pts, values) -> dict:
    """The arrays :func:`_group_arrays` keeps of points ``pts`` (metres) whose groups are ``values``."""
    codes, keys = values.astype("string").fillna("other").factorize()
    return {"xy": pts.xy, "code": codes.astype(np.int32), "keys": np.asarray(keys, dtype=str)}


def _group_arrays(file: str, field: str, crs: str, scratch, made: dict | None = None) -> dict:
    """``xy`` (n x 2 metres, file order), ``code`` (each point's index into ``keys``) and ``keys`` (the
    partition's groups) of one partition, decoded once per job (:mod:`.scratch`); ``made``: these
    arrays already made by the counting pass, to be saved."""
    from gzmap.analysis.distributed.dataset import read_xy
    from gzmap.analysis.distributed.scratch import cached
    from gzmap.analysis.metric import metric_xy

    def make():
        if made is not None:
            return made
        x, y, table, src = read_xy(file, [field])
        return _groups_of(metric_xy(x, y, src, crs=crs, distinct=False), table[field])

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
