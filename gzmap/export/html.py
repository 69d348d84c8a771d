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

import math
import ntpath
import posixpath
import time
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

import numpy as np

from gzmap.core.progress import report
from gzmap.export.html_context import HtmlContext
from gzmap.export.html_context import esc
from gzmap.export.html_context import rgba
from gzmap.export.html_data import safe_json
from gzmap.export.html_data import strip_paths
from gzmap.export.html_time import timed_legend
from gzmap.io.errors import first_line

if TYPE_CHECKING:
    import folium
    from branca.element import Element
    from branca.element import Figure

__all__ = ["BASEMAPS", "ExportReport", "LayerExportError", "build_html", "export_html"]

BASEMAPS = ("none", "osm", "amap")
#: Zoom steps the page's zoom snaps to (Leaflet ``zoomSnap``): a quarter step, so the page opens with
#: the data filling the window (at whole steps a fit can leave the data a quarter of it).
ZOOM_SNAP = 0.25
#: Space, CSS pixels, kept between the data's extent and the window's edge when the page opens.
FIT_PADDING_PX = 12
#: The fixed texts (:data:`gzmap.export.html_context._T` keys) the page's script shows.
_PAGE_TEXTS = ("layer", "class", "nodata", "more", "oldBrowser", "loadFailed", "layers", "foldLayers")

_OSM = {
    "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "maxZoom": 19,
    "attribution": "© OpenStreetMap contributors (ODbL)",
    "gzDatum": "wgs84",
}
_AMAP = {
    "url": "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}",
    "subdomains": "1234",
    "maxZoom": 18,
    "attribution": "© 高德地图 AutoNavi (GCJ-02)",
    "gzDatum": "gcj02",
}


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


def _layer_name(layer, ctx: HtmlContext) -> str:
    name = layer.name("zh" if ctx.lang == "zh" else "en") or layer.name_zh or layer.id
    return ctx.cleaner(strip_paths(str(name)), "", "name") or layer.id


# ---------------------------------------------------------------- legend / sources / title


def _swatch(sym, opacity: float, point: bool) -> str:
    fill = rgba(sym.fill, sym.fill_opacity * opacity)
    return (
        f'<span class="gz-sw{" pt" if point else ""}" style="background:rgba({fill[0]},{fill[1]},{fill[2]},'
        f'{fill[3] / 255:.3f});border-color:{esc(sym.stroke)}"></span>'
    )


def _legend_section(layer, lid, name, built, ctx: HtmlContext) -> str:
    style = layer.style
    df = built["df"]
    point = built["unit"] == "points"
    try:  # a point layer on the time slider: every class, keyed by its code so the page recounts it
        timed = timed_legend(layer, df) if point and (built.get("cfg") or {}).get("time") else None
        keyed: list[tuple[Any, int | None]] = (
            list(timed) if timed is not None else [(e, None) for e in style.legend(df)]
        )
    except Exception:  # a style that cannot read this data still gets a title
        keyed = []
    title = style.legend_title(ctx.lang) or name
    rows = []
    for e, key in keyed:
        label = e.label(ctx.lang) or name
        count = "" if e.count is None else f"{e.count:,}"
        cell = '<td class="n">' if key is None else f'<td class="n" data-k="{int(key)}">'
        rows.append(
            f"<tr><td>{_swatch(e.symbol, layer.opacity, point)}</td><td>{esc(ctx.cleaner(label, name, 'legend'))}</td>"
            f"{cell}{esc(count)}</td></tr>"
        )
    meta = []
    if style.source:
        meta.append(
            f"{ctx.t['source']}：{strip_paths(style.source)}"
            if ctx.lang == "zh"
            else f"{ctx.t['source']}: {strip_paths(style.source)}"
        )
    if style.year and style.year not in title:
        meta.append(f"{ctx.t['year']}：{style.year}" if ctx.lang == "zh" else f"{ctx.t['year']}: {style.year}")
    if layer.provenance.get("synthetic"):
        meta.append(ctx.t["synthetic"])
    meta_html = "".join(f'<div class="gz-src">{esc(ctx.cleaner(m, name, "source"))}</div>' for m in meta)
    head = esc(ctx.cleaner(title, name, "title"))
    if title != name:
        head += f' <span class="gz-src">· {esc(name)}</span>'
    return (
        f'<section id="gz-legend-{lid}"><div class="gz-lt">{head}</div>'
        f"<table>{''.join(rows)}</table>{meta_html}</section>"
    )


