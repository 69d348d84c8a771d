"""The print legend: one block per layer that shows on the map, every class listed, flowed into columns.

:func:`legend_blocks` turns the layers that show (see
:mod:`gzmap.core.visibility`) into blocks of rows from each layer's own
style, counting the features inside an area (the map's extent, or an atlas
page's district). :func:`fit_legend` places every row, in millimetres, in as
many columns as the panel needs: text shrinks only down to 6 pt and no class
is ever left out; when even that does not fit it returns None and the caller
says so. Nothing here imports Qt; widths are estimates (:mod:`gzmap.core.text_fit`).
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from typing import Any

import numpy as np
import shapely

from gzmap.core.kinds.base import Layer as _BaseLayer
from gzmap.core.page_words import colon
from gzmap.core.page_words import word
from gzmap.core.path_text import strip_paths
from gzmap.core.style import LegendEntry
from gzmap.core.style import Symbol
from gzmap.core.text_fit import MM_PER_PT
from gzmap.core.text_fit import text_width_mm
from gzmap.core.text_fit import wrap_many
from gzmap.core.text_fit import wrap_text

__all__ = [
    "LegendBlock",
    "LegendItem",
    "LegendPlan",
    "LegendRow",
    "fit_legend",
    "layer_legend_entries",
    "legend_blocks",
]

PAD_MM = 3.0  # inside the legend box
COLUMN_GAP_MM = 4.0
SWATCH_W_MM = 6.0
SWATCH_GAP_MM = 2.0
SMALLEST_PT = 6.0
COMFORTABLE_PT = 7.0
MAX_COLUMNS = 6


@dataclass
class LegendItem:
    """One legend row: a swatch drawn as ``shape`` (polygon, point, line, raster) with a label and count."""

    label: str
    symbol: Symbol
    shape: str = "polygon"
    count: int | None = None


@dataclass
class LegendBlock:
    """One layer's part of the legend: heading (may be empty), every class, a small note (source)."""

    title: str
    items: list[LegendItem]
    note: str = ""


@dataclass
class LegendRow:
    """A placed legend row, in millimetres from the page's top-left corner.

    ``kind`` is ``title`` (``lines`` of a layer's heading), ``item`` (a swatch,
    label and count) or ``note`` (``lines`` in small type).
    """

    kind: str
    x: float
    y: float
    w: float
    h: float
    lines: list[str] = field(default_factory=list)
    item: LegendItem | None = None


@dataclass
class LegendPlan:
    """Every row of the legend placed: the box (``width`` x ``height`` mm), heading, text size, columns."""

    rows: list[LegendRow]
    body_pt: float
    columns: int
    width: float
    height: float
    heading: str
    counts_note: str = ""


# -- blocks -----------------------------------------------------------------------


def _rows_in(data, area, by_feature: bool) -> np.ndarray:
    """Row positions of ``data``'s features in ``area``: meeting it, or for polygons of an atlas page's
    feature (``by_feature``), with a point on their surface inside it (neighbours that only touch do not count)."""
    hits = np.sort(data.sindex.query(area, predicate="intersects"))
    if not by_feature or not len(hits):
        return hits
    geoms = np.asarray(data.geometry.values)[hits]
    polygonal = np.isin(shapely.get_type_id(geoms), (3, 6))
    inside = np.ones(len(hits), dtype=bool)
    if polygonal.any():
        shapely.prepare(area)
        inside[polygonal] = shapely.contains(area, shapely.point_on_surface(geoms[polygonal]))
    return hits[inside]


def layer_legend_entries(layer, area=None, by_feature: bool = False) -> list[LegendEntry]:
    """The legend rows of ``layer``'s style, counting only the features in ``area`` (a shapely geometry,
    WGS84 degrees) when given. A kind with a legend of its own (tiles: none) gives that."""
    if area is None or type(layer).legend_entries is not _BaseLayer.legend_entries:
        return layer.legend_entries()
    data = layer.legend_data()
    if data is not None and hasattr(data, "sindex"):
        data = data.iloc[_rows_in(data, area, by_feature)]
    try:
        return layer.style.legend(data)
    except Exception:  # a style that cannot read this data shows no rows
        return []


def _block(layer, entries: list[LegendEntry], lang: str) -> LegendBlock:
    style = layer.style
    if getattr(style, "other", None) is not None and entries and entries[-1].count == 0 and len(entries) > 1:
        entries = entries[:-1]  # an empty "Other" class says nothing on paper
    if len(entries) > 1 and all(e.count == 1 for e in entries):
        entries = [replace(e, count=None) for e in entries]  # one feature per class: counts add nothing
    shape = layer.legend_shape
    name = layer.name(lang) if hasattr(layer, "name") else str(layer)
    title = style.legend_title(lang) or name
    if len(entries) == 1 and getattr(style, "kind", "") == "single":
        # a single-symbol layer: one row named after the layer, no repeated heading
        count = entries[0].count if shape != "raster" and (entries[0].count or 0) > 1 else None
        items = [LegendItem(name, entries[0].symbol, shape, count)]
        title = ""
    else:
        items = [LegendItem(e.label(lang), e.symbol, shape, e.count if shape != "raster" else None) for e in entries]
    return LegendBlock(title, items, _source_note(style, lang))


