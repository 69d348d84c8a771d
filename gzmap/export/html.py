"""Interactive HTML map export that works with no network.

:func:`export_html` writes one self-contained ``.html`` file for a
:class:`~gzmap.core.project.Project`: Leaflet and its style sheet are inlined
from pinned Python packages (:mod:`gzmap.export.html_assets`), every visible
layer is drawn with the colours of :mod:`gzmap.core.style` (the classes,
symbols and legend entries the canvas uses), and opening the file makes no
network request unless the user picks an online tile basemap.

* Polygons/lines: Leaflet GeoJSON with per-class styles, hover tooltips and
  labels (districts, cities, indicator choropleths, cluster hulls, hot-spot grids).
* Points: packed typed arrays drawn on one canvas (see
  :mod:`gzmap.export.html_runtime`), popups by click hit-testing; a million
  enterprises stay a file of tens of MB that renders in seconds.
* Rasters: a PNG image overlay resampled to Web Mercator.
* A legend (class ranges, counts, unit, year, source), a layer control, a
  scale bar, the title, and a sources/attribution panel from each layer's
  provenance, with synthetic data marked as such.
* Basemap: the built-in vector geography; optionally OpenStreetMap (WGS84)
  and Amap (GCJ-02) tiles for users who are online. While the GCJ-02 basemap
  is shown, every overlay is shifted WGS84→GCJ-02 so it lines up.

Bad input (empty layers, huge attribute values, geometry collections,
invalid polygons) is exported as well as it can be and reported in
:attr:`ExportReport.warnings`; the function does not raise for it.
"""

from __future__ import annotations

import html as _html
import math
import ntpath
import posixpath
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from gzmap.core.i18n import QT_TRANSLATE_NOOP, language, translate
from gzmap.core.progress import report
from gzmap.export.html_data import TextCleaner, encode_points, safe_json, strip_paths
from gzmap.io.errors import first_line

__all__ = ["BASEMAPS", "ExportReport", "LayerExportError", "build_html", "export_html"]

BASEMAPS = ("none", "osm", "amap")
PT = 96.0 / 72.0  # CSS pixels per typographic point (the canvas's screen dpi)

_OSM = {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "maxZoom": 19,
        "attribution": "© OpenStreetMap contributors (ODbL)", "gzDatum": "wgs84"}
_AMAP = {"url": "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}",
         "subdomains": "1234", "maxZoom": 18, "attribution": "© 高德地图 AutoNavi (GCJ-02)", "gzDatum": "gcj02"}

_T = {
    "legend": QT_TRANSLATE_NOOP("HtmlExport", "Legend"),
    "sources": QT_TRANSLATE_NOOP("HtmlExport", "Data sources and notes"),
    "synthetic": QT_TRANSLATE_NOOP("HtmlExport", "Synthetic data (sample, not real enterprises)"),
    "synthetic_any": QT_TRANSLATE_NOOP("HtmlExport", "includes synthetic sample data"),
    "no_tiles": QT_TRANSLATE_NOOP("HtmlExport", "No online basemap (offline vector geography)"),
    "osm": QT_TRANSLATE_NOOP("HtmlExport", "OpenStreetMap (WGS84)"),
    "amap": QT_TRANSLATE_NOOP("HtmlExport", "Amap (GCJ-02; overlays shifted to match)"),
    "layer": QT_TRANSLATE_NOOP("HtmlExport", "Layer"),
    "class": QT_TRANSLATE_NOOP("HtmlExport", "Class"),
    "nodata": QT_TRANSLATE_NOOP("HtmlExport", "No data"),
    "more": QT_TRANSLATE_NOOP("HtmlExport", "{n} more point(s) here"),
    "oldBrowser": QT_TRANSLATE_NOOP("HtmlExport", "This browser cannot unpack the point data; please use a recent Chrome, Edge, Firefox or Safari."),
    "loadFailed": QT_TRANSLATE_NOOP("HtmlExport", "Layer failed to load:"),
    "source": QT_TRANSLATE_NOOP("HtmlExport", "Source"),
    "licence": QT_TRANSLATE_NOOP("HtmlExport", "Licence"),
    "attribution": QT_TRANSLATE_NOOP("HtmlExport", "Attribution"),
    "year": QT_TRANSLATE_NOOP("HtmlExport", "Year"),
    "builtin": QT_TRANSLATE_NOOP("HtmlExport", "GZMap built-in data"),
    "made": QT_TRANSLATE_NOOP("HtmlExport", "Exported by GZMap"),
    "default_title": QT_TRANSLATE_NOOP("HtmlExport", "GZMap map"),
    "features": QT_TRANSLATE_NOOP("HtmlExport", "features"),
    "points": QT_TRANSLATE_NOOP("HtmlExport", "points"),
    "cells": QT_TRANSLATE_NOOP("HtmlExport", "cells"),
    "software": QT_TRANSLATE_NOOP("HtmlExport", "Map engine Leaflet {v} (BSD-2)"),
    "category": QT_TRANSLATE_NOOP("HtmlExport", "Sub-sector"),
    "name": QT_TRANSLATE_NOOP("HtmlExport", "Name"),
    "address": QT_TRANSLATE_NOOP("HtmlExport", "Address"),
}

