"""Declaration of the site choice (:func:`gzmap.analysis.sites.sites`): MCLP or p-median through spopt."""

from __future__ import annotations

from gzmap.analysis.registry import AnalysisResult
from gzmap.analysis.registry import declare


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """The chosen sites, the demand they cover and a summary."""
    from gzmap.analysis.sites import sites

    candidates = inputs.get("candidates")
    res = sites(inputs["points"], getattr(candidates, "data", candidates), progress=progress, **params)
    s = res.summary.iloc[0]
    line = (
        f"{s['method']}: {int(s['p'])} sites cover {s['covered_pct']:.1f}% of the demand within "
        f"{s['distance_m']:g} m (mean distance to the nearest site {s['mean_distance_m']:.0f} m)"
    )
    outputs = {"sites": res.sites, "demand": res.demand, "summary": res.summary}
    line = "; ".join([line, *res.notes])  # what was skipped or adjusted, and why
    return AnalysisResult("sites", params, outputs, ("summary",), line, extra={"result": res})


def layers(result: AnalysisResult, source_layer=None) -> list:
    from gzmap.analysis.research_layers import sites_layers

    return sites_layers(result.output("sites"), result.output("demand"), result.params, source_layer=source_layer)


#: The declaration: gzmap/analysis/declarations/sites.toml (parameters, inputs, outputs, texts).
ANALYSIS = declare("sites", run, layers)
