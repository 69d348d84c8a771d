"""What every part of the HTML page is built with: the page's fixed texts and warnings in the
export's language, the text cleaner, HTML escaping and colours.

Kept apart from :mod:`gzmap.export.html` so that each layer kind's payload builder
(:mod:`gzmap.export.html_payloads`) can use it without importing the page builder.
"""

from __future__ import annotations

import html as _html
from typing import Any

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import language
from gzmap.core.i18n import translate
from gzmap.export.html_data import TextCleaner

__all__ = ["PT", "HtmlContext", "esc", "rgba"]

PT = 96.0 / 72.0  # CSS pixels per typographic point (the canvas's screen dpi)

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
    "oldBrowser": QT_TRANSLATE_NOOP(
        "HtmlExport", "This browser cannot unpack the point data; please use a recent Chrome, Edge, Firefox or Safari."
    ),
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
    "layers": QT_TRANSLATE_NOOP("HtmlExport", "Layers"),
    "foldLayers": QT_TRANSLATE_NOOP("HtmlExport", "Show or hide the list of layers"),
}

_W = {
    "empty": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}' has no features; exported as an empty layer."),
    "missing_geom": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}': {n} feature(s) without geometry were not drawn."),
    "bad_coords": QT_TRANSLATE_NOOP(
        "HtmlExport",
        "Layer '{layer}': {n} point(s) with invalid coordinates (not finite or out of range) were not drawn.",
    ),
    "invalid": QT_TRANSLATE_NOOP(
        "HtmlExport", "Layer '{layer}': {n} invalid polygon(s) (e.g. self-intersections) were repaired with make_valid."
    ),
    "collections": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}': {n} geometry collection(s) drawn as their parts."),
    "multipoint": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}': {n} multipoint feature(s) split into {m} points."),
    "clipped": QT_TRANSLATE_NOOP(
        "HtmlExport", "Layer '{layer}', column '{column}': {n} value(s) longer than {max} characters were truncated."
    ),
    "compressed": QT_TRANSLATE_NOOP(
        "HtmlExport",
        "Layer '{layer}': {n} points embedded compressed; needs a browser from 2023 or later (Chrome 80+, Firefox 113+, Safari 16.4+).",
    ),
    "raster_failed": QT_TRANSLATE_NOOP("HtmlExport", "Raster layer '{layer}' could not be exported: {error}"),
    "layer_failed": QT_TRANSLATE_NOOP("HtmlExport", "Layer '{layer}' could not be exported: {error}"),
    "unknown_kind": QT_TRANSLATE_NOOP(
        "HtmlExport", "Layer '{layer}' is of a kind the HTML export does not support; skipped."
    ),
    "online_basemap": QT_TRANSLATE_NOOP(
        "HtmlExport",
        "An online basemap ({name}) is included: opening the file requests tiles from its server; offline, only the vector geography shows.",
    ),
    "no_layers": QT_TRANSLATE_NOOP("HtmlExport", "The project has no visible layers."),
    "more_failed": QT_TRANSLATE_NOOP("HtmlExport", "{n} more layer(s) could not be exported"),
}


class _Texts:
    """``texts[key]``: the page's fixed text ``key`` of :data:`_T` in one language."""

    def __init__(self, lang: str):
        self.lang = lang

    def __getitem__(self, key: str) -> str:
        return translate("HtmlExport", _T[key], self.lang)


class HtmlContext:
    """The export's language, fixed texts (``t``), warnings (into ``report``), text cleaner and ids."""

    def __init__(self, lang: str, report_):
        self.lang = "zh" if language(lang) == "zh_CN" else "en"
        self.t = _Texts(language(lang))
        self.report = report_
        self.cleaner = TextCleaner()
        self.used_names: set[str] = set()
        self.n = 0
        #: The page's label anchors by layer id and row (gzmap.export.html_labels.label_plan), or None.
        self.label_plan: dict | None = None
        #: The project's photo table for the popups (gzmap.export.html_photos), or None; thumbnail bytes so far.
        self.photos: Any = None
        self.photo_bytes = 0

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


def esc(text: Any) -> str:
    """HTML-escape text for static markup (quotes too)."""
    return _html.escape("" if text is None else str(text), quote=True)


def rgba(color: str, alpha: float) -> list[int]:
    from gzmap.core.style import hex_to_rgb

    return [*hex_to_rgb(color), int(round(255 * max(0.0, min(alpha, 1.0))))]