def _source_text(layer) -> str:
    src = str(layer.source or "")
    if src.startswith("builtin:"):
        return src
    if src and ("/" in src or "\\" in src):
        return ntpath.basename(src) if "\\" in src else posixpath.basename(src)
    return strip_paths(src)


def _sources_item(layer, name, built, ctx: HtmlContext) -> str:
    prov = layer.provenance or {}
    bits = []
    src = _source_text(layer)
    if src.startswith("builtin:"):
        bits.append(f"{ctx.t['builtin']} ({src[8:]})")
    elif src:
        bits.append(src)
    for key, label in (
        ("source", "source"),
        ("upstream", "source"),
        ("licence", "licence"),
        ("license", "licence"),
        ("attribution", "attribution"),
        ("year", "year"),
    ):
        v = prov.get(key)
        if v and not isinstance(v, (dict, list)):
            bits.append(f"{ctx.t[label]}: {strip_paths(str(v))}")
    unit = {"points": ctx.t["points"], "features": ctx.t["features"], "cells": ctx.t["cells"]}[built["unit"]]
    synth = f' <span class="gz-synth">{esc(ctx.t["synthetic"])}</span>' if prov.get("synthetic") else ""
    text = "; ".join(dict.fromkeys(bits))
    return (
        f"<li><b>{esc(name)}</b> ({built['count']:,} {esc(unit)}){synth}"
        f"{'<br>' + esc(ctx.cleaner(text, name, 'provenance')) if text else ''}</li>"
    )


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
    from folium.map import Layer
    from folium.map import LayerControl
    from folium.template import Template

    from gzmap.export.html_assets import raw_html

    class RawMacro(MacroElement):
        def render(self, **kwargs):
            figure = _figure(self)
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

        def __init__(
            self,
            factory: str,
            cfg: dict,
            data_html: str,
            name: str,
            overlay: bool = True,
            control: bool = True,
            show: bool = True,
        ):
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