_W = {
    "empty": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}' has no features; exported as an empty layer."),
    "missing_geom": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}': {n} feature(s) without geometry were not drawn."),
    "bad_coords": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}': {n} point(s) with invalid coordinates (not finite or out of range) were not drawn."),
    "invalid": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}': {n} invalid polygon(s) (e.g. self-intersections) were repaired with make_valid."),
    "collections": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}': {n} geometry collection(s) drawn as their parts."),
    "multipoint": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}': {n} multipoint feature(s) split into {m} points."),
    "clipped": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}', column '{column}': {n} value(s) longer than {max} characters were truncated."),
    "compressed": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}': {n} points embedded compressed; needs a browser from 2023 or later (Chrome 80+, Firefox 113+, Safari 16.4+)."),
    "raster_failed": QT_TRANSLATE_NOOP("HtmlExport", "Raster layer '{layer}' could not be exported: {error}"),
    "layer_failed": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}' could not be exported: {error}"),
    "unknown_kind": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}' is of a kind the HTML export does not support; skipped."),
    "online_basemap": QT_TRANSLATE_NOOP("HtmlExport", "An online basemap ({name}) is included: opening the file requests tiles from its server; offline, only the vector geography shows."),
    "no_layers": QT_TRANSLATE_NOOP("HtmlExport", "The project has no visible layers."),
    "more_failed": QT_TRANSLATE_NOOP("HtmlExport", "{n} more layer(s) could not be exported"),
}

_NAME_COLUMNS = ("name_zh", "name", "企业名称", "名称", "公司名称", "name_en", "company", "enterprise")
_ADDRESS_COLUMNS = ("address", "address_zh", "地址", "详细地址", "addr")
_COORD_NAMES = {"lon", "lat", "lng", "x", "y", "longitude", "latitude", "经度", "纬度", "wgs84_lon", "wgs84_lat",
                "gcj02_lon", "gcj02_lat", "bd09_lon", "bd09_lat", "src_lon", "src_lat", "orig_lon", "orig_lat"}
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
_KEY_FIGURES = ("employees", "revenue", "founded", "从业人员", "营收", "成立年份", "founding_year", "revenue_wan",
                "revenue_myuan", "value", "count")
_YEAR_COLUMNS = {"founded", "成立年份", "founding_year", "year_founded", "year", "年份", "成立年"}
_NOT_FIGURES = {"source_row", "file_row", "row", "fid", "id", "index", "objectid"}
MAX_POPUP_FIGURES = 6
MAX_TOOLTIP_EXTRAS = 5
MAX_LABELS = 500


@dataclass
class ExportReport:
    """What an export did: where it wrote, how big, and every warning for the user."""

    path: str | None = None
    warnings: list[str] = field(default_factory=list)
    layers: list[dict[str, Any]] = field(default_factory=list)
    bytes: int = 0
    seconds: float = 0.0

    def warn(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)


class LayerExportError(Exception):
    """One or more layers could not be exported and the caller did not ask to skip them.

    ``str(err)`` is one line in the export's language; ``failed`` lists
    ``(layer name, reason)`` pairs.
    """

    def __init__(self, message: str, failed: list[tuple[str, str]]):
        super().__init__(message)
        self.failed = failed


class _Texts:
    """``texts[key]``: the page's fixed text ``key`` of :data:`_T` in one language."""

    def __init__(self, lang: str):
        self.lang = lang

    def __getitem__(self, key: str) -> str:
        return translate("HtmlExport", _T[key], self.lang)


class _Ctx:
    def __init__(self, lang: str, report_: ExportReport):
        self.lang = "zh" if language(lang) == "zh_CN" else "en"
        self.t = _Texts(language(lang))
        self.report = report_
        self.cleaner = TextCleaner()
        self.used_names: set[str] = set()
        self.n = 0

    def text(self, key: str, **kw) -> str:
        return translate("HtmlExport", _W[key], self.t.lang, **kw)

    def warn(self, key: str, **kw) -> None:
        self.report.warn(self.text(key, **kw))

    def new_id(self) -> str:
        self.n += 1
        return f"l{self.n}"

    def unique_name(self, name: str) -> str:
        base, k = name, 2
        while name in self.used_names:
            name, k = f"{base} ({k})", k + 1
        self.used_names.add(name)
        return name


