"""Declaration of the location quotients (:mod:`gzmap.analysis.district_stats`) and their run.

Location quotients, the specialisation indexes and the Clark–Evans index,
by district (or by a column); the app's district statistics add LISA to the
same steps (:mod:`gzmap.analysis.district_stats_tool`).
"""

from __future__ import annotations

from gzmap.analysis.registry import AnalysisResult
from gzmap.analysis.registry import declare
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase
from gzmap.core.progress import sub_progress


def region_polygons(regions, by: str):
    """The regions' polygons (GeoDataFrame, EPSG:4326 or as given) of ``inputs["regions"]``, or None.

    ``regions``: None, a GeoDataFrame or a layer (``.data``). Points are then
    grouped by the polygon they lie in, so ``by`` must be ``"district"``.
    """
    from gzmap.analysis.metric import AnalysisInputError

    if regions is None:
        return None
    gdf = getattr(regions, "data", regions)
    if by != "district":
        raise AnalysisInputError(f"group by the regions layer (by 'district') or by the column {by!r}, not both")
    if len(gdf) == 0 or not gdf.geom_type.isin(["Polygon", "MultiPolygon"]).any():
        raise AnalysisInputError("the regions layer has no polygons")
    return gdf


def quotients(
    gdf, field: str, weight: str | None, by: str = "district", progress=None, steps=(0.3, 0.4, 1.0), regions=None
):
    """(location quotients, specialisation, Clark–Evans) of ``gdf``; ``steps`` end each on the progress bar.

    ``regions``: polygons to count in instead of Guangzhou's districts (their union is Clark–Evans's area).
    """
    from gzmap.analysis import district_stats as ds

    kw = {"field": field, "by": by, "weight": weight, "districts": regions}
    lq = ds.location_quotients(gdf, **kw, progress=sub_progress(progress, 0, steps[0]))
    spec = ds.specialisation(gdf, **kw, progress=sub_progress(progress, steps[0], steps[1]))
    ce = ds.clark_evans(gdf, field=field, districts=regions, progress=sub_progress(progress, steps[1], steps[2]))
    return lq, spec, ce


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    regions = region_polygons(inputs.get("regions"), params["by"])
    lq, spec, ce = quotients(
        inputs["points"], params["field"], params["weight"], params["by"], progress, regions=regions
    )
    return result(lq, spec, ce, params)


def result(lq, spec, ce, params: dict) -> AnalysisResult:
    """The analysis result of the three tables (the one path of this run and a distributed run)."""
    districts, subsectors = lq["adcode"].nunique(), lq["subsector"].nunique()
    line = Phrase(
        "Summaries",
        QT_TRANSLATE_NOOP("Summaries", "{districts} districts x {subsectors} sub-sectors"),
        districts=districts,
        subsectors=subsectors,
    )
    if lq.attrs.get("outside"):
        outside = QT_TRANSLATE_NOOP("Summaries", "{n:,} points outside every district left out")
        line = Phrase.join([line, Phrase("Summaries", outside, n=int(lq.attrs["outside"]))])
    outputs = {"lq": lq, "specialisation": spec, "clark_evans": ce}
    return AnalysisResult("lq", params, outputs, tuple(outputs), line)


#: The declaration: gzmap/analysis/declarations/lq.toml (parameters, inputs, outputs, texts).
ANALYSIS = declare("lq", run)
