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

Tile sets come from others (e-mail, USB sticks) and are untrusted: MBTiles
files are opened read-only and every SQLite statement runs under a time limit
(:data:`SQL_TIME_LIMIT`), so a recursive view cannot hang the app; metadata
values over 64 KB are never loaded; zooms and bounds are validated; a tile is
used only when its bytes are a PNG, JPEG, WebP or GIF image under
:data:`MAX_TILE_BYTES` (never SVG or anything a plugin might interpret). What
goes wrong is a :class:`TileError` (one line naming the file) or, for things
the rest of the tile set survives, a one-line warning collected by
:func:`take_tile_problems` for the CLI and the window to show.

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
import re
import sqlite3
import stat
import threading
import time
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from gzmap.core.datums import normalize_datum
from gzmap.core.layer import TileLayer
from gzmap.core.layer import checked_tile_bounds
from gzmap.core.progress import report
from gzmap.core.viewport import MAX_LAT
from gzmap.core.viewport import R_EARTH
from gzmap.core.viewport import lonlat_to_merc
from gzmap.io.errors import first_line

__all__ = [
    "CachedOnlineSource",
    "MAX_TILE_BYTES",
    "MAX_ZOOM",
    "MBTilesSource",
    "SQL_TIME_LIMIT",
    "TILE_DATUMS",
    "TileError",
    "TileSource",
    "XYZFolderSource",
    "check_tile_layers",
    "count_tiles",
    "mbtiles_layer",
    "note_tile_problem",
    "online_layer",
    "open_tile_source",
    "spec_zoom_range",
    "take_tile_problems",
    "tile_bounds_merc",
    "tile_format",
    "tile_range",
    "tiles_in_bounds",
    "xyz_folder_layer",
]

TILE_SIZE = 256
WORLD = 2 * math.pi * R_EARTH  # Web Mercator world width, metres
TILE_DATUMS = ("wgs84", "gcj02")
RASTER_FORMATS = {"png", "jpg", "jpeg", "webp", "gif"}
MAX_ZOOM = 24  # deepest zoom level read or drawn (~1 cm pixels)
SQL_TIME_LIMIT = 5.0  # seconds one SQLite statement may run (tests lower it)
MAX_METADATA_VALUE = 65536  # characters (bytes for blobs) of one metadata value
MAX_METADATA_ROWS = 1000
MAX_TILE_BYTES = 4 * 1024 * 1024  # bytes of one encoded tile
_PROGRESS_STEPS = 20_000  # SQLite VM instructions between two looks at the clock


class TileError(ValueError):
    """A tile set that cannot be used; the message is one line naming the file and why."""


# -- problems the rest of a tile set survives -------------------------------------------

_problems: list[str] = []
_problems_seen: set[str] = set()
_bad_sources: list[TileSource] = []
_problems_lock = threading.Lock()


def note_tile_problem(message: str) -> None:
    """Record a one-line warning (each distinct message once) for :func:`take_tile_problems`."""
    with _problems_lock:
        if message not in _problems_seen:
            _problems_seen.add(message)
            _problems.append(message)


def take_tile_problems() -> list[str]:
    """The one-line warnings recorded since the last call (each names its file), oldest first.

    Skipped tiles are summarised once per tile set, with how many were skipped so far."""
    with _problems_lock:
        out, sources = list(_problems), list(_bad_sources)
        _problems.clear()
        _bad_sources.clear()
    out += [s.bad_tile_summary() for s in sources]
    return out


def _shown(value, limit: int = 40) -> str:
    """A metadata value as it may appear inside a one-line message."""
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    text = text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text
    return repr(text[:limit] + "…" if len(text) > limit else text)


# -- zooms -------------------------------------------------------------------------------

_INT_TEXT = re.compile(r"[+-]?\d{1,12}")