def _e(text: Any) -> str:
    """HTML-escape text for static markup (quotes too)."""
    return _html.escape("" if text is None else str(text), quote=True)


def _layer_name(layer, ctx: _Ctx) -> str:
    name = layer.name("zh" if ctx.lang == "zh" else "en") or layer.name_zh or layer.id
    return ctx.cleaner(strip_paths(str(name)), "", "name") or layer.id


def _column_label(col: str, ctx: _Ctx) -> str:
    label = _COLUMN_LABELS.get(col) or _COLUMN_LABELS.get(col.lower())
    return translate("Fields", label, ctx.t.lang) if label else col


def _label_column(layer, ctx: _Ctx) -> str | None:
    """The column holding the label in the language (the canvas's rule: field_zh/field_en, field)."""
    field_ = layer.style.label_field or ""
    if not field_:
        return None
    cols = layer.data.columns
    for c in (f"{field_}_{ctx.lang}", field_, f"{field_}_zh", f"{field_}_en"):
        if c in cols:
            return c
    return None


def _class_labels(style, df, ctx: _Ctx) -> list[str] | None:
    if getattr(style, "kind", "single") == "single":
        return None
    entries = style.legend(df)
    n = len(style.symbols)
    return [ctx.cleaner(e.label(ctx.lang), "", "legend") or "" for e in entries[:n]]


def _rgba(color: str, alpha: float) -> list[int]:
    from gzmap.core.style import hex_to_rgb

    return [*hex_to_rgb(color), int(round(255 * max(0.0, min(alpha, 1.0))))]


# ---------------------------------------------------------------- geometry clean-up

def _clean_geometries(layer, name: str, ctx: _Ctx):
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


# ---------------------------------------------------------------- layers

def _point_layer(layer, name, lid, geoms, rows, ctx: _Ctx) -> dict[str, Any]:
    import shapely

    style = layer.style
    df = layer.data
    types = shapely.get_type_id(geoms)
    multi = types == 4
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
    sub = df.iloc[rows]
    codes = style.classify(sub) if len(sub) else np.zeros(0, dtype=np.int32)
    symbols = list(style.symbols) + [style.nodata_symbol]
    pal = [_rgba(s.fill, s.fill_opacity * layer.opacity) for s in symbols]
    base = style.symbol

    columns: list[dict[str, Any]] = []
    cols = list(df.columns)
    name_col = _label_column(layer, ctx) or next((c for c in _NAME_COLUMNS if c in cols), None)
    name_key = None
    if name_col:
        name_key = name_col
        columns.append({"key": name_col, "label": ctx.t["name"], "kind": "text",
                        "values": ctx.cleaner.column(sub[name_col], name, name_col)})
    addr_col = next((c for c in _ADDRESS_COLUMNS if c in cols), None)
    if addr_col:
        columns.append({"key": addr_col, "label": ctx.t["address"], "kind": "text",
                        "values": ctx.cleaner.column(sub[addr_col], name, addr_col)})
    class_field = getattr(style, "field", "")
    known = [c for c in _KEY_FIGURES if c in cols]
    figures = []
    for c in (known or cols):
        if c == df.geometry.name or c in (name_col, addr_col) or str(c).lower() in _COORD_NAMES | _NOT_FIGURES:
            continue
        if pd.api.types.is_bool_dtype(sub[c]) or not pd.api.types.is_numeric_dtype(sub[c]):
            continue
        if c == class_field and style.kind == "categorized":
            continue
        figures.append(c)
    if class_field and style.kind == "graduated" and class_field in cols and class_field not in figures:
        figures.insert(0, class_field)
    labels_used = {c["label"] for c in columns}
    for c in figures:
        label = ctx.cleaner(_column_label(str(c), ctx), name, "label")
        if label in labels_used:  # e.g. "employees" and the original "从业人员" column of an import
            continue
        labels_used.add(label)
        kind = "year" if str(c).lower() in _YEAR_COLUMNS else "number"
        columns.append({"key": str(c), "label": label, "kind": kind, "values": sub[c].tolist()})
        if len(columns) >= MAX_POPUP_FIGURES + 2:
            break
    sizes = _varying_sizes(style, sub)
    payload = encode_points(x, y, codes, columns, sizes=sizes)
    if payload.compressed:
        ctx.warn("compressed", layer=name, n=len(x))
    class_labels = _class_labels(style, sub, ctx)
    class_title = None
    if class_labels is not None:
        class_title = style.title_zh if ctx.lang == "zh" else style.title_en
        if style.kind == "categorized":
            class_title = class_title or ctx.t["category"]
        class_title = ctx.cleaner(class_title or class_field or ctx.t["class"], name, "title")
    cfg = {"id": lid, "name": name, "block": f"gzdata-{lid}", "header": payload.header, "pal": pal,
           "sizePx": max(base.size * PT, 1.0), "strokePx": max(base.stroke_width * PT, 0.5) if base.stroke_width > 0 else 0,
           "stroke": _rgba(base.stroke, 230 / 255 * layer.opacity), "nameKey": name_key,
           "classLabels": class_labels, "classTitle": class_title}
    block = f'<script type="text/plain" id="gzdata-{lid}">{payload.block}</script>'
    return {"factory": "gzmap.pointLayer", "cfg": cfg, "html": block, "count": int(len(x)), "df": sub,
            "kind": "points", "bytes": len(payload.block)}


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


