"""Layer kinds: the interface (:mod:`gzmap.core.kinds.base`) and the built-in kinds.

A new kind is one module here (its class, decorated with ``@register_kind``)
plus its import line below; see ``docs/architecture/layer_kinds.md``.
"""

from gzmap.core.kinds.base import Hit
from gzmap.core.kinds.base import Layer
from gzmap.core.kinds.base import LayerStore
from gzmap.core.kinds.base import is_layer_id
from gzmap.core.kinds.base import kind_class
from gzmap.core.kinds.base import layer_kinds
from gzmap.core.kinds.base import new_layer_id
from gzmap.core.kinds.base import register_kind
from gzmap.core.kinds.base import unregister_kind
from gzmap.core.kinds.basemap import BasemapLayer
from gzmap.core.kinds.raster import RasterLayer
from gzmap.core.kinds.tiles import TileLayer
from gzmap.core.kinds.tiles import checked_tile_bounds
from gzmap.core.kinds.vector import VectorLayer

__all__ = [
    "BasemapLayer",
    "Hit",
    "Layer",
    "LayerStore",
    "RasterLayer",
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
