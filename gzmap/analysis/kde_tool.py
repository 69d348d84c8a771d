"""Declaration of the heat surface (:func:`gzmap.analysis.kde.kde`) and its run."""

from __future__ import annotations

import functools

from gzmap.analysis.registry import AnalysisResult
from gzmap.analysis.registry import declare
from gzmap.core.fields import unit_text
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """Density grid of ``inputs["points"]``: a point GeoDataFrame, or coordinate arrays
    (:class:`gzmap.io.point_coords.PointCoords`: ``x``, ``y``, ``crs``, ``values``), clipped to the
    built-in GBA cities that hold the points (none outside them)."""
    from gzmap.analysis import kde

    pts, weight = inputs["points"], params["weight"]
    options = {"kernel": params["kernel"], "method": params["method"], "crs": params["crs"], "progress": progress}
    options["area"] = "auto"  # clipped to the GBA cities holding the points (gzmap.analysis.study_area)
    if hasattr(pts, "geometry"):
        grid = kde.kde(pts, params["bandwidth"], params["cell"], weight=weight, **options)
    else:
        if weight:
            kde.check_weight_column(weight, pts.columns)
        grid = kde.kde_xy(
            pts.x,
            pts.y,
            pts.crs,
            params["bandwidth"],
            params["cell"],
            weight_name=weight,
            weights=pts.values[weight] if weight else None,
            **options,
        )
    return result(grid, params)


def result(grid, params: dict) -> AnalysisResult:
    """The analysis result of a density ``grid`` (the one path of this run and a distributed run)."""
    rows, cols = grid.values.shape
    peak = float(grid.values[grid.values == grid.values].max(initial=0.0))
    line = Phrase(
        "Summaries",
        QT_TRANSLATE_NOOP("Summaries", "{rows:,} x {cols:,} cells of {cell:g} m, peak {peak:,.1f} {unit}"),
        rows=rows,
        cols=cols,
        cell=grid.meta["cell_m"],
        peak=peak,
        unit=functools.partial(unit_text, grid.meta["unit"]),
    )
    return AnalysisResult(
        "kde", params, {"density": grid, "parameters": lambda: _meta_table(grid)}, ("parameters",), line
    )


def _meta_table(grid):
    import pandas as pd

    return pd.DataFrame([dict(grid.meta)])


#: The declaration: gzmap/analysis/declarations/kde.toml (parameters, inputs, outputs, texts).
ANALYSIS = declare("kde", run)
