"""Draw a project's visible layers with QPainter: the one path for screen and paper.

The canvas widget, the report exporter and the tests call :func:`render_map`
with a painter on a widget, a QImage, a QPdfWriter or a QSvgGenerator, so
what a planner sees is what prints. Only QtGui/QtCore are used here.

Geometry is projected to Web Mercator once per layer and cached, polygon
outlines are simplified to half a pixel for the current zoom, and point
layers go through a numpy path (see :mod:`gzmap.render.points`) that keeps a
million points interactive.
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass

import numpy as np
import shapely
from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QImage
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPainterPath
from PySide6.QtGui import QPen
from PySide6.QtGui import QPolygonF
from PySide6.QtGui import QTransform

from gzmap.core.labels import valid_geoms
from gzmap.core.layer import Layer
from gzmap.core.layer import RasterLayer
from gzmap.core.layer import VectorLayer
from gzmap.core.project import Project
from gzmap.core.style import Style
from gzmap.core.style import grid_rgba
from gzmap.core.style import hex_to_rgb
from gzmap.core.viewport import Viewport
from gzmap.core.viewport import lonlat_to_merc
from gzmap.render import points as point_render
from gzmap.render.drawers import drawer_for

__all__ = [
    "GeometryCache",
    "RenderOptions",
    "draw_raster",
    "draw_vector",
    "layer_geometry_cache",
    "map_font",
    "raster_image",
    "raster_rgba",
    "render_map",
]

UI_FONT_FAMILIES = [
    "GZMap Sans SC",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "sans-serif",
]


@dataclass
class RenderOptions:
    """How to draw: language of labels, device resolution, whether to draw labels.

    ``dpi`` converts symbol sizes in points to device pixels (96 for screen,
    300 for print). ``background`` is a ``#rrggbb`` fill or None for none.
    ``label_reserved``: boxes (x0, y0, x1, y1) in device pixels of the map
    that labels keep clear of (a scale bar or north arrow drawn over it).
    """

    lang: str = "zh_CN"
    dpi: float = 96.0
    labels: bool = True
    background: str | None = "#f7f9fb"
    highlight_selection: bool = True
    label_reserved: tuple[tuple[float, float, float, float], ...] = ()

    @property
    def pt(self) -> float:
        """Device pixels per typographic point."""
        return self.dpi / 72.0


def render_map(
    painter: QPainter,
    project: Project | list[Layer],
    viewport: Viewport,
    options: RenderOptions | None = None,
    lang: str | None = None,
) -> None:
    """Draw the visible layers of ``project`` bottom to top into ``painter``.

    The painter's device area (0, 0, viewport.width, viewport.height) in
    device pixels is the map frame; translate/clip the painter to place the
    frame on a page.
    """
    opts = options or RenderOptions()
    if lang is not None:
        opts.lang = lang
    layers = project.layers if isinstance(project, Project) else list(project)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setClipRect(QRectF(0, 0, viewport.width, viewport.height))
    if opts.background:
        painter.fillRect(QRectF(0, 0, viewport.width, viewport.height), QColor(opts.background))
    visible = [l for l in layers if l.visible]
    for layer in visible:
        drawer = drawer_for(layer.kind)
        if drawer is not None:
            drawer.draw(painter, layer, viewport, opts)
    if opts.labels:
        from gzmap.render.labels import draw_labels

        draw_labels(painter, visible, viewport, opts)
    if opts.highlight_selection:  # above every layer and label
        from gzmap.render.highlight import draw_highlights

        draw_highlights(painter, visible, viewport, opts)
    painter.restore()


# -- the vector and raster kinds' drawers (registered in gzmap.render.drawers) ----------


def draw_vector(painter: QPainter, layer: VectorLayer, viewport: Viewport, opts: RenderOptions) -> None:
    """Draw a vector layer's features: points through the numpy point path, other shapes as paths."""
    if not len(layer.data):
        return
    cache = layer_geometry_cache(layer)
    shown = layer.shown_mask()  # the layer's filter (None: every feature)
    if cache.kind == "point":
        point_render.draw_points(painter, layer, cache, viewport, opts, shown)
    else:
        _draw_shapes(painter, layer, cache, viewport, opts, shown)


