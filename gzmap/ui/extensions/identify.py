"""Identify: click the map and read what every visible layer has there, in a dock.

View > Identify features (a checkable map tool, key I) makes a click ask each
visible layer, top first, through its kind's :meth:`~gzmap.core.layer.Layer.identify`
(points within a few pixels, the polygon containing the click, a grid's cell
value, a raster's value); the dock lists each hit under its layer's name, with
the field names and coded values in the interface language
(:func:`gzmap.core.fields.field_label` / :func:`~gzmap.core.fields.value_text`), and the
photos attached to an enterprise as thumbnails, a click showing one large
(:mod:`gzmap.ui.photo_view`).
A basemap has no features and is not asked.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem

from gzmap.core.feature_uids import UID_COLUMN
from gzmap.ui.canvas import MapTool
from gzmap.ui.extensions import Feature
from gzmap.ui.i18n import translate

__all__ = ["FEATURE", "IdentifyController", "identify_at"]

#: Pixels around the click a point may be from it.
TOLERANCE_PX = 6.0
#: Most fields listed per feature.
MAX_FIELDS = 60


def identify_at(layers, lon: float, lat: float, tolerance_m: float) -> list[tuple]:
    """[(layer, Hit)] of the visible ``layers`` (top first) at (lon, lat) WGS84 degrees."""
    out = []
    for layer in reversed(list(layers)):
        if not layer.visible or getattr(layer, "basemap", False):
            continue
        hit = layer.identify(lon, lat, tolerance_m)
        if hit is not None:
            out.append((layer, hit))
    return out


def _value(column, value, lang: str) -> str:
    from gzmap.core.fields import value_text

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    words = value_text(column, value, lang)
    if words:
        return words
    if isinstance(value, float):
        return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return str(value)


def hit_fields(layer, hit, lang: str) -> list[tuple[str, str]]:
    """(display name, value text) of the fields of ``hit`` in ``layer``, in the language ``lang``."""
    from gzmap.core.fields import field_label
    from gzmap.core.fields import shown_columns

    if hit.row is not None and hasattr(layer, "data"):
        row = layer.data.iloc[hit.row]
        geometry = layer.data.geometry.name
        replaced = (layer.provenance.get("standard_columns") or {}).values()  # 企业名称 when ``name`` has it
        hidden = (geometry, UID_COLUMN, *replaced)  # the stable id is for merging, not for reading
        pairs = [(c, row[c]) for c in shown_columns(layer.data.columns, lang, hidden)]
    else:
        pairs = list(hit.values.items())
    return [(field_label(c, lang), _value(c, v, lang)) for c, v in pairs[:MAX_FIELDS]]


class IdentifyTool(MapTool):
    def __init__(self, controller):
        self.controller = controller

    def clicked(self, lon, lat, x, y) -> None:
        self.controller.identify(lon, lat)

    def deactivated(self) -> None:
        self.controller.action.setChecked(False)


class IdentifyController(QObject):
    """The Identify tool and its dock."""

    def __init__(self, ui):
        super().__init__(ui.window)
        self.window = w = ui.window
        self.tool = IdentifyTool(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("identify_results")
        self.tree.setColumnCount(2)
        self.dock = QDockWidget(w)
        self.dock.setObjectName("identify_dock")
        self.dock.setWidget(self.tree)
        ui.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea, hidden=True)
        self.action = QAction(w)
        self.action.setObjectName("identify_tool")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("I"))
        ui.add_action("view", self.action)
        ui.connect(self.action.toggled, self.set_active)
        ui.on_language_changed(self.retranslate)
        self.last: list[tuple] = []
        self.retranslate()

    def set_active(self, on: bool) -> None:
        canvas = self.window.canvas
        if on:
            canvas.set_map_tool(self.tool)
            self.dock.show()
        elif canvas.map_tool is self.tool:
            canvas.set_map_tool(None)

    def identify(self, lon: float, lat: float) -> list[tuple]:
        """Ask every visible layer at (lon, lat) WGS84 degrees and list the answers in the dock."""
        canvas = self.window.canvas
        self.last = identify_at(self.window.project.layers, lon, lat, TOLERANCE_PX * canvas.viewport.resolution)
        self.show_hits()
        self.dock.show()
        return self.last

    def show_hits(self) -> None:
        lang = self.window.lang
        self.tree.clear()
        if not self.last:
            self.tree.addTopLevelItem(QTreeWidgetItem([translate("Identify", "Nothing here"), ""]))
        for layer, hit in self.last:
            top = QTreeWidgetItem([layer.name(lang), ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for name, text in hit_fields(layer, hit, lang):
                top.addChild(QTreeWidgetItem([name, text]))
            self.tree.addTopLevelItem(top)
            self._show_photos(top, layer, hit)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)

    def _show_photos(self, top: QTreeWidgetItem, layer, hit) -> None:
        """The surveyors' photos of the feature (issue 18): a row of thumbnails, a click enlarges one."""
        from gzmap.ui.photo_view import PhotoStrip
        from gzmap.ui.photo_view import feature_photos
        from gzmap.ui.photo_view import photos_title

        photos = feature_photos(self.window.project, layer, hit.row)
        if len(photos):
            item = QTreeWidgetItem([photos_title(), ""])
            top.addChild(item)
            self.tree.setItemWidget(item, 1, PhotoStrip(photos))

    def retranslate(self, *_) -> None:
        self.action.setText(translate("Identify", "Identify features"))
        self.action.setStatusTip(
            translate("Identify", "Click the map to see the features under the cursor in every layer")
        )
        self.dock.setWindowTitle(translate("Identify", "Identify"))
        self.tree.setHeaderLabels([translate("Identify", "Field"), translate("Identify", "Value")])
        if self.last:
            self.show_hits()


def _unload(controller: IdentifyController) -> None:
    if controller.window.canvas.map_tool is controller.tool:
        controller.window.canvas.set_map_tool(None)


FEATURE = Feature("identify", install=lambda ui: ui.own(IdentifyController(ui)), unload=_unload)
