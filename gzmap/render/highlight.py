"""Selected features drawn above every layer, in the highlight colour of :mod:`gzmap.core.highlight`.

:func:`draw_highlights` runs after all layers (and their labels) are drawn,
so a selected district under an opaque choropleth or a selected enterprise
under a hull still shows. Polygons and lines get a dark halo, a neon outline
and a translucent tint; points get a ring and are drawn again in their own
class colour on top of the rings, so a selection of hundreds of close
enterprises still shows their sub-sectors instead of one solid disc.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen
from PySide6.QtGui import QTransform

from gzmap.core.highlight import HALO_COLOR
from gzmap.core.highlight import HALO_WIDTH_PT
from gzmap.core.highlight import HIGHLIGHT_COLOR
from gzmap.core.highlight import HIGHLIGHT_FILL_OPACITY
from gzmap.core.highlight import HIGHLIGHT_WIDTH_PT
from gzmap.core.layer import VectorLayer
from gzmap.core.style import hex_to_rgb
from gzmap.core.viewport import Viewport
from gzmap.render.drawers import drawer_for
from gzmap.render.map_renderer import RenderOptions
from gzmap.render.map_renderer import layer_geometry_cache

__all__ = ["MAX_HIGHLIGHTED_POINTS", "draw_highlights", "draw_vector_highlight"]

#: At most this many selected points are ringed (more would take longer than a frame).
MAX_HIGHLIGHTED_POINTS = 5000


def _pen(color: str, width_pt: float, opts: RenderOptions, cosmetic: bool = False) -> QPen:
    pen = QPen(QColor(color), width_pt * opts.pt)
    pen.setCosmetic(cosmetic)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def draw_highlights(painter: QPainter, visible: list, viewport: Viewport, opts: RenderOptions) -> None:
    """Draw the selection of each of the ``visible`` layers (bottom to top) over everything."""
    if not opts.highlight_selection:
        return
    for layer in visible:
        drawer = drawer_for(layer.kind)
        if drawer is not None and drawer.highlight is not None:
            drawer.highlight(painter, layer, viewport, opts)


def draw_vector_highlight(painter: QPainter, layer: VectorLayer, viewport: Viewport, opts: RenderOptions) -> None:
    """Outline and tint a vector layer's selected features (rings for points)."""
    n = len(layer.data)
    sel = np.asarray(layer.selection, dtype=int)
    sel = sel[(sel >= 0) & (sel < n)]
    shown = layer.shown_mask()
    if shown is not None:  # a selected feature the filter hides is not drawn, nor its ring
        sel = sel[shown[sel]]
    if not sel.size:
        return
    cache = layer_geometry_cache(layer)
    painter.save()
    if cache.kind == "point":
        _points(painter, layer, cache, sel, viewport, opts)
    else:
        _shapes(painter, cache, sel, viewport, opts)
    painter.restore()


def _shapes(painter: QPainter, cache, sel: np.ndarray, viewport: Viewport, opts: RenderOptions) -> None:
    paths = cache.paths(viewport.resolution)
    painter.setTransform(QTransform(*viewport.affine()), combine=True)
    tint = QColor(HIGHLIGHT_COLOR)
    tint.setAlphaF(HIGHLIGHT_FILL_OPACITY)
    for pen, brush in (
        (_pen(HALO_COLOR, HALO_WIDTH_PT, opts, cosmetic=True), QBrush(tint)),
        (_pen(HIGHLIGHT_COLOR, HIGHLIGHT_WIDTH_PT, opts, cosmetic=True), QBrush()),
    ):
        painter.setPen(pen)
        painter.setBrush(brush)
        for i in sel.tolist():
            if paths[i] is not None:
                painter.drawPath(paths[i])


def _points(painter: QPainter, layer: VectorLayer, cache, sel: np.ndarray, viewport: Viewport, opts) -> None:
    px, py = viewport.world_to_screen(cache.x[sel], cache.y[sel])
    keep = cache.finite[sel] & (px > -20) & (py > -20) & (px < viewport.width + 20) & (py < viewport.height + 20)
    sel, px, py = (
        sel[keep][:MAX_HIGHLIGHTED_POINTS],
        px[keep][:MAX_HIGHLIGHTED_POINTS],
        py[keep][:MAX_HIGHLIGHTED_POINTS],
    )
    style = layer.style
    rows = layer.data.iloc[sel]
    dots = np.maximum(np.asarray(style.sizes(rows), dtype=float) * opts.pt, 2.0) / 2
    rings = dots + HIGHLIGHT_WIDTH_PT * opts.pt
    painter.setBrush(QBrush())
    for color, width in ((HALO_COLOR, HALO_WIDTH_PT), (HIGHLIGHT_COLOR, HIGHLIGHT_WIDTH_PT)):
        painter.setPen(_pen(color, width, opts))
        for x, y, r in zip(px.tolist(), py.tolist(), rings.tolist()):
            painter.drawEllipse(QPointF(x, y), r, r)
    # the points again, in their own colours, on top of the rings
    classes = style.classify(rows)
    painter.setPen(Qt.PenStyle.NoPen)
    for cls, x, y, d in zip(classes.tolist(), px.tolist(), py.tolist(), dots.tolist()):
        painter.setBrush(QColor(*hex_to_rgb(style.symbol_for(int(cls)).fill)))
        painter.drawEllipse(QRectF(x - d, y - d, 2 * d, 2 * d))
