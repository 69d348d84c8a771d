"""Declaration of the development index (:mod:`gzmap.analysis.devindex`) and its run.

The inputs are files: the indicator table (any table
:func:`gzmap.io.indicators.read_indicator_table` reads) and, optionally, the
groups table (:func:`gzmap.io.indicator_groups.read_groups`). Both may also be
given already read (an IndicatorTable, a DataFrame).
"""

from __future__ import annotations

from gzmap.analysis.registry import AnalysisResult
from gzmap.analysis.registry import declare
from gzmap.core.progress import report


def _read(inputs: dict):
    """(IndicatorTable, groups DataFrame or None) from paths or already-read objects."""
    from gzmap.io.indicators import IndicatorTable
    from gzmap.io.indicators import read_indicator_table

    table = inputs["table"]
    if not isinstance(table, IndicatorTable):
        table = read_indicator_table(table)
    groups = inputs.get("groups")
    if groups is not None and not hasattr(groups, "columns"):
        from gzmap.io.indicator_groups import read_groups

        groups = read_groups(groups)
    return table, groups


def _chosen(frame, groups, notes: list[str]) -> tuple[list[str], list[str], list[str] | None]:
    """(indicators, directions, groups) to use: those of the groups table (each must be in the table)."""
    from gzmap.analysis.metric import AnalysisInputError

    available = frame.indicators()
    english = {c.indicator_en: c.indicator for c in frame.columns.values() if c.indicator_en}
    if groups is None:
        return available, ["benefit"] * len(available), None
    names = []
    for rec in groups.itertuples():
        name = rec.indicator if rec.indicator in available else english.get(rec.indicator)
        if name is None:
            raise AnalysisInputError(
                f"groups row {rec.row}: indicator {rec.indicator!r} is not in the table; indicators: {', '.join(available)}"
            )
        names.append(name)
    left = [a for a in available if a not in names]
    if left:
        notes.append(f"not in the groups table, left out: {', '.join(left)}")
    return names, list(groups["direction"]), list(groups["group"])


def _alpha(text: str | None) -> dict | None:
    """``"scale=0.4,innovation=0.6"`` -> {group: weight}."""
    from gzmap.analysis.metric import AnalysisInputError

    if not text:
        return None
    out = {}
    for part in str(text).split(","):
        name, _, value = part.partition("=")
        try:
            out[name.strip()] = float(value)
        except ValueError:
            raise AnalysisInputError(f"alpha {part.strip()!r} is not group=weight") from None
    return out


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """Entropy–TOPSIS score, coupling coordination and obstacle degree of the joined regions."""
    from gzmap.analysis.devindex import development_index
    from gzmap.analysis.devindex import indicator_matrix
    from gzmap.analysis.indicators import join_indicators

    report(progress, 0.05, "reading")
    table, groups = _read(inputs)
    frame = join_indicators(table, params["join"])
    notes = [] if frame.report is None or frame.report.ok else [frame.report.summary()]
    indicators, directions, group_of = _chosen(frame, groups, notes)
    data, left = indicator_matrix(frame, indicators)
    report(progress, 0.5, "weights and scores")
    res = development_index(
        data, indicators, directions, group_of, alpha=_alpha(params["alpha"]), per_year=params["per_year"]
    )
    notes += left + res.notes
    years = sorted(res.scores["year"].unique())
    line = f"{res.scores['adcode'].nunique()} regions x {len(years)} years, {len(indicators)} indicators"
    if len(res.groups) > 1:
        line += f" in {len(res.groups)} groups"
    if notes:
        line += "; " + "; ".join(notes)
    return AnalysisResult(
        "devindex",
        params,
        outputs={
            "scores": res.scores,
            "weights": res.weights,
            "obstacles": res.obstacles,
            "years": lambda: by_year(res.scores),
        },
        tables=("scores", "weights", "years", "obstacles"),
        summary=line,
        extra={"regions": frame.gdf, "result": res},
    )


def by_year(scores):
    """Years side by side: one row per region, the score (and D) of each year in columns."""
    values = [c for c in ("score", "D") if c in scores.columns]
    wide = scores.pivot_table(index=["adcode", "name_zh", "name_en"], columns="year", values=values)
    wide.columns = [f"{v}_{y}" for v, y in wide.columns]
    return wide.reset_index()


def layers(result: AnalysisResult, source_layer=None) -> list:
    from gzmap.analysis.research_layers import devindex_layers

    return devindex_layers(result.extra["regions"], result.output("scores"), result.params)


#: The declaration: gzmap/analysis/declarations/devindex.toml (parameters, inputs, outputs, texts).
ANALYSIS = declare("devindex", run, layers)
