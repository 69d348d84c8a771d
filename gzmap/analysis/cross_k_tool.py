"""Declaration of the cross-K/L function of two sub-sectors (:func:`gzmap.analysis.cross_k.cross_k`)."""

from __future__ import annotations

from gzmap.analysis.registry import AnalysisResult
from gzmap.analysis.registry import declare


def run(inputs: dict, params: dict, progress=None) -> AnalysisResult:
    """Cross-K/L of categories ``a`` and ``b`` of ``inputs["points"]`` with random-labelling envelopes."""
    from gzmap.analysis.cross_k import cross_k

    options = {k: v for k, v in params.items() if k != "field"}
    table = cross_k(inputs["points"], params["field"], progress=progress, **options)
    line = f"cross-L of {params['a']} and {params['b']} at {len(table)} distances up to {params['max_distance']:g} m"
    if "pattern" in table:
        counts = table["pattern"].value_counts()
        line += ": " + ", ".join(f"{counts.get(p, 0)} {p}" for p in ("attraction", "random", "repulsion"))
    return AnalysisResult("cross_k", params, outputs={"cross_l": table}, tables=("cross_l",), summary=line)


#: The declaration: gzmap/analysis/declarations/cross_k.toml (parameters, inputs, outputs, texts).
ANALYSIS = declare("cross_k", run)
