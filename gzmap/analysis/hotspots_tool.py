"""Declaration of the Gi* hot spots (:func:`gzmap.analysis.hotspots.hotspots`) and its run."""

from __future__ import annotations

from gzmap.analysis import registry as reg
from gzmap.analysis.registry import FDR, GRID_CRS, POINTS, Analysis, AnalysisResult, Output, Param, cell_size, choice
from gzmap.core.i18n import QT_TRANSLATE_NOOP


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """Gi* classes of the grid cells over ``inputs["points"]`` (significance: gzmap.analysis.significance)."""
    from gzmap.analysis import hotspots

    area = None if params["area"] == "points" else params["area"]
    cells = hotspots.hotspots(inputs["points"], **{**params, "area": area}, progress=progress)
    return result(cells, params)


def result(cells, params: dict) -> AnalysisResult:
    """The analysis result of the Gi* ``cells`` (the one path of this run and a distributed run)."""
    cls = cells["gi_class"].to_numpy()
    line = (
        f"{len(cells)} cells of {params['cell']:g} m: {int((cls > 0).sum())} hot, {int((cls < 0).sum())} cold "
        "(95% confidence or more)"
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


ANALYSIS = Analysis(
    id="hotspots",
    command="hotspots",
    name=QT_TRANSLATE_NOOP("Analyses", "Hot spots (Getis-Ord Gi*)"),
    menu=QT_TRANSLATE_NOOP("Analyses", "Hot spots (Getis-Ord Gi*)…"),
    help=QT_TRANSLATE_NOOP("Analyses", "Getis-Ord Gi* hot/cold spots on a square or hex grid (metres)"),
    inputs=(POINTS,),
    params=(
        cell_size(500.0, 50_000.0, "hot_cell", 50.0),
        choice(
            "shape",
            "square",
            QT_TRANSLATE_NOOP("Analyses", "Cell shape"),
            QT_TRANSLATE_NOOP("Analyses", "square (8 neighbours) or hex (6 neighbours) cells"),
            {
                "square": QT_TRANSLATE_NOOP("Analyses", "Squares (8 neighbours)"),
                "hex": QT_TRANSLATE_NOOP("Analyses", "Hexagons (6 neighbours)"),
            },
        ),
        reg.permutation_count(QT_TRANSLATE_NOOP("Analyses", "permutations for pseudo p-values (0: normal)")),
        FDR,
        reg.weight_field(QT_TRANSLATE_NOOP("Analyses", "numeric column summed per cell instead of counting points")),
        choice(
            "area",
            "points",
            QT_TRANSLATE_NOOP("Analyses", "Study area"),
            QT_TRANSLATE_NOOP("Analyses", "grid over the points' bounding box or over Guangzhou's districts"),
            {
                "points": QT_TRANSLATE_NOOP("Analyses", "Extent of the points"),
                "guangzhou": QT_TRANSLATE_NOOP("Analyses", "Guangzhou (all districts)"),
            },
        ),
        Param(
            "seed",
            "int",
            12345,
            QT_TRANSLATE_NOOP("Analyses", "Random seed"),
            QT_TRANSLATE_NOOP("Analyses", "random seed of the permutations"),
            minimum=0,
            dialog=False,
        ),
        GRID_CRS,
    ),
    outputs=(
        Output("hotspots", "vector", QT_TRANSLATE_NOOP("Analyses", "Gi* hot and cold spots")),
        Output("classes", "table", QT_TRANSLATE_NOOP("Analyses", "Cells per class")),
    ),
    run=run,
    layers=reg.one_layer("hotspot_layer", "hotspots"),
)
