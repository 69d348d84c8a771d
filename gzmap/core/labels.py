"""Label placement: which features of which layers carry a label, and where (pure; no Qt).

One engine for the canvas, the print and the HTML page:

- **What is labelled.** Only visible layers with a label field. A feature's
  label goes on the part of it that is not hidden under an opaque polygon of a
  layer above it (effective fill opacity ≥ :data:`OPAQUE_ALPHA`) nor under a
  labelled polygon of a layer above it, however faint its fill (the layer
  above names that area: Guangzhou's districts over the GBA cities); a feature
  with less than :data:`MIN_VISIBLE_SHARE` of its area left visible is not
  labelled at all, so the GBA layer does not write "广州市" over Guangzhou's own
  districts and a layer under an opaque choropleth keeps quiet. Point layers
  carry no labels (thousands of names would carpet the map; popups and the
  table serve instead).
- **Where.** A polygon's label is centred on the pole of inaccessibility of
  its visible part (the centre of the largest inscribed circle, shapely's
  ``maximum_inscribed_circle``: the point deepest inside, where a label best
  fits), not on a centroid that may sit at an edge or outside.
- **Priority.** Layers from the top down (the map's subject, an analysis or
  enterprise layer, is drawn above the reference layers it is read against:
  districts above GBA cities), and in a layer larger visible features first.
- **Collisions.** Greedy in priority order: each label tries the centre and
  then eight positions beside its anchor (:data:`CANDIDATES`), and takes
  the first whose box lies inside the map and overlaps no label already placed
  (with :data:`GAP_PT` between boxes). A feature narrower on the map than
  :data:`MIN_FEATURE_PT` is not labelled.

:func:`label_anchors` does the geometry (projected metres, e.g. Web Mercator);
:func:`place_labels` the collision pass in device units, measuring text with
the function it is given, so the pure part is testable and the canvas, the
print (QFontMetrics) and the HTML page (the browser's own layout, in
``gzmap.js``, with the same candidates and sizes from :func:`as_js`) share it.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = [
    "CANDIDATES",
    "GAP_PT",
    "LABEL_PT",
    "MIN_FEATURE_PT",
    "MIN_VISIBLE_SHARE",
    "OPAQUE_ALPHA",
    "Anchor",
    "LabelLayer",
    "PlacedLabel",
    "as_js",
    "fill_alphas",
    "label_anchors",
    "label_column",
    "label_texts",
    "place_labels",
    "valid_geoms",
]

#: A fill at least this opaque (symbol fill opacity × layer opacity, 0–1) hides what lies under it.
OPAQUE_ALPHA = 0.7
#: A feature with less than this share of its area visible (not under opaque layers above) is not labelled.
MIN_VISIBLE_SHARE = 0.05
#: Label text size, points.
LABEL_PT = 9.0
#: Space kept free around each label box, points.
GAP_PT = 1.5
#: A feature narrower than this on the map (points) is not labelled.
MIN_FEATURE_PT = 18.0
#: Label positions tried in turn, as (dx, dy) in units of the label box plus the gap (y grows
#: downwards): centred on the anchor, then a line above, a line below, beside it to the right and to
#: the left (its edge on the anchor), and the four corners; a label never leaves its anchor's side.
CANDIDATES: tuple[tuple[float, float], ...] = (
    (0, 0),
    (0, -1),
    (0, 1),
    (0.5, 0),
    (-0.5, 0),
    (0.5, -1),
    (-0.5, -1),
    (0.5, 1),
    (-0.5, 1),
)


def label_column(columns: Sequence[str], field_name: str | None, lang: str) -> str | None:
    """The column that holds ``field_name``'s label in ``lang`` ("zh…" or "en"):
    ``field_zh``/``field_en``, else ``field``, else the other language; None without one."""
    if not field_name:
        return None
    suffix = "zh" if lang.startswith("zh") else "en"
    cols = set(columns)
    for col in (f"{field_name}_{suffix}", field_name, f"{field_name}_zh", f"{field_name}_en"):
        if col in cols:
            return col
    return None


def valid_geoms(geoms: np.ndarray) -> np.ndarray:
    """``geoms`` repaired by ``shapely.make_valid``; missing, empty or non-finite ones become None."""
    import shapely

    geoms = np.asarray(geoms, dtype=object)
    out = np.full(len(geoms), None, dtype=object)
    ok = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    ok[ok] = np.isfinite(shapely.bounds(geoms[ok])).all(axis=1)
    if ok.any():
        out[ok] = shapely.make_valid(geoms[ok])
    return out


def label_texts(data, field_name: str | None, lang: str) -> list[str] | None:
    """Each row's label in ``lang`` from the :func:`label_column` of ``data`` ("" where missing), or None."""
    col = label_column(list(data.columns), field_name, lang)
    if col is None:
        return None
    return ["" if v is None or v != v else str(v) for v in data[col].tolist()]  # v != v: NaN


