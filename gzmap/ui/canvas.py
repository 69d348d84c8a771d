"""The map canvas: a native QWidget drawing the project with the shared renderer.

Pan by dragging, zoom with the wheel (about the cursor) or +/- keys, arrow
keys pan. A click selects the feature under the cursor in the current layer,
unless a map tool is active (:meth:`MapCanvas.set_map_tool`: identify,
measure…), which then receives the clicks and draws over the map.
Frames are rendered into an image and kept: while dragging, the kept frame
is moved, and redrawn once the drag ends, so panning stays smooth whatever
the data.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtCore import QPointF
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtGui import QImage
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from gzmap.core.layer import Layer
from gzmap.core.project import Project
from gzmap.core.viewport import Viewport
from gzmap.core.viewport import merc_to_lonlat
from gzmap.io.tiles import take_tile_problems
from gzmap.render.map_renderer import RenderOptions
from gzmap.render.map_renderer import render_map

HOME_BOUNDS = (112.95, 22.5, 114.06, 23.94)  # Guangzhou, WGS84 degrees


class MapCanvas(QWidget):
    """Shows a :class:`Project`; emits cursor and click positions in WGS84 degrees."""

    cursor_moved = Signal(float, float)  # lon, lat (WGS84)
    clicked_lonlat = Signal(float, float)  # lon, lat (WGS84)
    view_changed = Signal()
    feature_clicked = Signal(object, int)  # layer, row (or None, -1 for empty space)
    frame_rendered = Signal(float)  # milliseconds
    tile_problem = Signal(str)  # one line naming a tile set's file and what is wrong

    def __init__(self, project: Project, parent=None):
        super().__init__(parent)
        self.project = project
        self.viewport = Viewport(width=max(self.width(), 1), height=max(self.height(), 1))
        self.viewport.zoom_to(HOME_BOUNDS)
        self.lang = "zh_CN"
        self.current_layer: Layer | None = None
        #: The active map tool (see :class:`MapTool`), or None: clicks select.
        self.map_tool: MapTool | None = None
        self._frame: QImage | None = None
        self._frame_dirty = True
        self._drag_start: QPoint | None = None
        self._drag_offset = QPoint(0, 0)
        self._moved = False
        self._fitted = False
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(200, 150)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        # One refresh per event-loop turn however many model events arrive.
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._redraw)
        for sig in (project.layer_added, project.layer_removed, project.layers_reordered, project.layer_changed):
            sig.connect(self._on_project_changed)
        self._watched: set[int] = set()
        for layer in project.layers:
            self._watch(layer)

    # -- model events -------------------------------------------------------
    def _watch(self, layer) -> None:
        if id(layer) not in self._watched:
            layer.selection_changed.connect(self.refresh)
            self._watched.add(id(layer))

    def _on_project_changed(self, *args) -> None:
        if args and hasattr(args[0], "selection_changed"):
            self._watch(args[0])
        self.refresh()

    def refresh(self) -> None:
        """Ask for a new frame (coalesced)."""
        self._frame_dirty = True
        self._refresh_timer.start()

    def _redraw(self) -> None:
        self.update()

    # -- view -----------------------------------------------------------------
    def zoom_to_bounds(self, bounds) -> None:
        """Show ``bounds`` = (min lon, min lat, max lon, max lat) WGS84 degrees."""
        if bounds is None:
            return
        self.viewport.zoom_to(bounds)
        self._fitted = True
        self._view_changed()

    def zoom_full(self) -> None:
        self.zoom_to_bounds(self.project.bounds() or HOME_BOUNDS)

    def zoom_to_layer(self, layer) -> None:
        self.zoom_to_bounds(layer.bounds() if layer is not None else None)

    def zoom_by(self, factor: float, pos: QPointF | None = None) -> None:
        if pos is None:
            self.viewport.zoom(factor)
        else:
            self.viewport.zoom(factor, pos.x(), pos.y())
        self._view_changed()

    def _view_changed(self) -> None:
        self.refresh()
        self.view_changed.emit()

    def scale_denominator(self) -> float:
        return self.viewport.scale_denominator(self.logicalDpiX() or 96)

    # -- rendering -------------------------------------------------------------
    def render_frame(self) -> QImage:
        """Render the current view into a new image (device pixels)."""
        import time

        t0 = time.perf_counter()
        ratio = self.devicePixelRatioF()
        img = QImage(
            int(self.viewport.width * ratio),
            int(self.viewport.height * ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        img.setDevicePixelRatio(ratio)
        img.fill(QColor("#f7f9fb"))
        painter = QPainter(img)
        try:
            render_map(painter, self.project, self.viewport, RenderOptions(lang=self.lang))
        finally:
            painter.end()  # an image destroyed while still being painted takes the process down
        self.frame_rendered.emit((time.perf_counter() - t0) * 1000)
        for message in take_tile_problems():
            self.tile_problem.emit(message)
        return img

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._frame is None or self._frame_dirty:
            self._frame = self.render_frame()
            self._frame_dirty = False
        painter = QPainter(self)
        if self._drag_offset != QPoint(0, 0):
            painter.fillRect(self.rect(), QColor("#f7f9fb"))
        painter.drawImage(self._drag_offset, self._frame)
        if self.map_tool is not None and self._drag_offset == QPoint(0, 0):
            self.map_tool.paint(painter, self.viewport)
        painter.end()

    # -- map tools -------------------------------------------------------------------
    def set_map_tool(self, tool: MapTool | None) -> None:
        """Make ``tool`` receive clicks (None: clicks select again); the tool it replaces is told."""
        old, self.map_tool = self.map_tool, tool
        if old is not None and old is not tool:
            old.deactivated()
        self.setCursor(Qt.CursorShape.CrossCursor if tool is not None else Qt.CursorShape.ArrowCursor)
        self.update()

    def screen_lonlat(self, x: float, y: float) -> tuple[float, float]:
        """WGS84 (lon, lat) degrees of the widget pixel (x, y)."""
        lon, lat = self.viewport.screen_to_lonlat(x, y)
        return float(lon), float(lat)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.viewport.resize(self.width(), self.height())
        if not self._fitted:
            self.viewport.zoom_to(HOME_BOUNDS)
        self.refresh()
        super().resizeEvent(event)

    # -- interaction ---------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_start = event.position().toPoint()
            self._moved = False

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        pos = event.position()
        lon, lat = self.viewport.screen_to_lonlat(pos.x(), pos.y())
        self.cursor_moved.emit(float(lon), float(lat))
        if self.map_tool is not None and self._drag_start is None:
            self.map_tool.moved(float(lon), float(lat))
        if self._drag_start is not None:
            delta = pos.toPoint() - self._drag_start
            if delta.manhattanLength() > 3:
                self._moved = True
            if self._moved:
                self._drag_offset = delta
                self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._drag_start is None:
            return
        if self._moved:
            d = self._drag_offset
            self.viewport.pan_pixels(d.x(), d.y())
            self._drag_offset = QPoint(0, 0)
            self._view_changed()
        else:
            pos = event.position()
            lon, lat = self.viewport.screen_to_lonlat(pos.x(), pos.y())
            self.clicked_lonlat.emit(float(lon), float(lat))
            if self.map_tool is not None:
                self.map_tool.clicked(float(lon), float(lat), pos.x(), pos.y())
            else:
                self._select_at(pos)
        self._drag_start = None

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if self.map_tool is not None and event.button() == Qt.MouseButton.LeftButton:
            pos = event.position()
            self.map_tool.double_clicked(*self.screen_lonlat(pos.x(), pos.y()))
            self._drag_start = None
        else:
            super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.25**steps, event.position())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        step = 80
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / 1.5)
        elif key == Qt.Key.Key_Left:
            self.viewport.pan_pixels(step, 0)
            self._view_changed()
        elif key == Qt.Key.Key_Right:
            self.viewport.pan_pixels(-step, 0)
            self._view_changed()
        elif key == Qt.Key.Key_Up:
            self.viewport.pan_pixels(0, step)
            self._view_changed()
        elif key == Qt.Key.Key_Down:
            self.viewport.pan_pixels(0, -step)
            self._view_changed()
        elif key == Qt.Key.Key_Home:
            self.zoom_full()
        elif key == Qt.Key.Key_Escape and self.map_tool is not None:
            self.map_tool.cancelled()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.map_tool is not None:
            self.map_tool.finished()
        else:
            super().keyPressEvent(event)

    # -- picking ---------------------------------------------------------------
    def feature_at(self, layer: Layer, px: float, py: float, tolerance_px: float = 6.0) -> int:
        """Row of ``layer`` under pixel (px, py), or -1 (the layer kind's :meth:`~Layer.identify`:
        polygons the one containing the point, points the nearest within ``tolerance_px``)."""
        wx, wy = self.viewport.screen_to_world(px, py)
        lon, lat = merc_to_lonlat(wx, wy)
        hit = layer.identify(float(lon), float(lat), tolerance_px * self.viewport.resolution)
        return -1 if hit is None or hit.row is None else int(hit.row)

    def _select_at(self, pos: QPointF) -> None:
        candidates = [self.current_layer] if self.current_layer is not None else []
        candidates += [l for l in reversed(self.project.visible_layers()) if l is not self.current_layer]
        for layer in candidates:
            if layer is None or not layer.visible:
                continue
            row = self.feature_at(layer, pos.x(), pos.y())
            if row >= 0:
                layer.select([row])
                self.feature_clicked.emit(layer, row)
                return
        if self.current_layer is not None:
            self.current_layer.select([])
        self.feature_clicked.emit(None, -1)


class MapTool:
    """What a map tool (identify, measure…) answers while it is the canvas's :attr:`MapCanvas.map_tool`.

    Positions are WGS84 (lon, lat) degrees; dragging still pans the map. Every method does nothing
    by default.
    """

    def clicked(self, lon: float, lat: float, x: float, y: float) -> None:
        """A click (no drag) at (lon, lat), widget pixel (x, y)."""

    def double_clicked(self, lon: float, lat: float) -> None:
        """A double click (after the click it ends)."""

    def moved(self, lon: float, lat: float) -> None:
        """The cursor moved to (lon, lat) with no button pressed."""

    def finished(self) -> None:
        """Enter was pressed."""

    def cancelled(self) -> None:
        """Escape was pressed."""

    def paint(self, painter: QPainter, viewport: Viewport) -> None:
        """Draw over the map frame (widget pixels)."""

    def deactivated(self) -> None:
        """Another tool (or none) took the canvas."""
