"""The raster kind: a grid of values (a heat surface, a density), kept in the project file as an array."""

from __future__ import annotations

import numpy as np

from gzmap.core.grid import Grid
from gzmap.core.kinds.base import Hit
from gzmap.core.kinds.base import Layer
from gzmap.core.kinds.base import register_kind
from gzmap.core.schema import DATUM
from gzmap.core.schema import ListOf
from gzmap.core.schema import Number
from gzmap.core.schema import Obj
from gzmap.core.schema import Text

__all__ = ["RasterLayer"]


@register_kind
class RasterLayer(Layer):
    """A grid of values (a heat surface, a density) styled by a graduated ramp."""

    kind = "raster"
    legend_shape = "raster"
    description_schema = Obj(
        {
            "grid": Text(max_len=256, nonempty=True),
            "transform": ListOf(Number(), min_len=6, max_len=6),
            "crs": DATUM,
            "meta": Obj(nullable=True),
            "shape": ListOf(Number(0, 2**40, integer=True), max_len=8),
            "dtype": Text(max_len=64),
        },
        required=("grid", "transform"),
    )

    def __init__(self, grid: Grid, name_zh: str, name_en: str | None = None, **kw):
        super().__init__(name_zh, name_en, **kw)
        self.grid = grid

    def bounds(self):
        from gzmap.core.datums import convert

        c = self.grid.corners()
        lon, lat = convert(c[:, 0], c[:, 1], self.grid.crs, "wgs84")
        return float(lon.min()), float(lat.min()), float(lon.max()), float(lat.max())

    def legend_data(self):
        """The cells with a value (finite and above zero), in one column named after the style's field."""
        import pandas as pd

        vals = np.asarray(self.grid.values, dtype=float).ravel()
        column = getattr(self.style, "field", "") or "value"
        return pd.DataFrame({column: vals[np.isfinite(vals) & (vals > 0)]})

    def identify(self, lon: float, lat: float, tolerance_m: float = 0.0) -> Hit | None:
        """The value of the cell holding (lon, lat) (``values["value"]``), or None outside or on no data."""
        from gzmap.core.datums import convert

        x, y = convert(np.array([lon], dtype=float), np.array([lat], dtype=float), "wgs84", self.grid.crs)
        a, b, c, d, e, f = self.grid.transform
        det = a * e - b * d
        if det == 0:
            return None
        dx, dy = float(x[0]) - c, float(y[0]) - f
        col, row = (e * dx - b * dy) / det, (a * dy - d * dx) / det
        h, w = self.grid.values.shape
        if not (0 <= col < w and 0 <= row < h):
            return None
        value = float(self.grid.values[int(row), int(col)])
        return Hit(values={"value": value}) if np.isfinite(value) else None

    def to_description(self, store) -> dict:
        g = self.grid
        values = np.asarray(g.values)
        return {
            "grid": store.put_array(values),
            "transform": [float(v) for v in g.transform],
            "crs": g.crs,
            "meta": g.meta,
            "shape": list(values.shape),
            "dtype": str(values.dtype),
        }

    @classmethod
    def from_description(cls, d: dict, store, common: dict) -> RasterLayer:
        grid = Grid(
            store.get_array(d["grid"]), tuple(d["transform"]), d.get("crs", "EPSG:32649"), dict(d.get("meta") or {})
        )
        return cls(grid, d.get("name_zh") or "", d.get("name_en"), **common)
