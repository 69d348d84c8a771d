"""Point layers at any size: symbols when few, a per-pixel category map when many.

At low zoom a million enterprises would paint a saturated carpet of dots.
Instead, when points outnumber what can be told apart (more than
:data:`~gzmap.core.point_rules.STAMP_LIMIT` in view, or enough that their
discs would cover more than :data:`~gzmap.core.point_rules.MAX_COVERAGE` of
the view: :func:`~gzmap.core.point_rules.point_regime`, the rule the HTML
export shares), each pixel takes the colour of the sub-sector most common in it and an opacity that grows with the log of its count: a density
map that still shows what the clusters are made of. Zooming in, the view
gives way to individual symbols with outlines.

All of it is numpy on cached Mercator coordinates (no Python loop over
points), so one frame of 1M points costs tens of milliseconds.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

from gzmap.core.point_rules import point_regime
from gzmap.core.style import hex_to_rgb
from gzmap.core.viewport import Viewport


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


def draw_points(painter: QPainter, layer, cache, viewport: Viewport, opts) -> None:
    px, py = viewport.world_to_screen(cache.x, cache.y)
    w, h = viewport.width, viewport.height
    inside = cache.finite & (px >= -4) & (px < w + 4) & (py >= -4) & (py < h + 4)
    idx = np.flatnonzero(inside)
    codes = _class_codes(layer, cache)
    ncls = len(layer.style.symbols)
    codes_v = np.where(codes[idx] < 0, ncls, codes[idx])
    pal = _palette(layer)
    size_px = max(layer.style.symbol.size * opts.pt, 1.0)
    regime = point_regime(idx.size, size_px, w, h)
    if regime == "symbols":
        sizes = _sizes(layer, cache)[idx] * opts.pt
        _draw_symbols(painter, layer, px[idx], py[idx], codes_v, pal, sizes, opts)
    elif regime == "stamped":
        _draw_stamped(painter, px[idx], py[idx], codes_v, pal, w, h, size_px)
    else:
        _draw_majority(painter, px[idx], py[idx], codes_v, pal, w, h, ncls + 1)


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


def _draw_majority(painter, x, y, codes, pal, w, h, ncls, cell: int = 2) -> None:
    """Each ``cell``×``cell`` pixel block: colour of its most frequent class,
    opacity from log(count). Blocks keep isolated points visible as small
    squares while dense areas read as solid colour."""
    cw, ch = (w + cell - 1) // cell, (h + cell - 1) // cell
    xi = np.clip(x.astype(np.int32) // cell, 0, cw - 1)
    yi = np.clip(y.astype(np.int32) // cell, 0, ch - 1)
    pix = yi * cw + xi
    counts = np.bincount(pix * ncls + codes, minlength=cw * ch * ncls).reshape(cw * ch, ncls)
    total = np.bincount(pix, minlength=cw * ch)  # cheaper than counts.sum(axis=1)
    occupied = np.flatnonzero(total)
    major = counts[occupied].argmax(axis=1)
    rgba = np.zeros((cw * ch, 4), dtype=np.uint8)
    rgba[occupied] = pal[major]
    alpha = 0.55 + 0.45 * np.log1p(total[occupied]) / np.log1p(max(int(total.max()), 2))
    rgba[occupied, 3] = (alpha * pal[major, 3]).astype(np.uint8)
    blocks = rgba.reshape(ch, cw, 4)
    if cell > 1:
        blocks = np.repeat(np.repeat(blocks, cell, axis=0), cell, axis=1)[:h, :w]
    _blit(painter, np.ascontiguousarray(blocks), w, h)
