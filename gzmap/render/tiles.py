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
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QPolygonF, QTransform

from gzmap.core.datums import convert
from gzmap.core.layer import TileLayer
from gzmap.core.viewport import Viewport, lonlat_to_merc, merc_to_lonlat

__all__ = ["draw_tile_layer", "tile_image"]

_CACHE_SIZE = 256
_cache: "OrderedDict[tuple, QImage | None]" = OrderedDict()
_lock = threading.Lock()


def tile_image(source, z: int, x: int, y: int) -> QImage | None:
    """The decoded tile (cached, least recently used dropped first), or None."""
    key = (id(source), z, x, y)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    data = source.tile(z, x, y)
    img = None
    if data:
        img = QImage.fromData(data)
        if img.isNull():
            img = None
        else:
            img = img.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
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
    """Draw the tiles of ``layer`` that cover ``viewport``; returns how many were drawn."""
    from gzmap.io.tiles import TileError, open_tile_source, tile_bounds_merc, view_tiles

    spec = layer.tile_source
    if spec.get("missing"):
        return 0
    try:
        source = open_tile_source(spec)
    except (TileError, OSError):
        return 0
    z, tiles = view_tiles(layer, viewport.world_extent(), viewport.resolution)
    if not tiles:
        return 0
    zmin = int(spec.get("minzoom", 0))
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
    painter.save()
    painter.setOpacity(painter.opacity() * layer.opacity)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)   # no hairline seams between tiles
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    base = painter.transform()
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
    painter.restore()
    return drawn
