"""Layers: a GeoDataFrame (or a raster grid) plus what a planner needs to know of it.

Vector data is stored in WGS84 (EPSG:4326). The datum the source file was in
is remembered in :attr:`Layer.source_datum`, and the source's own coordinate
columns are kept as ordinary attributes.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

import numpy as np
from psygnal import Signal

# Grid lives in its own module so analyses can return one without loading the layer machinery
from gzmap.core.grid import Grid  # also imported from here as gzmap.core.layer.Grid
from gzmap.core.style import SingleStyle, Style

__all__ = ["Layer", "RasterLayer", "TileLayer", "VectorLayer", "checked_tile_bounds"]

TILE_MAX_LAT = 85.06  # degrees: the Web Mercator limit (85.0511) with room for rounding


def checked_tile_bounds(values) -> tuple[float, float, float, float] | None:
    """``values`` as (west, south, east, north) degrees if they are 4 finite numbers with
    -180 <= west < east <= 180 and -85.06 <= south < north <= 85.06; otherwise None."""
    try:
        if isinstance(values, (str, bytes)) or len(values) != 4:
            return None
        if any(isinstance(v, (bool, str, bytes)) for v in values):
            return None
        w, s, e, n = (float(v) for v in values)
    except (TypeError, ValueError, OverflowError):
        return None
    if not all(math.isfinite(v) for v in (w, s, e, n)):
        return None
    if not (-180 <= w < e <= 180 and -TILE_MAX_LAT <= s < n <= TILE_MAX_LAT):
        return None
    return w, s, e, n

_ids = itertools.count(1)


def _unit_interval(value) -> float:
    """``value`` clamped to 0–1; NaN (which no painter or CSS takes) counts as fully opaque."""
    value = float(value)
    return 1.0 if value != value else min(max(value, 0.0), 1.0)


class Layer:
    """Base of every layer kind.

    Parameters
    ----------
    name_zh, name_en
        Display names in Simplified Chinese and English.
    source
        Where the data came from (a file path, ``builtin:...`` or an analysis id).
    source_datum
        Datum of the source coordinates: ``wgs84``, ``gcj02``, ``bd09``,
        ``cgcs2000`` or ``EPSG:NNNN``.
    provenance
        Free-form facts shown to the user: ``source``, ``licence``,
        ``attribution``, ``synthetic`` (bool), analysis parameters, ...
    """

    #: Emitted with the name of what changed: "visible", "opacity", "style", "data", "name".
    changed = Signal(str)
    #: Emitted when the selected rows change.
    selection_changed = Signal()

    kind = "base"

    def __init__(self, name_zh: str, name_en: str | None = None, *, source: str = "",
                 source_datum: str = "wgs84", provenance: dict[str, Any] | None = None,
                 style: Style | None = None, visible: bool = True, opacity: float = 1.0):
        self.id = f"layer{next(_ids)}"
        self.name_zh = name_zh
        self.name_en = name_en or name_zh
        self.source = source
        self.source_datum = source_datum
        self.provenance = dict(provenance or {})
        self._style = style or SingleStyle()
        self._visible = visible
        self._opacity = _unit_interval(opacity)
        self._selection: np.ndarray = np.zeros(0, dtype=np.int64)

    def name(self, lang: str = "zh") -> str:
        return self.name_zh if lang.startswith("zh") else self.name_en

    def rename(self, name_zh: str, name_en: str | None = None) -> None:
        self.name_zh, self.name_en = name_zh, name_en or name_zh
        self.changed.emit("name")

    @property
    def visible(self) -> bool:
        return self._visible

    @visible.setter
    def visible(self, value: bool) -> None:
        if bool(value) != self._visible:
            self._visible = bool(value)
            self.changed.emit("visible")

    @property
    def opacity(self) -> float:
        """Layer opacity, 0 (transparent) to 1 (opaque)."""
        return self._opacity

    @opacity.setter
    def opacity(self, value: float) -> None:
        value = _unit_interval(value)
        if value != self._opacity:
            self._opacity = value
            self.changed.emit("opacity")

    @property
    def style(self) -> Style:
        return self._style

    @style.setter
    def style(self, value: Style) -> None:
        self._style = value
        self.changed.emit("style")

    # -- selection (row positions, not index labels) ------------------------
    @property
    def selection(self) -> np.ndarray:
        return self._selection

    def select(self, rows) -> None:
        rows = np.unique(np.asarray(list(rows) if not isinstance(rows, np.ndarray) else rows, dtype=np.int64))
        if not np.array_equal(rows, self._selection):
            self._selection = rows
            self.selection_changed.emit()

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(min lon, min lat, max lon, max lat) in WGS84 degrees, or None if empty."""
        raise NotImplementedError


class VectorLayer(Layer):
    """Features in a GeoDataFrame in EPSG:4326."""

    kind = "vector"

    def __init__(self, data, name_zh: str, name_en: str | None = None, **kw):
        super().__init__(name_zh, name_en, **kw)
        self._data = _ensure_wgs84(data)

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

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"<VectorLayer {self.name_en!r} {len(self)} features>"


class RasterLayer(Layer):
    """A grid of values (a heat surface, a density) styled by a graduated ramp."""

    kind = "raster"

    def __init__(self, grid: Grid, name_zh: str, name_en: str | None = None, **kw):
        super().__init__(name_zh, name_en, **kw)
        self.grid = grid

    def bounds(self):
        from gzmap.core.datums import convert

        c = self.grid.corners()
        lon, lat = convert(c[:, 0], c[:, 1], self.grid.crs, "wgs84")
        return float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())


class TileLayer(Layer):
    """A raster basemap of 256-pixel Web Mercator tiles (MBTiles file, XYZ folder
    or a cached online XYZ service), drawn under the vector layers.

    ``tile_source`` describes where the tiles are, as plain JSON-able data:
    ``{"type": "mbtiles" | "xyz" | "online", "path": ..., "url": ...,
    "scheme": "xyz" | "tms", "minzoom": int, "maxzoom": int}``
    (see :mod:`gzmap.io.tiles`). ``datum`` is the datum the tiles are drawn in:
    ``wgs84`` or ``gcj02`` (Amap/Tencent-style tiles); GCJ-02 tiles are warped
    back to WGS84 for display, so vector layers never move.
    ``tile_bounds`` is (min lon, min lat, max lon, max lat) in the tiles' datum
    when known; bounds that are not 4 finite degrees in range (see
    :func:`checked_tile_bounds`) are dropped.
    """

    kind = "tiles"

    def __init__(self, tile_source: dict[str, Any], name_zh: str, name_en: str | None = None, *,
                 datum: str = "wgs84", tile_bounds: tuple[float, float, float, float] | None = None, **kw):
        kw.setdefault("source", str(tile_source.get("path") or tile_source.get("url") or ""))
        kw.setdefault("source_datum", datum)
        super().__init__(name_zh, name_en, **kw)
        self.tile_source = dict(tile_source)
        self.datum = datum
        self.tile_bounds = checked_tile_bounds(tile_bounds) if tile_bounds is not None else None

    def bounds(self):
        """The tiles' extent in WGS84 degrees, or None when the source does not say."""
        if self.tile_bounds is None:
            return None
        from gzmap.core.datums import convert

        b = self.tile_bounds
        lon, lat = convert(np.array([b[0], b[2]]), np.array([b[1], b[3]]), self.datum, "wgs84")
        return float(lon[0]), float(lat[0]), float(lon[1]), float(lat[1])

    def __repr__(self) -> str:
        return f"<TileLayer {self.name_en!r} {self.tile_source.get('type')} {self.datum}>"


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