def _as_int(value) -> int | None:
    """An integer from an int, an integral finite float or integer text; otherwise None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    if isinstance(value, str) and _INT_TEXT.fullmatch(value.strip()):
        return int(value.strip())
    return None


def _zoom_value(value) -> int | None:
    """``value`` as a zoom level 0..MAX_ZOOM, or None when it is not one."""
    z = _as_int(value)
    return z if z is not None and 0 <= z <= MAX_ZOOM else None


def _clamp_zoom(value, default: int) -> int:
    z = _as_int(value)
    return default if z is None else max(0, min(MAX_ZOOM, z))


def spec_zoom_range(spec: dict, default_max: int = 19) -> tuple[int, int]:
    """(minzoom, maxzoom) of a :attr:`TileLayer.tile_source` spec, clamped to 0..MAX_ZOOM
    (values that are not integers fall back to 0 and ``default_max``)."""
    zmin = _clamp_zoom(spec.get("minzoom"), 0)
    zmax = _clamp_zoom(spec.get("maxzoom"), default_max)
    return (zmin, zmax) if zmin <= zmax else (zmax, zmin)


def _check_z(z) -> int:
    if isinstance(z, bool) or not isinstance(z, (int, np.integer)) or not 0 <= z <= MAX_ZOOM:
        raise TileError(f"zoom level {z!r} is not an integer 0–{MAX_ZOOM}")
    return int(z)


# -- tile arithmetic -------------------------------------------------------------------


def tile_bounds_merc(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) Web Mercator metres of XYZ tile (z, x, y)."""
    size = WORLD / (1 << _check_z(z))
    x0 = -WORLD / 2 + x * size
    y1 = WORLD / 2 - y * size
    return x0, y1 - size, x0 + size, y1


