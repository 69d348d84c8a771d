"""Select by location: the features in a district, or within a distance of a point or of a layer.

A feature counts by its own position when it is a point and by a point on its
surface otherwise (a district "has" an enterprise, or a park, when that point
lies inside it). Inputs are WGS84 (EPSG:4326) degrees; distances are metres:
to a point geodesic on the WGS84 ellipsoid (:func:`gzmap.analysis.search.within_distance`),
to a layer measured in UTM zone 49N (EPSG:32649, Guangzhou's metric CRS; under
0.1 % scale error across the city). Results are row positions, sorted.
"""

from __future__ import annotations

import numpy as np

__all__ = ["MODES", "combine", "rows_in_area", "rows_near_layer", "rows_near_point"]

#: How a new selection meets the current one: replace it, add to it, keep only what is in both, take away.
MODES = ("new", "add", "within", "remove")
METRIC_CRS = "EPSG:32649"


def _anchor_points(gdf):
    """A point per feature (the point itself, or a point on its surface); empty/missing stay empty."""
    import shapely

    geoms = np.asarray(gdf.geometry.values)
    types = shapely.get_type_id(geoms)
    if np.all((types == 0) | (types < 0)):
        return geoms
    return shapely.point_on_surface(geoms)


def rows_in_area(gdf, area) -> np.ndarray:
    """Rows of ``gdf`` whose point (see the module's docstring) lies in ``area`` (a shapely polygon, WGS84)."""
    import shapely

    points = _anchor_points(gdf)
    shapely.prepare(area)
    x, y = shapely.get_x(points), shapely.get_y(points)
    ok = np.isfinite(x) & np.isfinite(y)
    inside = np.zeros(len(points), dtype=bool)
    inside[ok] = shapely.contains_xy(area, x[ok], y[ok])
    return np.flatnonzero(inside)


def rows_near_point(gdf, lon: float, lat: float, metres: float) -> np.ndarray:
    """Rows of ``gdf`` within ``metres`` (geodesic) of (lon, lat) WGS84 degrees."""
    from gzmap.analysis.search import within_distance

    return np.sort(within_distance(gdf, lon, lat, metres)["row"].to_numpy(dtype=np.int64))


def rows_near_layer(gdf, targets, metres: float) -> np.ndarray:
    """Rows of ``gdf`` whose point lies within ``metres`` of any feature of ``targets`` (a GeoDataFrame,
    WGS84), measured in UTM 49N."""
    import geopandas as gpd

    if metres < 0 or not np.isfinite(metres):
        raise ValueError("the distance must be a positive number of metres")
    points = gpd.GeoSeries(_anchor_points(gdf), crs="EPSG:4326").to_crs(METRIC_CRS)
    shapes = gpd.GeoSeries(targets.geometry.values, crs="EPSG:4326").to_crs(METRIC_CRS)
    shapes = shapes[~(shapes.is_empty | shapes.isna())]
    if not len(shapes) or not len(points):
        return np.zeros(0, dtype=np.int64)
    hits = shapes.sindex.query(points.values, predicate="dwithin", distance=float(metres))
    return np.unique(hits[0]).astype(np.int64)


def combine(current, found, mode: str = "new") -> np.ndarray:
    """The selection after ``found`` rows meet the ``current`` ones by ``mode`` (see :data:`MODES`)."""
    current = np.asarray(current, dtype=np.int64)
    found = np.asarray(found, dtype=np.int64)
    if mode == "add":
        return np.union1d(current, found)
    if mode == "within":
        return np.intersect1d(current, found)
    if mode == "remove":
        return np.setdiff1d(current, found)
    if mode != "new":
        raise ValueError(f"unknown selection mode {mode!r}; one of {', '.join(MODES)}")
    return np.unique(found)
