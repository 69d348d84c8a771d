"""Point layers at any size: symbols sized by scale when few, square bins where they crowd.

The rule is :mod:`gzmap.core.point_rules`, shared with the HTML page: symbols
shrink with the scale (never below 2 pt); where symbols would merge (too many
points in view, too much of the view covered, or too many overlapping: see
:func:`~gzmap.core.point_rules.point_regime`) the layer is counted into square
bins of :data:`~gzmap.core.point_rules.BIN_PT` points anchored to the Web
Mercator grid, each coloured by the class most of its points have and shaded
by its count. Between a few thousand points and the bins, small discs are
written straight into an image. Zooming in, the view gives way to individual
symbols with outlines.

All of it is numpy on cached Mercator coordinates (no Python loop over
points), so one frame of 1M points costs tens of milliseconds.
"""

from __future__ import annotations

import weakref

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QImage
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen

from gzmap.core.point_rules import BIN_COLORS
from gzmap.core.point_rules import BIN_OPACITY
from gzmap.core.point_rules import BIN_PT
from gzmap.core.point_rules import bin_cell_metres
from gzmap.core.point_rules import bin_levels
from gzmap.core.point_rules import regime_in_view
from gzmap.core.point_rules import scale_of
from gzmap.core.point_rules import symbol_sizes
from gzmap.core.style import hex_to_rgb
from gzmap.core.viewport import R_EARTH
from gzmap.core.viewport import Viewport

#: Half the Web Mercator world's width, metres (bins are counted from its north-west corner).
_HALF_WORLD = np.pi * R_EARTH
#: How each point layer was drawn in its last frame, and the ground side of its bins in metres (for the legend).
_last_regime: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_last_cell: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _class_codes(layer, cache) -> np.ndarray:
    """Class index per point (cached per style object; -1 for no data)."""
    key = id(layer.style)
    codes = cache.categories.get(key)
    if codes is None or len(codes) != len(cache.x):
        codes = layer.style.classify(layer.data)
        cache.categories.clear()
        cache.categories[key] = codes
    return codes


def _sizes(layer, cache) -> np.ndarray:
    """Marker diameter in points per feature (graduated/proportional styles vary it)."""
    key = ("sizes", id(layer.style))
    sizes = cache.categories.get(key)
    if sizes is None or len(sizes) != len(cache.x):
        sizes = np.asarray(layer.style.sizes(layer.data), dtype=float)
        cache.categories[key] = sizes
    return sizes


def _palette(layer) -> np.ndarray:
    """(k+1, 4) uint8 RGBA per class; the last row is the no-data colour."""
    style = layer.style
    syms = list(style.symbols) + [style.nodata_symbol]
    pal = np.array([(*hex_to_rgb(s.fill), int(255 * s.fill_opacity * layer.opacity)) for s in syms], dtype=np.uint8)
    return pal


def draw_points(painter: QPainter, layer, cache, viewport: Viewport, opts, shown=None) -> None:
    """Draw a point layer by the shared rule (:mod:`gzmap.core.point_rules`); what was drawn is
    kept for the legend (:func:`last_regime`). ``shown``: boolean mask of the points the layer's
    filter shows (None: all)."""
    px, py = viewport.world_to_screen(cache.x, cache.y)
    w, h = viewport.width, viewport.height
    inside = cache.finite & (px >= -4) & (px < w + 4) & (py >= -4) & (py < h + 4)
    if shown is not None:
        inside &= shown
    idx = np.flatnonzero(inside)
    x, y = px[idx], py[idx]
    scale = scale_of(viewport.resolution * opts.pt)
    size_px = max(float(symbol_sizes(layer.style.symbol.size, scale)) * opts.pt, 1.0)
    regime = regime_in_view(x, y, size_px, w, h, BIN_PT * opts.pt)
    _last_regime[layer] = regime
    _last_cell[layer] = bin_cell_metres(viewport.ground_resolution() * opts.pt)
    if regime == "bins":  # counts only: no classes, no palette
        _draw_bins(painter, x, y, viewport, BIN_PT * opts.pt, layer.opacity)
        return
    codes = _class_codes(layer, cache)
    ncls = len(layer.style.symbols)
    codes_v = np.where(codes[idx] < 0, ncls, codes[idx])
    pal = _palette(layer)
    if regime == "symbols":
        sizes = symbol_sizes(_sizes(layer, cache)[idx], scale) * opts.pt
        _draw_symbols(painter, layer, x, y, codes_v, pal, sizes, opts)
    else:
        _draw_stamped(painter, x, y, codes_v, pal, w, h, size_px)