def fill_alphas(style, data, opacity: float) -> np.ndarray:
    """Each feature's effective fill opacity (0–1): its class symbol's ``fill_opacity`` × the layer's ``opacity``."""
    classes = np.asarray(style.classify(data))
    table = np.array([s.fill_opacity for s in style.symbols] + [style.nodata_symbol.fill_opacity], dtype=float)
    return table[np.where(classes < 0, len(style.symbols), classes)] * float(opacity)


@dataclass(frozen=True)
class LabelLayer:
    """One visible layer's part in the placement.

    ``geoms``: its features (valid shapely geometries, e.g. through ``shapely.make_valid``;
    projected metres). ``texts``: the label of
    each feature ("" for none), or None when the layer carries no labels.
    ``alphas``: each feature's effective fill opacity (0–1), or None when it
    hides nothing (points, lines, rasters).
    """

    key: str
    geoms: np.ndarray
    texts: Sequence[str] | None = None
    alphas: np.ndarray | None = None


@dataclass(frozen=True)
class Anchor:
    """Where a feature's label goes: (x, y) and the inscribed ``radius`` and ``width`` of its visible
    part, in the input's projected metres. ``covered_by``: the layers (keys) whose opaque fills,
    all shown, hide the feature (only when :func:`label_anchors` is asked to keep covered ones)."""

    layer: str
    row: int
    text: str
    x: float
    y: float
    radius: float
    width: float
    area: float
    covered_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlacedLabel:
    """A label placed on the map: its text, centre and box (x0, y0, x1, y1) in device units."""

    text: str
    x: float
    y: float
    box: tuple[float, float, float, float]
    layer: str = ""
    row: int = -1


def _polygonal(geoms: np.ndarray) -> np.ndarray:
    """True where a geometry has area (polygons, multipolygons, collections with polygons)."""
    import shapely

    return shapely.area(geoms) > 0


#: Grid points a side with which the share of a feature under the covers is estimated.
SAMPLES = 16
#: The last covers computed: (geometry array, opaque mask bytes) -> union (kept with its array, so an id is never reused).
_COVERS: dict[tuple[int, bytes], tuple[object, object]] = {}


def _cover(layer: LabelLayer) -> object | None:
    """The union of ``layer``'s opaque polygons and, when it is labelled, of its labelled polygons
    (faint or not, their names are the ones to read there), or None (cached for the same geometry
    array: a map redrawn at the same zoom does not union its districts again)."""
    import shapely

    if layer.alphas is None or not len(layer.geoms):
        return None
    opaque = np.asarray(layer.alphas, dtype=float) >= OPAQUE_ALPHA
    if layer.texts is not None:  # a labelled polygon layer names its area, whatever its fill
        opaque = opaque | np.array([bool(t) for t in layer.texts], dtype=bool)
    opaque = opaque & _polygonal(layer.geoms)
    if not opaque.any():
        return None
    key = (id(layer.geoms), np.packbits(opaque).tobytes())
    hit = _COVERS.get(key)
    if hit is not None and hit[0] is layer.geoms:
        return hit[1]
    union = shapely.union_all(layer.geoms[opaque])
    _remember(key, layer.geoms, union)
    return union


def _remember(key, owner, union) -> None:
    """Keep ``union`` in the cache of covers under ``key`` with the object it was made from."""
    if len(_COVERS) >= 16:
        _COVERS.pop(next(iter(_COVERS)))
    _COVERS[key] = (owner, union)


