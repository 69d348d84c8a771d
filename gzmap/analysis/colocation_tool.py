"""Declaration of the co-location quotients (:func:`gzmap.analysis.colocation.colocation`) and their run."""

from __future__ import annotations

from gzmap.analysis.registry import AnalysisResult
from gzmap.analysis.registry import declare


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """Global CLQ matrix and local CLQ of ``inputs["points"]``."""
    from gzmap.analysis.colocation import colocation

    options = {k: v for k, v in params.items() if k not in ("field", "neighbourhood")}
    options["band"] = params["band"] if params["neighbourhood"] == "band" else None
    res = colocation(inputs["points"], params["field"], progress=progress, **options)
    cls = res.points["clq_class"]
    line = (
        f"{len(res.matrix)} categories; {len(cls)} points: {int((cls == 'colocated').sum())} co-located, "
        f"{int((cls == 'isolated').sum())} isolated (95% confidence or more)"
    )
    outputs = {"local": res.points, "matrix": res.matrix, "pairs": res.pairs}
    line = "; ".join([line, *res.notes])  # what was skipped or adjusted, and why
    return AnalysisResult("colocation", params, outputs, ("matrix", "pairs"), line, extra={"result": res})


def layers(result: AnalysisResult, source_layer=None) -> list:
    from gzmap.analysis.research_layers import colocation_layer

    return [colocation_layer(result.output("local"), result.params, source_layer=source_layer)]


#: The declaration: gzmap/analysis/declarations/colocation.toml (parameters, inputs, outputs, texts).
ANALYSIS = declare("colocation", run, layers)
