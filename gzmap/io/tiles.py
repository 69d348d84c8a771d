"""Offline raster tiles: MBTiles files, XYZ tile folders and a disk cache of online tiles.

All three serve 256-pixel PNG/JPEG/WebP tiles of the spherical Web Mercator
grid (EPSG:3857) addressed as (z, x, y) with y = 0 at the north, the
"XYZ"/slippy-map convention. Differences handled here:

* MBTiles (https://github.com/mapbox/mbtiles-spec) store rows in TMS order:
  ``tile_row = 2**z - 1 - y``.
* Tile folders are ``{z}/{x}/{y}.png`` (XYZ) or TMS-ordered folders such as
  gdal2tiles output (detected from its ``tilemapresource.xml``).
* Online XYZ services (a URL template with ``{z}``, ``{x}``, ``{y}``) are only
  ever read from a disk cache under ``<user data>/tiles``; the network is used
  only when asked: :meth:`CachedOnlineSource.fetch` /
  :meth:`CachedOnlineSource.prefill` (before going to the field), with a
  ``fetcher`` that tests replace by a fake one.

Each tile set has a datum: ``wgs84`` (OpenStreetMap-style) or ``gcj02``
(Amap/Tencent-style, whose imagery is offset by the GCJ-02 shift). Sources
return encoded image bytes; decoding and drawing are in
:mod:`gzmap.render.tiles`.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import sqlite3
import threading
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from gzmap.core.datums import normalize_datum
from gzmap.core.layer import TileLayer
from gzmap.core.progress import report
from gzmap.core.viewport import MAX_LAT, R_EARTH, lonlat_to_merc

__all__ = [
    "CachedOnlineSource",
    "MBTilesSource",
    "TILE_DATUMS",
    "TileError",
    "TileSource",
    "XYZFolderSource",
    "count_tiles",
    "mbtiles_layer",
    "online_layer",
    "open_tile_source",
    "tile_bounds_merc",
    "tile_range",
    "tiles_in_bounds",
    "xyz_folder_layer",
]

TILE_SIZE = 256
WORLD = 2 * math.pi * R_EARTH       # Web Mercator world width, metres
TILE_DATUMS = ("wgs84", "gcj02")
RASTER_FORMATS = {"png", "jpg", "jpeg", "webp"}


class TileError(ValueError):
    """A tile set that cannot be used; the message says which file and why."""


# -- tile arithmetic -------------------------------------------------------------------

def tile_bounds_merc(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) Web Mercator metres of XYZ tile (z, x, y)."""
    size = WORLD / (1 << z)
    x0 = -WORLD / 2 + x * size
    y1 = WORLD / 2 - y * size
    return x0, y1 - size, x0 + size, y1