def _union_of(covers: list) -> object | None:
    """The union of the ``covers`` (cached like them), prepared for fast predicates; None for none."""
    import shapely

    if not covers:
        return None
    if len(covers) == 1:
        union = covers[0]
    else:
        key = (id(covers[0]), b"".join(str(id(c)).encode() + b"," for c in covers))
        hit = _COVERS.get(key)
        if hit is not None and hit[0] is covers[0]:
            return hit[1]
        union = shapely.union_all(covers)
        _remember(key, covers[0], union)
    shapely.prepare(union)
    return union


def _uncovered(shape, union):
    """The part of ``shape`` outside ``union`` (a prepared geometry, or None).

    The share covered is first estimated on a grid of points inside the shape
    (:data:`SAMPLES` a side): the whole shape when none is covered, nothing when
    (nearly) all are, and only in between the exact difference, with the union
    clipped to the shape's box first so a large cover costs only its part near
    the shape. A redraw then costs a difference only for a feature a cover cuts.
    """
    import shapely

    if union is None or not union.intersects(shape):
        return shape
    x0, y0, x1, y1 = shape.bounds
    gx, gy = np.meshgrid(np.linspace(x0, x1, SAMPLES + 2)[1:-1], np.linspace(y0, y1, SAMPLES + 2)[1:-1])
    inside = shapely.contains_xy(shape, gx.ravel(), gy.ravel())
    if inside.sum() >= SAMPLES:  # enough samples to judge by
        covered = shapely.contains_xy(union, gx.ravel()[inside], gy.ravel()[inside]).mean()
        if covered == 0.0:
            return shape
        if covered >= 1.0 - MIN_VISIBLE_SHARE / 2:
            return shapely.Polygon()
    return shapely.difference(shape, shapely.clip_by_rect(union, *shape.bounds))


def _largest_part(geom):
    """The polygon of ``geom`` with the largest area (the geometry itself when it is one)."""
    parts = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")]
    flat = [p for g in parts for p in getattr(g, "geoms", [g])]
    return max(flat, key=lambda p: p.area) if flat else None


def _anchor_of(layer: LabelLayer, row: int, part, area: float, tolerance: float, covered_by=()) -> Anchor | None:
    """The :class:`Anchor` of ``part`` (a polygon in metres): its pole of inaccessibility."""
    import shapely

    if part is None or part.is_empty:
        return None
    line = shapely.maximum_inscribed_circle(part, tolerance)
    x, y = shapely.get_coordinates(line)[0]
    x0, _, x1, _ = part.bounds
    texts = layer.texts or ()
    return Anchor(layer.key, row, texts[row], float(x), float(y), float(line.length), x1 - x0, area, covered_by)


def _labelled_rows(layer: LabelLayer, extent, min_width: float) -> tuple[list[int], np.ndarray]:
    """The rows with a label text and a geometry at least ``min_width`` wide inside ``extent``, and
    those geometries (clipped to ``extent``)."""
    import shapely

    texts = layer.texts or ()
    geoms = layer.geoms
    rows = np.array([i for i in range(len(geoms)) if i < len(texts) and texts[i] and geoms[i] is not None], dtype=int)
    if not rows.size:
        return [], np.array([], dtype=object)
    b = shapely.bounds(geoms[rows])
    if extent is not None:
        b = np.column_stack([np.maximum(b[:, 0], extent[0]), b[:, 1], np.minimum(b[:, 2], extent[2]), b[:, 3]])
    rows = rows[(b[:, 2] - b[:, 0]) >= min_width]  # NaN bounds (empty) fall out here too
    shapes = geoms[rows]
    if extent is not None:
        shapes = shapely.clip_by_rect(shapes, *extent)
    return rows.tolist(), shapes


def _layer_anchors(layer: LabelLayer, covers, extent, tolerance: float, keep_covered: bool, min_width: float):
    """The anchors of one labelled layer under the ``covers`` [(key, union)] of the layers above it."""
    import shapely

    rows, shapes = _labelled_rows(layer, extent, min_width)
    if not rows:
        return []
    areas = shapely.area(shapes)
    out: list[Anchor] = []
    union = _union_of([c for _, c in covers])
    for row, shape, area in zip(rows, shapes, areas):
        if area <= 0:
            continue
        visible = _uncovered(shape, union)
        seen = shapely.area(visible)
        if seen >= MIN_VISIBLE_SHARE * area:
            a = _anchor_of(layer, row, _largest_part(visible), float(seen), tolerance)
        elif keep_covered:
            by = tuple(k for k, c in covers if shapely.intersects(shape, c))
            a = _anchor_of(layer, row, _largest_part(shape), float(area), tolerance, by)
        else:
            a = None
        if a is not None:
            out.append(a)
    out.sort(key=lambda a: -a.area)
    return out


