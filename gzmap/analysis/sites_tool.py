"""Declaration of the site choice (:func:`gzmap.analysis.sites.sites`): MCLP or p-median through spopt."""

from __future__ import annotations

from gzmap.analysis.registry import (
    POINTS,
    Analysis,
    AnalysisResult,
    Choice,
    Input,
    Output,
    Param,
    distance,
    metric_crs,
    weight_field,
)
from gzmap.core.i18n import QT_TRANSLATE_NOOP

CANDIDATES = Input(
    "candidates",
    "layer",
    QT_TRANSLATE_NOOP("Analyses", "Candidate sites"),
    QT_TRANSLATE_NOOP("Analyses", "candidate sites: points or parcels (none: a grid over the study area)"),
    optional=True,
)


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """The chosen sites, the demand they cover and a summary."""
    from gzmap.analysis.sites import sites

    candidates = inputs.get("candidates")
    res = sites(
        inputs["points"],
        getattr(candidates, "data", candidates),
        p=params["p"],
        distance=params["distance"],
        method=params["method"],
        weight=params["weight"],
        cell=params["cell"],
        area=params["area"],
        crs=params["crs"],
        progress=progress,
    )
    s = res.summary.iloc[0]
    line = (
        f"{s['method']}: {int(s['p'])} sites cover {s['covered_pct']:.1f}% of the demand within "
        f"{s['distance_m']:g} m (mean distance to the nearest site {s['mean_distance_m']:.0f} m)"
    )
    if res.notes:
        line += "; " + "; ".join(res.notes)
    return AnalysisResult(
        "sites",
        params,
        outputs={"sites": res.sites, "demand": res.demand, "summary": res.summary},
        tables=("summary",),
        summary=line,
        extra={"result": res},
    )


def layers(result: AnalysisResult, source_layer=None) -> list:
    from gzmap.analysis.research_layers import sites_layers

    return sites_layers(result.output("sites"), result.output("demand"), result.params, source_layer=source_layer)


ANALYSIS = Analysis(
    id="sites",
    command="sites",
    name=QT_TRANSLATE_NOOP("Analyses", "Site choice (maximal covering, p-median)"),
    menu=QT_TRANSLATE_NOOP("Analyses", "Where the next park goes (site choice)…"),
    help=QT_TRANSLATE_NOOP(
        "Analyses",
        "choose p sites covering the most enterprises within a distance (MCLP) or nearest to them (p-median)",
    ),
    inputs=(POINTS, CANDIDATES),
    params=(
        Param(
            "method",
            "choice",
            "mclp",
            QT_TRANSLATE_NOOP("Analyses", "Method"),
            QT_TRANSLATE_NOOP("Analyses", "maximal covering (MCLP) or p-median"),
            choices=(
                Choice("mclp", QT_TRANSLATE_NOOP("Analyses", "Maximal covering (MCLP)")),
                Choice("pmedian", QT_TRANSLATE_NOOP("Analyses", "p-median (least total distance)")),
            ),
        ),
        Param(
            "p",
            "int",
            3,
            QT_TRANSLATE_NOOP("Analyses", "Sites to choose"),
            QT_TRANSLATE_NOOP("Analyses", "number of sites p"),
            minimum=1,
            maximum=50,
            flag="-p",
        ),
        distance(
            "distance",
            3000.0,
            QT_TRANSLATE_NOOP("Analyses", "Service distance"),
            QT_TRANSLATE_NOOP("Analyses", "a site covers the enterprises within this distance in metres"),
            50_000.0,
            None,
            250.0,
        ),
        weight_field(QT_TRANSLATE_NOOP("Analyses", "demand weight column (e.g. employees, revenue) instead of 1 each")),
        Param(
            "cell",
            "float",
            None,
            QT_TRANSLATE_NOOP("Analyses", "Candidate grid cell"),
            QT_TRANSLATE_NOOP("Analyses", "cell size in metres of the candidate grid when no candidates are given"),
            unit="m",
            minimum=0.0,
            exclusive_minimum=True,
            maximum=20_000.0,
            optional=True,
            auto_label=QT_TRANSLATE_NOOP("Analyses", "half the distance"),
            dialog=False,
        ),
        Param(
            "area",
            "choice",
            "guangzhou",
            QT_TRANSLATE_NOOP("Analyses", "Study area"),
            QT_TRANSLATE_NOOP("Analyses", "candidates must lie in Guangzhou's districts or near the enterprises"),
            choices=(
                Choice("guangzhou", QT_TRANSLATE_NOOP("Analyses", "Guangzhou (all districts)")),
                Choice("points", QT_TRANSLATE_NOOP("Analyses", "Around the enterprises")),
            ),
        ),
        metric_crs(QT_TRANSLATE_NOOP("Analyses", "metric CRS of the distances (default EPSG:32649 for lon/lat input)")),
    ),
    outputs=(
        Output("sites", "vector", QT_TRANSLATE_NOOP("Analyses", "Chosen sites")),
        Output("demand", "vector", QT_TRANSLATE_NOOP("Analyses", "Enterprises and their nearest chosen site")),
        Output("summary", "table", QT_TRANSLATE_NOOP("Analyses", "Coverage summary"), suffix="_summary"),
    ),
    run=run,
    layers=layers,
)