# -- geometry cache -----------------------------------------------------------


class GeometryCache:
    """A layer's geometry in Web Mercator metres, plus derived drawing data.

    Rebuilt when the layer's GeoDataFrame object changes (``layer.data = ...``).
    """

    def __init__(self, layer: VectorLayer):
        gdf = layer.data
        self.data_id = id(gdf)
        geoms = np.asarray(gdf.geometry.values)
        types = shapely.get_type_id(geoms)
        valid = types >= 0
        self.kind = "point" if valid.any() and np.all(types[valid] == 0) else "shape"
        if self.kind == "point":
            x = shapely.get_x(geoms)
            y = shapely.get_y(geoms)
            self.x, self.y = lonlat_to_merc(x, y)
            self.finite = np.isfinite(self.x) & np.isfinite(self.y)
        else:
            merc = shapely.transform(geoms, lambda c: np.column_stack(lonlat_to_merc(c[:, 0], c[:, 1])))
            self.merc = merc
            self.bounds = shapely.bounds(merc)  # (n, 4) xmin ymin xmax ymax
            self.tree = shapely.STRtree(merc)
            self._paths: dict[int, list[QPainterPath | None]] = {}
            self._simple: dict[tuple[int, bool], np.ndarray] = {}
        self.categories: dict[int, np.ndarray] = {}

    def simplified(self, resolution: float, valid: bool = False) -> np.ndarray:
        """The features (Mercator metres) simplified to half a pixel at ``resolution`` (metres per pixel);
        with ``valid``, repaired by ``shapely.make_valid`` (for overlays such as the label placement)."""
        level = int(math.floor(math.log2(max(resolution, 1e-3))))
        if (level, valid) not in self._simple:
            simple = shapely.simplify(self.merc, (2.0**level) * 0.5, preserve_topology=True)
            self._simple[(level, valid)] = valid_geoms(simple) if valid else simple
        return self._simple[(level, valid)]

    def paths(self, resolution: float) -> list[QPainterPath | None]:
        """One QPainterPath (Mercator metres) per feature, simplified to half a pixel."""
        level = int(math.floor(math.log2(max(resolution, 1e-3))))
        if level not in self._paths:
            self._paths[level] = [_to_path(g) for g in self.simplified(resolution)]
        return self._paths[level]


_caches: weakref.WeakKeyDictionary[VectorLayer, GeometryCache] = weakref.WeakKeyDictionary()


def layer_geometry_cache(layer: VectorLayer) -> GeometryCache:
    """The (cached) Mercator geometry of ``layer``; rebuilt after its data changes."""
    cache = _caches.get(layer)
    if cache is None or cache.data_id != id(layer.data):
        cache = GeometryCache(layer)
        _caches[layer] = cache
    return cache


def _ring_polygon(coords: np.ndarray) -> QPolygonF:
    return QPolygonF([QPointF(float(x), float(y)) for x, y in coords])


def _to_path(geom) -> QPainterPath | None:
    if geom is None or geom.is_empty:
        return None
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for part in getattr(geom, "geoms", [geom]):
        gt = part.geom_type
        if gt == "Polygon":
            path.addPolygon(_ring_polygon(np.asarray(part.exterior.coords)))
            path.closeSubpath()
            for ring in part.interiors:
                path.addPolygon(_ring_polygon(np.asarray(ring.coords)))
                path.closeSubpath()
        elif gt in ("LineString", "LinearRing"):
            coords = np.asarray(part.coords)
            if len(coords):
                path.moveTo(*coords[0])
                for x, y in coords[1:]:
                    path.lineTo(float(x), float(y))
        elif gt in ("MultiPolygon", "MultiLineString", "GeometryCollection"):
            sub = _to_path(part)
            if sub is not None:
                path.addPath(sub)
        elif gt == "Point":
            path.addEllipse(QPointF(part.x, part.y), 1e-9, 1e-9)
    return path


