"""Styled layers of the industry-research analyses: co-location, development index and site choice.

Each function turns a result into project layers with bilingual names, a
legend-ready style of the one style model (:mod:`gzmap.core.style`) and
provenance recording the method and its parameters.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate
from gzmap.core.layer import VectorLayer
from gzmap.core.style import CategorizedStyle
from gzmap.core.style import GraduatedStyle
from gzmap.core.style import SingleStyle
from gzmap.core.style import Style
from gzmap.core.style import Symbol
from gzmap.core.style import color_ramp

__all__ = ["CLQ_LABELS", "colocation_layer", "devindex_layers", "sites_layers"]

_CONTEXT = "Research"

#: clq_class -> (colour, English label marked for translation).
CLQ_LABELS = {
    "colocated": ("#d7301f", QT_TRANSLATE_NOOP("Research", "Co-located (significant)")),
    "isolated": ("#2b8cbe", QT_TRANSLATE_NOOP("Research", "Isolated (significant)")),
    "ns": ("#bdbdbd", QT_TRANSLATE_NOOP("Research", "Not significant")),
    "undefined": ("#ffffff", QT_TRANSLATE_NOOP("Research", "Undefined (no neighbours)")),
}
#: What a local CLQ is relative to when no neighbouring category is chosen.
OWN = QT_TRANSLATE_NOOP("Research", "own sub-sector")


def _both(text: str) -> tuple[str, str]:
    """(Chinese, English) of a marked text."""
    return translate(_CONTEXT, text, "zh_CN"), text


def _provenance(kind: str, params: dict, source_layer=None) -> dict:
    from gzmap.analysis.layers import _provenance as base

    return base(kind, params, source_layer)


def colocation_layer(points, params: dict, source_layer=None) -> VectorLayer:
    """Enterprises coloured by their local CLQ class (co-located, isolated, not significant)."""
    from gzmap.analysis.layers import result_layer
    from gzmap.analysis.layers import subsector_label

    base = Symbol(stroke="#555555", stroke_width=0.3, size=5.0)
    cats = {}
    for key, (colour, text) in CLQ_LABELS.items():
        cats[key] = (replace(base, fill=colour), *_both(text))
    b = params.get("neighbour")
    of_zh = subsector_label(b, "zh") if b else translate(_CONTEXT, OWN, "zh_CN")
    of_en = subsector_label(b, "en") if b else OWN
    title_zh, title_en = f"局部共位商（相对{of_zh}）", f"Local co-location quotient (relative to {of_en})"
    style = CategorizedStyle(symbol=base, field="clq_class", categories=cats, title_zh=title_zh, title_en=title_en)
    return result_layer(
        points, (f"局部共位商 {of_zh}", f"Local CLQ: {of_en}"), "colocation", params, style, source_layer
    )


def devindex_layers(regions, scores: pd.DataFrame, params: dict) -> list[VectorLayer]:
    """One choropleth of the regions per year: the coordination band of D (ten bands), or the
    TOPSIS score when the table has one group."""
    from gzmap.analysis.devindex import BANDS

    out = []
    for year, part in scores.groupby("year", sort=True):
        data = regions[["adcode", "name_zh", "name_en", regions.geometry.name]].copy()
        data["adcode"] = data["adcode"].astype(str)
        cols = [c for c in part.columns if c not in ("adcode", "name_zh", "name_en", "year")]
        data = data.merge(part[["adcode", *cols]], on="adcode", how="left")
        label = f" {year}" if year else ""
        style: Style
        if "band" in data:
            style = _band_style(BANDS, data)
            names = (f"耦合协调度{label}", f"Coupling coordination{label}")
        else:
            style = _score_style(data)
            names = (f"发展指数{label}", f"Development index{label}")
        style = replace(style, year=str(year), source="entropy weight–TOPSIS")
        out.append(
            VectorLayer(
                data, *names, source="analysis:devindex", provenance=_provenance("devindex", params), style=style
            )
        )
    return out


def _band_style(bands, data) -> CategorizedStyle:
    colours = color_ramp("RdYlGn", 10)
    base = Symbol(stroke="#555555", stroke_width=0.6, fill_opacity=0.85)
    cats = {}
    for i, text in enumerate(bands, start=1):
        zh = translate("DevIndex", text, "zh_CN")
        lo = (i - 1) / 10
        cats[str(i)] = (
            replace(base, fill=colours[i - 1]),
            f"{zh} ({lo:.1f}–{lo + 0.1:.1f})",
            f"{text} ({lo:.1f}–{lo + 0.1:.1f})",
        )
    data["band"] = data["band"].astype("Int64")
    return CategorizedStyle(
        symbol=base,
        field="band",
        categories=cats,
        label_field="name_zh",
        title_zh="耦合协调度",
        title_en="Coupling coordination D",
    )


def _score_style(data) -> GraduatedStyle:
    from gzmap.analysis.layers import fixed_breaks_style

    titles = ("发展指数（TOPSIS 贴近度）", "Development index (TOPSIS closeness)")
    return fixed_breaks_style(data["score"], [0.2, 0.4, 0.6, 0.8], "YlGn", titles, fill_opacity=0.85)


def sites_layers(sites, demand, params: dict, source_layer=None) -> list[VectorLayer]:
    """(demand coloured by covered / not covered, chosen sites) layers."""
    from gzmap.analysis.layers import result_layer

    base = Symbol(stroke="#ffffff", stroke_width=0.2, size=4.0)
    covered = {
        "True": (replace(base, fill="#31a354"), *_both(QT_TRANSLATE_NOOP("Research", "Covered"))),
        "False": (replace(base, fill="#bdbdbd"), *_both(QT_TRANSLATE_NOOP("Research", "Not covered"))),
    }
    dist = f"{params.get('distance', 0):g} m"
    within = (f"{dist} 内覆盖", f"Covered within {dist}")
    demand_style = CategorizedStyle(
        symbol=base, field="covered", categories=covered, title_zh=within[0], title_en=within[1]
    )
    method = "MCLP" if params.get("method") == "mclp" else "p-median"
    site_style = SingleStyle(
        symbol=Symbol(fill="#e31a1c", stroke="#000000", stroke_width=1.2, size=14.0),
        label_field="site",
        title_zh=f"选址结果（{method}）",
        title_en=f"Chosen sites ({method})",
    )
    return [
        result_layer(
            demand, (f"选址覆盖（{dist}）", f"Site coverage ({dist})"), "sites", params, demand_style, source_layer
        ),
        result_layer(sites, (f"选址 {method}", f"Sites {method}"), "sites", params, site_style, source_layer),
    ]
