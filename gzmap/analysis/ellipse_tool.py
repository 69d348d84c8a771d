"""Declaration of the directional distribution (:func:`gzmap.analysis.ellipse.directional_distribution`)."""

from __future__ import annotations

from gzmap.analysis.registry import AnalysisResult
from gzmap.analysis.registry import declare
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase


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
    what = {"n": len(ellipses), "std": params["std"], "drift": len(drift)}
    line = Phrase("Summaries", QT_TRANSLATE_NOOP("Summaries", "{n:,} ellipses of {std} standard deviation(s)"), **what)
    if len(drift):
        line = Phrase(
            "Summaries",
            QT_TRANSLATE_NOOP("Summaries", "{n:,} ellipses of {std} standard deviation(s), {drift:,} drift lines"),
            **what,
        )
    if left:
        fewer = QT_TRANSLATE_NOOP(
            "Summaries", "{n:,} groups and periods with fewer than 3 points have none (listed in the table)"
        )
        line = Phrase.join([line, Phrase("Summaries", fewer, n=left)])
    outputs = {"ellipses": ellipses, "drift": drift, "centres": centres, "table": table}
    return AnalysisResult("ellipse", params, outputs, ("table",), line)


def layers(result: AnalysisResult, source_layer=None) -> list:
    from gzmap.analysis.spacetime_layers import ellipse_layers

    return ellipse_layers(result, source_layer=source_layer)


#: The declaration: gzmap/analysis/declarations/ellipse.toml (parameters, inputs, outputs, texts).
ANALYSIS = declare("ellipse", run, layers)