def _vector_layer(layer, name, lid, geoms, rows, ctx: _Ctx) -> dict[str, Any]:
    import shapely

    style = layer.style
    df = layer.data
    sub = df.iloc[rows]
    types = shapely.get_type_id(geoms) if len(geoms) else np.zeros(0, dtype=int)
    ncoll = int((types == 7).sum())
    if ncoll:
        ctx.warn("collections", layer=name, n=ncoll)
    codes = style.classify(sub) if len(sub) else np.zeros(0, dtype=np.int32)
    symbols = list(style.symbols) + [style.nodata_symbol]
    styles = [{"color": s.stroke, "weight": s.stroke_width * PT, "opacity": layer.opacity,
               "stroke": s.stroke_width > 0, "fillColor": s.fill, "fillOpacity": s.fill_opacity * layer.opacity,
               "radius": max(s.size * PT / 2, 1.0), "className": f"gz-{lid}"} for s in symbols]
    styles = [styles[-1]] + styles[:-1]  # index = class + 1; 0 is no data

    label_col = _label_column(layer, ctx)
    labels_txt = ctx.cleaner.column(sub[label_col], name, label_col) if label_col else [None] * len(sub)
    value_col = getattr(style, "field", "") or None
    if value_col not in sub.columns:
        value_col = None
    values = None
    if value_col is not None:
        if style.kind == "graduated":
            values = pd.to_numeric(sub[value_col], errors="coerce").tolist()
        else:
            values = ctx.cleaner.column(sub[value_col], name, value_col)
    skip = {df.geometry.name, label_col, value_col} | {c for c in df.columns if str(c).startswith(("name_", "name"))}
    extras = [c for c in df.columns if c not in skip][:MAX_TOOLTIP_EXTRAS]
    extra_vals = {c: (sub[c].tolist() if pd.api.types.is_numeric_dtype(sub[c]) else ctx.cleaner.column(sub[c], name, c))
                  for c in extras}
    extra_labels = {c: _column_label(str(c), ctx) for c in extras}
    parts = []
    gj = _feature_geojson(geoms)
    sizes = _varying_sizes(style, sub) if bool(np.isin(types, [0, 4, 7]).any()) else None
    for i in range(len(sub)):
        props: dict[str, Any] = {"c": int(codes[i])}
        if sizes is not None:
            props["r"] = round(float(sizes[i]) / 2, 2)
        if labels_txt[i]:
            props["l"] = labels_txt[i]
        if values is not None:
            v = values[i]
            props["v"] = None if v is None or (isinstance(v, float) and math.isnan(v)) else v
        a = []
        for c in extras:
            v = extra_vals[c][i]
            if v is None or (isinstance(v, float) and math.isnan(v)):
                continue
            a.append([extra_labels[c], v if not isinstance(v, (np.generic,)) else v.item()])
        if a:
            props["a"] = a
        parts.append('{"type":"Feature","geometry":' + gj[i] + ',"properties":' + safe_json(props) + "}")
    data = '{"type":"FeatureCollection","features":[' + ",".join(parts) + "]}"

    labels = []
    if label_col and len(geoms):
        anchors = shapely.point_on_surface(geoms)
        b = shapely.bounds(geoms)
        width = (b[:, 2] - b[:, 0]) / 360.0
        order = np.argsort(-np.nan_to_num(width))
        for i in order[:MAX_LABELS]:
            if labels_txt[i] and np.isfinite(width[i]):
                labels.append([round(float(shapely.get_y(anchors[i])), 6), round(float(shapely.get_x(anchors[i])), 6),
                               labels_txt[i], float(width[i])])
    unit = ctx.cleaner(style.unit, name, "unit") or ""
    value_label = None
    if value_col is not None:
        value_label = (style.title_zh if ctx.lang == "zh" else style.title_en) or _column_label(value_col, ctx)
        if style.year:
            value_label = f"{value_label} ({style.year})"
    cfg = {"id": lid, "name": name, "data": f"gzdata-{lid}", "styles": styles, "labels": labels,
           "canvas": len(sub) > 3000, "classLabels": _class_labels(style, sub, ctx),
           "valueLabel": ctx.cleaner(value_label, name, "title") if value_label else None, "unit": unit}
    block = f'<script type="application/json" id="gzdata-{lid}">{data}</script>'
    return {"factory": "gzmap.vectorLayer", "cfg": cfg, "html": block, "count": int(len(sub)), "df": sub,
            "kind": "features", "bytes": len(data)}


