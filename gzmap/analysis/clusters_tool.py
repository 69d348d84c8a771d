"""Declaration of the clusters analysis (:func:`gzmap.analysis.clusters.find_clusters`) and its run."""

from __future__ import annotations

from gzmap.analysis.registry import POINTS, Analysis, AnalysisResult, Output, Param, choice, distance, metric_crs
from gzmap.core.i18n import QT_TRANSLATE_NOOP

_DBSCAN = ("method", ("dbscan",))
_HDBSCAN = ("method", ("hdbscan",))


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """Label and profile the clusters of ``inputs[\"points\"]`` (the summary table is made when first read)."""
    from gzmap.analysis import clusters

    res = clusters.find_clusters(inputs["points"], progress=progress, **params)
    line = f"{res.n_clusters} clusters, {res.n_noise} noise points of {len(res.points)}"
    outputs = {"points": res.points, "clusters": res.clusters, "summary": res.summary}
    return AnalysisResult("clusters", params, outputs, ("summary",), line, extra={"result": res})


def layers(result: AnalysisResult, source_layer=None) -> list:
    from gzmap.analysis.layers import cluster_layers

    return list(cluster_layers(result.extra["result"], source_layer=source_layer))


ANALYSIS = Analysis(
    id="clusters",
    command="clusters",
    name=QT_TRANSLATE_NOOP("Analyses", "Clusters (DBSCAN / HDBSCAN)"),
    menu=QT_TRANSLATE_NOOP("Analyses", "Clusters (DBSCAN / HDBSCAN)…"),
    help=QT_TRANSLATE_NOOP("Analyses", "find density-based clusters (DBSCAN/HDBSCAN, metres) and profile them"),
    inputs=(POINTS,),
    params=(
        choice(
            "method",
            "dbscan",
            QT_TRANSLATE_NOOP("Analyses", "Method"),
            QT_TRANSLATE_NOOP("Analyses", "DBSCAN (a search radius) or HDBSCAN (clusters of differing density)"),
            {"dbscan": "DBSCAN", "hdbscan": "HDBSCAN"},
        ),
        distance(
            "eps",
            300.0,
            QT_TRANSLATE_NOOP("Analyses", "Search radius ε"),
            QT_TRANSLATE_NOOP("Analyses", "DBSCAN radius in metres"),
            50_000.0,
            "eps",
            10.0,
            enabled_when=_DBSCAN,
        ),
        Param(
            "min_samples",
            "int",
            None,
            QT_TRANSLATE_NOOP("Analyses", "Minimum points within ε"),
            QT_TRANSLATE_NOOP(
                "Analyses",
                "DBSCAN: points within eps (itself included) for a core point (default 20); HDBSCAN: density smoothing (default: min cluster size)",
            ),
            minimum=1,
            maximum=100_000,
            optional=True,
            auto_label=QT_TRANSLATE_NOOP("Analyses", "auto"),
            step=1.0,
        ),
        Param(
            "min_cluster_size",
            "int",
            20,
            QT_TRANSLATE_NOOP("Analyses", "Minimum cluster size (HDBSCAN)"),
            QT_TRANSLATE_NOOP("Analyses", "HDBSCAN: smallest cluster"),
            minimum=2,
            maximum=1_000_000,
            enabled_when=_HDBSCAN,
            step=1.0,
        ),
        choice(
            "border",
            "first",
            QT_TRANSLATE_NOOP("Analyses", "Border points"),
            QT_TRANSLATE_NOOP(
                "Analyses",
                "DBSCAN border points: join the first cluster reaching them (classic, as QGIS) or count as noise (DBSCAN*)",
            ),
            {
                "first": QT_TRANSLATE_NOOP("Analyses", "Join the first cluster (classic, as QGIS)"),
                "noise": QT_TRANSLATE_NOOP("Analyses", "Noise (DBSCAN*)"),
            },
            enabled_when=_DBSCAN,
        ),
        choice(
            "hull",
            "convex",
            QT_TRANSLATE_NOOP("Analyses", "Cluster outline"),
            QT_TRANSLATE_NOOP("Analyses", "cluster outline"),
            {
                "convex": QT_TRANSLATE_NOOP("Analyses", "Convex hull"),
                "concave": QT_TRANSLATE_NOOP("Analyses", "Concave hull"),
            },
        ),
        Param(
            "concave_ratio",
            "float",
            0.3,
            QT_TRANSLATE_NOOP("Analyses", "Concave hull ratio (0 tight – 1 convex)"),
            QT_TRANSLATE_NOOP("Analyses", "concave hull tightness 0-1"),
            minimum=0.0,
            maximum=1.0,
            enabled_when=("hull", ("concave",)),
            step=0.05,
            decimals=2,
        ),
        Param(
            "subsector_field",
            "field",
            "subsector",
            QT_TRANSLATE_NOOP("Analyses", "Sub-sector field"),
            QT_TRANSLATE_NOOP("Analyses", "sub-sector column for the profiles"),
            flag="--field",
        ),
        metric_crs(QT_TRANSLATE_NOOP("Analyses", "metric CRS to compute in (default EPSG:32649 for lon/lat input)")),
    ),
    outputs=(
        Output("points", "vector", QT_TRANSLATE_NOOP("Analyses", "Points with their cluster")),
        Output("clusters", "vector", QT_TRANSLATE_NOOP("Analyses", "Cluster outlines and profiles")),
        Output(
            "summary",
            "table",
            QT_TRANSLATE_NOOP("Analyses", "Cluster summary"),
            QT_TRANSLATE_NOOP("Analyses", "summary CSV path (default OUT_summary.csv)"),
            suffix="_summary",
            flag="--summary",
        ),
    ),
    run=run,
    layers=layers,
)
