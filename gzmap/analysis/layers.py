"""Analysis results as styled layers (the one style model of gzmap.core.style).

Each function takes what an analysis returned and gives project layers with
bilingual names, a legend-ready style and provenance that records the
method and its parameters.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from gzmap.core.layer import Grid
from gzmap.core.layer import RasterLayer
from gzmap.core.layer import VectorLayer
from gzmap.core.style import QUALITATIVE
from gzmap.core.style import CategorizedStyle
from gzmap.core.style import GraduatedStyle
from gzmap.core.style import Symbol

__all__ = [
    "HOTSPOT_COLORS",
    "cluster_layers",
    "hotspot_layer",
    "kde_layer",
    "lisa_layer",
    "lq_layer",
    "subsector_label",
]

#: gi_class -> fill colour (ColorBrewer RdBu, as ArcGIS's hot-spot renderer).
HOTSPOT_COLORS = {3: "#b2182b", 2: "#ef8a62", 0: "#f7f7f7", -2: "#67a9cf", -3: "#2166ac"}
#: lisa_label -> fill colour; the labels are those of gzmap.analysis.significance.LABELS.
LISA_COLORS = {"HH": "#d7191c", "LL": "#2c7bb6", "LH": "#abd9e9", "HL": "#fdae61", "ns": "#eeeeee"}


def subsector_label(key, lang: str = "zh") -> str:
    """Display name of a sub-sector key from the taxonomy (the key itself if unknown)."""
    try:
        from gzmap.core.taxonomy import load_taxonomy

        tax = load_taxonomy()
        if key == "other":
            return tax.other.label(lang)
        return tax.get(str(key)).label(lang)
    except Exception:
        return str(key)


#: The provenance keys of an analysis input that name its dataset (see gzmap.core.map_sources).
INPUT_DATASET_KEYS = (
    "title_zh",
    "title_en",
    "attribution",
    "attribution_zh",
    "attribution_en",
    "synthetic",
    "source",
    "analysis",
    "input",
    "input_zh",
    "input_dataset",
)


def _provenance(kind: str, params: dict, source_layer=None) -> dict:
    prov: dict[str, Any] = {"source": f"GZMap analysis: {kind}", "analysis": kind, "parameters": dict(params)}
    if source_layer is not None:
        prov["input"] = getattr(source_layer, "name_en", str(source_layer))
        prov["input_zh"] = getattr(source_layer, "name_zh", "")
        # the input's own dataset words (title, attribution, synthetic...), for the sources line
        prov["input_dataset"] = {
            k: v for k, v in getattr(source_layer, "provenance", {}).items() if k in INPUT_DATASET_KEYS
        }
        if getattr(source_layer, "provenance", {}).get("synthetic"):
            prov["synthetic"] = True
        for key in ("user_columns", "standard_columns"):  # the input's own columns travel with its rows
            if key in getattr(source_layer, "provenance", {}):
                prov[key] = source_layer.provenance[key]
    return prov


def result_layer(data, names: tuple[str, str], analysis: str, params: dict, style, source_layer=None, **kw):
    """The layer of an analysis result: ``names`` (Chinese, English), source ``analysis:<analysis>``
    (``source=`` to name it otherwise), the run's provenance; a Grid makes a RasterLayer."""
    from gzmap.core.grid import Grid

    cls = RasterLayer if isinstance(data, Grid) else VectorLayer
    source = "analysis:" + kw.pop("source", analysis)
    return cls(data, *names, source=source, provenance=_provenance(analysis, params, source_layer), style=style, **kw)


