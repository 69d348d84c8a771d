"""Declaration of the heat surface (:func:`gzmap.analysis.kde.kde`) and its run."""

from __future__ import annotations

from gzmap.analysis import registry as reg
from gzmap.analysis.registry import GRID_CRS, POINTS, Analysis, AnalysisResult, Output, cell_size, choice, distance
from gzmap.core.i18n import QT_TRANSLATE_NOOP


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
    line = f"{rows} x {cols} cells of {grid.meta['cell_m']:g} m, peak {peak:,.1f} {grid.meta['unit']}"
    return AnalysisResult(
        "kde", params, {"density": grid, "parameters": lambda: _meta_table(grid)}, ("parameters",), line
    )


def _meta_table(grid):
    import pandas as pd

    return pd.DataFrame([dict(grid.meta)])


ANALYSIS = Analysis(
    id="kde",
    command="density",
    name=QT_TRANSLATE_NOOP("Analyses", "Heat surface (kernel density)"),
    menu=QT_TRANSLATE_NOOP("Analyses", "Heat surface (kernel density)…"),
    help=QT_TRANSLATE_NOOP("Analyses", "kernel density heat surface (quartic/Gaussian, metres) to GeoTIFF"),
    inputs=(POINTS,),
    params=(
        distance(
            "bandwidth",
            500.0,
            QT_TRANSLATE_NOOP("Analyses", "Bandwidth"),
            QT_TRANSLATE_NOOP("Analyses", "kernel bandwidth in metres"),
            50_000.0,
            "bandwidth",
            50.0,
        ),
        cell_size(50.0, 10_000.0, "kde_cell", 10.0),
        choice(
            "kernel",
            "quartic",
            QT_TRANSLATE_NOOP("Analyses", "Kernel"),
            QT_TRANSLATE_NOOP("Analyses", "kernel shape"),
            {
                "quartic": QT_TRANSLATE_NOOP("Analyses", "Quartic (as QGIS Heatmap)"),
                "gaussian": QT_TRANSLATE_NOOP("Analyses", "Gaussian"),
            },
        ),
        reg.weight_field(QT_TRANSLATE_NOOP("Analyses", "numeric column weighting each point (e.g. employees)")),
        choice(
            "method",
            "auto",
            QT_TRANSLATE_NOOP("Analyses", "Evaluation"),
            QT_TRANSLATE_NOOP("Analyses", "exact sums or linear binning + FFT (auto picks by size)"),
            {
                "auto": QT_TRANSLATE_NOOP("Analyses", "auto"),
                "exact": QT_TRANSLATE_NOOP("Analyses", "exact"),
                "binned": QT_TRANSLATE_NOOP("Analyses", "binned"),
            },
            dialog=False,
        ),
        GRID_CRS,
    ),
    outputs=(
        Output("density", "raster", QT_TRANSLATE_NOOP("Analyses", "Density per km²")),
        Output("parameters", "table", QT_TRANSLATE_NOOP("Analyses", "Heat surface parameters")),
    ),
    run=run,
    layers=reg.one_layer("kde_layer", "density"),
)
