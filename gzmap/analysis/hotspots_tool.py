"""Declaration of the Gi* hot spots (:func:`gzmap.analysis.hotspots.hotspots`) and its run."""

from __future__ import annotations

from gzmap.analysis.registry import AnalysisResult
from gzmap.analysis.registry import declare
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """Gi* classes of the grid cells over ``inputs["points"]`` (significance: gzmap.analysis.significance)."""
    from gzmap.analysis import hotspots

    area = None if params["area"] == "points" else params["area"]
    cells = hotspots.hotspots(inputs["points"], **{**params, "area": area}, progress=progress)
    return result(cells, params)


def result(cells, params: dict) -> AnalysisResult:
    """The analysis result of the Gi* ``cells`` (the one path of this run and a distributed run)."""
    cls = cells["gi_class"].to_numpy()
    line = Phrase(
        "Summaries",
        QT_TRANSLATE_NOOP(
            "Summaries", "{cells:,} cells of {cell:g} m: {hot:,} hot, {cold:,} cold (95% confidence or more)"
        ),
        cells=len(cells),
        cell=params["cell"],
        hot=int((cls > 0).sum()),
        cold=int((cls < 0).sum()),
    )
    outputs = {"hotspots": cells, "classes": lambda: class_table(cells)}
    return AnalysisResult("hotspots", params, outputs, ("classes",), line)


def class_table(cells):
    """Cells and points per Gi* class, hottest first."""
    return (
        cells.drop(columns=cells.geometry.name)
        .groupby(["gi_class", "gi_label_zh", "gi_label_en"])
        .agg(cells=("cell_id", "size"), points=("value", "sum"))
        .reset_index()
        .sort_values("gi_class", ascending=False)
    )


#: The declaration: gzmap/analysis/declarations/hotspots.toml (parameters, inputs, outputs, texts).
ANALYSIS = declare("hotspots", run)
