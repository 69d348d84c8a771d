"""Find toolbar and results dock: enterprises by name or pinyin initials, coordinates in any datum,
and "what is near here" (enterprises within R metres of a clicked point, nearest first).

Searches run over the visible point layers that have a name column. A result
row selects its enterprise on the map and centres the view on it. A pin marks
the searched or clicked point (drawn on a transparent overlay, so the map
itself is never redrawn for it); "near here" draws its radius as an outline
over a translucent tint, in the highlight colours (:mod:`gzmap.core.highlight`).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtGui import QColor
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPainterPath
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QDockWidget
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QToolBar
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QWidget

from gzmap.core.highlight import HALO_COLOR
from gzmap.core.highlight import HALO_WIDTH_PT
from gzmap.core.highlight import HIGHLIGHT_COLOR
from gzmap.core.highlight import HIGHLIGHT_WIDTH_PT
from gzmap.core.highlight import NEAR_FILL_OPACITY
from gzmap.core.layer import VectorLayer
from gzmap.ui.extensions import Controller
from gzmap.ui.extensions import Feature
from gzmap.ui.i18n import translate

__all__ = ["FEATURE", "SearchController"]

ROLE = Qt.ItemDataRole.UserRole


class PinOverlay(QWidget):
    """A transparent child of the canvas that draws a pin at one WGS84 point."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas
        self.lonlat: tuple[float, float] | None = None
        self.radius_m: float | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.resize(canvas.size())
        canvas.view_changed.connect(self.update)
        canvas.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent

        if obj is self.canvas and event.type() == QEvent.Type.Resize:
            self.resize(self.canvas.size())
        return False

    def set_point(self, lonlat, radius_m=None) -> None:
        self.lonlat = lonlat
        self.radius_m = radius_m
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        if self.lonlat is None:
            return
        v = self.canvas.viewport
        x, y = v.lonlat_to_screen(*self.lonlat)
        x, y = float(x), float(y)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.radius_m:
            self._draw_near_circle(p, x, y, self.radius_m / max(v.ground_resolution(self.lonlat[1]), 1e-9))
        path = QPainterPath()
        path.moveTo(x, y)
        path.cubicTo(x - 9, y - 14, x - 9, y - 26, x, y - 26)
        path.cubicTo(x + 9, y - 26, x + 9, y - 14, x, y)
        p.setPen(QPen(QColor(HALO_COLOR), 1.5))
        p.setBrush(QColor(HIGHLIGHT_COLOR))
        p.drawPath(path)
        p.setBrush(QColor(HALO_COLOR))
        p.drawEllipse(QPointF(x, y - 18), 3, 3)
        p.end()

    @staticmethod
    def _draw_near_circle(p: QPainter, x: float, y: float, r: float) -> None:
        """The "near here" circle: a translucent tint (the enterprises it counts show through) inside
        a highlight-coloured outline on a dark halo, in the colours no map palette uses."""
        fill = QColor(HIGHLIGHT_COLOR)
        fill.setAlphaF(NEAR_FILL_OPACITY)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawEllipse(QPointF(x, y), r, r)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for color, width in ((HALO_COLOR, HALO_WIDTH_PT), (HIGHLIGHT_COLOR, HIGHLIGHT_WIDTH_PT)):
            p.setPen(QPen(QColor(color), width * 96.0 / 72.0))
            p.drawEllipse(QPointF(x, y), r, r)