def tile_range(merc_bounds, z: int) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1) inclusive tile indices at zoom ``z`` covering Mercator ``merc_bounds``
    (metres; values beyond the world, even infinite ones, are clamped to it)."""
    n = 1 << _check_z(z)
    size = WORLD / n
    xmin, ymin, xmax, ymax = (min(max(float(v), -WORLD), WORLD) if not math.isnan(v) else 0.0 for v in merc_bounds)

    def index(v: float) -> int:
        return max(0, min(n - 1, int(math.floor(v / size))))

    return index(xmin + WORLD / 2), index(WORLD / 2 - ymax), index(xmax + WORLD / 2), index(WORLD / 2 - ymin)


def _merc_box(bounds):
    """Mercator box of ``bounds`` (degrees), or None when they are not finite numbers."""
    try:
        lon0, lat0, lon1, lat1 = (float(v) for v in bounds)
    except (TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in (lon0, lat0, lon1, lat1)):
        return None
    mx, my = lonlat_to_merc([lon0, lon1], [max(lat0, -MAX_LAT), min(lat1, MAX_LAT)])
    return float(mx[0]), float(my[0]), float(mx[1]), float(my[1])


def tiles_in_bounds(bounds, zmin: int, zmax: int) -> Iterator[tuple[int, int, int]]:
    """Every (z, x, y) covering ``bounds`` (min lon, min lat, max lon, max lat degrees, in the
    tiles' datum) for zooms ``zmin``..``zmax`` (clamped to 0..MAX_ZOOM)."""
    box = _merc_box(bounds)
    if box is None:
        return
    for z in range(_clamp_zoom(zmin, 0), _clamp_zoom(zmax, 0) + 1):
        x0, y0, x1, y1 = tile_range(box, z)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                yield z, x, y


def count_tiles(bounds, zmin: int, zmax: int) -> int:
    """How many tiles :func:`tiles_in_bounds` yields (without listing them)."""
    box = _merc_box(bounds)
    if box is None:
        return 0
    total = 0
    for z in range(_clamp_zoom(zmin, 0), _clamp_zoom(zmax, 0) + 1):
        x0, y0, x1, y1 = tile_range(box, z)
        total += (x1 - x0 + 1) * (y1 - y0 + 1)
    return total


def zoom_for_resolution(resolution: float) -> float:
    """The (fractional) tile zoom whose pixels are ``resolution`` Mercator metres
    (zoom 0 for a resolution that is not a positive finite number)."""
    if not isinstance(resolution, (int, float)) or not math.isfinite(resolution) or resolution <= 0:
        return 0.0
    return math.log2(WORLD / (TILE_SIZE * max(resolution, 1e-9)))


def tile_format(data: bytes) -> str | None:
    """'png', 'jpeg', 'webp' or 'gif' from the first bytes of an encoded tile; None for
    anything else (SVG, HTML, text, other image kinds), which is never decoded."""
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    return None


# -- sources ---------------------------------------------------------------------------


class TileSource:
    """Base: ``tile(z, x, y)`` returns encoded raster image bytes or None (no usable tile).

    Subclasses implement ``_read(z, x, y)``; ``tile`` refuses zooms outside 0..MAX_ZOOM,
    blobs over :data:`MAX_TILE_BYTES` and bytes that are not PNG/JPEG/WebP/GIF, counting
    those as bad tiles (see :meth:`bad_tile`).
    """

    minzoom: int = 0
    maxzoom: int = 19
    bounds: tuple[float, float, float, float] | None = None  # degrees, in the tiles' datum
    name: str = ""
    label: str = ""  # the file (or URL) messages name
    _bad: set | None = None
    _bad_first: str = ""
    _bad_reported = False

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        if isinstance(z, bool) or not isinstance(z, (int, np.integer)) or not 0 <= z <= MAX_ZOOM:
            return None
        n = 1 << int(z)
        if not (0 <= x < n and 0 <= y < n):
            return None
        data = self._read(int(z), int(x), int(y))
        if not data:
            return None
        if len(data) > MAX_TILE_BYTES:
            self.bad_tile(z, x, y, f"{len(data):,} bytes, over the {MAX_TILE_BYTES // 2**20} MB limit")
            return None
        if tile_format(data) is None:
            self.bad_tile(z, x, y, "not a PNG, JPEG, WebP or GIF image")
            return None
        return data

    def _read(self, z: int, x: int, y: int) -> bytes | None:
        raise NotImplementedError

    def bad_tile(self, z: int, x: int, y: int, reason: str) -> None:
        """Count tile (z, x, y) as unusable; the first one of a tile set is reported once."""
        with _problems_lock:
            if self._bad is None:
                self._bad = set()
            if len(self._bad) < 1_000_000:
                self._bad.add((z, x, y))
            if not self._bad_first:
                self._bad_first = f"zoom {z}, column {x}, row {y}: {reason}"
            if not self._bad_reported:
                self._bad_reported = True
                _bad_sources.append(self)

    @property
    def bad_tiles(self) -> int:
        """How many different tiles were skipped as unusable so far."""
        return len(self._bad or ())

    def bad_tile_summary(self) -> str:
        n = self.bad_tiles
        return (
            f"{self.label}: {n} tile{'s' if n != 1 else ''} skipped, not a usable PNG/JPEG/WebP/GIF "
            f"image (first: {self._bad_first})"
        )

    def close(self) -> None:
        pass


def _timeout_message(label: str) -> str:
    limit = f"{SQL_TIME_LIMIT:g}"
    return f"{label}: the tile set's query ran over {limit} s; the file may be crafted or damaged"


class MBTilesSource(TileSource):
    """A raster MBTiles file (SQLite; rows in TMS order), opened read-only.

    Every statement is stopped after :data:`SQL_TIME_LIMIT` seconds (a :class:`TileError`);
    after that the source is marked broken and ``tile`` raises the same error at once.
    """

    def __init__(self, path):
        self.path = Path(path)
        self.label = self.path.name
        self.broken: str | None = None
        if not self.path.is_file():
            raise TileError(f"{self.path.name}: no such MBTiles file ({self.path.parent})")
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise TileError(f"{self.label}: cannot be opened ({exc.strerror or 'read error'})") from exc
        if not head.startswith(b"SQLite format 3"):
            raise TileError(f"{self.label}: not an MBTiles file (not an SQLite database)")
        self._lock = threading.Lock()
        self._deadline = math.inf
        try:
            self._con = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise TileError(f"{self.label}: cannot be read as MBTiles ({first_line(exc)})") from exc
        self._con.set_progress_handler(self._over_time, _PROGRESS_STEPS)
        try:
            self._open()
        except BaseException:
            self._con.close()
            raise

    # -- SQL under a time limit --------------------------------------------------------
    def _over_time(self) -> int:
        return 1 if time.monotonic() > self._deadline else 0

    def _query(self, sql: str, params=(), all_rows: bool = False):
        """One statement (and its fetch) under the time limit; errors become TileError."""
        self._deadline = time.monotonic() + SQL_TIME_LIMIT
        try:
            cur = self._con.execute(sql, params)
            return cur.fetchall() if all_rows else cur.fetchone()
        except sqlite3.Error as exc:
            if time.monotonic() > self._deadline or "interrupt" in str(exc):
                raise TileError(_timeout_message(self.label)) from None
            raise TileError(f"{self.label}: cannot be read as MBTiles ({first_line(exc)})") from None
        finally:
            self._deadline = math.inf

    # -- opening -------------------------------------------------------------------------
    def _open(self) -> None:
        for pragma in ("PRAGMA query_only = ON", "PRAGMA trusted_schema = OFF"):
            try:
                self._query(pragma)
            except TileError:
                pass
        names = {
            r[0] for r in self._query("SELECT name FROM sqlite_master WHERE type IN ('table','view')", all_rows=True)
        }
        if "tiles" not in names:
            raise TileError(f"{self.label}: not an MBTiles file (no 'tiles' table)")
        meta = self._read_metadata() if "metadata" in names else {}
        self.metadata = {k: v for k, v in meta.items() if isinstance(v, str)}
        fmt = self._meta_text(meta, "format").strip().lower()
        if fmt in ("pbf", "mvt"):
            raise TileError(f"{self.label}: holds vector tiles (pbf); GZMap draws raster MBTiles (png/jpg/webp) only")
        if fmt and fmt not in RASTER_FORMATS:
            self._warn(f"metadata format {_shown(fmt)} is not png, jpg or webp; each tile is checked by its content")
        name = self._meta_text(meta, "name").strip()
        self.name = name[:200] if name and name.isprintable() else self.path.stem
        self._read_zooms(meta)
        self._read_bounds(meta)
        if self._query("SELECT 1 FROM tiles LIMIT 1") is None:
            raise TileError(f"{self.label}: holds no tiles")
        # the statement tile() runs, once: a view that cannot answer it in time fails here
        self._query(
            "SELECT length(tile_data) FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
            (self.minzoom, 0, 0),
        )

    def _warn(self, text: str) -> None:
        note_tile_problem(f"{self.label}: {text}")

    def _read_metadata(self) -> dict:
        """name -> value (str, int, float or bytes) of the metadata table; values over
        MAX_METADATA_VALUE are left in the file (their length is read, not the value)."""
        try:
            # length() of text stops at a NUL: measure bytes (CAST AS BLOB) so a big value never reaches Python
            rows = self._query(
                "SELECT CASE WHEN length(CAST(name AS BLOB)) <= 1024 THEN name END, "
                f"CASE WHEN length(CAST(value AS BLOB)) <= {MAX_METADATA_VALUE} THEN value END, "
                f"length(CAST(value AS BLOB)) FROM metadata LIMIT {MAX_METADATA_ROWS}",
                all_rows=True,
            )
        except TileError as exc:
            self._warn(f"the metadata table cannot be read and was ignored ({str(exc).split(': ', 1)[-1]})")
            return {}
        meta: dict = {}
        for name, value, length in rows:
            if not isinstance(name, str) or not name.isprintable():
                continue
            if value is None and isinstance(length, int) and length > MAX_METADATA_VALUE:
                self._warn(f"metadata {_shown(name)} is over {MAX_METADATA_VALUE // 1024} KB and was ignored")
                continue
            meta.setdefault(name, value)
        return meta

    def _meta_text(self, meta: dict, key: str) -> str:
        value = meta.get(key)
        if value is None:
            return ""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str):
            return value
        self._warn(f"metadata {key!r} is not text and was ignored")
        return ""

    def _read_zooms(self, meta: dict) -> None:
        zooms = {}
        for key in ("minzoom", "maxzoom"):
            if meta.get(key) is None:
                continue
            z = _zoom_value(meta[key])
            if z is None:
                self._warn(f"metadata {key} {_shown(meta[key])} is not a zoom level 0–{MAX_ZOOM} and was ignored")
            else:
                zooms[key] = z
        if len(zooms) == 2 and zooms["minzoom"] > zooms["maxzoom"]:
            self._warn(f"metadata minzoom {zooms['minzoom']} is above maxzoom {zooms['maxzoom']}; both were ignored")
            zooms = {}
        if len(zooms) < 2:
            lo, hi = self._query(
                f"SELECT min(zoom_level), max(zoom_level) FROM tiles WHERE zoom_level BETWEEN 0 AND {MAX_ZOOM}"
            ) or (None, None)
            lo, hi = _zoom_value(lo), _zoom_value(hi)
            if lo is None or hi is None:
                raise TileError(f"{self.label}: holds no tiles at zoom levels 0–{MAX_ZOOM}")
            zooms.setdefault("minzoom", lo)
            zooms.setdefault("maxzoom", hi)
            if zooms["minzoom"] > zooms["maxzoom"]:
                zooms = {"minzoom": lo, "maxzoom": hi}
        self.minzoom, self.maxzoom = zooms["minzoom"], zooms["maxzoom"]

    def _read_bounds(self, meta: dict) -> None:
        self.bounds = None
        raw = meta.get("bounds")
        if raw is None or raw == "":
            return
        parts = raw.split(",") if isinstance(raw, str) else []
        values = []
        for part in parts:
            try:
                values.append(float(part))
            except ValueError:
                break
        self.bounds = checked_tile_bounds(values) if len(values) == len(parts) else None
        if self.bounds is None:
            self._warn(
                f"metadata bounds {_shown(raw)} are not west,south,east,north degrees "
                "(4 finite numbers, west < east, south < north) and were ignored"
            )

    # -- tiles ---------------------------------------------------------------------------
    def _read(self, z, x, y):
        if self.broken:
            raise TileError(self.broken)
        row = (1 << z) - 1 - y  # TMS row order (MBTiles spec)
        with self._lock:
            try:
                r = self._query(
                    "SELECT CASE WHEN typeof(tile_data) = 'blob' AND length(tile_data) <= ? THEN tile_data END, "
                    "length(tile_data), typeof(tile_data) "
                    "FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                    (MAX_TILE_BYTES, z, x, row),
                )
            except TileError as exc:
                if str(exc) == _timeout_message(self.label):
                    self.broken = str(exc)
                    raise
                self.bad_tile(z, x, y, "cannot be read from the file")
                return None
        if r is None or r[2] == "null":
            return None
        data, length, kind = r
        if kind != "blob":
            self.bad_tile(z, x, y, f"stored as {kind}, not as an image")
            return None
        if data is None:
            self.bad_tile(z, x, y, f"{length:,} bytes, over the {MAX_TILE_BYTES // 2**20} MB limit")
            return None
        return bytes(data)

    def close(self):
        with self._lock:
            self._con.close()


