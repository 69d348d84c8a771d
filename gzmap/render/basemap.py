"""The basemap kind's drawer (registered in :mod:`gzmap.render.drawers`): land, sea, inland water,
rivers and borders with the fixed symbols of :data:`gzmap.core.kinds.basemap.SYMBOLS`.

The geometry goes through the vector layers' Mercator cache
(:func:`gzmap.render.map_renderer.layer_geometry_cache`), simplified to half a
pixel for the zoom, so a frame draws only the features in view at the detail
the screen or page can show. Line widths are in points (``opts.pt`` device
pixels each), the same on screen and paper.
"""

from __future__ import annotations

import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen
from PySide6.QtGui import QTransform

from gzmap.core.kinds.basemap import BasemapLayer
from gzmap.core.kinds.basemap import BasemapSymbol
from gzmap.core.style import hex_to_rgb
from gzmap.core.viewport import Viewport
from gzmap.render.map_renderer import RenderOptions
from gzmap.render.map_renderer import layer_geometry_cache

__all__ = ["draw_basemap"]


def _color(hex_color: str, alpha: float) -> QColor:
    r, g, b = hex_to_rgb(hex_color)
    return QColor(r, g, b, int(round(255 * max(0.0, min(alpha, 1.0)))))


def _pen(sym: BasemapSymbol, opacity: float, opts: RenderOptions) -> QPen | Qt.PenStyle:
    """The stroke of ``sym``: a cosmetic pen ``sym.width`` points wide, dashed when asked, or no pen."""
    if not sym.stroke or sym.width <= 0:
        return Qt.PenStyle.NoPen
    pen = QPen(_color(sym.stroke, opacity))
    pen.setCosmetic(True)
    pen.setWidthF(sym.width * opts.pt)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if sym.dash:
        pen.setDashPattern(list(sym.dash))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def draw_basemap(painter: QPainter, layer: BasemapLayer, viewport: Viewport, opts: RenderOptions) -> None:
    """Draw the basemap's features in view, bottom to top, each with its class's symbol."""
    cache = layer_geometry_cache(layer)  # type: ignore[arg-type]  # the cache reads only layer.data
    x0, y0, x1, y1 = viewport.world_extent()
    rows = cache.tree.query(shapely.box(x0, y0, x1, y1))
    if rows.size == 0:
        return
    rows.sort()
    symbols = layer.symbols()
    paths = cache.paths(viewport.resolution)
    painter.save()
    painter.setTransform(QTransform(*viewport.affine()), combine=True)
    for i in rows:
        path = paths[int(i)]
        if path is None:
            continue
        sym = symbols[int(i)]
        painter.setPen(_pen(sym, layer.opacity, opts))
        painter.setBrush(QBrush(_color(sym.fill, layer.opacity)) if sym.fill else Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.restore()
