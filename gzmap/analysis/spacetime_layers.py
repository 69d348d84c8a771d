"""The styled layers of the space-time analyses: emerging hot spot patterns, ellipses, centres and drift.

Colours and legends come from the one style model (:mod:`gzmap.core.style`),
so the canvas, the print layout and the HTML export draw them alike.
"""

from __future__ import annotations

from dataclasses import replace

from gzmap.analysis.layers import _provenance
from gzmap.analysis.layers import result_layer
from gzmap.analysis.layers import subsector_label
from gzmap.core.layer import VectorLayer
from gzmap.core.style import QUALITATIVE
from gzmap.core.style import CategorizedStyle
from gzmap.core.style import Symbol

__all__ = ["PATTERN_COLORS", "ellipse_layers", "emerging_layer"]

#: pattern code -> fill: hot patterns in reds and oranges, cold in blues and purples (darker: stronger).
PATTERN_COLORS = {
    3: "#a50f15",
    4: "#de2d26",
    2: "#fb6a4a",
    1: "#fcae91",
    5: "#fd8d3c",
    6: "#fdd0a2",
    7: "#d94801",
    8: "#fee6ce",
    0: "#d9d9d9",
    -3: "#08519c",
    -4: "#3182bd",
    -2: "#6baed6",
    -1: "#bdd7e7",
    -5: "#9e9ac8",
    -6: "#dadaeb",
    -7: "#54278f",
    -8: "#deebf7",
}


def emerging_layer(locations, *, source_layer=None) -> VectorLayer:
    """The locations of an emerging hot spot analysis coloured by pattern (no pattern: faint grey);
    the legend lists the patterns found, hot first."""
    from gzmap.analysis.emerging import PATTERNS
    from gzmap.analysis.emerging import pattern_label

    base = Symbol(stroke="#ffffff", stroke_width=0.1, fill_opacity=0.8)
    found = set(locations["pattern_code"].astype(int)) if "pattern_code" in locations else set(PATTERNS)
    cats = {}
    for code, colour in PATTERN_COLORS.items():
        if code not in found:
            continue
        sym = replace(base, fill=colour, fill_opacity=0.2 if code == 0 else 0.8, stroke_width=0.0 if code == 0 else 0.1)
        cats[PATTERNS[code][0]] = (sym, pattern_label(code, "zh_CN"), pattern_label(code, "en"))
    style = CategorizedStyle(
        symbol=base, field="pattern", categories=cats, title_zh="时空热点模式", title_en="Emerging hot spot patterns"
    )
    params = dict(getattr(locations, "attrs", {}).get("gzmap", {}))
    return result_layer(locations, ("时空热点分析", "Emerging hot spots"), "emerging", params, style, source_layer)


def _group_categories(groups, base: Symbol, subsectors: bool, fill: bool, stroke: bool) -> dict:
    """Group value -> (symbol with the group's colour as ``fill`` and/or ``stroke``, Chinese label, English label)."""
    cats = {}
    for i, g in enumerate(groups):
        colour = QUALITATIVE[i % len(QUALITATIVE)]
        sym = replace(base, fill=colour if fill else base.fill, stroke=colour if stroke else base.stroke)
        zh, en = (subsector_label(g, "zh"), subsector_label(g, "en")) if subsectors else (str(g), str(g))
        cats[str(g)] = (sym, zh, en)
    return cats


def ellipse_layers(result, *, source_layer=None) -> list[VectorLayer]:
    """(ellipses, drift lines, mean centres) layers of a directional distribution, one colour per group."""
    table, ellipses, centres, drift = (result.output(k) for k in ("table", "ellipses", "centres", "drift"))
    groups = list(dict.fromkeys(table["group"].astype(str)))
    subsectors = str(result.params.get("by") or "") in ("subsector", "细分行业")
    prov = _provenance("ellipse", result.params, source_layer)

    def layer(data, names: tuple[str, str], base: Symbol, fill: bool, stroke: bool) -> VectorLayer:
        """A layer named (and its legend titled) ``names`` (zh, en), each group in its colour."""
        style = CategorizedStyle(
            symbol=base,
            field="group",
            categories=_group_categories(groups, base, subsectors, fill, stroke),
            title_zh=names[0],
            title_en=names[1],
        )
        return VectorLayer(data, *names, source="analysis:ellipse", provenance=prov, style=style)

    parts = [
        (
            ellipses,
            ("标准差椭圆", "Standard deviational ellipses"),
            Symbol(stroke="#333333", stroke_width=0.6, fill_opacity=0.0),
            True,
            True,
        ),
        (
            drift,
            ("平均中心迁移", "Mean centre drift"),
            Symbol(stroke="#333333", stroke_width=2.0, fill_opacity=0.0),
            False,
            True,
        ),
        (centres, ("平均中心", "Mean centres"), Symbol(size=5.0, stroke="#ffffff", stroke_width=0.5), True, False),
    ]
    return [layer(*part) for part in parts if part[0] is not drift or len(drift)]  # drift lines need two periods