def cluster_layers(
    result, *, name_zh: str = "聚类", name_en: str = "Clusters", source_layer=None, max_colours: int = len(QUALITATIVE)
) -> tuple[VectorLayer, VectorLayer]:
    """(labelled points, cluster hulls) layers for a :class:`~gzmap.analysis.clusters.ClusterResult`.

    Points are coloured by cluster (noise grey, the largest clusters first);
    hulls share the colours, half transparent, labelled ``C1``, ``C2``...
    """
    points = result.points
    clusters = result.clusters.copy()
    clusters["label"] = [f"C{c}" for c in clusters["cluster"]]
    ids = [int(c) for c in clusters["cluster"]]
    shown = ids[:max_colours]
    base = Symbol(size=4.0, stroke="#ffffff", stroke_width=0.2, fill_opacity=0.9)
    cats = {
        str(c): (replace(base, fill=QUALITATIVE[i % len(QUALITATIVE)]), f"聚类 C{c}", f"Cluster C{c}")
        for i, c in enumerate(shown)
    }
    cats[str(-1)] = (replace(base, fill="#bdbdbd", size=3.0, fill_opacity=0.7), "噪声点", "Noise")
    other = replace(base, fill="#7f7f7f") if len(ids) > len(shown) else None
    method = result.params.get("method", "dbscan").upper()
    pstyle = CategorizedStyle(
        symbol=base,
        field="cluster",
        categories=cats,
        other=other,
        title_zh=f"{method} 聚类",
        title_en=f"{method} clusters",
    )
    hbase = Symbol(stroke="#333333", stroke_width=0.8, fill_opacity=0.35)
    hcats = {
        str(c): (replace(hbase, fill=QUALITATIVE[i % len(QUALITATIVE)]), f"聚类 C{c}", f"Cluster C{c}")
        for i, c in enumerate(shown)
    }
    hstyle = CategorizedStyle(
        symbol=hbase,
        field="cluster",
        categories=hcats,
        other=replace(hbase, fill="#7f7f7f") if len(ids) > len(shown) else None,
        label_field="label",
        title_zh="聚类范围",
        title_en="Cluster outlines",
    )
    prov = _provenance("clusters", result.params, source_layer)
    pts_layer = VectorLayer(
        points,
        f"{name_zh}（点）",
        f"{name_en} (points)",
        source=f"analysis:{method.lower()}",
        provenance=prov,
        style=pstyle,
    )
    hull_layer = VectorLayer(
        clusters,
        f"{name_zh}（范围）",
        f"{name_en} (outlines)",
        source=f"analysis:{method.lower()}",
        provenance=prov,
        style=hstyle,
    )
    return pts_layer, hull_layer


#: Heat surfaces' classes: mapclassify's Fisher-Jenks natural breaks (docs/analysis/density.md).
KDE_SCHEME = "FisherJenks"
KDE_CLASSES = 5
#: The breaks are computed on this many evenly spaced quantiles of the cells (Fisher-Jenks is
#: quadratic in the values; the quantiles keep the distribution's shape).
KDE_SAMPLE = 250


def kde_style(grid: Grid, k: int = KDE_CLASSES, ramp: str = "YlOrRd") -> GraduatedStyle:
    """Graduated ramp for a density grid: Fisher-Jenks natural breaks (:data:`KDE_SCHEME`) of the cells
    with a value, rounded to two significant figures, the last class closed at the peak; the lowest
    class is the floor below which the surface is transparent (``floor``)."""
    vals = grid.values[np.isfinite(grid.values) & (grid.values > 0)]
    style = GraduatedStyle(
        field="value",
        scheme=KDE_SCHEME,
        k=k,
        ramp=ramp,
        decimals=1,
        title_zh="核密度",
        title_en="Kernel density",
        unit=str(grid.meta.get("unit", "")),
    )
    if not vals.size:
        return style
    sample = np.quantile(vals, np.linspace(0.0, 1.0, min(KDE_SAMPLE, vals.size)))
    style.fit(pd.DataFrame({"value": sample}))
    peak = float(vals.max())
    breaks = sorted({_round_figures(b, 2) for b in style.breaks[:-1] if b < peak})
    style.breaks = [b for b in breaks if b > 0] + [peak]
    style.decimals = _decimals_for(style.breaks)
    style.floor = style.breaks[0] if len(style.breaks) > 1 else None
    return style


def _round_figures(v: float, figures: int) -> float:
    """``v`` rounded to ``figures`` significant figures."""
    if v == 0 or not np.isfinite(v):
        return float(v)
    return float(round(v, figures - 1 - int(np.floor(np.log10(abs(v))))))


def _decimals_for(breaks: list[float]) -> int:
    """Decimals that show every break but the last (the peak) as rounded (0 for breaks of 10 and more)."""
    small = min((abs(b) for b in breaks[:-1] if b), default=10.0)
    return int(max(0, 1 - np.floor(np.log10(small)))) if small < 10 else 0


def kde_layer(
    grid: Grid,
    *,
    name_zh: str = "核密度热力图",
    name_en: str = "Kernel density",
    source_layer=None,
    ramp: str = "YlOrRd",
) -> RasterLayer:
    """A RasterLayer of a KDE grid with natural-breaks classes (:func:`kde_style`) and legend (unit per km²)."""
    params = {k: v for k, v in grid.meta.items() if k not in ("kind",)}
    return result_layer(grid, (name_zh, name_en), "kde", params, kde_style(grid, ramp=ramp), source_layer, opacity=0.8)


