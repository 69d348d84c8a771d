"""Declaration of the emerging hot spots (:func:`gzmap.analysis.emerging.emerging_hotspots`) and its run."""

from __future__ import annotations

from dataclasses import replace

from gzmap.analysis.hotspots_tool import ANALYSIS as HOTSPOTS
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
    weight_field,
)
from gzmap.core.i18n import QT_TRANSLATE_NOOP


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """The patterns of the locations of a space-time cube over ``inputs["points"]``."""
    from gzmap.analysis.emerging import emerging_hotspots

    locations, bins, cube = emerging_hotspots(
        inputs["points"],
        params["time_field"],
        params["cell"],
        band=params["band"],
        time_steps=params["time_steps"],
        window=params["window"],
        fdr=params["fdr"],
        shape=params["shape"],
        step=params["step"],
        steps=params["steps"],
        area=None if params["area"] == "points" else params["area"],
        weight=params["weight"],
        skip_bad=params["skip_bad"],
        crs=params["crs"],
        progress=progress,
    )
    meta = locations.attrs["gzmap"]
    codes = locations["pattern_code"].to_numpy()
    line = (
        f"{len(locations)} locations of {params['cell']:g} m over {meta['n_steps']} steps "
        f"({meta['first_year']}-{meta['last_year']}), band {meta['band_m']:g} m: "
        f"{int((codes > 0).sum())} hot-spot and {int((codes < 0).sum())} cold-spot patterns"
    )
    if cube.meta["note"]:
        line += f" ({cube.meta['note']})"
    return AnalysisResult(
        "emerging",
        params,
        outputs={"emerging": locations, "patterns": lambda: pattern_table(locations), "bins": bins},
        tables=("patterns",),
        summary=line,
    )


def pattern_table(locations):
    """Locations and points per pattern: hot patterns first, then no pattern, then cold."""
    from gzmap.analysis.emerging import PATTERNS

    order = {code: i for i, code in enumerate(PATTERNS)}
    table = (
        locations.drop(columns=locations.geometry.name)
        .groupby(["pattern_code", "pattern", "pattern_zh", "pattern_en"])
        .agg(locations=("location", "size"), points=("value", "sum"))
        .reset_index()
    )
    return table.sort_values("pattern_code", key=lambda s: s.map(order)).reset_index(drop=True)


def layers(result: AnalysisResult, source_layer=None) -> list:
    from gzmap.analysis.spacetime_layers import emerging_layer

    return [emerging_layer(result.output("emerging"), source_layer=source_layer)]


ANALYSIS = Analysis(
    id="emerging",
    command="emerging",
    name=QT_TRANSLATE_NOOP("Analyses", "Emerging hot spots (space-time)"),
    menu=QT_TRANSLATE_NOOP("Analyses", "Emerging hot spots (space-time)…"),
    help=QT_TRANSLATE_NOOP(
        "Analyses",
        "space-time cube by founding year, Gi* per bin with FDR, Mann-Kendall trend per location "
        "and the 17 emerging hot spot patterns",
    ),
    inputs=(POINTS,),
    params=(
        Param(
            "time_field",
            "field",
            "founded",
            QT_TRANSLATE_NOOP("Analyses", "Time field"),
            QT_TRANSLATE_NOOP("Analyses", "column with the founding year or a date ('year' finds the founding year)"),
        ),
        cell_size(500.0, 50_000.0, None, 50.0),
        HOTSPOTS.param("shape"),
        Param(
            "step",
            "int",
            1,
            QT_TRANSLATE_NOOP("Analyses", "Time step (years)"),
            QT_TRANSLATE_NOOP("Analyses", "years per time step"),
            minimum=1,
            maximum=50,
        ),
        Param(
            "steps",
            "int",
            15,
            QT_TRANSLATE_NOOP("Analyses", "Number of time steps"),
            QT_TRANSLATE_NOOP(
                "Analyses", "time steps counted back from the last year (0: every year of the data; at least 10)"
            ),
            minimum=0,
            maximum=500,
        ),
        Param(
            "band",
            "float",
            None,
            QT_TRANSLATE_NOOP("Analyses", "Neighbourhood distance"),
            QT_TRANSLATE_NOOP(
                "Analyses", "distance band in metres between cell centres (auto: 1.5 cells, the ring around each cell)"
            ),
            unit="m",
            minimum=0.0,
            exclusive_minimum=True,
            maximum=100_000.0,
            optional=True,
            auto_label=QT_TRANSLATE_NOOP("Analyses", "auto (1.5 cells)"),
            step=100.0,
        ),
        Param(
            "time_steps",
            "int",
            1,
            QT_TRANSLATE_NOOP("Analyses", "Neighbourhood time steps"),
            QT_TRANSLATE_NOOP("Analyses", "time steps in each bin's neighbourhood"),
            minimum=0,
            maximum=20,
        ),
        Param(
            "window",
            "choice",
            "previous",
            QT_TRANSLATE_NOOP("Analyses", "Time neighbourhood"),
            QT_TRANSLATE_NOOP("Analyses", "the steps before each bin (as ArcGIS) or the steps before and after it"),
            choices=(
                Choice("previous", QT_TRANSLATE_NOOP("Analyses", "Earlier steps (ArcGIS)")),
                Choice("both", QT_TRANSLATE_NOOP("Analyses", "Earlier and later steps")),
            ),
        ),
        replace(FDR, default=True),
        replace(HOTSPOTS.param("area"), default="guangzhou"),
        weight_field(QT_TRANSLATE_NOOP("Analyses", "numeric column summed per bin instead of counting points")),
        Param(
            "skip_bad",
            "bool",
            False,
            QT_TRANSLATE_NOOP("Analyses", "Leave out rows with no year"),
            QT_TRANSLATE_NOOP("Analyses", "leave out rows whose time field holds no year instead of stopping"),
        ),
        GRID_CRS,
    ),
    outputs=(
        Output("emerging", "vector", QT_TRANSLATE_NOOP("Analyses", "Emerging hot spot patterns")),
        Output("patterns", "table", QT_TRANSLATE_NOOP("Analyses", "Locations per pattern"), suffix="_patterns"),
        Output(
            "bins",
            "table",
            QT_TRANSLATE_NOOP("Analyses", "Space-time bins"),
            QT_TRANSLATE_NOOP("Analyses", "CSV of every bin of the cube with its Gi* z-score and p-value"),
            flag="--bins",
        ),
    ),
    run=run,
    layers=layers,
)
