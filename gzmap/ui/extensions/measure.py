"""Measure distance and area on the map.

View > Measure distance (key M) / Measure area: each click adds a vertex, the
line or polygon follows the cursor, and the length (geodesic on the WGS84
ellipsoid) or the area (on the ellipsoid, also in 亩) is written beside the
cursor and in the status bar as it changes (:mod:`gzmap.analysis.measure`).
A double click or Enter ends the measurement (the result stays until the next
click starts a new one); Escape clears it. Dragging still pans the map.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtCore import QPointF
from PySide6.QtGui import QAction
from PySide6.QtGui import QColor
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QPen
from PySide6.QtGui import QPolygonF
from PySide6.QtWidgets import QLabel

from gzmap.analysis.measure import area_m2
from gzmap.analysis.measure import area_text
from gzmap.analysis.measure import length_m
from gzmap.analysis.measure import length_text
from gzmap.core.highlight import HALO_COLOR
from gzmap.core.highlight import HIGHLIGHT_COLOR
from gzmap.ui.canvas import MapTool
from gzmap.ui.extensions import Feature
from gzmap.ui.i18n import current_language
from gzmap.ui.i18n import translate

__all__ = ["FEATURE", "MeasureController", "MeasureTool"]


class MeasureTool(MapTool):
    """Vertices clicked on the canvas; ``mode`` is ``"distance"`` or ``"area"``."""

    def __init__(self, controller, mode: str):
        self.controller = controller
        self.mode = mode
        self.points: list[tuple[float, float]] = []
        self.cursor: tuple[float, float] | None = None
        self.done = False

    def clicked(self, lon, lat, x, y) -> None:
        if self.done:
            self.points, self.done = [], False
        self.points.append((lon, lat))
        self.controller.changed()

    def double_clicked(self, lon, lat) -> None:
        self.finished()

    def moved(self, lon, lat) -> None:
        self.cursor = (lon, lat)
        if self.points and not self.done:
            self.controller.changed()

    def finished(self) -> None:
        self.done = True
        self.controller.changed()

    def cancelled(self) -> None:
        self.points, self.done = [], False
        self.controller.changed()

    def deactivated(self) -> None:
        self.cancelled()
        self.controller.action(self.mode).setChecked(False)

    def vertices(self) -> list[tuple[float, float]]:
        """The clicked vertices, and the cursor while the measurement is open."""
        live = [self.cursor] if self.cursor is not None and self.points and not self.done else []
        return self.points + live

    def text(self, lang: str | None = None) -> str:
        """The length or area of :meth:`vertices`, in the UI language ("" with too few vertices)."""
        pts = self.vertices()
        if self.mode == "distance":
            return length_text(length_m(pts), lang) if len(pts) >= 2 else ""
        return area_text(area_m2(pts), lang) if len(pts) >= 3 else ""

    def paint(self, painter, viewport) -> None:
        pts = self.vertices()
        if not pts:
            return
        sx, sy = viewport.lonlat_to_screen([p[0] for p in pts], [p[1] for p in pts])
        poly = QPolygonF([QPointF(float(x), float(y)) for x, y in zip(sx, sy)])
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        fill = QColor(HIGHLIGHT_COLOR)
        fill.setAlphaF(0.15)
        for color, width in ((HALO_COLOR, 5.0), (HIGHLIGHT_COLOR, 2.0)):
            painter.setPen(QPen(QColor(color), width))
            if self.mode == "area" and len(pts) >= 3:
                painter.setBrush(fill)
                painter.drawPolygon(poly)
            else:
                painter.drawPolyline(poly)
        painter.setBrush(QColor(HIGHLIGHT_COLOR))
        for x, y in zip(sx, sy):
            painter.drawEllipse(QPointF(float(x), float(y)), 3.0, 3.0)
        text = self.text(current_language())
        if text:
            painter.setPen(QPen(QColor("#111111")))
            at = QPointF(float(sx[-1]) + 10, float(sy[-1]) - 10)
            box = painter.fontMetrics().boundingRect(text).adjusted(-4, -2, 4, 2).translated(at.toPoint())
            painter.fillRect(box, QColor(255, 255, 255, 230))
            painter.drawText(at, text)
        painter.restore()


class MeasureController(QObject):
    """The two measuring tools, their View menu items and the status bar line."""

    def __init__(self, ui):
        super().__init__(ui.window)
        self.window = w = ui.window
        self.tools = {mode: MeasureTool(self, mode) for mode in ("distance", "area")}
        self.actions: dict[str, QAction] = {}
        for mode, key in (("distance", "M"), ("area", "Shift+M")):
            act = QAction(w)
            act.setObjectName(f"measure_{mode}")
            act.setCheckable(True)
            act.setShortcut(QKeySequence(key))
            ui.add_action("view", act)
            ui.connect(act.toggled, lambda on, m=mode: self.set_active(m, on))
            self.actions[mode] = act
        self.label = ui.add_status_widget(QLabel())
        self.label.setObjectName("measure_result")
        ui.on_language_changed(self.retranslate)
        self.retranslate()

    def action(self, mode: str) -> QAction:
        return self.actions[mode]

    def set_active(self, mode: str, on: bool) -> None:
        canvas = self.window.canvas
        if on:
            canvas.set_map_tool(self.tools[mode])
        elif canvas.map_tool is self.tools[mode]:
            canvas.set_map_tool(None)
        self.changed()

    def active(self) -> MeasureTool | None:
        tool = self.window.canvas.map_tool
        return tool if tool in self.tools.values() else None

    def changed(self) -> None:
        tool = self.active()
        self.label.setText(tool.text(self.window.lang) if tool is not None else "")
        self.window.canvas.update()

    def retranslate(self, *_) -> None:
        self.actions["distance"].setText(translate("MeasureTool", "Measure distance"))
        self.actions["area"].setText(translate("MeasureTool", "Measure area"))
        tip = translate("MeasureTool", "Click the vertices; double-click or Enter ends, Escape clears")
        for act in self.actions.values():
            act.setStatusTip(tip)
        self.changed()


def _unload(controller: MeasureController) -> None:
    if controller.active() is not None:
        controller.window.canvas.set_map_tool(None)


FEATURE = Feature("measure", install=lambda ui: ui.own(MeasureController(ui)), unload=_unload)