def hotspot_layer(
    cells,
    *,
    name_zh: str = "Gi* 热点分析",
    name_en: str = "Gi* hot spots",
    source_layer=None,
    hide_not_significant: bool = True,
) -> VectorLayer:
    """Hot/cold spot cells coloured by ``gi_class`` (99/95 % hot and cold, not significant).

    With ``hide_not_significant`` (the default) the not-significant cells are drawn with
    neither fill nor outline: the grid covers the points' bounding box, and its pale cells
    would otherwise lie as a faint rectangle over the sea and the neighbouring cities.
    """
    from gzmap.analysis.hotspots import CLASS_LABELS
    from gzmap.analysis.significance import label

    base = Symbol(stroke="#ffffff", stroke_width=0.1, fill_opacity=0.75)
    cats = {}
    for c in (3, 2, 0, -2, -3):
        sym = replace(base, fill=HOTSPOT_COLORS[c])
        if c == 0 and hide_not_significant:
            sym = replace(sym, fill_opacity=0.0, stroke="#9e9e9e", stroke_width=0.0)
        cats[str(c)] = (sym, label(CLASS_LABELS[c], "zh_CN"), label(CLASS_LABELS[c], "en"))
    style = CategorizedStyle(
        symbol=base, field="gi_class", categories=cats, title_zh="Gi* 热点 / 冷点", title_en="Gi* hot and cold spots"
    )
    params = dict(getattr(cells, "attrs", {}).get("gzmap", {}))
    return result_layer(cells, (name_zh, name_en), "hotspots", params, style, source_layer, source="gistar")


def lisa_layer(
    units, *, name_zh: str = "局部莫兰指数（LISA）", name_en: str = "Local Moran's I (LISA)", source_layer=None
) -> VectorLayer:
    """LISA clusters (HH, LL, LH, HL where significant, as Gi*: adjusted p ≤ 0.05; others not significant)."""
    from gzmap.analysis.significance import label

    base = Symbol(stroke="#666666", stroke_width=0.4, fill_opacity=0.8)
    cats = {k: (replace(base, fill=c), label(k, "zh_CN"), label(k, "en")) for k, c in LISA_COLORS.items()}
    style = CategorizedStyle(
        symbol=base,
        field="lisa_label",
        categories=cats,
        title_zh="企业密度 LISA 聚类",
        title_en="LISA clusters of enterprise density",
    )
    return VectorLayer(
        units, name_zh, name_en, source="analysis:lisa", provenance=_provenance("lisa", {}, source_layer), style=style
    )


def fixed_breaks_style(values: pd.Series, breaks: list[float], ramp: str, titles: tuple[str, str], fill_opacity: float):
    """Graduated colours of the polygons' ``values`` (column ``values.name``) with fixed upper class
    bounds ``breaks``; a last class reaches the largest value above them. Labelled by ``name_zh``;
    ``titles`` (zh, en) head the legend."""
    top = float(np.nanmax(values)) if values.notna().any() else breaks[-1]
    return GraduatedStyle(
        field=str(values.name),
        scheme="UserDefined",
        ramp=ramp,
        decimals=2,
        breaks=[*breaks, max(top, breaks[-1])],
        label_field="name_zh",
        title_zh=titles[0],
        title_en=titles[1],
        symbol=Symbol(stroke="#555555", stroke_width=0.6, fill_opacity=fill_opacity),
    )


def lq_layer(lq: pd.DataFrame, subsector: str, *, districts=None, source_layer=None) -> VectorLayer:
    """District polygons coloured by the location quotient of one sub-sector (breaks 0.5, 0.8, 1.2, 2)."""
    from gzmap.analysis.districts import district_polygons

    polys = district_polygons(districts)
    part = lq[lq["subsector"] == subsector].set_index("adcode")
    data = polys.copy()
    key = data["adcode"].astype(str)
    for col in ("count", "district_total", "share_in_district", "lq"):
        data[col] = key.map(part[col]).to_numpy() if len(part) else np.nan
    label_zh, label_en = subsector_label(subsector, "zh"), subsector_label(subsector, "en")
    style = fixed_breaks_style(
        data["lq"],
        [0.5, 0.8, 1.2, 2.0],
        "RdYlBu_r",
        (f"区位商：{label_zh}", f"Location quotient: {label_en}"),
        fill_opacity=0.8,
    )
    return result_layer(
        data, (f"区位商 {label_zh}", f"LQ {label_en}"), "lq", {"subsector": subsector}, style, source_layer
    )