# -- polygons and lines ---------------------------------------------------------


def _qcolor(hex_color: str, alpha: float = 1.0) -> QColor:
    r, g, b = hex_to_rgb(hex_color)
    return QColor(r, g, b, int(round(255 * max(0.0, min(alpha, 1.0)))))


def _draw_shapes(
    painter: QPainter, layer: VectorLayer, cache: GeometryCache, viewport: Viewport, opts: RenderOptions, shown=None
) -> None:
    style: Style = layer.style
    x0, y0, x1, y1 = viewport.world_extent()
    visible_idx = cache.tree.query(shapely.box(x0, y0, x1, y1))
    if shown is not None:
        visible_idx = visible_idx[shown[visible_idx]]
    if visible_idx.size == 0:
        return
    visible_idx.sort()
    classes = style.classify(layer.data)
    paths = cache.paths(viewport.resolution)
    painter.save()
    painter.setTransform(QTransform(*viewport.affine()), combine=True)
    by_class: dict[int, list[int]] = {}
    for i in visible_idx:
        by_class.setdefault(int(classes[i]), []).append(int(i))
    for cls, rows in by_class.items():
        sym = style.symbol_for(cls)
        pen = QPen(_qcolor(sym.stroke, layer.opacity))
        pen.setCosmetic(True)
        pen.setWidthF(sym.stroke_width * opts.pt)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen if sym.stroke_width > 0 else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(_qcolor(sym.fill, sym.fill_opacity * layer.opacity)))
        for i in rows:
            if paths[i] is not None:
                painter.drawPath(paths[i])
    painter.restore()


# -- labels ---------------------------------------------------------------------


def map_font(point_size: float, bold: bool = False, dpi: float | None = None) -> QFont:
    """The map's label font: a CJK-capable sans serif (the bundled one first).

    With ``dpi`` the size is set in device pixels (``point_size`` points at
    ``dpi``), so text drawn with drawText and text outlines made with
    QPainterPath.addText come out the same size on screen, PDF and SVG.
    """
    f = QFont()
    f.setFamilies(UI_FONT_FAMILIES)
    if dpi is None:
        f.setPointSizeF(point_size)
    else:
        f.setPixelSize(max(int(round(point_size * dpi / 72.0)), 1))
    f.setBold(bold)
    return f


# -- rasters --------------------------------------------------------------------


def raster_image(layer: RasterLayer) -> QImage:
    """The grid coloured by the layer's style (NaN and zero transparent), as ARGB32."""
    rgba = raster_rgba(layer)
    h, w, _ = rgba.shape
    img = QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888)
    return img.copy()


def raster_rgba(layer: RasterLayer) -> np.ndarray:
    """(h, w, 4) uint8 colours of a raster layer (the rule shared with the HTML export)."""
    return grid_rgba(layer.style, layer.grid.values, layer.opacity)


def draw_raster(painter: QPainter, layer: RasterLayer, viewport: Viewport, opts: RenderOptions | None = None) -> None:
    """Draw a raster layer's grid coloured by its style, warped from its CRS to the map."""
    from gzmap.core.datums import convert

    grid = layer.grid
    corners = grid.corners()
    lon, lat = convert(corners[:, 0], corners[:, 1], grid.crs, "wgs84")
    sx, sy = viewport.lonlat_to_screen(lon, lat)
    img = raster_image(layer)
    h, w = grid.values.shape
    src = QPolygonF([QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)])
    dst = QPolygonF([QPointF(float(a), float(b)) for a, b in zip(sx, sy)])
    t = QTransform()
    if not QTransform.quadToQuad(src, dst, t):
        return
    painter.save()
    painter.setTransform(t, combine=True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawImage(QPointF(0, 0), img)
    painter.restore()
