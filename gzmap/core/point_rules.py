"""How a point layer is drawn at a given scale: symbol size, and symbols, small discs or bins.

One rule for the desktop canvas and print (:mod:`gzmap.render.points`) and the
exported HTML page (``gzmap/export/runtime/gzmap.js``, which receives these
numbers from :func:`as_js` through ``gzmap.setup``), so a map looks the same
wherever it is opened.

* **Size by scale.** A symbol keeps its style's diameter at 1:50,000
  (:data:`FULL_SIZE_SCALE`) and larger scales; zoomed out it shrinks as
  ``(FULL_SIZE_SCALE / scale) ** SIZE_EXPONENT``, never below
  :data:`MIN_SYMBOL_PT` points (0.7 mm on paper), so a point stays a dot and
  never turns into dust. The scale is the Web Mercator scale of the view:
  Mercator metres per typographic point over the length of a point
  (:data:`PT_METRES`); at 23° N true ground distances are 8 % shorter.
* **Symbols, discs or bins.** Up to :data:`SYMBOL_LIMIT` points in view are
  drawn as outlined vector symbols, up to :data:`STAMP_LIMIT` as small raster
  discs; but where symbols would merge — the occupied squares of
  :data:`BIN_PT` points hold :data:`MAX_CROWDING` points or more on average
  (:func:`crowding`: that many symbols of 2–4 points fill most of such a
  square), or the discs together would cover more than :data:`MAX_COVERAGE`
  of the view, or there are more than :data:`STAMP_LIMIT` — the layer is
  aggregated into square bins of :data:`BIN_PT` points a side, anchored to the
  Web Mercator grid (they do not move when the map is panned), each coloured
  by how many points it holds, in the steps of :data:`BIN_COUNT_STEPS`
  (:data:`BIN_COLORS`, a sequential ramp apart from the sub-sector palette).
  The legend then shows the count steps instead of the classes
  (:func:`bin_legend`, :func:`bin_title` with the cell's side on the ground
  in m or km, :func:`bin_note`): where points
  crowd, the class of each cannot be told apart anyway, and the colour of the
  commonest class of a square of one or two points would be noise.

Every length here is in typographic points (1/72 inch): the canvas converts at
96 dpi, print at its own resolution, the page at 96 CSS pixels per inch, so
the same view decides the same way on screen, on paper and in the browser.
"""

from __future__ import annotations

import math

import numpy as np

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate
from gzmap.core.style import LegendEntry
from gzmap.core.style import Symbol

__all__ = [
    "BIN_COLORS",
    "BIN_COUNT_STEPS",
    "BIN_OPACITY",
    "BIN_PT",
    "FULL_SIZE_SCALE",
    "MAX_COVERAGE",
    "MAX_CROWDING",
    "MIN_SYMBOL_PT",
    "STAMP_LIMIT",
    "SYMBOL_LIMIT",
    "as_js",
    "bin_cell_metres",
    "bin_legend",
    "bin_levels",
    "bin_note",
    "bin_title",
    "bin_title_pattern",
    "cell_metres_at",
    "cell_size_text",
    "crowding",
    "needs_crowding",
    "point_regime",
    "regime_at",
    "regime_in_view",
    "scale_of",
    "size_factor",
    "symbol_sizes",
]

#: Up to this many points in view: one outlined vector symbol each.
SYMBOL_LIMIT = 4000
#: Up to this many: small raster discs; beyond, bins.
STAMP_LIMIT = 150_000
#: ...unless the discs would cover more than this share of the view (then bins too).
MAX_COVERAGE = 0.35
#: ...or the occupied bins would hold this many points on average (then bins too).
MAX_CROWDING = 4.0
#: Side of a square bin, points (2.8 mm on paper, 10.7 px on a 96-dpi screen).
BIN_PT = 8.0
#: Upper counts of a bin's colour steps: 1, 2–4, 5–19, 20–99, 100 or more points.
BIN_COUNT_STEPS = (1, 4, 19, 99)
#: Colour of each step, fewest points first (ColorBrewer YlGnBu without its palest, legible on
#: the pale district fills).
BIN_COLORS = ("#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494")
#: Opacity of a bin (times the layer's): boundaries under the bins still show.
BIN_OPACITY = 0.8
#: At this scale (1:50,000) and larger, symbols have their style's size.
FULL_SIZE_SCALE = 50_000.0
#: How fast symbols shrink with the scale beyond :data:`FULL_SIZE_SCALE`.
SIZE_EXPONENT = 0.25
#: Smallest symbol diameter, points (0.7 mm on paper, 2.7 px on screen).
MIN_SYMBOL_PT = 2.0
#: One typographic point in metres.
PT_METRES = 0.0254 / 72.0


