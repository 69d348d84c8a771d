"""Declaration of the directional distribution (:func:`gzmap.analysis.ellipse.directional_distribution`)."""

from __future__ import annotations

from gzmap.analysis.emerging_tool import ANALYSIS as EMERGING
from gzmap.analysis.registry import POINTS, Analysis, AnalysisResult, Choice, Output, Param, metric_crs, weight_field
from gzmap.core.i18n import QT_TRANSLATE_NOOP


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """Mean centres and standard deviational ellipses of ``inputs["points"]`` by group and period."""
    from gzmap.analysis.ellipse import directional_distribution

    table, ellipses, centres, drift, _crs = directional_distribution(
        inputs["points"],
        by=params["by"],
        per=params["per"],
        weight=params["weight"],
        std=int(params["std"]),
        step=params["step"],
        cumulative=params["cumulative"],
        skip_bad=params["skip_bad"],
        crs=params["crs"],
        progress=progress,
    )
    left = int((table["note"] != "").sum())
    line = f"{len(ellipses)} ellipses of {params['std']} standard deviation(s)"
    if len(drift):
        line += f", {len(drift)} drift lines"
    if left:
        line += f"; {left} groups and periods with fewer than 3 points have none (listed in the table)"
    return AnalysisResult(
        "ellipse",
        params,
        outputs={"ellipses": ellipses, "drift": drift, "centres": centres, "table": table},
        tables=("table",),
        summary=line,
    )


def layers(result: AnalysisResult, source_layer=None) -> list:
    from gzmap.analysis.spacetime_layers import ellipse_layers

    return ellipse_layers(result, source_layer=source_layer)


ANALYSIS = Analysis(
    id="ellipse",
    command="ellipse",
    name=QT_TRANSLATE_NOOP("Analyses", "Directional distribution (standard deviational ellipse)"),
    menu=QT_TRANSLATE_NOOP("Analyses", "Mean centre and ellipse by year…"),
    help=QT_TRANSLATE_NOOP(
        "Analyses", "mean centre and standard deviational ellipse per group (sub-sector) and period, and their drift"
    ),
    inputs=(POINTS,),
    params=(
        Param(
            "by",
            "field",
            "subsector",
            QT_TRANSLATE_NOOP("Analyses", "Group field"),
            QT_TRANSLATE_NOOP("Analyses", "one ellipse per value of this column (e.g. subsector)"),
            optional=True,
        ),
        Param(
            "per",
            "field",
            "founded",
            QT_TRANSLATE_NOOP("Analyses", "Period field"),
            QT_TRANSLATE_NOOP("Analyses", "one ellipse per year of this column ('year' finds the founding year)"),
            optional=True,
        ),
        Param(
            "step",
            "int",
            1,
            QT_TRANSLATE_NOOP("Analyses", "Period (years)"),
            QT_TRANSLATE_NOOP("Analyses", "years per period, counted back from the last year"),
            minimum=1,
            maximum=50,
        ),
        Param(
            "cumulative",
            "bool",
            False,
            QT_TRANSLATE_NOOP("Analyses", "Cumulative (all points up to each period)"),
            QT_TRANSLATE_NOOP("Analyses", "each period takes every point founded up to its end, not only in it"),
        ),
        Param(
            "std",
            "choice",
            "1",
            QT_TRANSLATE_NOOP("Analyses", "Ellipse size"),
            QT_TRANSLATE_NOOP("Analyses", "standard deviations of the ellipse (CrimeStat / ArcGIS)"),
            choices=(
                Choice("1", QT_TRANSLATE_NOOP("Analyses", "1 standard deviation")),
                Choice("2", QT_TRANSLATE_NOOP("Analyses", "2 standard deviations")),
                Choice("3", QT_TRANSLATE_NOOP("Analyses", "3 standard deviations")),
            ),
        ),
        weight_field(QT_TRANSLATE_NOOP("Analyses", "numeric column weighting each point (e.g. employees)")),
        EMERGING.param("skip_bad"),
        metric_crs(QT_TRANSLATE_NOOP("Analyses", "metric CRS of the ellipses (default EPSG:32649 for lon/lat input)")),
    ),
    outputs=(
        Output("ellipses", "vector", QT_TRANSLATE_NOOP("Analyses", "Standard deviational ellipses")),
        Output("drift", "vector", QT_TRANSLATE_NOOP("Analyses", "Mean centre drift")),
        Output("centres", "vector", QT_TRANSLATE_NOOP("Analyses", "Mean centres")),
        Output("table", "table", QT_TRANSLATE_NOOP("Analyses", "Ellipses by group and period"), suffix="_ellipses"),
    ),
    run=run,
    layers=layers,
)
