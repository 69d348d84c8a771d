"""The tiles kind: a raster basemap of Web Mercator tiles, linked (not copied) from the project file."""

from __future__ import annotations

import math
import os
import re
from pathlib import Path
from typing import Any

import numpy as np

from gzmap.core.kinds.base import Layer
from gzmap.core.kinds.base import register_kind
from gzmap.core.schema import Bool
from gzmap.core.schema import Box
from gzmap.core.schema import Number
from gzmap.core.schema import Obj
from gzmap.core.schema import Text
from gzmap.core.schema import is_number

__all__ = ["MAX_ZOOM", "TILE_MAX_LAT", "TileLayer", "checked_tile_bounds"]

TILE_MAX_LAT = 85.06  # degrees: the Web Mercator limit (85.0511) with room for rounding
#: Highest tile zoom level.
MAX_ZOOM = 24


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


def _zooms(src: dict) -> tuple[str, str] | None:
    lo, hi = src.get("minzoom"), src.get("maxzoom")
    if is_number(lo) and is_number(hi) and lo > hi:
        return "minzoom", "must not be above maxzoom"
    return None


def _tile_url(text: str) -> str | None:
    if not re.match(r"https?://[^/\s]+/", text) or not all(k in text for k in ("{z}", "{x}", "{y}")):
        return "must be an http(s) address with {z}, {x} and {y}"
    return None


_ZOOM = Number(0, MAX_ZOOM, integer=True)

TILE_SOURCE = Obj(
    {
        "type": Text(choices=("mbtiles", "xyz", "online")),
        "path": Text(max_len=4096, nullable=True),
        "relative_path": Text(max_len=4096, nullable=True),
        "url": Text(max_len=4096, nullable=True, test=_tile_url),
        "cache_dir": Text(max_len=4096, nullable=True),
        "scheme": Text(choices=("xyz", "tms"), nullable=True),
        "minzoom": _ZOOM,
        "maxzoom": _ZOOM,
        "missing": Bool(),
    },
    required=("type",),
    test=_zooms,
)


@register_kind
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

    In a project file the tiles are linked, not copied (an MBTiles file can hold
    gigabytes); a link that cannot be followed leaves the layer "tiles missing"
    (``tile_source["missing"]``) with the link kept as written (``tile_source["link"]``).
    """

    kind = "tiles"
    description_schema = Obj(
        {
            "tile_source": TILE_SOURCE,
            "datum": Text(choices=("wgs84", "gcj02")),
            "tile_bounds": Box(),
        },
        required=("tile_source",),
    )

    def __init__(
        self,
        tile_source: dict[str, Any],
        name_zh: str,
        name_en: str | None = None,
        *,
        datum: str = "wgs84",
        tile_bounds: tuple[float, float, float, float] | None = None,
        **kw,
    ):
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

    def legend_entries(self):
        return []  # a basemap has no legend

    def to_description(self, store) -> dict:
        src = dict(self.tile_source)
        link = src.pop("link", None)
        src.pop("missing", None)
        if src.get("path"):
            src.pop("relative_path", None)
            src.update(store.link_out(src["path"]))
        elif isinstance(link, dict):  # tiles missing: keep the link as the file had it
            src.update({k: v for k, v in link.items() if k in ("path", "relative_path")})
        bounds = None
        if self.tile_bounds is not None:
            bounds = checked_tile_bounds(self.tile_bounds)
            if bounds is None:
                store.warn(
                    f"basemap '{self.name_en}': its bounds {self.tile_bounds} are not finite numbers; "
                    "saved without bounds"
                )
        return {"tile_source": src, "datum": self.datum, "tile_bounds": list(bounds) if bounds else None}

    @classmethod
    def from_description(cls, d: dict, store, common: dict) -> TileLayer:
        name = str(d.get("name_zh") or d.get("name_en") or "?")[:80]
        src = _linked_source(dict(d.get("tile_source") or {}), name, store)
        common = dict(
            common, source=d.get("source") or "", source_datum=d.get("source_datum") or d.get("datum") or "wgs84"
        )
        return cls(
            src,
            d.get("name_zh") or "",
            d.get("name_en"),
            datum=d.get("datum") or "wgs84",
            tile_bounds=tuple(d["tile_bounds"]) if d.get("tile_bounds") else None,
            **common,
        )

    def __repr__(self) -> str:
        return f"<TileLayer {self.name_en!r} {self.tile_source.get('type')} {self.datum}>"


def _linked_source(src: dict, name: str, store) -> dict:
    """The tile source of a loaded basemap: its file where the store may open it, else marked
    ``missing`` with the link kept as written (``link``); a cache folder outside GZMap's tile cache
    is dropped (the usual cache is used)."""
    link = {k: src.pop(k) for k in ("path", "relative_path") if k in src}
    src.pop("missing", None)
    src.pop("link", None)
    if src.get("cache_dir") is not None and not _in_tile_cache(src["cache_dir"]):
        src.pop("cache_dir")
        store.warn(f"basemap '{name}': its cache folder is outside GZMap's tile cache; the usual cache is used instead")
    if src.get("type") not in ("mbtiles", "xyz"):
        return src
    found = store.link_in(link, f"basemap '{name}'")
    if found is not None:
        src["path"] = found
        return src
    src.update(path=None, missing=True, link=link)
    return src


def _in_tile_cache(text) -> bool:
    """True when ``text`` is a folder inside GZMap's tile cache, as written and with links resolved."""
    from gzmap.paths import tile_cache_dir

    if not isinstance(text, str) or not text or "\x00" in text or not Path(text).is_absolute():
        return False
    cache = Path(os.path.normpath(tile_cache_dir()))
    lexical = Path(os.path.normpath(text))
    if not any(lexical == r or r in lexical.parents for r in (cache, cache.resolve())):
        return False
    real, root = lexical.resolve(), cache.resolve()
    return real == root or root in real.parents
