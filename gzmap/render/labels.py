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
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, Qt

from gzmap.core.labels import LABEL_PT, MIN_FEATURE_PT, LabelLayer, label_anchors, label_column, place_labels
from gzmap.core.layer import VectorLayer
from gzmap.core.viewport import Viewport
from gzmap.render.drawers import drawer_for
from gzmap.render.map_renderer import RenderOptions, layer_geometry_cache, map_font

__all__ = ["draw_labels", "label_texts", "vector_label_layer"]

TEXT_COLOR = "#222222"


def label_texts(layer: VectorLayer, lang: str) -> list[str] | None:
    """Each feature's label in ``lang`` (the style's ``label_field``: field_zh/field_en, field), or None."""
    col = label_column(list(layer.data.columns), layer.style.label_field, lang)
    if col is None:
        return None
    values = layer.data[col]
    return ["" if v is None or v != v else str(v) for v in values.tolist()]  # v != v: NaN


def vector_label_layer(layer: VectorLayer, viewport: Viewport, opts: RenderOptions) -> LabelLayer | None:
    """A vector layer's part in the placement: labels of its polygons and lines (points carry none),
    and the opacity with which each of its polygons hides the layers below."""
    if not len(layer.data):
        return None
    cache = layer_geometry_cache(layer)
    if cache.kind == "point":
        return None
    style = layer.style
    classes = style.classify(layer.data)
    alpha_of = np.array([s.fill_opacity for s in style.symbols] + [style.nodata_symbol.fill_opacity], dtype=float)
    alphas = alpha_of[np.where(classes < 0, len(style.symbols), classes)] * layer.opacity
    return LabelLayer(
        key=layer.id,
        geoms=cache.simplified(viewport.resolution, valid=True),
        texts=label_texts(layer, opts.lang),
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
