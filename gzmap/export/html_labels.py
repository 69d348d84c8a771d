"""The HTML page's labels: the anchors of the one label placement (:mod:`gzmap.core.labels`).

The export computes, once for the whole page, where each feature's label is
anchored (the pole of inaccessibility of its visible part, in Web Mercator
metres), in the engine's priority order, and which layers above hide it. The
page's runtime (``gzmap.js``, ``gz.updateLabels``) then runs the engine's
greedy collision pass at the zoom and window the reader has, with the
browser's own text measures, the same candidate positions and sizes
(:func:`gzmap.core.labels.as_js`), and leaves out a covered label while all
the layers that hide it are switched on. See ``docs/architecture/labels.md``.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from gzmap.core.labels import Anchor
from gzmap.core.labels import LabelLayer
from gzmap.core.labels import fill_alphas
from gzmap.core.labels import label_anchors
from gzmap.core.labels import label_texts
from gzmap.core.labels import valid_geoms
from gzmap.core.viewport import R_EARTH
from gzmap.core.viewport import merc_to_lonlat

__all__ = ["MAX_LABELS", "TOLERANCE_M", "label_items", "label_plan"]

#: At most this many labels of one layer go into the page (the largest features).
MAX_LABELS = 500
#: Precision of the anchors, metres (about a pixel at zoom 11).
TOLERANCE_M = 50.0
_WORLD_M = 2 * math.pi * R_EARTH  # the Web Mercator world's width, metres


def _part(layer, lang: str) -> LabelLayer | None:
    """A layer's part in the placement (a layer without vector features has none)."""
    import shapely

    from gzmap.core.viewport import lonlat_to_merc

    data = getattr(layer, "data", None)
    if data is None or not hasattr(data, "geometry") or not len(data):
        return None
    geoms = valid_geoms(np.asarray(data.geometry.values))
    merc = shapely.transform(geoms, lambda c: np.column_stack(lonlat_to_merc(c[:, 0], c[:, 1])))
    if not bool(np.isin(shapely.get_type_id(merc), [1, 2, 3, 5, 6, 7]).any()):
        return None  # points: no labels, and they hide nothing
    style = layer.style
    return LabelLayer(
        layer.id, merc, label_texts(data, style.label_field, lang), fill_alphas(style, data, layer.opacity)
    )


def label_plan(layers, lang: str) -> dict[str, dict[int, Anchor]]:
    """For each of ``layers`` (the visible ones, bottom to top) that carries labels: its label anchors
    by row, in priority order (covered ones too, with the layers that cover them)."""
    parts = [p for p in (_part(layer, lang) for layer in reversed(list(layers))) if p is not None]
    plan: dict[str, dict[int, Anchor]] = {}
    for a in label_anchors(parts, tolerance=TOLERANCE_M, keep_covered=True):
        rows = plan.setdefault(a.layer, {})
        if len(rows) < MAX_LABELS:
            rows[a.row] = a
    return plan


def label_items(anchors: dict[int, Anchor], texts: dict[int, str]) -> list[list[Any]]:
    """The page's label items ``[lat, lon, text, width in turns of the globe, [covering layer keys]]``
    of ``anchors`` (by row) with the cleaned ``texts`` (by row), in priority order."""
    items: list[list[Any]] = []
    for row, a in anchors.items():
        text = texts.get(row)
        if not text:
            continue
        lon, lat = merc_to_lonlat(a.x, a.y)
        items.append([round(float(lat), 6), round(float(lon), 6), text, a.width / _WORLD_M, list(a.covered_by)])
    return items
