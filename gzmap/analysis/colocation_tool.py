"""Declaration of the co-location quotients (:func:`gzmap.analysis.colocation.colocation`) and their run."""

from __future__ import annotations

from gzmap.analysis.registry import AnalysisResult
from gzmap.analysis.registry import Param
from gzmap.analysis.registry import declare
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


#: The declaration: gzmap/analysis/declarations/colocation.toml (parameters, inputs, outputs, texts).
ANALYSIS = declare("colocation", run, layers)
