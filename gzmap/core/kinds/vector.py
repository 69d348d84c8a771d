"""The vector kind: features in a GeoDataFrame (EPSG:4326), kept in the project file as a table."""

from __future__ import annotations

from typing import Any

import numpy as np

from gzmap.core.kinds.base import Hit
from gzmap.core.kinds.base import Layer
from gzmap.core.kinds.base import register_kind
from gzmap.core.schema import DTYPE
from gzmap.core.schema import Bool
from gzmap.core.schema import ListOf
from gzmap.core.schema import Node
from gzmap.core.schema import Number
from gzmap.core.schema import Obj
from gzmap.core.schema import Scalar
from gzmap.core.schema import Text
from gzmap.core.schema import dtype_reason

__all__ = ["VectorLayer"]

_ENCODINGS = ("wkb", "iso", "ns", "json", "str")
_M_PER_DEGREE = 111_319.49  # Web Mercator metres per degree of longitude


def _column(depth: int = 0) -> Obj:
    """A column description (``inner`` is the description of a category column's values)."""
    fields: dict[str, Node] = {
        "dtype": DTYPE,
        "encoding": Text(choices=_ENCODINGS),
        "name": Scalar(),
        "name_type": Text(max_len=32),
        "stored": Text(max_len=1024, nonempty=True),
        "categories": ListOf(Scalar()),
        "ordered": Bool(),
        "categories_dtype": Text(max_len=64, nullable=True, test=dtype_reason),
        "lossy": Bool(),
    }
    if depth < 2:
        fields["inner"] = _column(depth + 1)
    return Obj(fields)


#: The fields the project file's frame store writes for a vector layer.
FRAME_SCHEMA = Obj(
    {
        "table": Text(max_len=1024, nonempty=True),
        "geometry_column": Scalar(),
        "columns": ListOf(_column()),
        "index": Obj(
            {
                "kind": Text(choices=("range", "column")),
                "start": Number(-(2**62), 2**62, integer=True),
                "step": Number(-(2**62), 2**62, integer=True),
                "name": Scalar(),
                "dtype": DTYPE,
                "encoding": Text(choices=_ENCODINGS),
            },
            test=lambda d: ("step", "must not be 0") if d.get("step") == 0 else None,
        ),
        "geometry_position": Number(0, 1_000_000, integer=True, nullable=True),
        "rows": Number(0, 2**53, integer=True),
        "crs": Text(max_len=64),
    },
    required=("table",),
)


@register_kind
class VectorLayer(Layer):
    """Features in a GeoDataFrame in EPSG:4326."""

    kind = "vector"
    description_schema = FRAME_SCHEMA

    def __init__(self, data, name_zh: str, name_en: str | None = None, **kw):
        super().__init__(name_zh, name_en, **kw)
        self._data = _ensure_wgs84(data)
        self._picking: tuple[Any, np.ndarray | None] | None = None  # (the GeoDataFrame, its point coordinates)
        self._shown: tuple[Any, ...] | None = None  # (data, filter, style, mask) of the last mask
        self._years: tuple[Any, dict[str, np.ndarray]] | None = None  # (data, {column: years})
        #: Why the filter could not be applied to the data (an ExpressionError/TimeFilterError), or None.
        self.filter_problem: Exception | None = None

    @property
    def data(self):
        """The features, a GeoDataFrame in EPSG:4326 (lon/lat degrees)."""
        return self._data

    @data.setter
    def data(self, gdf) -> None:
        self._data = _ensure_wgs84(gdf)
        self._selection = np.zeros(0, dtype=np.int64)
        self.changed.emit("data")

    @property
    def geometry_type(self) -> str:
        types = self._data.geom_type.dropna().unique()
        return types[0] if len(types) == 1 else ("Mixed" if len(types) else "Empty")

    def bounds(self):
        if len(self._data) == 0:
            return None
        b = self._data.total_bounds
        return None if not np.all(np.isfinite(b)) else tuple(float(v) for v in b)

    @property
    def legend_shape(self) -> str:
        gtype = self.geometry_type
        return "point" if "Point" in gtype else "line" if "Line" in gtype else "polygon"

    def legend_data(self):
        """The features the filter shows (the legend counts them)."""
        return self.shown_data()

    # -- the filter --------------------------------------------------------------------
    def shown_mask(self, categories: bool = True) -> np.ndarray | None:
        """Boolean array over the rows: those the filter shows, or None when all show. Cached per data,
        filter and style; a filter that does not fit the data (a field gone) shows all and is kept in
        :attr:`filter_problem`. ``categories``: False leaves out the legend's category toggles."""
        flt = self._filter
        if flt is None:
            return None
        key = (self._data, flt, self._style, categories)
        if self._shown is not None and all(a is b for a, b in zip(self._shown[:4], key)):
            return self._shown[4]
        try:
            mask = flt.mask(self._data, self._style, self.years, categories)
            self.filter_problem = None
        except ValueError as exc:  # ExpressionError / TimeFilterError: shown in the filter dialog
            mask, self.filter_problem = None, exc
        self._shown = (*key, mask)
        return mask

    def shown_rows(self) -> np.ndarray:
        """Row positions of the features the filter shows."""
        mask = self.shown_mask()
        return np.arange(len(self._data)) if mask is None else np.flatnonzero(mask)

    def shown_data(self):
        """The features the filter shows (the GeoDataFrame itself when it shows all)."""
        mask = self.shown_mask()
        return self._data if mask is None else self._data[mask]

    def years(self, column: str) -> np.ndarray:
        """Years of ``column`` (:func:`gzmap.core.time_filter.year_values`: floats, NaN where none),
        read once per data: a time slider then only compares numbers."""
        from gzmap.core.time_filter import year_values

        if self._years is None or self._years[0] is not self._data:
            self._years = (self._data, {})
        cache = self._years[1]
        if column not in cache:
            cache[column] = year_values(self._data[column])[0]
        return cache[column]

    def identify(self, lon: float, lat: float, tolerance_m: float = 0.0) -> Hit | None:
        """The feature at (lon, lat): for points the nearest within ``tolerance_m`` (Web Mercator
        metres), for other shapes the first that contains the point, else the first within the tolerance."""
        if len(self._data) == 0:
            return None
        points = self._point_coordinates()
        shown = self.shown_mask()
        row = (
            _nearest(points, lon, lat, tolerance_m, shown)
            if points is not None
            else _shape_at(self._data, lon, lat, tolerance_m, shown)
        )
        return None if row < 0 else Hit(row=row)

    def _point_coordinates(self):
        """(x, y) Web Mercator metres of the features when all are points (the renderer's rule), else None;
        computed once per GeoDataFrame, so a click on a million points stays instant."""
        if self._picking is None or self._picking[0] is not self._data:
            self._picking = (self._data, _point_coordinates(self._data))
        return self._picking[1]

    def to_description(self, store) -> dict:
        return store.put_frame(self._data, self.name_en, self.name_zh or self.name_en)

    @classmethod
    def from_description(cls, d: dict, store, common: dict) -> VectorLayer:
        return cls(store.get_frame(d), d.get("name_zh") or "", d.get("name_en"), **common)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"<VectorLayer {self.name_en!r} {len(self)} features>"


