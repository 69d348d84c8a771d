"""Declaration of the Gi* hot spots (:func:`gzmap.analysis.hotspots.hotspots`) and its run."""

from __future__ import annotations

from gzmap.analysis.registry import (
    FDR,
    GRID_CRS,
    POINTS,
    Analysis,
    AnalysisResult,
    Choice,
    Output,
    Param,
    cell_size,
    one_layer,
    permutation_count,
    weight_field,
)
from gzmap.core.i18n import QT_TRANSLATE_NOOP


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """Gi* classes of the grid cells over ``inputs["points"]`` (significance: gzmap.analysis.significance)."""
    from gzmap.analysis import hotspots

    cells = hotspots.hotspots(
        inputs["points"],
        params["cell"],
        shape=params["shape"],
        weight=params["weight"],
        permutations=params["permutations"],
        fdr=params["fdr"],
        area=None if params["area"] == "points" else params["area"],
        seed=params["seed"],
        crs=params["crs"],
        progress=progress,
    )
    cls = cells["gi_class"].to_numpy()
    line = (
        f"{len(cells)} cells of {params['cell']:g} m: {int((cls > 0).sum())} hot, {int((cls < 0).sum())} cold "
        "(95% confidence or more)"
    )
    return AnalysisResult(
        "hotspots",
        params,
        outputs={"hotspots": cells, "classes": lambda: class_table(cells)},
        tables=("classes",),
        summary=line,
    )


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
        Param(
            "shape",
            "choice",
            "square",
            QT_TRANSLATE_NOOP("Analyses", "Cell shape"),
            QT_TRANSLATE_NOOP("Analyses", "square (8 neighbours) or hex (6 neighbours) cells"),
            choices=(
                Choice("square", QT_TRANSLATE_NOOP("Analyses", "Squares (8 neighbours)")),
                Choice("hex", QT_TRANSLATE_NOOP("Analyses", "Hexagons (6 neighbours)")),
            ),
        ),
        permutation_count(QT_TRANSLATE_NOOP("Analyses", "permutations for pseudo p-values (0: normal)")),
        FDR,
        weight_field(QT_TRANSLATE_NOOP("Analyses", "numeric column summed per cell instead of counting points")),
        Param(
            "area",
            "choice",
            "points",
            QT_TRANSLATE_NOOP("Analyses", "Study area"),
            QT_TRANSLATE_NOOP("Analyses", "grid over the points' bounding box or over Guangzhou's districts"),
            choices=(
                Choice("points", QT_TRANSLATE_NOOP("Analyses", "Extent of the points")),
                Choice("guangzhou", QT_TRANSLATE_NOOP("Analyses", "Guangzhou (all districts)")),
            ),
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
    layers=one_layer("hotspot_layer", "hotspots"),
)
