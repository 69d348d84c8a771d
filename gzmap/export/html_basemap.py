"""The basemap kind's HTML payload (registered in :mod:`gzmap.export.html_payloads`): the shipped
basemap as GeoJSON in the page, drawn by ``gzmap.basemapLayer`` of the page runtime on a canvas in a pane
under every overlay (and under online tiles when the reader picks some), not interactive, with the
symbols of :data:`gzmap.core.kinds.basemap.SYMBOLS`. No legend section; the sources panel names it.
"""

from __future__ import annotations

import json
from typing import Any

import shapely

from gzmap.core.kinds.basemap import BasemapSymbol
from gzmap.export.html_context import PT
from gzmap.export.html_context import HtmlContext
from gzmap.export.html_context import rgba
from gzmap.export.html_data import safe_json

__all__ = ["basemap_payload"]


def _leaflet_style(sym: BasemapSymbol, opacity: float) -> dict[str, Any]:
    """``sym`` as Leaflet path options (weights in CSS pixels, dash in pixels)."""
    style: dict[str, Any] = {"stroke": bool(sym.stroke and sym.width > 0), "fill": sym.fill is not None}
    if sym.fill:
        r, g, b, a = rgba(sym.fill, opacity)
        style.update(fillColor=f"rgb({r},{g},{b})", fillOpacity=round(a / 255, 3))
    if style["stroke"]:
        r, g, b, a = rgba(sym.stroke or "#000000", opacity)
        weight = round(sym.width * PT, 2)
        style.update(color=f"rgb({r},{g},{b})", opacity=round(a / 255, 3), weight=weight, lineJoin="round")
        if sym.dash:
            style["dashArray"] = " ".join(f"{d * weight:g}" for d in sym.dash)
    return style


def basemap_payload(layer, name: str, lid: str, ctx: HtmlContext) -> dict[str, Any]:
    """The page data of a basemap layer: its features as GeoJSON (style index ``s``) and the styles."""
    data = layer.data
    symbols = layer.symbols()
    styles: list[dict[str, Any]] = []
    index: dict[BasemapSymbol, int] = {}
    features = []
    for geom, sym in zip(data.geometry.values, symbols):
        if geom is None or geom.is_empty:
            continue
        if sym not in index:
            index[sym] = len(styles)
            styles.append(_leaflet_style(sym, layer.opacity))
        features.append({"type": "Feature", "properties": {"s": index[sym]}, "geometry": _geojson(geom)})
    block = safe_json({"type": "FeatureCollection", "features": features})
    cfg = {"id": lid, "name": name, "data": f"gzdata-{lid}", "styles": styles}
    return {
        "factory": "gzmap.basemapLayer",
        "cfg": cfg,
        "html": f'<script type="application/json" id="gzdata-{lid}">{block}</script>',
        "count": len(features),
        "df": None,
        "unit": "features",
        "bytes": len(block),
        "legend": False,
    }


def _geojson(geom) -> dict:
    return json.loads(shapely.to_geojson(geom, indent=None))
