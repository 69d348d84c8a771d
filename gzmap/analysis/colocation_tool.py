"""Declaration of the co-location quotients (:func:`gzmap.analysis.colocation.colocation`) and their run."""

from __future__ import annotations

from gzmap.analysis.registry import FDR, POINTS, Analysis, AnalysisResult, Choice, Output, Param, distance, metric_crs
from gzmap.core.i18n import QT_TRANSLATE_NOOP

#: ``field`` offered as ``--category``: the column whose values are the categories (sub-sectors).
CATEGORY = Param(
    "field",
    "field",
    "subsector",
    QT_TRANSLATE_NOOP("Analyses", "Category field"),
    QT_TRANSLATE_NOOP("Analyses", "column whose values are the categories (sub-sectors)"),
    flag="--category",
)
SEED = Param(
    "seed",
    "int",
    12345,
    QT_TRANSLATE_NOOP("Analyses", "Random seed"),
    QT_TRANSLATE_NOOP("Analyses", "random seed of the permutations"),
    minimum=0,
    dialog=False,
)


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """Global CLQ matrix and local CLQ of ``inputs["points"]``."""
    from gzmap.analysis.colocation import colocation

    res = colocation(
        inputs["points"],
        params["field"],
        target=params["target"],
        neighbour=params["neighbour"],
        k=params["k"],
        band=params["band"] if params["neighbourhood"] == "band" else None,
        kernel=params["kernel"],
        permutations=params["permutations"],
        fdr=params["fdr"],
        seed=params["seed"],
        crs=params["crs"],
        progress=progress,
    )
    cls = res.points["clq_class"]
    line = (
        f"{len(res.matrix)} categories; {len(cls)} points: {int((cls == 'colocated').sum())} co-located, "
        f"{int((cls == 'isolated').sum())} isolated (95% confidence or more)"
    )
    if res.notes:
        line += "; " + "; ".join(res.notes)
    return AnalysisResult(
        "colocation",
        params,
        outputs={"local": res.points, "matrix": res.matrix, "pairs": res.pairs},
        tables=("matrix", "pairs"),
        summary=line,
        extra={"result": res},
    )


def layers(result: AnalysisResult, source_layer=None) -> list:
    from gzmap.analysis.research_layers import colocation_layer

    return [colocation_layer(result.output("local"), result.params, source_layer=source_layer)]


ANALYSIS = Analysis(
    id="colocation",
    command="colocation",
    name=QT_TRANSLATE_NOOP("Analyses", "Co-location quotients (CLQ)"),
    menu=QT_TRANSLATE_NOOP("Analyses", "Co-location of sub-sectors (CLQ)…"),
    help=QT_TRANSLATE_NOOP(
        "Analyses",
        "global co-location quotient of every pair of sub-sectors and local CLQ of each enterprise, with permutations",
    ),
    inputs=(POINTS,),
    params=(
        CATEGORY,
        Param(
            "target",
            "category",
            None,
            QT_TRANSLATE_NOOP("Analyses", "Category of interest (A)"),
            QT_TRANSLATE_NOOP("Analyses", "points that get a local CLQ (none: every point)"),
            of="field",
        ),
        Param(
            "neighbour",
            "category",
            None,
            QT_TRANSLATE_NOOP("Analyses", "Neighbouring category (B)"),
            QT_TRANSLATE_NOOP("Analyses", "category counted around each point (none: the point's own category)"),
            of="field",
        ),
        Param(
            "neighbourhood",
            "choice",
            "knn",
            QT_TRANSLATE_NOOP("Analyses", "Neighbourhood"),
            QT_TRANSLATE_NOOP("Analyses", "the k nearest enterprises or every enterprise within a distance band"),
            choices=(
                Choice("knn", QT_TRANSLATE_NOOP("Analyses", "k nearest")),
                Choice("band", QT_TRANSLATE_NOOP("Analyses", "Distance band")),
            ),
        ),
        Param(
            "k",
            "int",
            8,
            QT_TRANSLATE_NOOP("Analyses", "Neighbours (k)"),
            QT_TRANSLATE_NOOP("Analyses", "number of nearest neighbours of each point"),
            minimum=1,
            maximum=100,
            enabled_when=("neighbourhood", ("knn",)),
        ),
        distance(
            "band",
            500.0,
            QT_TRANSLATE_NOOP("Analyses", "Distance band"),
            QT_TRANSLATE_NOOP("Analyses", "neighbours within this distance in metres"),
            20_000.0,
            None,
            50.0,
            enabled_when=("neighbourhood", ("band",)),
        ),
        Param(
            "kernel",
            "choice",
            "gaussian",
            QT_TRANSLATE_NOOP("Analyses", "Kernel"),
            QT_TRANSLATE_NOOP("Analyses", "weight of a neighbour by its distance: Gaussian, bisquare or none"),
            choices=(
                Choice("gaussian", QT_TRANSLATE_NOOP("Analyses", "Gaussian")),
                Choice("bisquare", QT_TRANSLATE_NOOP("Analyses", "Bisquare")),
                Choice("none", QT_TRANSLATE_NOOP("Analyses", "None (equal weights)")),
            ),
        ),
        Param(
            "permutations",
            "int",
            99,
            QT_TRANSLATE_NOOP("Analyses", "Permutations"),
            QT_TRANSLATE_NOOP("Analyses", "random-labelling permutations for the p-values (0: no test; 99 to 9999)"),
            minimum=0,
            maximum=9999,
            step=100.0,
        ),
        FDR,
        SEED,
        metric_crs(QT_TRANSLATE_NOOP("Analyses", "metric CRS of the distances (default EPSG:32649 for lon/lat input)")),
    ),
    outputs=(
        Output("local", "vector", QT_TRANSLATE_NOOP("Analyses", "Local co-location quotient of each enterprise")),
        Output(
            "matrix",
            "table",
            QT_TRANSLATE_NOOP("Analyses", "Global co-location quotients (row A, column B)"),
            suffix="_matrix",
        ),
        Output(
            "pairs", "table", QT_TRANSLATE_NOOP("Analyses", "Co-location of each pair, with p-values"), suffix="_pairs"
        ),
    ),
    run=run,
    layers=layers,
)
