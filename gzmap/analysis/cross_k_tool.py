"""Declaration of the cross-K/L function of two sub-sectors (:func:`gzmap.analysis.cross_k.cross_k`)."""

from __future__ import annotations

from gzmap.analysis.colocation_tool import CATEGORY, SEED
from gzmap.analysis.registry import POINTS, Analysis, AnalysisResult, Output, Param, distance, metric_crs
from gzmap.core.i18n import QT_TRANSLATE_NOOP


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """Cross-K/L of categories ``a`` and ``b`` of ``inputs["points"]`` with random-labelling envelopes."""
    from gzmap.analysis.cross_k import cross_k

    table = cross_k(
        inputs["points"],
        params["field"],
        params["a"],
        params["b"],
        max_distance=params["max_distance"],
        steps=params["steps"],
        envelopes=params["envelopes"],
        seed=params["seed"],
        crs=params["crs"],
        progress=progress,
    )
    line = f"cross-L of {params['a']} and {params['b']} at {len(table)} distances up to {params['max_distance']:g} m"
    if "pattern" in table:
        counts = table["pattern"].value_counts()
        line += ": " + ", ".join(f"{counts.get(p, 0)} {p}" for p in ("attraction", "random", "repulsion"))
    return AnalysisResult("cross_k", params, outputs={"cross_l": table}, tables=("cross_l",), summary=line)


ANALYSIS = Analysis(
    id="cross_k",
    command="cross-k",
    name=QT_TRANSLATE_NOOP("Analyses", "Cross-K/L function of two sub-sectors"),
    menu=QT_TRANSLATE_NOOP("Analyses", "Cross-K/L function of two sub-sectors…"),
    help=QT_TRANSLATE_NOOP(
        "Analyses", "cross-K and L of two categories by distance, with random-labelling simulation envelopes"
    ),
    inputs=(POINTS,),
    params=(
        CATEGORY,
        Param(
            "a",
            "category",
            None,
            QT_TRANSLATE_NOOP("Analyses", "Category A"),
            QT_TRANSLATE_NOOP("Analyses", "first category of the pair"),
            of="field",
        ),
        Param(
            "b",
            "category",
            None,
            QT_TRANSLATE_NOOP("Analyses", "Category B"),
            QT_TRANSLATE_NOOP("Analyses", "second category of the pair"),
            of="field",
        ),
        distance(
            "max_distance",
            1000.0,
            QT_TRANSLATE_NOOP("Analyses", "Largest distance"),
            QT_TRANSLATE_NOOP("Analyses", "largest distance r in metres"),
            20_000.0,
            None,
            100.0,
        ),
        Param(
            "steps",
            "int",
            40,
            QT_TRANSLATE_NOOP("Analyses", "Distances"),
            QT_TRANSLATE_NOOP("Analyses", "number of distances evaluated up to the largest"),
            minimum=2,
            maximum=500,
        ),
        Param(
            "envelopes",
            "int",
            99,
            QT_TRANSLATE_NOOP("Analyses", "Simulations"),
            QT_TRANSLATE_NOOP("Analyses", "random-labelling simulations for the envelope (0: none)"),
            minimum=0,
            maximum=9999,
            step=100.0,
        ),
        SEED,
        metric_crs(QT_TRANSLATE_NOOP("Analyses", "metric CRS of the distances (default EPSG:32649 for lon/lat input)")),
    ),
    outputs=(Output("cross_l", "table", QT_TRANSLATE_NOOP("Analyses", "Cross-L function and envelope")),),
    run=run,
)
