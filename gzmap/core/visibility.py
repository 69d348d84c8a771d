"""Which layers show on a map of a given extent (WGS84 degrees), as a reader of the map sees it.

A layer shows when it is visible, has data inside the extent and is not
fully covered there by opaque polygons of the layers above it (a choropleth
of the districts hides the GBA cities' Guangzhou under it). The print
legend, the sources line and the labels use this, so that none of them names
or labels what the map does not show.

"Fully covered" is judged at the map's own scale: geometries are clipped to
the extent and simplified by ``extent width / 1500`` (about 0.15 mm on an A4
map frame), and the cover is widened by twice that, so the seam where two
layers share a boundary does not count as showing. Points are covered when
every point in the extent lies under the cover; rasters and tile sets are
judged by their footprint rectangle. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import shapely

__all__ = ["has_data_in", "opaque_cover", "shown_layers"]

#: Tolerance of the coverage test, as a fraction of the extent's width (degrees).
COVER_TOLERANCE = 1.0 / 1500.0


def _geodata(layer) -> Any:
    """The layer's GeoDataFrame, or None for a kind without vector features (raster, tiles)."""
    data = getattr(layer, "data", None)
    return data if data is not None and hasattr(data, "sindex") else None


def has_data_in(layer, box: tuple[float, float, float, float]) -> bool:
    """True when ``layer`` has a feature (or raster cell area) inside ``box`` (WGS84 degrees)."""
    b = layer.coverage()
    if not b or b[0] > box[2] or b[2] < box[0] or b[1] > box[3] or b[3] < box[1]:
        return False
    data = _geodata(layer)
    if data is None:
        return True  # a raster or tile set whose footprint overlaps
    hits = data.sindex.query(shapely.box(*box), predicate="intersects")
    return len(hits) > 0


def _in_box(layer, box) -> np.ndarray:
    """The layer's geometries that meet ``box``, clipped to it (a raster's or tile set's footprint)."""
    data = _geodata(layer)
    if data is None:
        b = layer.bounds()
        return np.array([shapely.box(*b)], dtype=object) if b else np.array([], dtype=object)
    rows = data.sindex.query(shapely.box(*box), predicate="intersects")
    geoms = np.asarray(data.geometry.values)[np.sort(rows)]
    clipped = shapely.clip_by_rect(geoms, *box)
    return clipped[~shapely.is_empty(clipped)]


def _opaque_rows(layer) -> np.ndarray | None:
    """Row positions of the polygons that hide what lies under them: effective fill opacity at least
    :data:`gzmap.core.labels.OPAQUE_ALPHA` (:func:`gzmap.core.labels.fill_alphas`, the label engine's rule), or None."""
    from gzmap.core.labels import OPAQUE_ALPHA
    from gzmap.core.labels import fill_alphas

    data = _geodata(layer)
    if data is None or getattr(layer, "legend_shape", "") != "polygon":
        return None
    try:
        alpha = fill_alphas(layer.style, data, float(getattr(layer, "opacity", 1.0)))
    except Exception:  # a style that cannot read the data is drawn plain: not trusted to cover
        return None
    return np.flatnonzero(alpha >= OPAQUE_ALPHA)


def _opaque_parts(layers: Sequence[Any], box, opaque: dict[int, np.ndarray | None] | None = None) -> np.ndarray:
    """The opaque polygons of ``layers`` that meet ``box``, clipped to it (``opaque``: their rows, if known)."""
    parts = []
    for layer in layers:
        rows = opaque[id(layer)] if opaque is not None else _opaque_rows(layer)
        if rows is None or not len(rows):
            continue
        data = layer.data
        hit = np.intersect1d(data.sindex.query(shapely.box(*box), predicate="intersects"), rows)
        if len(hit):
            parts.append(shapely.clip_by_rect(np.asarray(data.geometry.values)[hit], *box))
    return np.concatenate(parts) if parts else np.array([], dtype=object)


def opaque_cover(layers: Sequence[Any], box: tuple[float, float, float, float]):
    """The union (simplified, widened by the tolerance) of the opaque polygons of ``layers`` inside ``box``,
    or None when they have none there."""
    return _union(_opaque_parts(layers, box), box)


def _union(parts: np.ndarray, box):
    if not len(parts):
        return None
    tol = (box[2] - box[0]) * COVER_TOLERANCE
    cover = shapely.union_all(shapely.simplify(parts, tol)).buffer(2 * tol)
    shapely.prepare(cover)
    return cover


def _covered(layer, above: Sequence[Any], box, opaque: dict[int, np.ndarray | None]) -> bool:
    """True when every part of ``layer`` inside ``box`` lies under the opaque polygons of ``above``
    (``opaque``: the opaque rows of each layer, by ``id``)."""
    if not any((rows := opaque[id(l)]) is not None and len(rows) for l in above):
        return False
    parts = _opaque_parts(above, box, opaque)
    mine = _in_box(layer, box)
    if not len(mine):
        return True  # it only touches the extent's edge
    if not len(parts):
        return False
    tol = (box[2] - box[0]) * COVER_TOLERANCE
    cb = shapely.total_bounds(parts)
    mb = shapely.total_bounds(mine)
    if mb[0] < cb[0] - tol or mb[1] < cb[1] - tol or mb[2] > cb[2] + tol or mb[3] > cb[3] + tol:
        return False  # sticks out of the cover's bounding box: shows somewhere
    return bool(np.all(shapely.covers(_union(parts, box), shapely.simplify(mine, tol))))


def shown_layers(layers: Sequence[Any], extent: tuple[float, float, float, float]) -> list[Any]:
    """The layers of ``layers`` (bottom to top) that show on a map of ``extent``, in the same order.

    Left out: hidden layers, layers with no data in ``extent`` and layers
    whose every feature there lies under opaque polygons of layers above.
    """
    x0, y0, x1, y1 = (float(v) for v in extent)
    box = (x0, y0, x1, y1)
    candidates = [l for l in layers if getattr(l, "visible", True) and has_data_in(l, box)]
    opaque = {id(l): _opaque_rows(l) for l in candidates[1:]}
    shown = []
    for i, layer in enumerate(candidates):
        above = candidates[i + 1 :]
        if above and _covered(layer, above, box, opaque):
            continue
        shown.append(layer)
    return shown