def _source_note(style, lang: str) -> str:
    return f"{word('sources', lang)}{colon(lang)}{strip_paths(style.source)}" if style.source else ""


def _bin_block(layer, lang: str, cell_m: float) -> LegendBlock:
    """A point layer the map draws as count squares of ``cell_m`` ground metres a side: its name and
    the squares' side as the heading, one square per count step (as the canvas legend and the HTML
    page say it)."""
    from gzmap.core.point_rules import bin_legend
    from gzmap.core.point_rules import bin_title

    name = layer.name(lang) if hasattr(layer, "name") else str(layer)
    title = f"{name}\n{bin_title(lang, cell_m)}"
    items = [LegendItem(e.label(lang), e.symbol, "polygon", None) for e in bin_legend()]
    return LegendBlock(title, items, _source_note(layer.style, lang))


def legend_blocks(
    layers: Sequence[Any],
    lang: str,
    count_area=None,
    by_feature: bool = False,
    binned: Mapping[str, float] | None = None,
) -> list[LegendBlock]:
    """Legend blocks of ``layers`` (bottom to top; give only those that show), top layer first.

    The heading is the style's legend title (with unit and year) or the layer
    name; every class is listed; counts are of the features in ``count_area``
    (see :func:`layer_legend_entries`); a layer with no legend rows (a tile
    basemap) has no block. A point layer whose id is in ``binned`` (drawn as
    count squares, :func:`gzmap.core.point_rules.regime_at`; the value is a square's ground side in
    metres) shows the count steps instead of its classes.
    """
    binned = binned or {}
    blocks = []
    for layer in reversed(list(layers)):
        if getattr(layer, "id", None) in binned:
            blocks.append(_bin_block(layer, lang, binned[layer.id]))
            continue
        entries = layer_legend_entries(layer, count_area, by_feature)
        if entries:
            blocks.append(_block(layer, entries, lang))
    return blocks


# -- placing rows in columns ---------------------------------------------------------------


@dataclass
class _Unit:
    """Rows that stay in one column (a heading with its first class; a class with the block's note)."""

    rows: list[tuple[str, float, list[str], LegendItem | None]]  # kind, height, lines, item
    starts_block: bool

    @property
    def h(self) -> float:
        return sum(r[1] for r in self.rows)


@dataclass(frozen=True)
class _Metrics:
    """Row heights (mm) at a text size of ``pt`` points."""

    pt: float

    @property
    def line(self) -> float:
        return self.pt * MM_PER_PT

    @property
    def item(self) -> float:
        return max(self.line * 1.55, 3.6)

    @property
    def title_line(self) -> float:
        return self.line * 1.45

    @property
    def note_line(self) -> float:
        return self.line * 0.85 * 1.35

    @property
    def gap(self) -> float:
        return self.line * 0.9

    @property
    def heading(self) -> float:
        return self.pt * 1.15 * MM_PER_PT * 1.8


def _item_width(item: LegendItem, pt: float) -> float:
    count = text_width_mm(f"{item.count:,}", pt * 0.9) + 2.5 if item.count is not None else 0.0
    return SWATCH_W_MM + SWATCH_GAP_MM + text_width_mm(item.label, pt) + count + 0.5


def _natural_column(blocks: list[LegendBlock], pt: float) -> float:
    """The column width (mm) in which every class label fits at ``pt`` (headings may take two lines)."""
    widths = [_item_width(i, pt) for b in blocks for i in b.items]
    return max(widths + [30.0])


def _units(blocks: list[LegendBlock], m: _Metrics, col_w: float) -> list[_Unit]:
    units: list[_Unit] = []
    for block in blocks:
        head: list[tuple[str, float, list[str], LegendItem | None]] = []
        if block.title:
            # a line break in the title starts a new line (each part wrapped to two at most)
            lines = [ln for part in block.title.split("\n") for ln in (wrap_text(part, m.pt, col_w, 2) or [part])]
            head.append(("title", m.title_line * len(lines), lines, None))
        for k, item in enumerate(block.items):
            rows = (head if k == 0 else []) + [("item", m.item, [], item)]
            units.append(_Unit(rows, starts_block=k == 0))
        if block.note:
            lines = wrap_many(block.note, m.pt * 0.85, col_w, 2)
            units[-1].rows.append(("note", m.note_line * len(lines), lines, None))
    return units


