"""A georeferenced grid of values (a density surface, a raster layer's data).

Kept apart from :mod:`gzmap.core.layer` so that headless analyses can build
one with numpy alone; :mod:`gzmap.core.layer` re-exports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Any

import numpy as np

__all__ = ["Grid"]


@dataclass
class Grid:
    """A georeferenced grid of values.

    ``transform`` is the GDAL/rasterio affine (a, b, c, d, e, f):
    x = a*col + b*row + c, y = d*col + e*row + f, in the units of ``crs``
    (metres for EPSG:32649). Cells holding NaN are no data.
    """

    values: np.ndarray
    transform: tuple[float, float, float, float, float, float]
    crs: str = "EPSG:32649"
    meta: dict[str, Any] = field(default_factory=dict)

    def corners(self) -> np.ndarray:
        """(4, 2) corner coordinates in ``crs``: top-left, top-right, bottom-right, bottom-left."""
        a, b, c, d, e, f = self.transform
        h, w = self.values.shape
        cols = np.array([0, w, w, 0], dtype=float)
        rows = np.array([0, 0, h, h], dtype=float)
        return np.column_stack([a * cols + b * rows + c, d * cols + e * rows + f])
