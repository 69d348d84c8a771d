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
from gzmap.core.kinds import (
    Hit,
    Layer,
    LayerStore,
    RasterLayer,
    TileLayer,
    VectorLayer,
    checked_tile_bounds,
    is_layer_id,
    kind_class,
    layer_kinds,
    new_layer_id,
    register_kind,
    unregister_kind,
)
from gzmap.core.kinds.tiles import TILE_MAX_LAT

__all__ = [
    "Grid",
    "Hit",
    "Layer",
    "LayerStore",
    "RasterLayer",
    "TILE_MAX_LAT",
    "TileLayer",
    "VectorLayer",
    "checked_tile_bounds",
    "is_layer_id",
    "kind_class",
    "layer_kinds",
    "new_layer_id",
    "register_kind",
    "unregister_kind",
]