def _raster_layer(layer, name, lid, ctx: _Ctx) -> dict[str, Any]:
    from gzmap.export.html_assets import png_data_uri
    from gzmap.export.html_raster import raster_overlay

    img = raster_overlay(layer)
    values = np.asarray(layer.grid.values, dtype=float)
    column = getattr(layer.style, "field", "") or "value"
    df = pd.DataFrame({column: values[np.isfinite(values) & (values > 0)]})
    cfg = {"id": lid, "name": name, "url": png_data_uri(img.png), "bounds": [list(img.bounds[0]), list(img.bounds[1])]}
    return {"factory": "gzmap.rasterLayer", "cfg": cfg, "html": "", "count": int(len(df)), "df": df,
            "kind": "cells", "bytes": len(cfg["url"])}


# ---------------------------------------------------------------- legend / sources / title

def _swatch(sym, opacity: float, point: bool) -> str:
    fill = _rgba(sym.fill, sym.fill_opacity * opacity)
    return (f'<span class="gz-sw{" pt" if point else ""}" style="background:rgba({fill[0]},{fill[1]},{fill[2]},'
            f'{fill[3] / 255:.3f});border-color:{_e(sym.stroke)}"></span>')


def _legend_section(layer, lid, name, built, ctx: _Ctx) -> str:
    style = layer.style
    df = built["df"]
    try:
        entries = style.legend(df)
    except Exception:  # a style that cannot read this data still gets a title
        entries = []
    title = style.legend_title(ctx.lang) or name
    rows = []
    point = built["kind"] == "points"
    for e in entries:
        label = e.label(ctx.lang) or name
        count = "" if e.count is None else f"{e.count:,}"
        rows.append(f"<tr><td>{_swatch(e.symbol, layer.opacity, point)}</td><td>{_e(ctx.cleaner(label, name, 'legend'))}</td>"
                    f'<td class="n">{_e(count)}</td></tr>')
    meta = []
    if style.source:
        meta.append(f"{ctx.t['source']}：{strip_paths(style.source)}" if ctx.lang == "zh"
                    else f"{ctx.t['source']}: {strip_paths(style.source)}")
    if style.year and style.year not in title:
        meta.append(f"{ctx.t['year']}：{style.year}" if ctx.lang == "zh" else f"{ctx.t['year']}: {style.year}")
    if layer.provenance.get("synthetic"):
        meta.append(ctx.t["synthetic"])
    meta_html = "".join(f'<div class="gz-src">{_e(ctx.cleaner(m, name, "source"))}</div>' for m in meta)
    head = _e(ctx.cleaner(title, name, "title"))
    if title != name:
        head += f' <span class="gz-src">· {_e(name)}</span>'
    return (f'<section id="gz-legend-{lid}"><div class="gz-lt">{head}</div>'
            f'<table>{"".join(rows)}</table>{meta_html}</section>')


def _source_text(layer) -> str:
    src = str(layer.source or "")
    if src.startswith("builtin:"):
        return src
    if src and ("/" in src or "\\" in src):
        return ntpath.basename(src) if "\\" in src else posixpath.basename(src)
    return strip_paths(src)


