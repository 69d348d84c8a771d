"""The area a heat surface is clipped to, and which cells of a north-up grid lie inside it.

A kernel density grid covers the points' bounding box plus the kernel's
reach, so without clipping its faint edges lie over the sea and the
neighbouring cities. :func:`resolve_area` turns what the caller asks for into
one polygon in the grid's metric CRS:

* ``"auto"``: the built-in GBA cities (Guangzhou is one of them) holding at
  least :data:`MIN_SHARE` of the points, their union: land only, the points'
  own cities (a stray point over the border does not bring in a whole
  neighbouring city). Points in none of them (elsewhere in China) are not
  clipped.
* ``"guangzhou"``: Guangzhou's 11 districts (:func:`gzmap.analysis.districts.study_area`).
* a shapely geometry (in the grid's CRS, metres) or a GeoDataFrame (any CRS).
* ``None``: no clipping.

:func:`cells_inside` marks the cells whose centre lies inside, row by row
(scanline, even-odd over every ring), so a grid of millions of cells costs a
fraction of a second.
"""

from __future__ import annotations

import numpy as np

from gzmap.analysis.metric import AnalysisInputError

__all__ = ["AREAS", "cells_inside", "cities_area", "city_counts", "gba_cities", "resolve_area"]

#: The named study areas (besides a geometry or None).
AREAS = ("auto", "guangzhou")
#: ``"auto"`` takes the cities holding at least this share of the points.
MIN_SHARE = 0.01


def resolve_area(area, x, y, crs: str):
    """``(polygon in crs, name)`` of the study area asked for (see the module notes); ``(None, "")``
    for none. ``x``/``y``: the points in ``crs`` (metres), for ``"auto"``."""
    import shapely

    if area is None:
        return None, ""
    if isinstance(area, str):
        key = area.lower()
        if key == "auto":
            return _cities_holding(x, y, crs)
        if key in ("guangzhou", "districts", "gz"):
            from gzmap.analysis.districts import study_area

            return study_area(crs), "guangzhou"
        raise AnalysisInputError(f"unknown study area {area!r}; use one of: {', '.join(AREAS)}, or a polygon")
    if hasattr(area, "to_crs"):
        return shapely.union_all(area.to_crs(crs).geometry.values), "polygon"
    return area, "polygon"


def _cities_holding(x, y, crs: str):
    """The union of the built-in GBA cities (projected to ``crs``) holding :data:`MIN_SHARE` of the points."""
    cities = gba_cities(crs)
    return cities_area(cities, city_counts(x, y, cities), np.asarray(x).size)


def city_counts(x, y, cities: list) -> np.ndarray:
    """How many of the points ``x``/``y`` (metres) lie in each of the ``cities`` polygons (same CRS)."""
    import shapely

    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    counts = np.zeros(len(cities), dtype=np.int64)
    for i, g in enumerate(cities):
        x0, y0, x1, y1 = g.bounds
        near = (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)
        counts[i] = int(shapely.contains_xy(g, x[near], y[near]).sum()) if near.any() else 0
    return counts


def cities_area(cities: list, counts, n: int):
    """``(union of the cities holding MIN_SHARE of the n points, "cities")``; ``(None, "")`` for none.
    ``counts`` may be summed over parts of the points (a distributed run)."""
    import shapely

    keep = [g for g, c in zip(cities, counts) if c >= MIN_SHARE * n]
    if not keep:
        return None, ""
    return shapely.union_all(keep), "cities"


def gba_cities(crs: str) -> list:
    """The built-in GBA city polygons projected to ``crs``, read as GeoJSON (no pandas: ``gzmap density``
    stays quick to start)."""
    import json

    import shapely
    from pyproj import Transformer

    from gzmap.io.builtin import GBA_FILE
    from gzmap.paths import geo_path

    to_crs = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    features = json.loads(geo_path(GBA_FILE).read_text(encoding="utf-8"))["features"]
    geoms = [shapely.from_geojson(json.dumps(f["geometry"])) for f in features if f.get("geometry")]
    return [
        shapely.transform(g, lambda c: np.column_stack(to_crs.transform(c[:, 0], c[:, 1])))
        for g in geoms
        if not g.is_empty
    ]


def cells_inside(area, transform, rows: int, cols: int) -> np.ndarray:
    """(rows, cols) bool: cells of the north-up grid ``transform`` (GDAL affine, metres) whose centre lies
    in ``area`` (a polygon or multipolygon in the grid's CRS)."""
    import shapely

    a, _, c, _, e, f = (float(v) for v in transform)
    inside = np.zeros((rows, cols), dtype=bool)
    simple = shapely.simplify(area, abs(a) / 4)  # a quarter cell: no centre changes side
    rings = shapely.get_rings(shapely.get_parts(simple))
    if not len(rings):
        return inside
    xy = [np.asarray(shapely.get_coordinates(r)) for r in rings]
    x0 = np.concatenate([p[:-1, 0] for p in xy])
    y0 = np.concatenate([p[:-1, 1] for p in xy])
    x1 = np.concatenate([p[1:, 0] for p in xy])
    y1 = np.concatenate([p[1:, 1] for p in xy])
    ys = f + e * (np.arange(rows) + 0.5)
    for r, yc in enumerate(ys):
        cross = (y0 <= yc) != (y1 <= yc)
        if not cross.any():
            continue
        xa, ya, xb, yb = x0[cross], y0[cross], x1[cross], y1[cross]
        xs = np.sort(xa + (yc - ya) * (xb - xa) / (yb - ya))
        first = np.ceil((xs[0::2] - c) / a - 0.5).astype(np.int64)
        last = np.floor((xs[1::2] - c) / a - 0.5).astype(np.int64)
        for lo, hi in zip(np.clip(first, 0, cols), np.clip(last, -1, cols - 1)):
            if hi >= lo:
                inside[r, lo : hi + 1] = True
    return inside