def _point_coordinates(gdf):
    """(x, y) Web Mercator metres (NaN where missing) when every present geometry is a point, else None."""
    import shapely

    from gzmap.core.viewport import lonlat_to_merc

    geoms = np.asarray(gdf.geometry.values)
    types = shapely.get_type_id(geoms)
    if not (types == 0).any() or not np.all(types[types >= 0] == 0):
        return None
    return lonlat_to_merc(shapely.get_x(geoms), shapely.get_y(geoms))


def _nearest(points, lon: float, lat: float, tolerance_m: float, shown=None) -> int:
    """Row of the point nearest (lon, lat) within ``tolerance_m`` Web Mercator metres (of the rows
    ``shown``, a boolean mask, when given), or -1."""
    from gzmap.core.viewport import lonlat_to_merc

    mx, my = points
    px, py = lonlat_to_merc(lon, lat)
    d2 = (mx - px) ** 2 + (my - py) ** 2
    d2[~np.isfinite(d2)] = np.inf
    if shown is not None:
        d2[~shown] = np.inf
    i = int(np.argmin(d2))
    return i if d2[i] <= tolerance_m**2 else -1


def _shape_at(gdf, lon: float, lat: float, tolerance_m: float, shown=None) -> int:
    """Row of the first shape containing (lon, lat), else of the first within ``tolerance_m``, or -1
    (of the rows ``shown``, a boolean mask, when given)."""
    import shapely

    where = shapely.Point(float(lon), float(lat))
    hits = gdf.sindex.query(where, predicate="intersects")
    if shown is not None:
        hits = hits[shown[hits]]
    if hits.size == 0 and tolerance_m > 0:
        hits = gdf.sindex.query(where.buffer(tolerance_m / _M_PER_DEGREE), predicate="intersects")
        if shown is not None:
            hits = hits[shown[hits]]
    return int(hits.min()) if hits.size else -1


def _ensure_wgs84(gdf):
    import geopandas as gpd

    if not isinstance(gdf, gpd.GeoDataFrame):
        raise TypeError("a vector layer needs a GeoDataFrame")
    if gdf.crs is None:
        return gdf.set_crs("EPSG:4326")
    if gdf.crs.to_epsg() != 4326:
        if gdf.crs.to_epsg() == 4490:  # CGCS2000: same coordinates to a few cm
            return gdf.set_crs("EPSG:4326", allow_override=True)
        return gdf.to_crs("EPSG:4326")
    return gdf
