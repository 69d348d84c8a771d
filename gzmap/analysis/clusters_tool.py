"""Declaration of the clusters analysis (:func:`gzmap.analysis.clusters.find_clusters`) and its run."""

from __future__ import annotations

from gzmap.analysis.registry import AnalysisResult
from gzmap.analysis.registry import declare
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase

_DBSCAN = ("method", ("dbscan",))
_HDBSCAN = ("method", ("hdbscan",))


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """Label and profile the clusters of ``inputs[\"points\"]`` (the summary table is made when first read)."""
    from gzmap.analysis import clusters

    res = clusters.find_clusters(inputs["points"], progress=progress, **params)
    line = Phrase(
        "Summaries",
        QT_TRANSLATE_NOOP("Summaries", "{clusters:,} clusters, {noise:,} noise points of {points:,}"),
        clusters=res.n_clusters,
        noise=res.n_noise,
        points=len(res.points),
    )
    outputs = {"points": res.points, "clusters": res.clusters, "summary": res.summary}
    return AnalysisResult("clusters", params, outputs, ("summary",), line, extra={"result": res})


def layers(result: AnalysisResult, source_layer=None) -> list:
    from gzmap.analysis.layers import cluster_layers

    return list(cluster_layers(result.extra["result"], source_layer=source_layer))


#: The declaration: gzmap/analysis/declarations/clusters.toml (parameters, inputs, outputs, texts).
ANALYSIS = declare("clusters", run, layers)