class SearchController(Controller):
    def __init__(self, ui):
        super().__init__(ui)
        window = self.window
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("search_toolbar")
        ui.add_toolbar(self.toolbar)
        self.box = QLineEdit()
        self.box.setObjectName("search_box")
        self.box.setClearButtonEnabled(True)
        self.box.setMinimumWidth(260)
        self.box.returnPressed.connect(self.search)
        self.toolbar.addWidget(self.box)
        self.near_action = ui.own(QAction(window))
        self.near_action.setObjectName("action_near_here")
        self.near_action.setCheckable(True)
        self.toolbar.addAction(self.near_action)
        self.radius_label = QLabel()
        self.toolbar.addWidget(self.radius_label)
        self.radius = QSpinBox()
        self.radius.setObjectName("near_radius")
        self.radius.setRange(10, 50_000)
        self.radius.setSingleStep(100)
        self.radius.setValue(500)
        self.radius.setSuffix(" m")
        self.toolbar.addWidget(self.radius)

        self.results = QTreeWidget()
        self.results.setObjectName("search_results")
        self.results.setColumnCount(3)
        self.results.setRootIsDecorated(False)
        self.results.itemActivated.connect(self.show_item)
        self.results.itemClicked.connect(self.show_item)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("search_dock")
        self.dock.setWidget(self.results)
        ui.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea, hidden=True)
        self.pin = ui.own(PinOverlay(window.canvas))
        self.pin.hide()
        ui.connect(window.canvas.clicked_lonlat, self.on_click)
        ui.on_language_changed(self.retranslate)
        self.retranslate()

    def retranslate(self, _lang: str = "") -> None:
        self.box.setPlaceholderText(translate("Search", "Find enterprise (name or pinyin initials) or coordinates…"))
        self.box.setToolTip(
            translate(
                "Search", "Examples: a company name or its pinyin initials, 113.32, 23.11 GCJ-02, 23.11 113.32 BD-09"
            )
        )
        self.near_action.setText(translate("Search", "What is near here"))
        self.near_action.setToolTip(translate("Search", "Click on the map to list the enterprises within the radius"))
        self.radius_label.setText(" " + translate("Search", "Radius") + " ")
        self.toolbar.setWindowTitle(translate("Search", "Find"))
        self.dock.setWindowTitle(translate("Search", "Search results"))
        self.results.setHeaderLabels(
            [translate("Search", "Name"), translate("Search", "Layer"), translate("Search", "Distance (m)")]
        )

    # -- layers ---------------------------------------------------------------------
    def point_layers(self) -> list[VectorLayer]:
        out = []
        for layer in reversed(self.window.project.visible_layers()):
            if isinstance(layer, VectorLayer) and len(layer.data) and layer.geometry_type in ("Point", "MultiPoint"):
                out.append(layer)
        return out

    # -- searching ---------------------------------------------------------------------
    def search(self, text: str | None = None) -> int:
        """Search for ``text`` (default: the box); returns how many results are listed."""
        from gzmap.analysis.search import find_by_name
        from gzmap.analysis.search import name_column
        from gzmap.analysis.search import parse_coordinates

        text = (self.box.text() if text is None else text).strip()
        if not text:
            return 0
        try:
            coords = parse_coordinates(text, default_datum=self.window.project.display_datum)
        except ValueError as exc:
            self.window.statusBar().showMessage(str(exc), 8000)
            return 0
        if coords is not None:
            lonlat = (coords.lon_wgs84, coords.lat_wgs84)
            self.center_on(*lonlat)
            self.window.statusBar().showMessage(
                translate("Search", "Shown: {lon:.6f}, {lat:.6f} ({datum}) = WGS84 {wlon:.6f}, {wlat:.6f}").format(
                    lon=coords.lon, lat=coords.lat, datum=coords.datum, wlon=lonlat[0], wlat=lonlat[1]
                ),
                10000,
            )
            return self.near(*lonlat)
        rows = []
        for layer in self.point_layers():
            col = name_column(layer.data)
            if col is None:
                continue
            found = find_by_name(layer.data, text, col, limit=100)
            for r, name, score in zip(found["row"], found[col], found["score"]):
                rows.append((float(score), str(name), layer, int(r), None))
        rows.sort(key=lambda t: t[0])
        self.pin.hide()
        self.fill(rows[:200])
        if rows:
            self.show_result(rows[0][2], rows[0][3])
        else:
            self.window.statusBar().showMessage(
                translate("Search", "Nothing found for “{text}”").format(text=text), 5000
            )
        return len(rows)

    def near(self, lon: float, lat: float, radius_m: float | None = None) -> int:
        """List the enterprises within the radius of (lon, lat) WGS84, nearest first, and select them."""
        from gzmap.analysis.search import name_column
        from gzmap.analysis.search import within_distance

        radius_m = float(radius_m if radius_m is not None else self.radius.value())
        rows = []
        for layer in self.point_layers():
            found = within_distance(layer.data, lon, lat, radius_m)
            col = name_column(layer.data)
            names = found[col].astype(str).tolist() if col else [f"#{i}" for i in found.index]
            for r, name, d in zip(found["row"], names, found["distance_m"]):
                rows.append((float(d), name, layer, int(r), float(d)))
            # select them on the map (after the canvas's own click selection)
            sel = found["row"].to_numpy()
            QTimer.singleShot(0, lambda layer=layer, sel=sel: layer.select(sel))
        rows.sort(key=lambda t: t[0])
        self.pin.set_point((lon, lat), radius_m)
        self.fill(rows)
        self.window.statusBar().showMessage(
            translate("Search", "{n} enterprises within {r:,.0f} m").format(n=len(rows), r=radius_m), 8000
        )
        return len(rows)

    def on_click(self, lon: float, lat: float) -> None:
        if self.near_action.isChecked():
            self.near(lon, lat)

    def fill(self, rows) -> None:
        self.results.clear()
        for _score, name, layer, row, dist in rows:
            item = QTreeWidgetItem([name, layer.name(self.window.lang), "" if dist is None else f"{dist:,.0f}"])
            item.setData(0, ROLE, (layer.id, row))
            if dist is not None:
                item.setData(2, Qt.ItemDataRole.TextAlignmentRole, int(Qt.AlignmentFlag.AlignRight))
            self.results.addTopLevelItem(item)
        for c in range(3):
            self.results.resizeColumnToContents(c)
        self.dock.show()
        self.dock.raise_()

    def show_item(self, item, _column=0) -> None:
        layer_id, row = item.data(0, ROLE)
        layer = self.window.project.layer_by_id(layer_id)
        if layer is not None and row < len(layer.data):
            self.show_result(layer, row)

    def show_result(self, layer, row: int) -> None:
        """Select enterprise ``row`` of ``layer`` and centre the map on it."""
        import shapely

        self.window.layer_panel.set_current_layer(layer)
        layer.select([row])
        g = layer.data.geometry.iloc[row]
        if g is not None and not g.is_empty:
            p = g if g.geom_type == "Point" else shapely.point_on_surface(g)
            self.center_on(p.x, p.y)

    def center_on(self, lon: float, lat: float) -> None:
        from gzmap.core.viewport import lonlat_to_merc

        canvas = self.window.canvas
        x, y = lonlat_to_merc(lon, lat)
        canvas.viewport.cx, canvas.viewport.cy = float(np.asarray(x)), float(np.asarray(y))
        if canvas.viewport.ground_resolution() > 20:  # zoom in to street level when far out
            canvas.viewport.resolution = 20 / max(np.cos(np.radians(lat)), 1e-6)
        canvas._fitted = True
        canvas.refresh()
        canvas.view_changed.emit()


FEATURE = Feature("search", install=lambda ui: ui.own(SearchController(ui)), attribute="search_controller")