def _sources_item(layer, name, built, ctx: _Ctx) -> str:
    prov = layer.provenance or {}
    bits = []
    src = _source_text(layer)
    if src.startswith("builtin:"):
        bits.append(f"{ctx.t['builtin']} ({src[8:]})")
    elif src:
        bits.append(src)
    for key, label in (("source", "source"), ("upstream", "source"), ("licence", "licence"), ("license", "licence"),
                       ("attribution", "attribution"), ("year", "year")):
        v = prov.get(key)
        if v and not isinstance(v, (dict, list)):
            bits.append(f"{ctx.t[label]}: {strip_paths(str(v))}")
    unit = {"points": ctx.t["points"], "features": ctx.t["features"], "cells": ctx.t["cells"]}[built["kind"]]
    synth = f' <span class="gz-synth">{_e(ctx.t["synthetic"])}</span>' if prov.get("synthetic") else ""
    text = "; ".join(dict.fromkeys(bits))
    return (f"<li><b>{_e(name)}</b> ({built['count']:,} {_e(unit)}){synth}"
            f"{'<br>' + _e(ctx.cleaner(text, name, 'provenance')) if text else ''}</li>")


# ---------------------------------------------------------------- GCJ-02 offset grid

def _gcj_grid(bounds) -> dict[str, Any] | None:
    from gzmap.core.datums import convert

    if bounds is None:
        return None
    w, s, e, n = bounds
    w, s, e, n = w - 0.2, s - 0.2, e + 0.2, n + 0.2
    step = max(0.02, max(e - w, n - s) / 150.0)
    nx = int(math.ceil((e - w) / step)) + 2
    ny = int(math.ceil((n - s) / step)) + 2
    gx, gy = np.meshgrid(w + np.arange(nx) * step, s + np.arange(ny) * step)
    cx, cy = convert(gx.ravel(), gy.ravel(), "wgs84", "gcj02")
    scale = 1e-7
    ox = np.round((np.asarray(cx) - gx.ravel()) / scale).astype(int).tolist()
    oy = np.round((np.asarray(cy) - gy.ravel()) / scale).astype(int).tolist()
    return {"x0": w, "y0": s, "dx": step, "dy": step, "nx": nx, "ny": ny, "ox": ox, "oy": oy, "scale": scale}


# ---------------------------------------------------------------- folium elements

def _elements():
    """Our folium elements, and a layer control, that put user text into the page only once.

    branca's ``MacroElement.render`` wraps each rendered macro in a new
    ``Element``, which compiles it as a Jinja2 template *again*: a layer name
    holding ``{{ ... }}`` would be evaluated on that second pass (and can run
    code). :class:`RawMacro` renders each macro once and adds the output as a
    value (:func:`~gzmap.export.html_assets.raw_html`). It sits between folium's
    classes and ``MacroElement`` in the method order, so ``Layer.render`` and
    ``LayerControl.render`` still do their own work first.
    """
    from branca.element import MacroElement
    from folium.map import Layer, LayerControl
    from folium.template import Template

    from gzmap.export.html_assets import raw_html

    class RawMacro(MacroElement):
        def render(self, **kwargs):
            figure = self.get_root()
            macros = self._template.module.__dict__
            for part, target in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
                macro = macros.get(part)
                if macro is not None:
                    target.add_child(raw_html(str(macro(self, kwargs))), name=self.get_name())
            for element in self._children.values():
                element.render(**kwargs)

    class JsLayer(Layer, RawMacro):
        _template = Template("""
            {% macro html(this, kwargs) %}{{ this.data_html }}{% endmacro %}
            {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = {{ this.factory }}({{ this.cfg_json }});
            {% endmacro %}
        """)

        def __init__(self, factory: str, cfg: dict, data_html: str, name: str, overlay: bool = True,
                     control: bool = True, show: bool = True):
            super().__init__(name=name, overlay=overlay, control=control, show=show)
            self._name = "GzLayer"
            self.factory = factory
            self.cfg_json = safe_json(cfg)
            self.data_html = data_html

    class JsCall(RawMacro):
        _template = Template("""
            {% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}
        """)

        def __init__(self, code: str):
            super().__init__()
            self._name = "GzCall"
            self.code = code

    class SafeLayerControl(LayerControl, RawMacro):
        pass

    return JsLayer, JsCall, SafeLayerControl


# ---------------------------------------------------------------- the export

def _bounds(layers):
    boxes = []
    for layer in layers:
        try:
            b = layer.bounds()
        except Exception:
            b = None
        if b and all(math.isfinite(v) for v in b):
            boxes.append(b)
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _finite_box(box) -> tuple[float, float, float, float] | None:
    """``box`` as (west, south, east, north) degrees when it is four finite numbers in order, else None."""
    try:
        w, s, e, n = (float(v) for v in box)
    except (TypeError, ValueError):
        return None
    ok = all(math.isfinite(v) for v in (w, s, e, n)) and -180 <= w < e <= 180 and -90 <= s < n <= 90
    return (w, s, e, n) if ok else None


