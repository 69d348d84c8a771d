"""Draw a :class:`~gzmap.core.layer.TileLayer` (offline raster basemap) with QPainter.

Tiles are 256-pixel Web Mercator tiles. A WGS84 tile set is drawn tile by tile
into the screen rectangle of each tile's Mercator bounds. A GCJ-02 tile set
(Amap/Tencent style) shows every place about 100–700 m away from its WGS84
position; instead of shifting the vector layers, each GCJ-02 tile is warped
back to WGS84: its four corners are converted GCJ-02 → WGS84
(:func:`gzmap.core.datums.convert`) and the image is mapped onto that
quadrilateral. The shift changes by well under a pixel across one tile at the
zoom the tile is drawn at, so per-tile corners are exact to the pixel, and the
vector layers, the measurements and the exports all stay in WGS84.

Missing tiles are filled from the nearest lower zoom that has one (scaled up),
so a sparse or partly cached tile set still shows something.

Tiles are untrusted bytes: only PNG, JPEG, WebP and GIF (recognised by their
first bytes) are decoded, each by its own image reader with format detection
off, so an SVG or any other plugin never sees a tile; a tile larger than
:data:`MAX_TILE_SIDE` pixels is refused from its header before it is decoded.
A tile set that fails while drawing is left out of the frame with a one-line
warning (:func:`gzmap.io.tiles.take_tile_problems`); drawing never raises.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict

import numpy as np
from PySide6.QtCore import QBuffer
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QIODevice
from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtGui import QImageReader
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPolygonF
from PySide6.QtGui import QTransform

from gzmap.core.datums import convert
from gzmap.core.layer import TileLayer
from gzmap.core.viewport import Viewport
from gzmap.core.viewport import lonlat_to_merc
from gzmap.core.viewport import merc_to_lonlat

__all__ = ["MAX_TILE_SIDE", "decode_tile", "draw_tile_layer", "tile_image"]

MAX_TILE_SIDE = 2048  # pixels: larger tiles are refused without being decoded
_KEEP_SIDE = 512  # pixels: larger tiles are decoded scaled down to this (the cache stays small)
_CACHE_SIZE = 256
_cache: OrderedDict[tuple, QImage | None] = OrderedDict()
_lock = threading.Lock()


def decode_tile(data: bytes) -> tuple[QImage | None, str]:
    """(image, "") for a PNG/JPEG/WebP/GIF tile, or (None, why it was refused)."""
    from gzmap.io.tiles import tile_format

    fmt = tile_format(data)
    if fmt is None:
        return None, "not a PNG, JPEG, WebP or GIF image"
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buf, fmt.encode("ascii"))
    reader.setAutoDetectImageFormat(False)
    reader.setDecideFormatFromContent(False)
    size = reader.size()
    w, h = size.width(), size.height()
    if w <= 0 or h <= 0:
        return None, f"a damaged {fmt.upper()} image"
    if w > MAX_TILE_SIDE or h > MAX_TILE_SIDE:
        return None, f"{w} × {h} pixels, over the {MAX_TILE_SIDE} × {MAX_TILE_SIDE} limit"
    if max(w, h) > _KEEP_SIDE:
        reader.setScaledSize(QSize(max(1, w * _KEEP_SIDE // max(w, h)), max(1, h * _KEEP_SIDE // max(w, h))))
    img = reader.read()
    buf.close()
    if img.isNull():
        return None, f"a damaged {fmt.upper()} image"
    return img.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied), ""


def tile_image(source, z: int, x: int, y: int) -> QImage | None:
    """The decoded tile (cached, least recently used dropped first), or None.

    A tile that cannot be used is counted on ``source`` (:meth:`TileSource.bad_tile`);
    raises :class:`~gzmap.io.tiles.TileError` when the whole source has failed."""
    key = (id(source), z, x, y)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    data = source.tile(z, x, y)
    img = None
    if data:
        img, why = decode_tile(data)
        if img is None:
            source.bad_tile(z, x, y, why)
    with _lock:
        _cache[key] = img
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return img


def clear_tile_cache() -> None:
    with _lock:
        _cache.clear()


def _with_fallback(source, z: int, x: int, y: int, zmin: int, levels: int = 4):
    """(image, source rect) for tile (z, x, y), or a part of an ancestor tile when it is missing."""
    img = tile_image(source, z, x, y)
    if img is not None:
        return img, QRectF(0, 0, img.width(), img.height())
    for up in range(1, levels + 1):
        pz = z - up
        if pz < zmin:
            break
        parent = tile_image(source, pz, x >> up, y >> up)
        if parent is not None:
            n = 1 << up
            w, h = parent.width() / n, parent.height() / n
            return parent, QRectF((x % n) * w, (y % n) * h, w, h)
    return None, None


def draw_tile_layer(painter: QPainter, layer: TileLayer, viewport: Viewport) -> int:
    """Draw the tiles of ``layer`` that cover ``viewport``; returns how many were drawn.

    Never raises for a bad tile set: what cannot be drawn is recorded as a one-line
    warning naming the file (:func:`gzmap.io.tiles.take_tile_problems`)."""
    from gzmap.io.tiles import TileError
    from gzmap.io.tiles import note_tile_problem

    if layer.tile_source.get("missing"):
        return 0
    painter.save()
    try:
        return _draw_tiles(painter, layer, viewport)
    except TileError as exc:
        note_tile_problem(str(exc))
        return 0
    finally:
        painter.restore()


def _draw_tiles(painter: QPainter, layer: TileLayer, viewport: Viewport) -> int:
    from gzmap.io.tiles import open_tile_source
    from gzmap.io.tiles import spec_zoom_range
    from gzmap.io.tiles import tile_bounds_merc
    from gzmap.io.tiles import view_tiles

    spec = layer.tile_source
    source = open_tile_source(spec)
    if not (math.isfinite(viewport.resolution) and viewport.resolution > 0):
        return 0
    z, tiles = view_tiles(layer, viewport.world_extent(), viewport.resolution)
    if not tiles:
        return 0
    zmin = spec_zoom_range(spec)[0]
    bounds = np.array([tile_bounds_merc(z, x, y) for x, y in tiles])  # (n, 4) in the tiles' datum
    # corners: top-left, top-right, bottom-right, bottom-left
    cx = np.column_stack([bounds[:, 0], bounds[:, 2], bounds[:, 2], bounds[:, 0]]).ravel()
    cy = np.column_stack([bounds[:, 3], bounds[:, 3], bounds[:, 1], bounds[:, 1]]).ravel()
    if layer.datum != "wgs84":
        lon, lat = merc_to_lonlat(cx, cy)
        lon, lat = convert(lon, lat, layer.datum, "wgs84")
        cx, cy = lonlat_to_merc(lon, lat)
    sx, sy = viewport.world_to_screen(cx, cy)
    sx = np.asarray(sx).reshape(-1, 4)
    sy = np.asarray(sy).reshape(-1, 4)
    drawn = 0
    painter.setOpacity(painter.opacity() * layer.opacity)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # no hairline seams between tiles
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    base = painter.transform()
    try:
        for i, (x, y) in enumerate(tiles):
            img, src = _with_fallback(source, z, x, y, zmin)
            if img is None:
                continue
            if layer.datum == "wgs84":
                target = QRectF(QPointF(sx[i, 0], sy[i, 0]), QPointF(sx[i, 2], sy[i, 2]))
                painter.drawImage(target, img, src)
            else:
                quad = QPolygonF([QPointF(float(a), float(b)) for a, b in zip(sx[i], sy[i])])
                t = QTransform()
                square = QPolygonF([src.topLeft(), src.topRight(), src.bottomRight(), src.bottomLeft()])
                if not QTransform.quadToQuad(square, quad, t):
                    continue
                painter.setTransform(t * base)
                painter.drawImage(src.topLeft(), img, src)
                painter.setTransform(base)
            drawn += 1
    finally:
        painter.setTransform(base)
    return drawn