def build_html(
    project,
    *,
    title: str | None = None,
    lang: str = "zh_CN",
    basemap: str = "none",
    skip_failed: bool = False,
    progress=None,
) -> tuple[str, ExportReport]:
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

    Each visible layer's part of the page comes from the payload builder registered
    for its kind (:mod:`gzmap.export.html_payloads`). User text (names, titles,
    values) reaches the page only as values (:func:`~gzmap.export.html_assets.raw_html`,
    ``RawMacro``), never as a template.
    """
    if basemap not in BASEMAPS:
        raise ValueError(f"unknown basemap {basemap!r}; valid: {', '.join(BASEMAPS)}")
    rep = ExportReport()
    ctx = HtmlContext(lang, rep)
    layers = [l for l in (project.layers if hasattr(project, "layers") else list(project)) if l.visible]
    if not layers:
        ctx.warn("no_layers")
    from gzmap.export.html_labels import label_plan
    from gzmap.export.html_photos import page_photos

    ctx.label_plan = label_plan(layers, lang)  # one placement for the page: priorities and covers across layers
    ctx.photos = page_photos(project)  # the surveyors' photos, shown in the point popups
    js_layer, js_call, layer_control = _elements()
    m = _new_map(ctx, js_call, layers, getattr(project, "view_extent", None), lang, basemap)
    page = _Page(ctx, m, js_layer, js_call, layer_control)
    _add_basemaps(page, basemap)
    for i, layer in enumerate(layers):
        report(progress, 0.05 + 0.8 * i / max(len(layers), 1), f"{layer.name_en}")
        _add_layer(page, layer)
    if page.failed and not skip_failed:
        raise _failure(page.failed, ctx)
    title_text = ctx.cleaner(strip_paths(title or getattr(project, "title", "") or ctx.t["default_title"]), "", "title")
    _add_panels(page, title_text)
    _warn_clipped(ctx, title_text)
    report(progress, 0.9, "render")
    html = page.map.get_root().render()
    return html.replace("<html>", f'<html lang="{"zh-CN" if ctx.lang == "zh" else "en"}">', 1), rep


class _Page:
    """The page while it is built: the folium map, our element classes, and what the layers add to
    the legend and the sources panel."""

    def __init__(self, ctx: HtmlContext, m: folium.Map, js_layer, js_call, layer_control):
        self.ctx = ctx
        self.JsLayer, self.JsCall, self.LayerControl = js_layer, js_call, layer_control
        self.map = m
        self.legend: list[str] = []
        self.sources: list[str] = []
        self.failed: list[tuple[str, str]] = []
        self.synthetic = False


def _new_map(ctx: HtmlContext, js_call, layers, view_extent, lang: str, basemap: str) -> folium.Map:
    """The folium map opening on the project's view (when it is a finite box) or its layers, limited
    to the data's extent (:mod:`gzmap.export.html_view`), with the page runtime (a ``js_call``
    element) set up: it adds the metric scale bar and lays out the panels."""
    import folium

    from gzmap.core import point_rules
    from gzmap.export.html_view import GUANGZHOU
    from gzmap.export.html_view import data_extent
    from gzmap.export.html_view import view_options

    bounds = _bounds(layers)
    extent = _finite_box(view_extent) or bounds or GUANGZHOU
    view = view_options(data_extent(bounds, _finite_box(view_extent)) or GUANGZHOU)
    m = folium.Map(
        location=[(extent[1] + extent[3]) / 2, (extent[0] + extent[2]) / 2],
        zoom_start=9,
        tiles=None,
        control_scale=False,
        prefer_canvas=False,
    )
    m.options["maxZoom"] = view["maxZoom"]
    m.options["zoomSnap"] = ZOOM_SNAP  # the page opens fitted to the data, not at the whole zoom below the fit
    m.options["minZoom"] = 0  # the page sets it for its window (gz.limitView)
    m.add_child(
        js_call(
            f"gzmap.setup({m.get_name()}, "
            + safe_json(
                {
                    "lang": lang,
                    "T": {k: ctx.t[k] for k in _PAGE_TEXTS},
                    "grid": _gcj_grid(bounds) if basemap != "none" else None,
                    "attribution": esc(ctx.t["made"]),
                    "rules": point_rules.as_js(),
                    "view": view,
                }
            )
            + f");\n{m.get_name()}.fitBounds({safe_json([[extent[1], extent[0]], [extent[3], extent[2]]])}, "
            f"{{animate: false, padding: [{FIT_PADDING_PX}, {FIT_PADDING_PX}]}});"
        ),
        name="gz_setup",
    )
    return m


def _add_basemaps(page: _Page, basemap: str) -> None:
    """The base layers: the offline vector geography always first, the online tiles when asked for."""
    ctx, m = page.ctx, page.map
    online = basemap != "none"
    m.add_child(
        page.JsLayer(
            "L.layerGroup",
            {"gzDatum": "wgs84"},
            "",
            name=esc(ctx.t["no_tiles"]),
            overlay=False,
            control=online,
            show=basemap == "none",
        )
    )
    if not online:
        return
    for key, spec in (("osm", _OSM), ("amap", _AMAP)):
        opts = {k: v for k, v in spec.items() if k != "url"}
        opts["attribution"] = esc(opts["attribution"])
        m.add_child(
            page.JsLayer(
                "(function(o){return L.tileLayer(o.url, o.opts);})",
                {"url": spec["url"], "opts": opts},
                "",
                name=esc(ctx.t[key]),
                overlay=False,
                show=basemap == key,
            )
        )
        if basemap == key:
            ctx.warn("online_basemap", name=ctx.t[key])
    if basemap == "amap":
        m.add_child(page.JsCall("gzmap.datum = 'gcj02';"), name="gz_gcj_start")


def _add_layer(page: _Page, layer) -> None:
    """Add ``layer`` through its kind's payload builder; a kind with none is skipped with a warning,
    a builder that fails is recorded in ``page.failed`` (cancellation still stops the export)."""
    from gzmap.core.progress import Cancelled
    from gzmap.export.html_payloads import payload_for

    ctx = page.ctx
    name = ctx.unique_name(_layer_name(layer, ctx))
    lid = ctx.new_id()
    builder = payload_for(layer.kind)
    if builder is None:
        ctx.warn("unknown_kind", layer=name)
        return
    try:
        built = builder.build(layer, name, lid, ctx)
    except Cancelled:
        raise
    except Exception as exc:  # a layer that cannot be exported must not take the page down
        page.failed.append((name, first_line(exc)[:200]))
        ctx.warn(builder.failed, layer=name, error=page.failed[-1][1])
        return
    page.map.add_child(page.JsLayer(built["factory"], built["cfg"], built["html"], name=esc(name), overlay=True))
    if built.get("legend", True):
        page.legend.append(_legend_section(layer, lid, name, built, ctx))
    page.sources.append(_sources_item(layer, name, built, ctx))
    page.synthetic |= bool(layer.provenance.get("synthetic"))
    ctx.report.layers.append(
        {"id": lid, "name": name, "kind": built["unit"], "count": built["count"], "bytes": built["bytes"]}
    )


def _failure(failed: list[tuple[str, str]], ctx: HtmlContext) -> LayerExportError:
    message = ctx.text("layer_failed", layer=failed[0][0], error=failed[0][1])
    if len(failed) > 1:
        message += ("；" if ctx.lang == "zh" else "; ") + ctx.text("more_failed", n=len(failed) - 1)
    return LayerExportError(message, failed)


def _add_panels(page: _Page, title_text: str) -> None:
    """The layer control, the runtime, and the title, legend and sources panels (all user text escaped
    and added as values, never as a template)."""
    from gzmap.export.html_assets import ASSET_VERSIONS
    from gzmap.export.html_assets import make_offline
    from gzmap.export.html_assets import raw_html
    from gzmap.export.html_runtime import runtime_css
    from gzmap.export.html_runtime import runtime_js

    ctx, m = page.ctx, page.map
    page.LayerControl(collapsed=False).add_to(m)
    m.add_child(page.JsCall("gzmap.start();"), name="gz_start")
    make_offline(m, markercluster=False)
    fig = _figure(m)
    fig.header.add_child(raw_html(f"<style>{runtime_css()}</style><script>{runtime_js()}</script>"), name="gz_runtime")
    fig.header.add_child(raw_html(f"<title>{esc(title_text)}</title>"), name="gz_title_tag")
    sub = [f"{ctx.t['made']} · {date.today().isoformat()}"] + ([ctx.t["synthetic_any"]] if page.synthetic else [])
    fig.html.add_child(
        raw_html(
            f'<div class="gz-panel gz-title" id="gz-title">{esc(title_text)}'
            f'<span class="gz-sub">{esc(" · ".join(sub))}</span></div>'
        ),
        name="gz_title",
    )
    if page.legend:
        fig.html.add_child(
            raw_html(
                f'<div class="gz-panel gz-legend" id="gz-legend"><h4>{esc(ctx.t["legend"])}</h4>'
                + "".join(reversed(page.legend))
                + "</div>"
            ),
            name="gz_legend",
        )
    software = ctx.t["software"].format(v=ASSET_VERSIONS["leaflet"])
    fig.html.add_child(
        raw_html(
            f'<details class="gz-panel gz-sources" id="gz-sources"><summary>{esc(ctx.t["sources"])}</summary><ul>'
            + "".join(reversed(page.sources))
            + f"<li>{esc(software)}</li></ul></details>"
        ),
        name="gz_sources",
    )


def _figure(element: Element) -> Figure:
    """The branca Figure (the page: header, html, script) ``element`` is in."""
    from branca.element import Figure

    figure = element.get_root()
    if not isinstance(figure, Figure):  # as branca's MacroElement.render requires
        raise TypeError("a folium element is rendered only inside a Figure")
    return figure


def _warn_clipped(ctx: HtmlContext, title_text: str) -> None:
    """One warning per (layer, column) whose values were cut to the cleaner's maximum length."""
    for (layer_name, column), count in ctx.cleaner.clipped.items():
        ctx.warn("clipped", layer=layer_name or title_text, column=column, n=count, max=ctx.cleaner.max_len)


def export_html(
    project,
    path: str | Path,
    *,
    title: str | None = None,
    lang: str = "zh_CN",
    basemap: str = "none",
    skip_failed: bool = False,
    progress=None,
) -> ExportReport:
    """Write the interactive map of ``project`` to ``path`` (UTF-8) and return the report.

    See :func:`build_html` for the parameters. Raises only for an unwritable
    ``path``, an unknown ``basemap``, a layer that cannot be exported (unless
    ``skip_failed``) or cancellation; nothing is written then.
    """
    t0 = time.perf_counter()
    page, rep = build_html(project, title=title, lang=lang, basemap=basemap, skip_failed=skip_failed, progress=progress)
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