def label_anchors(
    layers: Sequence[LabelLayer],
    extent: tuple[float, float, float, float] | None = None,
    tolerance: float = 1.0,
    keep_covered: bool = False,
    min_width: float = 0.0,
) -> list[Anchor]:
    """The label anchors of ``layers`` (visible ones, **top first**), in priority order.

    Parameters
    ----------
    layers
        The visible layers from the top of the map down; every layer hides what
        its opaque polygons cover in the layers below it.
    extent
        (xmin, ymin, xmax, ymax) of the map in the layers' metres: a feature is
        labelled on its part inside it. None: whole features (the HTML page).
    tolerance
        Precision of the anchor, metres (about one device pixel).
    keep_covered
        Also return covered features, with ``covered_by`` naming the layers
        that hide them (the HTML page, where the reader can switch layers off).
    min_width
        Features narrower than this (metres, inside ``extent``) are left out
        before any geometry is computed (:data:`MIN_FEATURE_PT` on the map).
    """
    out: list[Anchor] = []
    covers: list[tuple[str, object]] = []
    below = [any(l.texts is not None for l in layers[i + 1 :]) for i in range(len(layers))]
    for layer, anything_below in zip(layers, below):
        if layer.texts is not None:
            out += _layer_anchors(layer, covers, extent, tolerance, keep_covered, min_width)
        cover = _cover(layer) if anything_below else None  # the bottom layer hides nothing that is labelled
        if cover is not None:
            covers.append((layer.key, cover))
    return out


def _candidate_boxes(x: float, y: float, w: float, h: float, gap: float):
    """The boxes (x0, y0, x1, y1) of a w×h label around anchor (x, y), in :data:`CANDIDATES` order."""
    for dx, dy in CANDIDATES:
        cx = x + dx * (w + gap)
        cy = y + dy * (h + gap)
        yield cx, cy, (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def _overlaps(box, placed: list[tuple[float, float, float, float]], gap: float) -> bool:
    x0, y0, x1, y1 = box
    return any(x0 - gap < b[2] and x1 + gap > b[0] and y0 - gap < b[3] and y1 + gap > b[1] for b in placed)


def place_labels(
    anchors: Sequence[Anchor],
    to_device: Callable[[float, float], tuple[float, float]],
    measure: Callable[[str], tuple[float, float]],
    size: tuple[float, float],
    unit: float,
    pt: float,
    occupied: Sequence[tuple[float, float, float, float]] = (),
) -> list[PlacedLabel]:
    """Place the labels of ``anchors`` (in priority order) greedily without overlaps.

    Parameters
    ----------
    to_device
        Maps an anchor's (x, y) metres to device units (y down).
    measure
        The (width, height) of a label's text in device units.
    size
        (width, height) of the map in device units; every label box lies inside.
    unit
        Device units per metre (1 / the map's resolution in metres per pixel).
    pt
        Device units per typographic point.
    occupied
        Boxes (x0, y0, x1, y1) already taken (a scale bar, a north arrow…).
    """
    placed: list[PlacedLabel] = []
    boxes: list[tuple[float, float, float, float]] = [
        (float(b[0]), float(b[1]), float(b[2]), float(b[3])) for b in occupied
    ]
    gap = GAP_PT * pt
    width, height = size
    for a in anchors:
        if a.width * unit < MIN_FEATURE_PT * pt:
            continue
        x, y = to_device(a.x, a.y)
        w, h = measure(a.text)
        for cx, cy, box in _candidate_boxes(x, y, w, h, gap):
            inside = box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height
            if inside and not _overlaps(box, boxes, gap):
                boxes.append(box)
                placed.append(PlacedLabel(a.text, cx, cy, box, a.layer, a.row))
                break
    return placed


def as_js() -> dict:
    """The placement's sizes and candidates for the HTML page's runtime (``gzmap.js``), in points."""
    return {
        "labelPt": LABEL_PT,
        "gapPt": GAP_PT,
        "minFeaturePt": MIN_FEATURE_PT,
        "candidates": [list(c) for c in CANDIDATES],
    }