def tile_range(merc_bounds, z: int) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1) inclusive tile indices at zoom ``z`` covering Mercator ``merc_bounds``."""
    xmin, ymin, xmax, ymax = merc_bounds
    n = 1 << z
    size = WORLD / n
    x0 = int(math.floor((xmin + WORLD / 2) / size))
    x1 = int(math.floor((xmax + WORLD / 2) / size))
    y0 = int(math.floor((WORLD / 2 - ymax) / size))
    y1 = int(math.floor((WORLD / 2 - ymin) / size))
    clamp = lambda v: max(0, min(n - 1, v))  # noqa: E731
    return clamp(x0), clamp(y0), clamp(x1), clamp(y1)


def tiles_in_bounds(bounds, zmin: int, zmax: int) -> Iterator[tuple[int, int, int]]:
    """Every (z, x, y) covering ``bounds`` (min lon, min lat, max lon, max lat degrees, in the
    tiles' datum) for zooms ``zmin``..``zmax``."""
    lon0, lat0, lon1, lat1 = bounds
    mx, my = lonlat_to_merc([lon0, lon1], [max(lat0, -MAX_LAT), min(lat1, MAX_LAT)])
    for z in range(int(zmin), int(zmax) + 1):
        x0, y0, x1, y1 = tile_range((mx[0], my[0], mx[1], my[1]), z)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                yield z, x, y


def count_tiles(bounds, zmin: int, zmax: int) -> int:
    """How many tiles :func:`tiles_in_bounds` yields (without listing them)."""
    lon0, lat0, lon1, lat1 = bounds
    mx, my = lonlat_to_merc([lon0, lon1], [max(lat0, -MAX_LAT), min(lat1, MAX_LAT)])
    total = 0
    for z in range(int(zmin), int(zmax) + 1):
        x0, y0, x1, y1 = tile_range((mx[0], my[0], mx[1], my[1]), z)
        total += (x1 - x0 + 1) * (y1 - y0 + 1)
    return total


def zoom_for_resolution(resolution: float) -> float:
    """The (fractional) tile zoom whose pixels are ``resolution`` Mercator metres."""
    return math.log2(WORLD / (TILE_SIZE * max(resolution, 1e-9)))


def _image_format(data: bytes) -> str | None:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[:3] == b"\xff\xd8\xff":
        return "jpg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


# -- sources ---------------------------------------------------------------------------

class TileSource:
    """Base: ``tile(z, x, y)`` returns encoded image bytes or None (no tile there)."""

    minzoom: int = 0
    maxzoom: int = 19
    bounds: tuple[float, float, float, float] | None = None   # degrees, in the tiles' datum
    name: str = ""

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class MBTilesSource(TileSource):
    """A raster MBTiles file (SQLite; rows in TMS order), opened read-only."""

    def __init__(self, path):
        self.path = Path(path)
        if not self.path.is_file():
            raise TileError(f"{self.path}: no such MBTiles file")
        with open(self.path, "rb") as fh:
            if not fh.read(16).startswith(b"SQLite format 3"):
                raise TileError(f"{self.path.name} is not an MBTiles file (not an SQLite database)")
        self._lock = threading.Lock()
        try:
            self._con = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            names = {r[0] for r in self._con.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
        except sqlite3.DatabaseError as exc:
            raise TileError(f"{self.path.name} cannot be read as MBTiles ({exc})") from exc
        if "tiles" not in names:
            raise TileError(f"{self.path.name} is not an MBTiles file (no 'tiles' table)")
        meta: dict[str, str] = {}
        if "metadata" in names:
            try:
                meta = {str(k): str(v) for k, v in self._con.execute("SELECT name, value FROM metadata")}
            except sqlite3.DatabaseError:
                meta = {}
        self.metadata = meta
        fmt = meta.get("format", "").lower()
        if fmt in ("pbf", "mvt"):
            raise TileError(f"{self.path.name} holds vector tiles (pbf); GZMap draws raster MBTiles "
                            "(png/jpg/webp) only")
        if fmt and fmt not in RASTER_FORMATS:
            raise TileError(f"{self.path.name}: tile format '{fmt}' is not supported (png, jpg or webp)")
        self.name = meta.get("name") or self.path.stem
        try:
            zmin, zmax = self._con.execute("SELECT min(zoom_level), max(zoom_level) FROM tiles").fetchone()
        except sqlite3.DatabaseError as exc:
            raise TileError(f"{self.path.name}: the tiles table cannot be read ({exc})") from exc
        if zmin is None:
            raise TileError(f"{self.path.name} holds no tiles")
        self.minzoom = int(meta.get("minzoom", zmin) or zmin)
        self.maxzoom = int(meta.get("maxzoom", zmax) or zmax)
        self.bounds = None
        if meta.get("bounds"):
            try:
                b = [float(v) for v in meta["bounds"].split(",")]
                if len(b) == 4:
                    self.bounds = (b[0], b[1], b[2], b[3])
            except ValueError:
                pass

    def tile(self, z, x, y):
        row = (1 << z) - 1 - y  # TMS row order (MBTiles spec)
        with self._lock:
            r = self._con.execute("SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                                  (int(z), int(x), int(row))).fetchone()
        return bytes(r[0]) if r and r[0] is not None else None

    def close(self):
        with self._lock:
            self._con.close()


class XYZFolderSource(TileSource):
    """A folder of ``{z}/{x}/{y}.<png|jpg|webp>`` tiles (``scheme='tms'`` flips y)."""

    def __init__(self, path, scheme: str | None = None):
        self.path = Path(path)
        if not self.path.is_dir():
            raise TileError(f"{self.path}: no such tile folder")
        zooms = sorted(int(p.name) for p in self.path.iterdir() if p.is_dir() and p.name.isdigit())
        if not zooms:
            raise TileError(f"{self.path} is not a tile folder (no numbered zoom folders like 12/)")
        self.minzoom, self.maxzoom = zooms[0], zooms[-1]
        if scheme is None:
            scheme = "tms" if (self.path / "tilemapresource.xml").exists() else "xyz"
        if scheme not in ("xyz", "tms"):
            raise TileError(f"tile scheme must be 'xyz' or 'tms', not {scheme!r}")
        self.scheme = scheme
        self.ext = None
        for zdir in (self.path / str(z) for z in zooms):
            for xdir in zdir.iterdir():
                if xdir.is_dir():
                    for f in xdir.iterdir():
                        if f.suffix.lower().lstrip(".") in RASTER_FORMATS:
                            self.ext = f.suffix
                            break
                if self.ext:
                    break
            if self.ext:
                break
        if self.ext is None:
            raise TileError(f"{self.path} holds no .png/.jpg/.webp tiles")
        self.name = self.path.name

    def tile(self, z, x, y):
        row = (1 << z) - 1 - y if self.scheme == "tms" else y
        p = self.path / str(z) / str(x) / f"{row}{self.ext}"
        try:
            return p.read_bytes()
        except OSError:
            return None


def default_fetcher(url: str, timeout: float = 15.0) -> bytes:
    """Download ``url`` (used only by an explicit fetch/pre-fill)."""
    import urllib.request

    from gzmap import __version__

    req = urllib.request.Request(url, headers={"User-Agent": f"GZMap/{__version__} (offline tile cache)"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (the user gave the URL)
        return resp.read()


class CachedOnlineSource(TileSource):
    """An online XYZ service read through a disk cache that never expires.

    ``tile()`` only reads the cache (drawing never touches the network);
    :meth:`fetch` and :meth:`prefill` download, with ``fetcher(url) -> bytes``.
    ``url`` has ``{z}``, ``{x}``, ``{y}`` and optionally ``{s}`` (subdomains).
    """

    def __init__(self, url: str, cache_dir=None, fetcher: Callable[[str], bytes] | None = None,
                 minzoom: int = 0, maxzoom: int = 18, subdomains: str = "abc"):
        if not all(k in url for k in ("{z}", "{x}", "{y}")):
            raise TileError(f"a tile URL needs {{z}}, {{x}} and {{y}}: {url}")
        self.url = url
        key = hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
        if cache_dir is None:
            from gzmap.paths import user_data_dir

            cache_dir = user_data_dir() / "tiles" / key
        self.cache_dir = Path(cache_dir)
        self.fetcher = fetcher or default_fetcher
        self.minzoom, self.maxzoom = int(minzoom), int(maxzoom)
        self.subdomains = subdomains or "a"
        self.name = url.split("/")[2] if "//" in url else url

    def _path(self, z, x, y) -> Path:
        return self.cache_dir / str(z) / str(x) / f"{y}.tile"

    def tile(self, z, x, y):
        try:
            return self._path(z, x, y).read_bytes()
        except OSError:
            return None

    def has(self, z, x, y) -> bool:
        return self._path(z, x, y).exists()

    def tile_url(self, z, x, y) -> str:
        s = self.subdomains[(x + y) % len(self.subdomains)]
        return self.url.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y)).replace("{s}", s)

    def fetch(self, z, x, y) -> bytes:
        """Download one tile into the cache (network); returns its bytes."""
        data = self.fetcher(self.tile_url(z, x, y))
        if not data or _image_format(data) is None:
            raise TileError(f"{self.tile_url(z, x, y)} did not return a PNG/JPEG/WebP image")
        p = self._path(z, x, y)
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(f".{p.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, p)
        return data

    def prefill(self, bounds, zmin: int, zmax: int, progress=None, max_tiles: int = 20000) -> dict:
        """Download every missing tile of ``bounds`` (degrees, tiles' datum) for zooms zmin..zmax.

        Refuses more than ``max_tiles`` tiles (tile servers limit bulk downloads; a district at
        zoom 17 is already ~10,000 tiles). Returns counts: ``{"total", "fetched", "cached", "failed"}``.
        """
        zmin, zmax = max(int(zmin), self.minzoom), min(int(zmax), self.maxzoom)
        total = count_tiles(bounds, zmin, zmax)
        if total > max_tiles:
            raise TileError(f"{total:,} tiles for zooms {zmin}–{zmax} is more than the limit of {max_tiles:,}; "
                            "choose a smaller area or fewer zoom levels")
        counts = {"total": total, "fetched": 0, "cached": 0, "failed": 0}
        errors: list[str] = []
        for i, (z, x, y) in enumerate(tiles_in_bounds(bounds, zmin, zmax)):
            report(progress, i / max(total, 1), f"{i}/{total}")
            if self.has(z, x, y):
                counts["cached"] += 1
                continue
            try:
                self.fetch(z, x, y)
                counts["fetched"] += 1
            except Exception as exc:  # a network error on one tile must not stop the others
                counts["failed"] += 1
                if len(errors) < 3:
                    errors.append(str(exc))
        counts["errors"] = errors
        report(progress, 1.0, "done")
        return counts


# -- specs and layers ----------------------------------------------------------------------

_sources: dict[str, TileSource] = {}
_sources_lock = threading.Lock()


def open_tile_source(spec: dict) -> TileSource:
    """The (shared, cached) source for a :attr:`TileLayer.tile_source` spec."""
    key = json.dumps({k: v for k, v in spec.items() if k not in ("missing",)}, sort_keys=True, default=str)
    with _sources_lock:
        src = _sources.get(key)
        if src is None:
            kind = spec.get("type")
            if kind == "mbtiles":
                src = MBTilesSource(spec["path"])
            elif kind == "xyz":
                src = XYZFolderSource(spec["path"], spec.get("scheme"))
            elif kind == "online":
                src = CachedOnlineSource(spec["url"], spec.get("cache_dir"), minzoom=spec.get("minzoom", 0),
                                         maxzoom=spec.get("maxzoom", 18))
            else:
                raise TileError(f"unknown tile source type {kind!r}")
            _sources[key] = src
        return src


def close_tile_sources() -> None:
    with _sources_lock:
        for s in _sources.values():
            s.close()
        _sources.clear()


def _check_datum(datum: str) -> str:
    d = normalize_datum(datum)
    if d not in TILE_DATUMS:
        raise TileError(f"tile datum must be wgs84 or gcj02, not {datum!r}")
    return d


def mbtiles_layer(path, datum: str = "wgs84", name_zh: str | None = None, name_en: str | None = None) -> TileLayer:
    """A basemap layer over an MBTiles file (raster tiles) in ``datum`` (wgs84 or gcj02)."""
    datum = _check_datum(datum)
    path = Path(path).absolute()
    src = MBTilesSource(path)
    spec = {"type": "mbtiles", "path": str(path), "minzoom": src.minzoom, "maxzoom": src.maxzoom}
    prov = {"source": path.name, "attribution": src.metadata.get("attribution", ""), "datum": datum}
    return TileLayer(spec, name_zh or src.name, name_en or src.name, datum=datum, tile_bounds=src.bounds,
                     provenance=prov)


def xyz_folder_layer(path, datum: str = "wgs84", scheme: str | None = None, name_zh: str | None = None,
                     name_en: str | None = None) -> TileLayer:
    """A basemap layer over a folder of ``{z}/{x}/{y}`` tiles in ``datum``."""
    datum = _check_datum(datum)
    path = Path(path).absolute()
    src = XYZFolderSource(path, scheme)
    spec = {"type": "xyz", "path": str(path), "scheme": src.scheme, "minzoom": src.minzoom, "maxzoom": src.maxzoom}
    return TileLayer(spec, name_zh or path.name, name_en or path.name, datum=datum,
                     provenance={"source": path.name, "datum": datum})


def online_layer(url: str, datum: str = "wgs84", name_zh: str | None = None, name_en: str | None = None,
                 minzoom: int = 0, maxzoom: int = 18, attribution: str = "") -> TileLayer:
    """A basemap layer over an online XYZ service, drawn from the disk cache only."""
    datum = _check_datum(datum)
    src = CachedOnlineSource(url, minzoom=minzoom, maxzoom=maxzoom)
    spec = {"type": "online", "url": url, "minzoom": int(minzoom), "maxzoom": int(maxzoom)}
    return TileLayer(spec, name_zh or src.name, name_en or src.name, datum=datum,
                     provenance={"source": url, "attribution": attribution, "datum": datum})


def view_tiles(layer: TileLayer, merc_extent, resolution: float, max_tiles: int = 400):
    """(z, [(x, y), ...]) tiles of ``layer`` that cover a view (Web Mercator extent in metres,
    WGS84) at ``resolution`` metres per pixel; the extent is moved into the tiles' datum."""
    from gzmap.core.datums import convert
    from gzmap.core.viewport import merc_to_lonlat

    spec = layer.tile_source
    zmin, zmax = int(spec.get("minzoom", 0)), int(spec.get("maxzoom", 19))
    z = int(round(zoom_for_resolution(resolution) - 0.2))
    z = max(zmin, min(zmax, z))
    x0, y0, x1, y1 = merc_extent
    xs = np.array([x0, x1, x1, x0, (x0 + x1) / 2, (x0 + x1) / 2, x0, x1])
    ys = np.array([y0, y0, y1, y1, y0, y1, (y0 + y1) / 2, (y0 + y1) / 2])
    lon, lat = merc_to_lonlat(xs, ys)
    if layer.datum != "wgs84":
        lon, lat = convert(lon, lat, "wgs84", layer.datum)
    mx, my = lonlat_to_merc(lon, lat)
    box = (float(mx.min()), float(my.min()), float(mx.max()), float(my.max()))
    while True:
        tx0, ty0, tx1, ty1 = tile_range(box, z)
        if (tx1 - tx0 + 1) * (ty1 - ty0 + 1) <= max_tiles or z <= zmin:
            break
        z -= 1
    return z, [(x, y) for y in range(ty0, ty1 + 1) for x in range(tx0, tx1 + 1)]
