"""The vector kind's HTML payload: points as packed typed arrays drawn on one canvas, other shapes
as Leaflet GeoJSON with per-class styles, tooltips and labels (registered in
:mod:`gzmap.export.html_payloads`).
"""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np
import pandas as pd

from gzmap.core import fields
from gzmap.export.html_context import PT
from gzmap.export.html_context import HtmlContext
from gzmap.export.html_context import rgba
from gzmap.export.html_data import encode_points
from gzmap.export.html_data import safe_json
from gzmap.export.html_photos import popup_photos
from gzmap.export.html_time import page_rows
from gzmap.export.html_time import time_config

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
#: Columns that say nothing to a reader of the map (the boundary hierarchy's codes, row numbers, cell
#: numbers): left out of popups and tooltips, in any language.
_INTERNAL = _NOT_FIGURES | {"level", "parent_adcode", "adcode", "cell_id", "childrennum", "subfeatureindex"}
#: A unit at the end of a file's column header: "营业收入(万元)", "Revenue (10k yuan)".
_HEADER_UNIT = re.compile(r"[(（]\s*([^()（）]{1,16}?)\s*[)）]\s*$")
MAX_POPUP_FIGURES = 6
MAX_TOOLTIP_EXTRAS = 5


def _column_label(layer, col: str, ctx: HtmlContext) -> str:
    """The display name of ``col`` in the export's language (:func:`gzmap.core.fields.field_label`, the
    names the window's tables use), with the unit of the file's column it was read from when its
    header gave one ("营业收入(万元)" makes revenue "营收（万元）" / "Revenue (10,000 yuan)")."""
    label = fields.field_label(col, ctx.t.lang)
    unit = _source_unit(layer, col, ctx)
    if not unit or unit in label:
        return label
    return f"{label}（{unit}）" if ctx.lang == "zh" else f"{label} ({unit})"


def _source_unit(layer, col: str, ctx: HtmlContext) -> str:
    """The unit in the header of the file column that standard column ``col`` replaces, in the
    export's language ('' when there is none)."""
    source = (layer.provenance.get("standard_columns") or {}).get(col)
    m = _HEADER_UNIT.search(str(source or ""))
    return fields.unit_text(m.group(1), ctx.t.lang) if m else ""


def _replaced_columns(layer) -> set:
    """The file's columns that a standard column replaces (企业名称 by ``name``): shown once, as the standard one."""
    return {str(v) for v in (layer.provenance.get("standard_columns") or {}).values() if v}


def _shown_values(sub: pd.Series, col: str, name: str, ctx: HtmlContext) -> list:
    """A popup's values of ``col``: coded words in the export's language (``games`` -> 游戏), whole
    numbers for counts, money rounded to its unit, shares as percentages, codes and years as digits;
    text cleaned."""
    kind = fields.field_kind(col)
    if pd.api.types.is_numeric_dtype(sub) and not pd.api.types.is_bool_dtype(sub):
        values = pd.to_numeric(sub, errors="coerce")
        if kind in ("count", "money"):
            values = values.round()
        if kind == "code":
            return [None if _is_missing(v) else str(int(v)) for v in values.tolist()]
        if kind == "share":  # a fraction shown as a percentage, as in the app's tables
            return [None if _is_missing(v) else fields.share_text(v) for v in values.tolist()]
        return values.tolist()
    words = {v: fields.value_text(col, v, ctx.t.lang) for v in pd.unique(sub.dropna())}
    if any(w is not None for w in words.values()):
        sub = sub.map(lambda v: words.get(v) or v if not _is_missing(v) else v)
    return ctx.cleaner.column(sub, name, col)


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
        "photos": popup_photos(layer, sub, name, name_key, ctx),
    }
    block = f'<script type="text/plain" id="gzdata-{lid}">{payload.block}</script>'
    return _layer_entry("gzmap.pointLayer", cfg, block, sub, "points", len(payload.block))


