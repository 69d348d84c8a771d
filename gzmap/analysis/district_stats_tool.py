"""Declaration of the app's district statistics: location quotients, specialisation,
LISA of enterprise density and Clark–Evans (:mod:`gzmap.analysis.district_stats`)."""

from __future__ import annotations

from gzmap.analysis.lq_tool import quotients
from gzmap.analysis.registry import AnalysisResult
from gzmap.analysis.registry import declare
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate
from gzmap.core.progress import sub_progress

#: Clark–Evans patterns (the ``pattern`` column's values), translated for the table.
PATTERNS = {
    "clustered": QT_TRANSLATE_NOOP("Analyses", "clustered"),
    "random": QT_TRANSLATE_NOOP("Analyses", "random"),
    "dispersed": QT_TRANSLATE_NOOP("Analyses", "dispersed"),
}
ALL = QT_TRANSLATE_NOOP("Analyses", "all")


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    from gzmap.analysis import district_stats as ds

    gdf = inputs["points"]
    lq, spec, ce = quotients(gdf, params["field"], params["weight"], progress=progress, steps=(0.3, 0.4, 0.45))
    lisa = ds.local_moran_density(
        gdf,
        unit=params["unit"],
        cell=params["cell"],
        permutations=params["permutations"],
        fdr=params["fdr"],
        progress=sub_progress(progress, 0.45, 1.0),
    )
    table = lq.merge(spec[["adcode", "herfindahl", "krugman"]], on="adcode", how="left")
    outputs = {"lisa": lisa, "district": table, "clark_evans": _named(ce)}
    return AnalysisResult("district_stats", params, outputs, ("district", "clark_evans"), f"{len(lisa)} units")


def _named(ce):
    """Clark–Evans with the sub-sector and pattern names in Chinese and English."""
    from gzmap.analysis.layers import subsector_label

    ce = ce.copy()
    ce.insert(
        1,
        "subsector_zh",
        [translate("Analyses", ALL, "zh_CN") if k == "(all)" else subsector_label(k, "zh") for k in ce["subsector"]],
    )
    ce.insert(2, "subsector_en", ["all" if k == "(all)" else subsector_label(k, "en") for k in ce["subsector"]])
    ce["pattern_zh"] = [translate("Analyses", PATTERNS[p], "zh_CN") if p in PATTERNS else "" for p in ce["pattern"]]
    return ce


def layers(result: AnalysisResult, source_layer=None) -> list:
    from gzmap.analysis.layers import lisa_layer
    from gzmap.analysis.layers import lq_layer

    out = [lisa_layer(result.output("lisa"), source_layer=source_layer)]
    if result.params["subsector"]:
        out.append(lq_layer(result.output("district"), result.params["subsector"], source_layer=source_layer))
    return out


#: The declaration: gzmap/analysis/declarations/district_stats.toml (parameters, inputs, outputs, texts).
ANALYSIS = declare("district_stats", run, layers)
