"""Layers: a GeoDataFrame (or a raster grid, or a tile basemap) plus what a planner needs to know of it.

Vector data is stored in WGS84 (EPSG:4326). The datum the source file was in
is remembered in :attr:`Layer.source_datum`, and the source's own coordinate
columns are kept as ordinary attributes.

Each kind of layer implements one interface (:class:`Layer`: extent, legend,
identify, save/load) in its own module of :mod:`gzmap.core.kinds` and
registers itself; this module gathers the names the rest of GZMap imports.
"""

from __future__ import annotations

# Grid lives in its own module so analyses can return one without loading the layer machinery
from gzmap.core.grid import Grid  # also imported from here as gzmap.core.layer.Grid
from gzmap.core.kinds import *  # noqa: F403  (the kinds' public names, re-exported)
from gzmap.core.kinds import __all__ as _kinds_all
from gzmap.core.kinds.tiles import TILE_MAX_LAT

__all__ = ["Grid", "TILE_MAX_LAT", *_kinds_all]
