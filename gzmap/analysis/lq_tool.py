"""Declaration of the location quotients (:mod:`gzmap.analysis.district_stats`) and their run.

Location quotients, the specialisation indexes and the Clark–Evans index,
by district (or by a column); the app's district statistics add LISA to the
same steps (:mod:`gzmap.analysis.district_stats_tool`).
"""

from __future__ import annotations

from gzmap.analysis.registry import POINTS, Analysis, AnalysisResult, Output, Param, weight_field
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.progress import sub_progress

FIELD = Param(
    "field",
    "field",
    "subsector",
    QT_TRANSLATE_NOOP("Analyses", "Sub-sector field"),
    QT_TRANSLATE_NOOP("Analyses", "sub-sector column"),
)
WEIGHT = weight_field(QT_TRANSLATE_NOOP("Analyses", "sum this column (e.g. employees) instead of counting enterprises"))


def quotients(gdf, field: str, weight: str | None, by: str = "district", progress=None, steps=(0.3, 0.4, 1.0)):
    """(location quotients, specialisation, Clark–Evans) of ``gdf``; ``steps`` end each on the progress bar."""
    from gzmap.analysis import district_stats as ds

    lq = ds.location_quotients(gdf, field=field, by=by, weight=weight, progress=sub_progress(progress, 0, steps[0]))
    spec = ds.specialisation(
        gdf, field=field, by=by, weight=weight, progress=sub_progress(progress, steps[0], steps[1])
    )
    ce = ds.clark_evans(gdf, field=field, progress=sub_progress(progress, steps[1], steps[2]))
    return lq, spec, ce


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    lq, spec, ce = quotients(inputs["points"], params["field"], params["weight"], params["by"], progress)
    return result(lq, spec, ce, params)


def result(lq, spec, ce, params: dict) -> AnalysisResult:
    """The analysis result of the three tables (the one path of this run and a distributed run)."""
    note = f" ({lq.attrs['outside']} points outside every district left out)" if lq.attrs.get("outside") else ""
    line = f"{lq['adcode'].nunique()} districts x {lq['subsector'].nunique()} sub-sectors{note}"
    outputs = {"lq": lq, "specialisation": spec, "clark_evans": ce}
    return AnalysisResult("lq", params, outputs, tuple(outputs), line)


ANALYSIS = Analysis(
    id="lq",
    command="lq",
    name=QT_TRANSLATE_NOOP("Analyses", "Location quotients"),
    help=QT_TRANSLATE_NOOP("Analyses", "location quotients of sub-sectors by district, specialisation, Clark-Evans"),
    inputs=(POINTS,),
    params=(
        Param(
            "by",
            "text",
            "district",
            QT_TRANSLATE_NOOP("Analyses", "Group by"),
            QT_TRANSLATE_NOOP("Analyses", "'district' (point in district) or a column to group by"),
        ),
        FIELD,
        WEIGHT,
    ),
    outputs=(
        Output("lq", "table", QT_TRANSLATE_NOOP("Analyses", "Location quotients by district")),
        Output(
            "specialisation",
            "table",
            QT_TRANSLATE_NOOP("Analyses", "Specialisation by district"),
            suffix="_specialisation",
        ),
        Output(
            "clark_evans",
            "table",
            QT_TRANSLATE_NOOP("Analyses", "Clark–Evans nearest-neighbour index by sub-sector"),
            suffix="_clark_evans",
        ),
    ),
    run=run,
)
