"""Declaration of the emerging hot spots (:func:`gzmap.analysis.emerging.emerging_hotspots`) and its run."""

from __future__ import annotations

from gzmap.analysis.registry import AnalysisResult
from gzmap.analysis.registry import declare
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """The patterns of the locations of a space-time cube over ``inputs["points"]``."""
    from gzmap.analysis.emerging import PATTERNS
    from gzmap.analysis.emerging import emerging_hotspots
    from gzmap.core.fields import register_words

    register_words("Emerging", dict(PATTERNS.values()))  # the patterns of its tables in words

    area = None if params["area"] == "points" else params["area"]
    locations, bins, cube = emerging_hotspots(inputs["points"], **{**params, "area": area}, progress=progress)
    meta = locations.attrs["gzmap"]
    codes = locations["pattern_code"].to_numpy()
    line = Phrase(
        "Summaries",
        QT_TRANSLATE_NOOP(
            "Summaries",
            "{n:,} locations of {cell:g} m over {steps} steps ({first}-{last}), band {band:g} m: {hot:,} hot-spot and {cold:,} cold-spot patterns",
        ),
        n=len(locations),
        cell=params["cell"],
        steps=meta["n_steps"],
        first=meta["first_year"],
        last=meta["last_year"],
        band=meta["band_m"],
        hot=int((codes > 0).sum()),
        cold=int((codes < 0).sum()),
    )
    if cube.meta["note"]:
        line = Phrase.join([line, cube.meta["note"]])
    outputs = {"emerging": locations, "patterns": lambda: pattern_table(locations), "bins": bins}
    return AnalysisResult("emerging", params, outputs, ("patterns",), line)


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


#: The declaration: gzmap/analysis/declarations/emerging.toml (parameters, inputs, outputs, texts).
ANALYSIS = declare("emerging", run, layers)