def last_regime(layer) -> str | None:
    """How ``layer`` was drawn in the last frame (``"symbols"``, ``"stamped"``, ``"bins"``), or None."""
    return _last_regime.get(layer)


def last_bin_cell(layer) -> float | None:
    """The ground side, metres, of the bins of ``layer`` in the last frame (true at the view's
    centre; whether it was drawn as bins: :func:`last_regime`), or None before its first frame."""
    return _last_cell.get(layer)


def _draw_symbols(painter, layer, x, y, codes, pal, sizes_px, opts) -> None:
    """One vector circle per point; big symbols first so small ones stay visible."""
    painter.save()
    sym = layer.style.symbol
    pen = QPen(QColor(*hex_to_rgb(sym.stroke), int(230 * layer.opacity)), max(sym.stroke_width * opts.pt, 0.5))
    painter.setPen(pen if sym.stroke_width > 0 else QPen(QColor(0, 0, 0, 0)))
    # draw class by class so each brush is set once; later classes on top
    order = np.argsort(-sizes_px, kind="stable")
    brushes = [QBrush(QColor(*[int(v) for v in rgba])) for rgba in pal]
    current = -1
    for i in order.tolist():
        c = int(codes[i])
        if c != current:
            painter.setBrush(brushes[c])
            current = c
        r = max(float(sizes_px[i]), 1.0) / 2
        painter.drawEllipse(QRectF(float(x[i]) - r, float(y[i]) - r, 2 * r, 2 * r))
    painter.restore()


def _disc_offsets(radius: float) -> tuple[np.ndarray, np.ndarray]:
    r = int(np.ceil(radius))
    dy, dx = np.mgrid[-r : r + 1, -r : r + 1]
    keep = dx * dx + dy * dy <= radius * radius + 0.5
    return dx[keep].ravel(), dy[keep].ravel()


def _blit(painter: QPainter, rgba: np.ndarray, w: int, h: int) -> None:
    img = QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888)
    painter.drawImage(QPointF(0, 0), img)


def _draw_stamped(painter, x, y, codes, pal, w, h, size_px) -> None:
    """Small discs written straight into an RGBA buffer (last point wins)."""
    dx, dy = _disc_offsets(max(size_px / 2 * 0.8, 1.0))
    xi = np.round(x).astype(np.int32)
    yi = np.round(y).astype(np.int32)
    X = (xi[:, None] + dx[None, :]).ravel()
    Y = (yi[:, None] + dy[None, :]).ravel()
    C = np.repeat(codes, dx.size)
    ok = (X >= 0) & (X < w) & (Y >= 0) & (Y < h)
    rgba = np.zeros((h, w, 4), dtype=np.uint8)
    rgba.reshape(-1, 4)[Y[ok] * w + X[ok]] = pal[C[ok]]
    _blit(painter, rgba, w, h)


def _draw_bins(painter, x, y, viewport: Viewport, side: float, opacity: float) -> None:
    """Square bins of ``side`` device pixels, anchored to the Web Mercator grid, coloured by their
    count's step (:func:`bin_levels`); a gap of 6 % of the side keeps neighbouring squares apart."""
    x0, _, _, y1 = viewport.world_extent()
    fx = ((x0 + _HALF_WORLD) / viewport.resolution) % side  # the view's edge inside its bin
    fy = ((_HALF_WORLD - y1) / viewport.resolution) % side
    nbx = int(np.ceil((viewport.width + fx + 8) / side)) + 2
    nby = int(np.ceil((viewport.height + fy + 8) / side)) + 2
    # + side: the points up to 4 px left of or above the view count too (truncation is floor: all > 0)
    bx = ((x + (fx + side)) * (1.0 / side)).astype(np.int32)
    by = ((y + (fy + side)) * (1.0 / side)).astype(np.int32)
    total = np.bincount(by * np.int32(nbx) + bx, minlength=nbx * nby)
    occupied = np.flatnonzero(total)
    level = bin_levels(total[occupied])
    gap = side * 0.06
    left = (occupied % nbx - 1) * side - fx + gap / 2
    top = (occupied // nbx - 1) * side - fy + gap / 2
    s = side - gap
    painter.save()
    painter.setPen(QPen(QColor(0, 0, 0, 0)))
    for step, color in enumerate(BIN_COLORS):
        rows = np.flatnonzero(level == step)
        if rows.size:
            painter.setBrush(QBrush(QColor(*hex_to_rgb(color), int(round(255 * BIN_OPACITY * opacity)))))
            painter.drawRects([QRectF(float(lx), float(ty), s, s) for lx, ty in zip(left[rows], top[rows])])
    painter.restore()
