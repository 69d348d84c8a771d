"""Declaration of the cross-K/L function of two sub-sectors (:func:`gzmap.analysis.cross_k.cross_k`)."""

from __future__ import annotations

import functools

from gzmap.analysis.registry import AnalysisResult
from gzmap.analysis.registry import declare
from gzmap.core.fields import code_said
from gzmap.core.fields import register_words
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase

#: The pattern of each distance, in words (context FieldValues; "random" is the catalogue's own word).
register_words(
    "FieldValues",
    {
        "attraction": QT_TRANSLATE_NOOP("FieldValues", "attraction"),
        "repulsion": QT_TRANSLATE_NOOP("FieldValues", "repulsion"),
    },
)


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """Cross-K/L of categories ``a`` and ``b`` of ``inputs["points"]`` with random-labelling envelopes."""
    from gzmap.analysis.cross_k import cross_k

    options = {k: v for k, v in params.items() if k != "field"}
    table = cross_k(inputs["points"], params["field"], progress=progress, **options)
    a, b = (functools.partial(code_said, "subsector", params[k]) for k in ("a", "b"))  # sub-sectors in words
    what = {"a": a, "b": b, "n": len(table), "max": params["max_distance"]}
    line = Phrase(
        "Summaries", QT_TRANSLATE_NOOP("Summaries", "cross-L of {a} and {b} at {n} distances up to {max:g} m"), **what
    )
    if "pattern" in table:
        counts = table["pattern"].value_counts()
        patterns = {p: int(counts.get(p, 0)) for p in ("attraction", "random", "repulsion")}
        line = Phrase(
            "Summaries",
            QT_TRANSLATE_NOOP(
                "Summaries",
                "cross-L of {a} and {b} at {n} distances up to {max:g} m: {attraction} attraction, {random} random, {repulsion} repulsion",
            ),
            **what,
            **patterns,
        )
    return AnalysisResult("cross_k", params, outputs={"cross_l": table}, tables=("cross_l",), summary=line)


#: The declaration: gzmap/analysis/declarations/cross_k.toml (parameters, inputs, outputs, texts).
ANALYSIS = declare("cross_k", run)