def _bins_legend(ctx: HtmlContext) -> dict[str, Any]:
    """The legend the page shows while a point layer is drawn as count bins (gzmap.core.point_rules)."""
    from gzmap.core.point_rules import bin_legend
    from gzmap.core.point_rules import bin_note
    from gzmap.core.point_rules import bin_title_pattern

    # the title's {size} (the bins' side on the ground) is filled by the page at each zoom (gz.binTitle)
    return {
        "title": bin_title_pattern(ctx.lang),
        "note": bin_note(ctx.lang),
        "labels": [e.label_en for e in bin_legend()],
    }


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
        label = ctx.cleaner(_column_label(layer, str(c), ctx), name, "label")
        if label in labels_used:  # e.g. "employees" and a "从业人员" column of a table read without the import
            continue
        labels_used.add(label)
        field_kind = fields.field_kind(c)
        kind = "code" if field_kind == "code" or str(c).lower() in _YEAR_COLUMNS else "number"
        kind = "text" if field_kind == "share" else kind  # written as a percentage ("22.7%")
        values = _shown_values(sub[c], str(c), name, ctx)
        columns.append({"key": str(c), "label": label, "kind": kind, "values": values})
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
    skip = _replaced_columns(layer) | set(text_cols)
    for c in known or cols:
        if c == df.geometry.name or c in skip or str(c).lower() in _COORD_NAMES | _INTERNAL:
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
    """The popup's heading of a classified point's class: the display name of the style's field
    (``subsector``: 细分行业 / Sub-sector), else the style's title in the language, else a generic
    word ("category" for categories) or the field name."""
    field_ = str(getattr(style, "field", "") or "")
    known = fields.field_label(field_, ctx.t.lang) if field_ else ""
    if known and known != field_:
        return ctx.cleaner(known, name, "title")
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
    unit = ctx.cleaner(fields.unit_text(style.unit, ctx.t.lang), name, "unit") or ""
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
        "valueLabel": _value_label(layer, value_col, name, ctx),
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
    style; (column, None) for classes (the tooltip's class row names them in words, a code such as
    ``gi_class`` 3 says nothing); (None, None) without one."""
    value_col = getattr(style, "field", "") or None
    if value_col is None or value_col not in sub.columns:
        return None, None
    if style.kind == "graduated":
        return value_col, pd.to_numeric(sub[value_col], errors="coerce").tolist()
    return value_col, None


def _tooltip_extras(layer, sub, shown, name: str, ctx: HtmlContext) -> list[tuple[str, list]]:
    """(label, values) of up to :data:`MAX_TOOLTIP_EXTRAS` further columns under their display names
    in the export's language: one column per field (:func:`gzmap.core.fields.shown_columns`), without
    the geometry, the columns already ``shown``, name columns and internal ones (:data:`_INTERNAL`)."""
    df = layer.data
    skip = {df.geometry.name, *shown} | {c for c in df.columns if str(c).startswith(("name_", "name"))}
    cols = fields.shown_columns(df.columns, ctx.t.lang, hidden=_replaced_columns(layer))
    extras = [c for c in cols if c not in skip and str(c).lower() not in _INTERNAL | _COORD_NAMES]
    return [
        (_column_label(layer, str(c), ctx), _shown_values(sub[c], str(c), name, ctx))
        for c in extras[:MAX_TOOLTIP_EXTRAS]
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
    from gzmap.export.html_labels import label_items
    from gzmap.export.html_labels import label_plan

    plan = ctx.label_plan if ctx.label_plan is not None else label_plan([layer], ctx.lang)
    texts = {int(r): t for r, t in zip(rows, labels_txt) if t}
    return label_items(plan.get(layer.id, {}), texts)


def _label_rules() -> dict[str, Any]:
    """The placement's sizes and candidate positions for the page's runtime (gzmap.core.labels)."""
    from gzmap.core.labels import as_js

    return as_js()


def _value_label(layer, value_col: str | None, name: str, ctx: HtmlContext) -> str | None:
    """The tooltip's value heading: the style's title (else the column's label), with its year."""
    if value_col is None:
        return None
    style = layer.style
    label = (style.title_zh if ctx.lang == "zh" else style.title_en) or _column_label(layer, value_col, ctx)
    if style.year:
        label = f"{label} ({style.year})"
    return ctx.cleaner(label, name, "title") if label else None