def build_html(project, *, title: str | None = None, lang: str = "zh_CN", basemap: str = "none",
               skip_failed: bool = False, progress=None) -> tuple[str, ExportReport]:
    """The page for ``project`` as a string, plus the export report.

    Parameters
    ----------
    project
        A :class:`~gzmap.core.project.Project` (or a list of layers, bottom to top).
    title
        Map title; defaults to the project's title.
    lang
        ``"zh_CN"`` or ``"en"``: labels, legend and panels.
    basemap
        ``"none"`` (offline vector geography only, no network at all), ``"osm"``
        or ``"amap"``: also offer OpenStreetMap (WGS84) and Amap (GCJ-02) tiles,
        the named one shown on opening.
    skip_failed
        When a layer cannot be exported: False (default) raises
        :class:`LayerExportError` naming it; True leaves it out with a warning.
    progress
        Optional :class:`~gzmap.core.progress.Progress`.
    """
    import folium

    from gzmap.core.layer import RasterLayer, VectorLayer
    from gzmap.export.html_assets import ASSET_VERSIONS, make_offline, raw_html
    from gzmap.core import point_rules
    from gzmap.export.html_runtime import runtime_css, runtime_js

    if basemap not in BASEMAPS:
        raise ValueError(f"unknown basemap {basemap!r}; valid: {', '.join(BASEMAPS)}")
    rep = ExportReport()
    ctx = _Ctx(lang, rep)
    JsLayer, JsCall, SafeLayerControl = _elements()
    layers = [l for l in (project.layers if hasattr(project, "layers") else list(project)) if l.visible]
    if not layers:
        ctx.warn("no_layers")
    proj_title = getattr(project, "title", "") or ""
    title_text = ctx.cleaner(strip_paths(title or proj_title or ctx.t["default_title"]), "", "title")

    bounds = _bounds(layers)
    extent = _finite_box(getattr(project, "view_extent", None)) or bounds or (112.95, 22.55, 114.05, 23.95)  # Guangzhou
    m = folium.Map(location=[(extent[1] + extent[3]) / 2, (extent[0] + extent[2]) / 2], zoom_start=9,
                   tiles=None, control_scale=True, prefer_canvas=False)
    m.options["maxZoom"] = 19
    m.options["minZoom"] = 3
    m.add_child(JsCall(f"gzmap.setup({m.get_name()}, " + safe_json({
        "lang": lang, "T": {k: ctx.t[k] for k in ("layer", "class", "nodata", "more", "oldBrowser", "loadFailed")},
        "grid": _gcj_grid(bounds) if basemap != "none" else None,
        "attribution": _e(ctx.t["made"]),
        "rules": point_rules.as_js(),
    }) + f");\n{m.get_name()}.fitBounds({safe_json([[extent[1], extent[0]], [extent[3], extent[2]]])}, "
        "{animate: false});"), name="gz_setup")

    # base layers: the offline vector geography is always the first choice
    online = basemap != "none"
    m.add_child(JsLayer("L.layerGroup", {"gzDatum": "wgs84"}, "", name=_e(ctx.t["no_tiles"]), overlay=False,
                       control=online, show=basemap == "none"))
    if online:
        for key, spec in (("osm", _OSM), ("amap", _AMAP)):
            opts = {k: v for k, v in spec.items() if k != "url"}
            opts["attribution"] = _e(opts["attribution"])
            lyr = JsLayer("(function(o){return L.tileLayer(o.url, o.opts);})", {"url": spec["url"], "opts": opts}, "",
                          name=_e(ctx.t[key]), overlay=False, show=basemap == key)
            m.add_child(lyr)
            if basemap == key:
                ctx.warn("online_basemap", name=ctx.t[key])
        if basemap == "amap":
            m.add_child(JsCall("gzmap.datum = 'gcj02';"), name="gz_gcj_start")

    legend_parts, source_items = [], []
    failed: list[tuple[str, str]] = []
    any_synth = False
    n = len(layers)
    for i, layer in enumerate(layers):
        report(progress, 0.05 + 0.8 * i / max(n, 1), f"{layer.name_en}")
        name = ctx.unique_name(_layer_name(layer, ctx))
        lid = ctx.new_id()
        try:
            if isinstance(layer, RasterLayer):
                built = _raster_layer(layer, name, lid, ctx)
            elif isinstance(layer, VectorLayer):
                if len(layer.data) == 0:
                    ctx.warn("empty", layer=name)
                geoms, rows = _clean_geometries(layer, name, ctx)
                import shapely

                types = shapely.get_type_id(geoms) if len(geoms) else np.zeros(0, dtype=int)
                is_points = len(geoms) > 0 and bool(np.all(np.isin(types, [0, 4])))
                if is_points:
                    built = _point_layer(layer, name, lid, geoms, rows, ctx)
                else:
                    built = _vector_layer(layer, name, lid, geoms, rows, ctx)
            else:
                ctx.warn("unknown_kind", layer=name)
                continue
        except Exception as exc:  # a layer that cannot be exported must not take the page down
            from gzmap.core.progress import Cancelled

            if isinstance(exc, Cancelled):
                raise
            key = "raster_failed" if isinstance(layer, RasterLayer) else "layer_failed"
            failed.append((name, first_line(exc)[:200]))
            ctx.warn(key, layer=name, error=failed[-1][1])
            continue
        m.add_child(JsLayer(built["factory"], built["cfg"], built["html"], name=_e(name), overlay=True))
        legend_parts.append(_legend_section(layer, lid, name, built, ctx))
        source_items.append(_sources_item(layer, name, built, ctx))
        any_synth |= bool(layer.provenance.get("synthetic"))
        rep.layers.append({"id": lid, "name": name, "kind": built["kind"], "count": built["count"],
                           "bytes": built["bytes"]})
    if failed and not skip_failed:
        message = ctx.text("layer_failed", layer=failed[0][0], error=failed[0][1])
        if len(failed) > 1:
            message += ("；" if ctx.lang == "zh" else "; ") + ctx.text("more_failed", n=len(failed) - 1)
        raise LayerExportError(message, failed)
    SafeLayerControl(collapsed=False).add_to(m)
    m.add_child(JsCall("gzmap.start();"), name="gz_start")

    make_offline(m, markercluster=False)
    fig = m.get_root()
    fig.header.add_child(raw_html(f"<style>{runtime_css()}</style><script>{runtime_js()}</script>"), name="gz_runtime")
    fig.header.add_child(raw_html(f"<title>{_e(title_text)}</title>"), name="gz_title_tag")
    sub = [f"{ctx.t['made']} · {date.today().isoformat()}"]
    if any_synth:
        sub.append(ctx.t["synthetic_any"])
    fig.html.add_child(raw_html(
        f'<div class="gz-panel gz-title" id="gz-title">{_e(title_text)}'
        f'<span class="gz-sub">{_e(" · ".join(sub))}</span></div>'), name="gz_title")
    if legend_parts:
        fig.html.add_child(raw_html(f'<div class="gz-panel gz-legend" id="gz-legend"><h4>{_e(ctx.t["legend"])}</h4>'
                                   + "".join(reversed(legend_parts)) + "</div>"), name="gz_legend")
    software = ctx.t["software"].format(v=ASSET_VERSIONS["leaflet"])
    fig.html.add_child(raw_html(
        f'<details class="gz-panel gz-sources" id="gz-sources"><summary>{_e(ctx.t["sources"])}</summary><ul>'
        + "".join(reversed(source_items)) + f"<li>{_e(software)}</li></ul></details>"), name="gz_sources")

    for (layer_name, column), count in ctx.cleaner.clipped.items():
        if layer_name:
            ctx.warn("clipped", layer=layer_name, column=column, n=count, max=ctx.cleaner.max_len)
        else:
            ctx.warn("clipped", layer=title_text, column=column, n=count, max=ctx.cleaner.max_len)
    report(progress, 0.9, "render")
    page = fig.render()
    page = page.replace("<html>", f'<html lang="{"zh-CN" if ctx.lang == "zh" else "en"}">', 1)
    return page, rep


def export_html(project, path: str | Path, *, title: str | None = None, lang: str = "zh_CN",
                basemap: str = "none", skip_failed: bool = False, progress=None) -> ExportReport:
    """Write the interactive map of ``project`` to ``path`` (UTF-8) and return the report.

    See :func:`build_html` for the parameters. Raises only for an unwritable
    ``path``, an unknown ``basemap``, a layer that cannot be exported (unless
    ``skip_failed``) or cancellation; nothing is written then.
    """
    t0 = time.perf_counter()
    page, rep = build_html(project, title=title, lang=lang, basemap=basemap, skip_failed=skip_failed,
                           progress=progress)
    path = Path(path)
    data = page.encode("utf-8")
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    rep.path = str(path)
    rep.bytes = len(data)
    rep.seconds = time.perf_counter() - t0
    report(progress, 1.0, "done")
    return rep
