"""When a point layer is drawn as symbols, as small discs or as a per-pixel category map.

One rule for the desktop canvas and print (:mod:`gzmap.render.points`) and the
exported HTML page (``gzmap/export/runtime/gzmap.js``, which receives these
numbers from :func:`as_js`), so a map looks the same wherever it is opened.
"""

from __future__ import annotations

import math

__all__ = ["MAX_COVERAGE", "STAMP_LIMIT", "SYMBOL_LIMIT", "as_js", "point_regime"]

#: Up to this many points in view: one outlined vector symbol each.
SYMBOL_LIMIT = 4000
#: Up to this many: small raster discs; beyond, each pixel takes its majority category.
STAMP_LIMIT = 150_000
#: ...unless the discs would cover more than this share of the view (then the category map too).
MAX_COVERAGE = 0.35


def point_regime(n_visible: int, size_px: float, width_px: float, height_px: float) -> str:
    """``"symbols"``, ``"stamped"`` or ``"majority"`` for ``n_visible`` points of diameter
    ``size_px`` pixels in a view of ``width_px`` × ``height_px`` pixels."""
    if n_visible <= SYMBOL_LIMIT:
        return "symbols"
    covered = n_visible * math.pi * (size_px / 2) ** 2
    if n_visible <= STAMP_LIMIT and covered <= MAX_COVERAGE * width_px * height_px:
        return "stamped"
    return "majority"


def as_js() -> dict[str, float]:
    """The thresholds as the page's runtime reads them (``gzmap.setup(map, {rules: ...})``)."""
    return {"symbolLimit": SYMBOL_LIMIT, "stampLimit": STAMP_LIMIT, "maxCoverage": MAX_COVERAGE}