def _flow(units: list[_Unit], gap: float, capacity: float) -> list[list[tuple[float, _Unit]]]:
    """Units in columns of at most ``capacity`` mm (a unit taller than that gets a column of its own)."""
    columns: list[list[tuple[float, _Unit]]] = [[]]
    y = 0.0
    for u in units:
        lead = gap if (u.starts_block and columns[-1]) else 0.0
        if columns[-1] and y + lead + u.h > capacity + 1e-9:
            columns.append([])
            y, lead = 0.0, 0.0
        columns[-1].append((y + lead, u))
        y += lead + u.h
    return columns


def _column_height(columns: list[list[tuple[float, _Unit]]]) -> float:
    return max((c[-1][0] + c[-1][1].h for c in columns if c), default=0.0)


def _balanced(units: list[_Unit], gap: float, n: int) -> list[list[tuple[float, _Unit]]]:
    """The flow into at most ``n`` columns with the shortest tallest column (bisection on the capacity)."""
    lo = max(u.h for u in units)
    hi = sum(u.h for u in units) + gap * len(units)
    for _ in range(30):
        mid = (lo + hi) / 2
        if len(_flow(units, gap, mid)) <= n:
            hi = mid
        else:
            lo = mid
    return _flow(units, gap, hi)


def _sizes(body_pt: float) -> Iterator[float]:
    """Text sizes to try: the layout's body size down to 7 pt first, then 6.5 and 6 pt."""
    pt = body_pt
    while pt >= SMALLEST_PT - 1e-9:
        yield pt
        pt -= 0.5


def fit_legend(
    blocks: list[LegendBlock],
    *,
    body_pt: float,
    max_w: float,
    max_h: float,
    min_w: float = 0.0,
    prefer_short: bool = False,
    heading: str,
    counts_note: str = "",
) -> LegendPlan | None:
    """Every row of ``blocks`` placed in a box at most ``max_w`` x ``max_h`` mm (at the origin), or None.

    Tries the fewest columns at the largest text first (down to 7 pt), then
    smaller text (down to 6 pt). ``prefer_short`` (a legend below the map)
    takes as many columns as the width allows, to keep the panel low.
    ``min_w`` is the narrowest box (a side panel keeps its width).
    """
    if not blocks:
        return None
    sizes = list(_sizes(body_pt))
    for group in ([s for s in sizes if s >= COMFORTABLE_PT - 1e-9], [s for s in sizes if s < COMFORTABLE_PT - 1e-9]):
        for pt in group:
            plan = _fit_at(blocks, pt, max_w, max_h, min_w, prefer_short, heading, counts_note)
            if plan is not None:
                return plan
    return None


def _fit_at(blocks, pt, max_w, max_h, min_w, prefer_short, heading, counts_note) -> LegendPlan | None:
    m = _Metrics(pt)
    natural = _natural_column(blocks, pt)
    usable = max_w - 2 * PAD_MM
    fits = max(1, int((usable + COLUMN_GAP_MM) // (natural + COLUMN_GAP_MM)))
    if fits == 1 and usable < natural * 0.85:
        return None  # labels would have to shrink too far: try smaller text
    n_units = sum(len(b.items) for b in blocks)
    counts = [min(fits, n_units, MAX_COLUMNS)] if prefer_short else range(1, min(fits, MAX_COLUMNS) + 1)
    head_h = m.heading + (m.note_line * 1.2 if counts_note else 0.0)
    for n in counts:
        width = min(max(2 * PAD_MM + n * natural + (n - 1) * COLUMN_GAP_MM, min_w), max_w)
        col_w = (width - 2 * PAD_MM - (n - 1) * COLUMN_GAP_MM) / n
        units = _units(blocks, m, col_w)
        columns = _balanced(units, m.gap, n)
        height = PAD_MM * 0.8 + head_h + _column_height(columns) + PAD_MM * 0.7
        if len(columns) <= n and height <= max_h + 1e-9:
            rows = _place(columns, col_w, PAD_MM * 0.8 + head_h)
            return LegendPlan(rows, pt, len(columns), width, height, heading, counts_note)
    return None


def _place(columns, col_w: float, top: float) -> list[LegendRow]:
    """Rows at their positions relative to the legend box's top-left corner (mm)."""
    rows = []
    for c, column in enumerate(columns):
        x = PAD_MM + c * (col_w + COLUMN_GAP_MM)
        for y0, unit in column:
            y = top + y0
            for kind, h, lines, item in unit.rows:
                rows.append(LegendRow(kind, x, y, col_w, h, list(lines), item))
                y += h
    return rows
