"""The vector kind's HTML payload: points as packed typed arrays drawn on one canvas, other shapes
as Leaflet GeoJSON with per-class styles, tooltips and labels (registered in
:mod:`gzmap.export.html_payloads`).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from gzmap.core.i18n import QT_TRANSLATE_NOOP, translate
from gzmap.export.html_context import PT, HtmlContext, rgba
from gzmap.export.html_data import encode_points, safe_json
from gzmap.export.html_time import page_rows, time_config

__all__ = ["vector_payload"]

_NAME_COLUMNS = ("name_zh", "name", "企业名称", "名称", "公司名称", "name_en", "company", "enterprise")
_ADDRESS_COLUMNS = ("address", "address_zh", "地址", "详细地址", "addr")
_COORD_NAMES = {
    "lon",
    "lat",
    "lng",
    "x",
    "y",
    "longitude",
    "latitude",
    "经度",
    "纬度",
    "wgs84_lon",
    "wgs84_lat",
    "gcj02_lon",
    "gcj02_lat",
    "bd09_lon",
    "bd09_lat",
    "src_lon",
    "src_lat",
    "orig_lon",
    "orig_lat",
}
#: Display names of common columns (one per language: the "Fields" catalogue context).
_COLUMN_LABELS = {
    "employees": QT_TRANSLATE_NOOP("Fields", "Employees"),
    "从业人员": QT_TRANSLATE_NOOP("Fields", "Employees"),
    "revenue": QT_TRANSLATE_NOOP("Fields", "Revenue"),
    "revenue_wan": QT_TRANSLATE_NOOP("Fields", "Revenue (10k yuan)"),
    "revenue_myuan": QT_TRANSLATE_NOOP("Fields", "Revenue (million yuan)"),
    "营收": QT_TRANSLATE_NOOP("Fields", "Revenue"),
    "founded": QT_TRANSLATE_NOOP("Fields", "Founded"),
    "founding_year": QT_TRANSLATE_NOOP("Fields", "Founded"),
    "year_founded": QT_TRANSLATE_NOOP("Fields", "Founded"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "address_zh": QT_TRANSLATE_NOOP("Fields", "Address"),
    "地址": QT_TRANSLATE_NOOP("Fields", "Address"),
    "sub_sector": QT_TRANSLATE_NOOP("Fields", "Sub-sector"),
    "subsector": QT_TRANSLATE_NOOP("Fields", "Sub-sector"),
    "area_km2": QT_TRANSLATE_NOOP("Fields", "Area (km²)"),
    "adcode": QT_TRANSLATE_NOOP("Fields", "Adcode"),
    "district": QT_TRANSLATE_NOOP("Fields", "District"),
    "count": QT_TRANSLATE_NOOP("Fields", "Count"),
    "population": QT_TRANSLATE_NOOP("Fields", "Population"),
}
_KEY_FIGURES = (
    "employees",
    "revenue",
    "founded",
    "从业人员",
    "营收",
    "成立年份",
    "founding_year",
    "revenue_wan",
    "revenue_myuan",
    "value",
    "count",
)
_YEAR_COLUMNS = {"founded", "成立年份", "founding_year", "year_founded", "year", "年份", "成立年"}
_NOT_FIGURES = {"source_row", "file_row", "row", "fid", "id", "index", "objectid"}
MAX_POPUP_FIGURES = 6
MAX_TOOLTIP_EXTRAS = 5


def _column_label(col: str, ctx: HtmlContext) -> str:
    label = _COLUMN_LABELS.get(col) or _COLUMN_LABELS.get(col.lower())
    return translate("Fields", label, ctx.t.lang) if label else col


def _label_column(layer, ctx: HtmlContext) -> str | None:
    """The column holding the label in the language (the canvas's rule: field_zh/field_en, field)."""
    from gzmap.core.labels import label_column

    return label_column(list(layer.data.columns), layer.style.label_field, ctx.lang)


def _class_labels(style, df, ctx: HtmlContext) -> list[str] | None:
    if getattr(style, "kind", "single") == "single":
        return None
    entries = style.legend(df, keep_empty=True)  # one label per class, in class order
    n = len(style.symbols)
    return [ctx.cleaner(e.label(ctx.lang), "", "legend") or "" for e in entries[:n]]


def vector_payload(layer, name: str, lid: str, ctx: HtmlContext) -> dict[str, Any]:
    """The page data of a vector layer: a point layer when every feature is a point, else GeoJSON."""
    import shapely

    if len(layer.data) == 0:
        ctx.warn("empty", layer=name)
    geoms, rows = _clean_geometries(layer, name, ctx)
    types = shapely.get_type_id(geoms) if len(geoms) else np.zeros(0, dtype=int)
    points = len(geoms) > 0 and bool(np.all(np.isin(types, [0, 4])))
    # what the layer's filter shows; the time part of a point layer's filter is the page's slider
    shown = page_rows(layer, rows) if points else rows[_shown(layer, rows)]
    if len(shown) != len(rows):
        keep = np.isin(rows, shown)
        geoms, rows = geoms[keep], rows[keep]
    if points:
        return _point_layer(layer, name, lid, geoms, rows, ctx)
    return _vector_layer(layer, name, lid, geoms, rows, ctx)


def _shown(layer, rows):
    """Which of ``rows`` the layer's whole filter shows (a boolean mask over them)."""
    mask = layer.shown_mask()
    return np.ones(len(rows), dtype=bool) if mask is None else mask[rows]


# -- geometry clean-up


def _clean_geometries(layer, name: str, ctx: HtmlContext):
    """(geoms, rows) with missing geometries dropped, invalid polygons repaired."""
    import shapely

    geoms = np.asarray(layer.data.geometry.values, dtype=object)
    missing = np.array([g is None for g in geoms], dtype=bool)
    present = ~missing
    missing[present] = shapely.is_empty(geoms[present].astype(object))
    if missing.any():
        ctx.warn("missing_geom", layer=name, n=int(missing.sum()))
    rows = np.flatnonzero(~missing)
    geoms = geoms[rows]
    if geoms.size:
        types = shapely.get_type_id(geoms)
        polyish = np.isin(types, [3, 6, 7])
        invalid = np.zeros(len(geoms), dtype=bool)
        invalid[polyish] = ~shapely.is_valid(geoms[polyish])
        if invalid.any():
            geoms = geoms.copy()
            geoms[invalid] = shapely.make_valid(geoms[invalid])
            ctx.warn("invalid", layer=name, n=int(invalid.sum()))
    return geoms, rows


# -- points and shapes


def _point_layer(layer, name, lid, geoms, rows, ctx: HtmlContext) -> dict[str, Any]:
    """A canvas point layer: coordinates, class codes and popup columns packed as typed arrays."""
    style = layer.style
    x, y, rows = _point_coordinates(geoms, rows, name, ctx)
    sub = layer.data.iloc[rows]
    codes = style.classify(sub) if len(sub) else np.zeros(0, dtype=np.int32)
    columns, name_key = _popup_columns(layer, sub, name, ctx)
    payload = encode_points(x, y, codes, columns, sizes=_varying_sizes(style, sub))
    if payload.compressed:
        ctx.warn("compressed", layer=name, n=len(x))
    class_labels = _class_labels(style, sub, ctx)
    base = style.symbol
    cfg = {
        "id": lid,
        "name": name,
        "block": f"gzdata-{lid}",
        "header": payload.header,
        "pal": [rgba(s.fill, s.fill_opacity * layer.opacity) for s in _symbols(style)],
        "sizePx": max(base.size * PT, 1.0),
        "strokePx": max(base.stroke_width * PT, 0.5) if base.stroke_width > 0 else 0,
        "stroke": rgba(base.stroke, 230 / 255 * layer.opacity),
        "nameKey": name_key,
        "classLabels": class_labels,
        "classTitle": _class_title(style, name, ctx) if class_labels is not None else None,
        "opacity": layer.opacity,
        "bins": _bins_legend(ctx),
        "time": time_config(layer, rows, ctx.lang),
    }
    block = f'<script type="text/plain" id="gzdata-{lid}">{payload.block}</script>'
    return _layer_entry("gzmap.pointLayer", cfg, block, sub, "points", len(payload.block))


def _bins_legend(ctx: HtmlContext) -> dict[str, Any]:
    """The legend the page shows while a point layer is drawn as count bins (gzmap.core.point_rules)."""
    from gzmap.core.point_rules import bin_legend, bin_note, bin_title

    return {"title": bin_title(ctx.lang), "note": bin_note(ctx.lang), "labels": [e.label_en for e in bin_legend()]}


def _layer_entry(factory: str, cfg: dict, block: str, sub, unit: str, nbytes: int) -> dict[str, Any]:
    """What the page builder takes from a layer: its JS factory and config, its data block, counts."""
    return {
        "factory": factory,
        "cfg": cfg,
        "html": block,
        "count": int(len(sub)),
        "df": sub,
        "unit": unit,
        "bytes": nbytes,
    }


def _symbols(style) -> list:
    """The style's class symbols followed by its no-data symbol."""
    return list(style.symbols) + [style.nodata_symbol]


def _point_coordinates(geoms, rows, name: str, ctx: HtmlContext):
    """(x, y, rows) in degrees: multipoints split into their points, non-finite or
    out-of-range coordinates dropped (each with a warning)."""
    import shapely

    multi = shapely.get_type_id(geoms) == 4
    if multi.any():
        parts, idx = shapely.get_parts(geoms, return_index=True)
        ctx.warn("multipoint", layer=name, n=int(multi.sum()), m=int(shapely.get_num_geometries(geoms[multi]).sum()))
        geoms, rows = parts, rows[idx]
    x = shapely.get_x(geoms)
    y = shapely.get_y(geoms)
    ok = np.isfinite(x) & np.isfinite(y) & (np.abs(x) <= 180) & (np.abs(y) <= 90)
    if not ok.all():
        ctx.warn("bad_coords", layer=name, n=int((~ok).sum()))
        x, y, rows = x[ok], y[ok], rows[ok]
    return x, y, rows


def _popup_columns(layer, sub, name: str, ctx: HtmlContext) -> tuple[list[dict[str, Any]], str | None]:
    """(columns, name key): the name and address as text, then up to
    :data:`MAX_POPUP_FIGURES` numeric key figures, each with a distinct label."""
    cols = list(layer.data.columns)
    name_col = _label_column(layer, ctx) or next((c for c in _NAME_COLUMNS if c in cols), None)
    addr_col = next((c for c in _ADDRESS_COLUMNS if c in cols), None)
    columns = [
        {"key": col, "label": ctx.t[label], "kind": "text", "values": ctx.cleaner.column(sub[col], name, col)}
        for col, label in ((name_col, "name"), (addr_col, "address"))
        if col
    ]
    labels_used = {c["label"] for c in columns}
    for c in _figure_columns(layer, sub, (name_col, addr_col)):
        label = ctx.cleaner(_column_label(str(c), ctx), name, "label")
        if label in labels_used:  # e.g. "employees" and the original "从业人员" column of an import
            continue
        labels_used.add(label)
        kind = "year" if str(c).lower() in _YEAR_COLUMNS else "number"
        columns.append({"key": str(c), "label": label, "kind": kind, "values": sub[c].tolist()})
        if len(columns) >= MAX_POPUP_FIGURES + 2:
            break
    return columns, name_col or None


def _figure_columns(layer, sub, text_cols) -> list:
    """Numeric columns worth showing in a popup: the known key figures (else every column),
    without geometry, coordinates, ids, the text columns or a categorized style's field;
    a graduated style's field first."""
    style = layer.style
    df = layer.data
    cols = list(df.columns)
    class_field = getattr(style, "field", "")
    known = [c for c in _KEY_FIGURES if c in cols]
    figures = []
    for c in known or cols:
        if c == df.geometry.name or c in text_cols or str(c).lower() in _COORD_NAMES | _NOT_FIGURES:
            continue
        if pd.api.types.is_bool_dtype(sub[c]) or not pd.api.types.is_numeric_dtype(sub[c]):
            continue
        if c == class_field and style.kind == "categorized":
            continue
        figures.append(c)
    if class_field and style.kind == "graduated" and class_field in cols and class_field not in figures:
        figures.insert(0, class_field)
    return figures


def _class_title(style, name: str, ctx: HtmlContext) -> str:
    """The legend title of a classified point layer: the style's title in the language, else a
    generic word ("category" for categories) or the field name."""
    title = style.title_zh if ctx.lang == "zh" else style.title_en
    if style.kind == "categorized":
        title = title or ctx.t["category"]
    return ctx.cleaner(title or getattr(style, "field", "") or ctx.t["class"], name, "title")


def _varying_sizes(style, df) -> np.ndarray | None:
    """Per-feature marker diameters in CSS pixels when the style varies them (graduated or
    proportional symbols, :meth:`Style.sizes`), else None."""
    if not len(df) or not hasattr(style, "sizes"):
        return None
    sizes = np.asarray(style.sizes(df), dtype=float)
    finite = sizes[np.isfinite(sizes)]
    if finite.size == 0 or float(finite.max() - finite.min()) == 0.0:
        return None
    return np.nan_to_num(sizes, nan=style.symbol.size) * PT


def _feature_geojson(geoms) -> list[str]:
    import shapely

    rounded = shapely.set_precision(geoms, 1e-6, mode="pointwise") if len(geoms) else geoms
    return list(shapely.to_geojson(rounded)) if len(geoms) else []


def _vector_layer(layer, name, lid, geoms, rows, ctx: HtmlContext) -> dict[str, Any]:
    """A Leaflet GeoJSON layer: one style per class, tooltips with the value and a few extras, labels."""
    import shapely

    style = layer.style
    sub = layer.data.iloc[rows]
    types = shapely.get_type_id(geoms) if len(geoms) else np.zeros(0, dtype=int)
    ncoll = int((types == 7).sum())
    if ncoll:
        ctx.warn("collections", layer=name, n=ncoll)
    label_col = _label_column(layer, ctx)
    labels_txt = ctx.cleaner.column(sub[label_col], name, label_col) if label_col else [None] * len(sub)
    value_col, values = _tooltip_values(style, sub, name, ctx)
    props = _feature_properties(
        codes=style.classify(sub) if len(sub) else np.zeros(0, dtype=np.int32),
        sizes=_varying_sizes(style, sub) if bool(np.isin(types, [0, 4, 7]).any()) else None,
        labels_txt=labels_txt,
        values=values,
        extras=_tooltip_extras(layer, sub, {label_col, value_col}, name, ctx),
    )
    data = _feature_collection(_feature_geojson(geoms), props)
    labels = _shape_labels(layer, rows, labels_txt, ctx) if label_col else []
    unit = ctx.cleaner(style.unit, name, "unit") or ""
    cfg = {
        "id": lid,
        "key": layer.id,
        "name": name,
        "data": f"gzdata-{lid}",
        "styles": _leaflet_styles(style, layer.opacity, lid),
        "labels": labels,
        "labelRules": _label_rules(),
        "canvas": len(sub) > 3000,
        "classLabels": _class_labels(style, sub, ctx),
        "valueLabel": _value_label(style, value_col, name, ctx),
        "unit": unit,
    }
    block = f'<script type="application/json" id="gzdata-{lid}">{data}</script>'
    return _layer_entry("gzmap.vectorLayer", cfg, block, sub, "features", len(data))


def _leaflet_styles(style, opacity: float, lid: str) -> list[dict[str, Any]]:
    """Leaflet path options per class; index = class + 1, 0 is no data (sizes in CSS pixels)."""
    styles = [
        {
            "color": s.stroke,
            "weight": s.stroke_width * PT,
            "opacity": opacity,
            "stroke": s.stroke_width > 0,
            "fillColor": s.fill,
            "fillOpacity": s.fill_opacity * opacity,
            "radius": max(s.size * PT / 2, 1.0),
            "className": f"gz-{lid}",
        }
        for s in _symbols(style)
    ]
    return [styles[-1]] + styles[:-1]


def _tooltip_values(style, sub, name: str, ctx: HtmlContext) -> tuple[str | None, list | None]:
    """(column, values) of the style's field when the data has it: numbers for a graduated
    style, cleaned text otherwise; (None, None) without one."""
    value_col = getattr(style, "field", "") or None
    if value_col is None or value_col not in sub.columns:
        return None, None
    if style.kind == "graduated":
        return value_col, pd.to_numeric(sub[value_col], errors="coerce").tolist()
    return value_col, ctx.cleaner.column(sub[value_col], name, value_col)


def _tooltip_extras(layer, sub, shown, name: str, ctx: HtmlContext) -> list[tuple[str, list]]:
    """(label, values) of up to :data:`MAX_TOOLTIP_EXTRAS` further columns, skipping the geometry,
    the columns already ``shown`` and name columns."""
    df = layer.data
    skip = {df.geometry.name, *shown} | {c for c in df.columns if str(c).startswith(("name_", "name"))}
    extras = [c for c in df.columns if c not in skip][:MAX_TOOLTIP_EXTRAS]
    return [
        (
            _column_label(str(c), ctx),
            sub[c].tolist() if pd.api.types.is_numeric_dtype(sub[c]) else ctx.cleaner.column(sub[c], name, c),
        )
        for c in extras
    ]


def _is_missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _feature_properties(codes, sizes, labels_txt, values, extras) -> list[dict[str, Any]]:
    """Each feature's short properties: c class code, r radius (CSS pixels), l label,
    v tooltip value, a [label, value] extras (missing ones left out)."""
    out = []
    for i in range(len(codes)):
        props: dict[str, Any] = {"c": int(codes[i])}
        if sizes is not None:
            props["r"] = round(float(sizes[i]) / 2, 2)
        if labels_txt[i]:
            props["l"] = labels_txt[i]
        if values is not None:
            props["v"] = None if _is_missing(values[i]) else values[i]
        a = [
            [label, v.item() if isinstance(v, np.generic) else v]
            for label, vals in extras
            if not _is_missing(v := vals[i])
        ]
        if a:
            props["a"] = a
        out.append(props)
    return out


def _feature_collection(geojson: list[str], props: list[dict[str, Any]]) -> str:
    """A GeoJSON FeatureCollection text from each feature's geometry text and properties."""
    parts = [
        '{"type":"Feature","geometry":' + g + ',"properties":' + safe_json(p) + "}" for g, p in zip(geojson, props)
    ]
    return '{"type":"FeatureCollection","features":[' + ",".join(parts) + "]}"


def _shape_labels(layer, rows, labels_txt, ctx: HtmlContext) -> list[list]:
    """The layer's label items in priority order (:mod:`gzmap.export.html_labels`) with the cleaned texts."""
    from gzmap.export.html_labels import label_items, label_plan

    plan = ctx.label_plan if ctx.label_plan is not None else label_plan([layer], ctx.lang)
    texts = {int(r): t for r, t in zip(rows, labels_txt) if t}
    return label_items(plan.get(layer.id, {}), texts)


def _label_rules() -> dict[str, Any]:
    """The placement's sizes and candidate positions for the page's runtime (gzmap.core.labels)."""
    from gzmap.core.labels import as_js

    return as_js()


def _value_label(style, value_col: str | None, name: str, ctx: HtmlContext) -> str | None:
    """The tooltip's value heading: the style's title (else the column's label), with its year."""
    if value_col is None:
        return None
    label = (style.title_zh if ctx.lang == "zh" else style.title_en) or _column_label(value_col, ctx)
    if style.year:
        label = f"{label} ({style.year})"
    return ctx.cleaner(label, name, "title") if label else None