def scale_of(mercator_m_per_pt: float) -> float:
    """The view's scale denominator from its Web Mercator metres per typographic point."""
    return float(mercator_m_per_pt) / PT_METRES


def size_factor(scale: float) -> float:
    """What a symbol's diameter is multiplied by at 1:``scale`` (1 at 1:50,000 and larger scales)."""
    if not math.isfinite(scale) or scale <= FULL_SIZE_SCALE:
        return 1.0
    return (FULL_SIZE_SCALE / scale) ** SIZE_EXPONENT


def symbol_sizes(sizes_pt, scale: float) -> np.ndarray:
    """Symbol diameters (points) at 1:``scale`` for style diameters ``sizes_pt`` (points): scaled by
    :func:`size_factor`, but no smaller than :data:`MIN_SYMBOL_PT` (or the style's own size when
    that is smaller)."""
    s = np.asarray(sizes_pt, dtype=float)
    return np.maximum(s * size_factor(scale), np.minimum(s, MIN_SYMBOL_PT))


def crowding(x, y, side: float) -> float:
    """Mean number of points at (``x``, ``y``) per occupied ``side`` × ``side`` square (one unit for
    the three; squares counted from the smallest x and y); 0 without points."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.size == 0 or side <= 0:
        return 0.0
    cx = np.floor((x - x.min()) / side).astype(np.int64)
    cy = np.floor((y - y.min()) / side).astype(np.int64)
    cells = np.unique(cy * (int(cx.max()) + 1) + cx)
    return float(x.size) / cells.size


def point_regime(n_visible: int, size: float, width: float, height: float, crowded: float | None = None) -> str:
    """``"symbols"``, ``"stamped"`` or ``"bins"`` for ``n_visible`` points of diameter ``size`` in a
    view of ``width`` × ``height`` (one unit for the three), with ``crowded`` points per occupied
    bin on average (:func:`crowding`; None: not measured)."""
    if n_visible <= 0:
        return "symbols"
    covered = n_visible * math.pi * (size / 2) ** 2
    if n_visible > STAMP_LIMIT or covered > MAX_COVERAGE * width * height:
        return "bins"
    if crowded is not None and crowded >= MAX_CROWDING:
        return "bins"
    return "symbols" if n_visible <= SYMBOL_LIMIT else "stamped"


def needs_crowding(n_visible: int, size: float, width: float, height: float) -> bool:
    """Whether :func:`point_regime` can only decide with the crowding (else it is not measured)."""
    return n_visible >= MAX_CROWDING and point_regime(n_visible, size, width, height) != "bins"


def regime_in_view(x, y, size: float, width: float, height: float, side: float) -> str:
    """:func:`point_regime` for the points in view at (``x``, ``y``) from the view's top left, of
    diameter ``size``, in a ``width`` × ``height`` view with bins of ``side`` (one unit for all);
    the crowding is only measured when the counts alone do not decide."""
    n = int(np.size(x))
    crowded = crowding(x, y, side) if needs_crowding(n, size, width, height) else None
    return point_regime(n, size, width, height, crowded)


def _frame_view(extent, width_pt: float, height_pt: float, margin: float):
    from gzmap.core.viewport import Viewport

    return Viewport.fit(extent, max(int(round(width_pt)), 1), max(int(round(height_pt)), 1), margin=margin)


def regime_at(lon, lat, size_pt: float, extent, width_pt: float, height_pt: float, margin: float = 0.05) -> str:
    """How points at (``lon``, ``lat``) (WGS84 degrees) of style diameter ``size_pt`` are drawn in a
    frame of ``width_pt`` × ``height_pt`` points showing ``extent`` (min lon, min lat, max lon,
    max lat, fitted with ``margin`` as :meth:`Viewport.fit`): what a print legend asks before the
    map is drawn."""
    vp = _frame_view(extent, width_pt, height_pt, margin)
    px, py = vp.lonlat_to_screen(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
    w, h = vp.width, vp.height
    inside = np.isfinite(px) & np.isfinite(py) & (px >= -3) & (px < w + 3) & (py >= -3) & (py < h + 3)
    size = float(symbol_sizes(size_pt, scale_of(vp.resolution)))
    return regime_in_view(px[inside], py[inside], size, w, h, BIN_PT)


def cell_metres_at(extent, width_pt: float, height_pt: float, margin: float = 0.05) -> float:
    """Ground side of a bin, metres, in the frame of :func:`regime_at` (true at its centre)."""
    return bin_cell_metres(_frame_view(extent, width_pt, height_pt, margin).ground_resolution())


def bin_levels(counts) -> np.ndarray:
    """Colour step (0 fewest … 4) of bins holding ``counts`` points."""
    return np.searchsorted(np.asarray(BIN_COUNT_STEPS), np.asarray(counts), side="left").astype(np.int32)


def _bin_labels() -> list[str]:
    """The count steps as legend labels: ``1``, ``2–4``, ``5–19``, ``20–99``, ``≥ 100``."""
    lows = [1] + [s + 1 for s in BIN_COUNT_STEPS]
    labels = [str(lo) if lo == hi else f"{lo}–{hi}" for lo, hi in zip(lows, BIN_COUNT_STEPS)]
    return labels + [f"≥ {lows[-1]}"]


_TITLE = QT_TRANSLATE_NOOP("PointRules", "Count per cell ({size} × {size})")
_NOTE = QT_TRANSLATE_NOOP("PointRules", "Too many points to tell apart at this scale: zoom in to see each one.")


def bin_cell_metres(ground_m_per_pt: float) -> float:
    """Ground side of a bin, metres, in a view of ``ground_m_per_pt`` true ground metres per
    typographic point (:meth:`Viewport.ground_resolution`, true at the view's centre)."""
    return float(BIN_PT * ground_m_per_pt)


def cell_size_text(metres: float) -> str:
    """A bin's side to two significant figures: ``350 m``, ``1.4 km``, ``12 km`` (the page's
    runtime writes it the same way, ``gz.cellSizeText``)."""
    if not (metres > 0 and math.isfinite(metres)):
        return "?"
    v = float(f"{metres:.2g}")
    return f"{v / 1000:g} km" if v >= 1000 else f"{v:g} m"


def bin_title(lang: str, cell_m: float) -> str:
    """The legend heading of the count steps in ``lang``, naming the side of a cell of ``cell_m``
    ground metres (:func:`bin_cell_metres`): ``Count per cell (1.4 km × 1.4 km)``."""
    return translate("PointRules", _TITLE, lang, size=cell_size_text(cell_m))


def bin_title_pattern(lang: str) -> str:
    """:func:`bin_title` with ``{size}`` left to fill (the page fills it at each zoom)."""
    return translate("PointRules", _TITLE, lang, size="{size}")


def bin_note(lang: str) -> str:
    """The legend's line saying that a layer is drawn as bins, in ``lang``."""
    return translate("PointRules", _NOTE, lang)


def bin_legend() -> list[LegendEntry]:
    """The legend rows of a layer drawn as bins: one square per count step (the labels are numbers)."""
    return [
        LegendEntry(Symbol(fill=c, stroke=c, stroke_width=0.0, fill_opacity=BIN_OPACITY), label, label)
        for c, label in zip(BIN_COLORS, _bin_labels())
    ]


def as_js() -> dict[str, object]:
    """The rule's numbers as the page's runtime reads them (``gzmap.setup(map, {rules: ...})``)."""
    return {
        "symbolLimit": SYMBOL_LIMIT,
        "stampLimit": STAMP_LIMIT,
        "maxCoverage": MAX_COVERAGE,
        "maxCrowding": MAX_CROWDING,
        "binPt": BIN_PT,
        "binSteps": list(BIN_COUNT_STEPS),
        "binColors": list(BIN_COLORS),
        "binOpacity": BIN_OPACITY,
        "fullSizeScale": FULL_SIZE_SCALE,
        "sizeExponent": SIZE_EXPONENT,
        "minSymbolPt": MIN_SYMBOL_PT,
        "ptMetres": PT_METRES,
    }