def _read_tile_file(source: TileSource, path: Path, z: int, x: int, y: int) -> bytes | None:
    """The bytes of a tile file: None when it is missing; counted as a bad tile when it is
    not a regular file (a FIFO would block, a device never end) or is over MAX_TILE_BYTES."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            source.bad_tile(z, x, y, "not a regular file")
            return None
        if st.st_size > MAX_TILE_BYTES:
            source.bad_tile(z, x, y, f"{st.st_size:,} bytes, over the {MAX_TILE_BYTES // 2**20} MB limit")
            return None
        with open(path, "rb") as fh:
            return fh.read(MAX_TILE_BYTES + 1)
    except OSError:
        return None


class XYZFolderSource(TileSource):
    """A folder of ``{z}/{x}/{y}.<png|jpg|webp>`` tiles (``scheme='tms'`` flips y).

    Tiles are read only from inside the folder (a link leading out of it is skipped) and
    only when under :data:`MAX_TILE_BYTES`."""

    def __init__(self, path, scheme: str | None = None):
        self.path = Path(path)
        self.label = self.path.name or str(self.path)
        if not self.path.is_dir():
            raise TileError(f"{self.label}: no such tile folder ({self.path.parent})")
        self._root = self.path.resolve()
        zooms = sorted(
            z
            for z in (
                _zoom_value(p.name) for p in self.path.iterdir() if p.is_dir() and p.name.isdigit() and len(p.name) <= 3
            )
            if z is not None
        )
        if not zooms:
            raise TileError(f"{self.label}: not a tile folder (no numbered zoom folders 0–{MAX_ZOOM} like 12/)")
        self.minzoom, self.maxzoom = zooms[0], zooms[-1]
        if scheme is None:
            scheme = "tms" if (self.path / "tilemapresource.xml").exists() else "xyz"
        if scheme not in ("xyz", "tms"):
            raise TileError(f"{self.label}: tile scheme must be 'xyz' or 'tms', not {_shown(scheme)}")
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
            raise TileError(f"{self.label}: holds no .png/.jpg/.webp tiles")
        self.name = self.path.name

    def _read(self, z, x, y):
        row = (1 << z) - 1 - y if self.scheme == "tms" else y
        p = self.path / str(z) / str(x) / f"{row}{self.ext}"
        try:
            real = p.resolve()
        except (OSError, RuntimeError):  # RuntimeError: a symlink loop
            return None
        if not real.is_relative_to(self._root):
            self.bad_tile(z, x, y, "a link to a file outside the tile folder")
            return None
        return _read_tile_file(self, real, z, x, y)


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

    def __init__(
        self,
        url: str,
        cache_dir=None,
        fetcher: Callable[[str], bytes] | None = None,
        minzoom: int = 0,
        maxzoom: int = 18,
        subdomains: str = "abc",
    ):
        if not all(k in url for k in ("{z}", "{x}", "{y}")):
            raise TileError(f"a tile URL needs {{z}}, {{x}} and {{y}}: {url}")
        self.url = url
        key = hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
        if cache_dir is None:
            from gzmap.paths import user_data_dir

            cache_dir = user_data_dir() / "tiles" / key
        self.cache_dir = Path(cache_dir)
        self.fetcher = fetcher or default_fetcher
        self.minzoom, self.maxzoom = spec_zoom_range({"minzoom": minzoom, "maxzoom": maxzoom}, 18)
        self.subdomains = subdomains or "a"
        self.name = url.split("/")[2] if "//" in url else url
        self.label = self.name

    def _path(self, z, x, y) -> Path:
        return self.cache_dir / str(z) / str(x) / f"{y}.tile"

    def _read(self, z, x, y):
        return _read_tile_file(self, self._path(z, x, y), z, x, y)

    def has(self, z, x, y) -> bool:
        return self._path(z, x, y).exists()

    def tile_url(self, z, x, y) -> str:
        s = self.subdomains[(x + y) % len(self.subdomains)]
        return self.url.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y)).replace("{s}", s)

    def fetch(self, z, x, y) -> bytes:
        """Download one tile into the cache (network); returns its bytes."""
        data = self.fetcher(self.tile_url(z, x, y))
        if not data or len(data) > MAX_TILE_BYTES or tile_format(data) is None:
            raise TileError(
                f"{self.tile_url(z, x, y)} did not return a PNG/JPEG/WebP image under {MAX_TILE_BYTES // 2**20} MB"
            )
        p = self._path(z, x, y)
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(f".{p.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, p)
        return data

    def prefill(self, bounds, zmin: int, zmax: int, progress=None, max_tiles: int = 20000) -> dict:
        """Download every missing tile of ``bounds`` (degrees, tiles' datum) for zooms zmin..zmax.

        Refuses more than ``max_tiles`` tiles (tile servers limit bulk downloads; a district at
        zoom 17 is already ~10,000 tiles). Returns counts: ``{"total", "fetched", "cached", "failed"}``
        and ``"errors"``, the messages of the first three failed tiles.
        """
        zmin, zmax = max(_clamp_zoom(zmin, 0), self.minzoom), min(_clamp_zoom(zmax, 0), self.maxzoom)
        total = count_tiles(bounds, zmin, zmax)
        if total > max_tiles:
            raise TileError(
                f"{total:,} tiles for zooms {zmin}–{zmax} is more than the limit of {max_tiles:,}; "
                "choose a smaller area or fewer zoom levels"
            )
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
        report(progress, 1.0, "done")
        return {**counts, "errors": errors}


# -- specs and layers ----------------------------------------------------------------------

_sources: dict[str, TileSource] = {}
_failed: dict[str, tuple[object, str]] = {}  # spec key -> (file stamp, message)
_sources_lock = threading.Lock()


def _stamp(spec: dict):
    """What changes when the file of a spec is replaced (so a fixed file is opened again)."""
    try:
        st = os.stat(spec["path"])
        return st.st_mtime_ns, st.st_size
    except (KeyError, TypeError, ValueError, OSError):
        return None


def _new_source(spec: dict) -> TileSource:
    kind = spec.get("type")
    where = spec.get("url") if kind == "online" else spec.get("path")
    if not isinstance(where, str) or not where:
        raise TileError(f"a {_shown(kind)} tile source needs a {'url' if kind == 'online' else 'path'}")
    if kind == "mbtiles":
        return MBTilesSource(where)
    if kind == "xyz":
        return XYZFolderSource(where, spec.get("scheme"))
    if kind == "online":
        cache_dir = spec.get("cache_dir")
        return CachedOnlineSource(
            where,
            cache_dir if isinstance(cache_dir, str) else None,
            minzoom=spec.get("minzoom", 0),
            maxzoom=spec.get("maxzoom", 18),
        )
    raise TileError(f"unknown tile source type {_shown(kind)}")


def open_tile_source(spec: dict) -> TileSource:
    """The (shared, cached) source for a :attr:`TileLayer.tile_source` spec.

    A spec that failed to open fails again at once with the same :class:`TileError` (the
    message is recorded once with :func:`note_tile_problem`) until its file changes."""
    key = json.dumps({k: v for k, v in spec.items() if k not in ("missing",)}, sort_keys=True, default=str)
    with _sources_lock:
        src = _sources.get(key)
        if src is not None:
            return src
        failed = _failed.get(key)
        if failed is not None and failed[0] == _stamp(spec):
            raise TileError(failed[1])
        try:
            try:
                src = _new_source(spec)
            except TileError:
                raise
            except (OSError, ValueError) as exc:  # e.g. a path too long, unreadable or with a NUL
                where = spec.get("path") or spec.get("url")
                raise TileError(
                    f"{Path(str(where)).name[:200]}: the tile set cannot be opened "
                    f"({getattr(exc, 'strerror', None) or 'not a usable path'})"
                ) from None
        except TileError as exc:
            _failed[key] = (_stamp(spec), str(exc))
            note_tile_problem(str(exc))
            raise
        _sources[key] = src
        return src


def close_tile_sources() -> None:
    """Close every shared source and forget failures and reported problems (a new start)."""
    with _sources_lock:
        for s in _sources.values():
            s.close()
        _sources.clear()
        _failed.clear()
    with _problems_lock:
        _problems.clear()
        _problems_seen.clear()
        _bad_sources.clear()


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
    return TileLayer(
        spec, name_zh or src.name, name_en or src.name, datum=datum, tile_bounds=src.bounds, provenance=prov
    )


def xyz_folder_layer(
    path, datum: str = "wgs84", scheme: str | None = None, name_zh: str | None = None, name_en: str | None = None
) -> TileLayer:
    """A basemap layer over a folder of ``{z}/{x}/{y}`` tiles in ``datum``."""
    datum = _check_datum(datum)
    path = Path(path).absolute()
    src = XYZFolderSource(path, scheme)
    spec = {"type": "xyz", "path": str(path), "scheme": src.scheme, "minzoom": src.minzoom, "maxzoom": src.maxzoom}
    return TileLayer(
        spec, name_zh or path.name, name_en or path.name, datum=datum, provenance={"source": path.name, "datum": datum}
    )


def online_layer(
    url: str,
    datum: str = "wgs84",
    name_zh: str | None = None,
    name_en: str | None = None,
    minzoom: int = 0,
    maxzoom: int = 18,
    attribution: str = "",
) -> TileLayer:
    """A basemap layer over an online XYZ service, drawn from the disk cache only."""
    datum = _check_datum(datum)
    src = CachedOnlineSource(url, minzoom=minzoom, maxzoom=maxzoom)
    spec = {"type": "online", "url": url, "minzoom": src.minzoom, "maxzoom": src.maxzoom}
    return TileLayer(
        spec,
        name_zh or src.name,
        name_en or src.name,
        datum=datum,
        provenance={"source": url, "attribution": attribution, "datum": datum},
    )


def view_tiles(layer: TileLayer, merc_extent, resolution: float, max_tiles: int = 400):
    """(z, [(x, y), ...]) tiles of ``layer`` that cover a view (Web Mercator extent in metres,
    WGS84) at ``resolution`` metres per pixel; the extent is moved into the tiles' datum.

    ``z`` is within the layer's zoom range and 0..MAX_ZOOM; no tiles when even the layer's
    minimum zoom needs more than ``max_tiles`` or the extent is not finite."""
    from gzmap.core.datums import convert
    from gzmap.core.viewport import merc_to_lonlat

    zmin, zmax = spec_zoom_range(layer.tile_source)
    z = max(zmin, min(zmax, int(round(zoom_for_resolution(resolution) - 0.2))))
    try:
        x0, y0, x1, y1 = (float(v) for v in merc_extent)
    except (TypeError, ValueError):
        return z, []
    if not all(math.isfinite(v) for v in (x0, y0, x1, y1)):
        return z, []
    x0, y0, x1, y1 = (min(max(v, -WORLD / 2), WORLD / 2) for v in (x0, y0, x1, y1))
    xs = np.array([x0, x1, x1, x0, (x0 + x1) / 2, (x0 + x1) / 2, x0, x1])
    ys = np.array([y0, y0, y1, y1, y0, y1, (y0 + y1) / 2, (y0 + y1) / 2])
    lon, lat = merc_to_lonlat(xs, ys)
    if layer.datum != "wgs84":
        lon, lat = convert(lon, lat, "wgs84", layer.datum)
    mx, my = lonlat_to_merc(lon, lat)
    box = (float(mx.min()), float(my.min()), float(mx.max()), float(my.max()))
    while True:
        tx0, ty0, tx1, ty1 = tile_range(box, z)
        if (tx1 - tx0 + 1) * (ty1 - ty0 + 1) <= max_tiles:
            break
        if z <= zmin:
            return z, []  # zoomed out beyond the tile set's range
        z -= 1
    return z, [(x, y) for y in range(ty0, ty1 + 1) for x in range(tx0, tx1 + 1)]


def check_tile_layers(layers) -> None:
    """Open the source of every visible tile layer (not marked missing) in ``layers``;
    raises the first :class:`TileError` (one line naming the file), as a command that
    must not write a map without its basemap wants."""
    for layer in layers:
        if isinstance(layer, TileLayer) and layer.visible and not layer.tile_source.get("missing"):
            open_tile_source(layer.tile_source)
