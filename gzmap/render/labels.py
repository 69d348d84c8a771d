"""Labels on the canvas and on paper: the placement of :mod:`gzmap.core.labels`, drawn with QPainter.

:func:`draw_labels` asks each visible layer's kind for its part in the
placement (the ``labels`` function registered with its drawer, e.g.
:func:`vector_label_layer`), lets the pure engine choose which labels go where
(priority from the top layer down, inside polygons, no overlaps, nothing for
what opaque layers hide), and draws them: dark text on a white halo, the text
itself real text so labels stay searchable and selectable in PDF and SVG.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QFontMetricsF
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPainterPath
from PySide6.QtGui import QPen

from gzmap.core.labels import LABEL_PT
from gzmap.core.labels import MIN_FEATURE_PT
from gzmap.core.labels import LabelLayer
from gzmap.core.labels import fill_alphas
from gzmap.core.labels import label_anchors
from gzmap.core.labels import label_texts
from gzmap.core.labels import place_labels
from gzmap.core.layer import VectorLayer
from gzmap.core.viewport import Viewport
from gzmap.render.drawers import drawer_for
from gzmap.render.map_renderer import RenderOptions
from gzmap.render.map_renderer import layer_geometry_cache
from gzmap.render.map_renderer import map_font

__all__ = ["draw_labels", "vector_label_layer"]

TEXT_COLOR = "#222222"


def vector_label_layer(layer: VectorLayer, viewport: Viewport, opts: RenderOptions) -> LabelLayer | None:
    """A vector layer's part in the placement: labels of its polygons and lines (points carry none),
    and the opacity with which each of its polygons hides the layers below."""
    if not len(layer.data):
        return None
    cache = layer_geometry_cache(layer)
    if cache.kind == "point":
        return None
    texts = label_texts(layer.data, layer.style.label_field, opts.lang)
    alphas = fill_alphas(layer.style, layer.data, layer.opacity)
    shown = layer.shown_mask()
    if shown is not None:  # features the filter hides carry no label and hide nothing
        texts = None if texts is None else [t if keep else "" for t, keep in zip(texts, shown.tolist())]
        alphas = np.where(shown, alphas, 0.0)
    return LabelLayer(
        key=layer.id,
        geoms=cache.simplified(viewport.resolution, valid=True),
        texts=texts,
        alphas=alphas,
    )


def draw_labels(painter: QPainter, visible: list, viewport: Viewport, opts: RenderOptions) -> None:
    """Place and draw the labels of the ``visible`` layers (bottom to top) in device pixels."""
    parts = []
    for layer in reversed(visible):  # the top layer first: it hides the ones below and labels first
        drawer = drawer_for(layer.kind)
        part = drawer.labels(layer, viewport, opts) if drawer is not None and drawer.labels is not None else None
        if part is not None:
            parts.append(part)
    if not any(p.texts for p in parts):
        return
    anchors = label_anchors(
        parts,
        extent=viewport.world_extent(),
        tolerance=viewport.resolution,
        min_width=MIN_FEATURE_PT * opts.pt * viewport.resolution,
    )
    font = map_font(LABEL_PT, dpi=opts.dpi)
    fm = QFontMetricsF(font)

    def measure(text: str) -> tuple[float, float]:
        return fm.horizontalAdvance(text), fm.height()

    def to_device(x: float, y: float) -> tuple[float, float]:
        px, py = viewport.world_to_screen(x, y)
        return float(px), float(py)

    placed = place_labels(
        anchors,
        to_device,
        measure,
        (viewport.width, viewport.height),
        1.0 / viewport.resolution,
        opts.pt,
        occupied=opts.label_reserved,
    )
    painter.save()
    painter.setFont(font)
    halo = QPen(QColor(255, 255, 255, 220), 3.0 * opts.dpi / 96.0)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for label in placed:
        baseline = QPointF(label.box[0], label.box[1] + fm.ascent())
        path = QPainterPath()
        path.addText(baseline, font, label.text)
        painter.strokePath(path, halo)
        painter.setPen(QColor(TEXT_COLOR))
        painter.drawText(baseline, label.text)
    painter.restore()
