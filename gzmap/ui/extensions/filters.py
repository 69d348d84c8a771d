"""Filters and selections of a layer.

* Layer > Filter… — the expression builder (:class:`gzmap.ui.filter_builder.FilterBuilder`) sets the
  current layer's filter: the map (canvas and print), the legend counts and the HTML export then show
  only what it keeps; Layer > Clear filter shows everything again (the time slider and the legend's
  category toggles are parts of the same filter, see :mod:`gzmap.core.layer_filter`).
* Layer > Select by attribute… — the same builder selects the features (of those the filter shows).
* Layer > Select by location… — in a district, within N m of a point, within N m of a layer's features.
* Layer > Clear selection.
* The status bar counts the current layer's selected and shown features.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QRadioButton

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.layer_filter import LayerFilter
from gzmap.ui.dialog_parts import add_choices
from gzmap.ui.dialog_parts import column
from gzmap.ui.dialog_parts import ok_cancel
from gzmap.ui.extensions import Feature
from gzmap.ui.filter_builder import FilterBuilder
from gzmap.ui.i18n import translate

__all__ = ["FEATURE", "FiltersController", "SelectByLocationDialog"]

_C = "Filters"
MODE_TEXT = {
    "new": QT_TRANSLATE_NOOP("Filters", "New selection"),
    "add": QT_TRANSLATE_NOOP("Filters", "Add to the selection"),
    "within": QT_TRANSLATE_NOOP("Filters", "Select within the selection"),
    "remove": QT_TRANSLATE_NOOP("Filters", "Remove from the selection"),
}


def _vector(layer) -> bool:
    return getattr(layer, "kind", "") == "vector"


class SelectByLocationDialog(QDialog):
    """In a district, within N metres of a point (WGS84 lon/lat) or of another layer's features."""

    def __init__(self, project, layer, lang: str, parent=None):
        from gzmap.analysis.districts import district_polygons

        super().__init__(parent)
        self.setWindowTitle(translate("Filters", "Select by location"))
        self.districts = district_polygons()
        name_col = "name_zh" if lang.startswith("zh") else "name_en"
        self.in_district = QRadioButton(translate("Filters", "In the district"))
        self.near_point = QRadioButton(translate("Filters", "Within a distance of the point"))
        self.near_layer = QRadioButton(translate("Filters", "Within a distance of the features of"))
        self.in_district.setChecked(True)
        self.district_box = QComboBox()
        self.district_box.setObjectName("district")
        for i, name in enumerate(self.districts[name_col]):
            self.district_box.addItem(str(name), i)
        self.lon = _spin(-180, 180, 6, 113.3245)
        self.lat = _spin(-90, 90, 6, 23.1066)
        self.layer_box = QComboBox()
        self.layer_box.setObjectName("target_layer")
        for other in reversed(project.layers):
            if _vector(other) and other is not layer:
                self.layer_box.addItem(other.name(lang), other)
        self.metres = _spin(0, 200_000, 0, 1000)
        self.metres.setSuffix(" m")
        self.mode_box = QComboBox()
        self.mode_box.setObjectName("mode")
        add_choices(self.mode_box, _C, MODE_TEXT)
        form = QFormLayout()
        form.addRow(self.in_district, self.district_box)
        form.addRow(self.near_point, QLabel(translate("Filters", "longitude, latitude (WGS84)")))
        form.addRow(translate("Filters", "Longitude"), self.lon)
        form.addRow(translate("Filters", "Latitude"), self.lat)
        form.addRow(self.near_layer, self.layer_box)
        form.addRow(translate("Filters", "Distance"), self.metres)
        form.addRow(translate("Filters", "Selection"), self.mode_box)
        column(self, form, ok_cancel(self))

    def rows(self, layer) -> np.ndarray:
        """The rows of ``layer`` (of those its filter shows) the chosen place holds."""
        from gzmap.analysis.select_location import rows_in_area
        from gzmap.analysis.select_location import rows_near_layer
        from gzmap.analysis.select_location import rows_near_point

        data = layer.data
        if self.in_district.isChecked():
            found = rows_in_area(data, self.districts.geometry.iloc[self.district_box.currentData()])
        elif self.near_point.isChecked():
            found = rows_near_point(data, self.lon.value(), self.lat.value(), self.metres.value())
        else:
            target = self.layer_box.currentData()
            if target is None:
                return np.zeros(0, dtype=np.int64)
            found = rows_near_layer(data, target.shown_data(), self.metres.value())
        shown = layer.shown_mask()
        return found if shown is None else found[shown[found]]

    def mode(self) -> str:
        return self.mode_box.currentData()


def _spin(lo: float, hi: float, decimals: int, value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setDecimals(decimals)
    box.setValue(value)
    return box


class FiltersController(QObject):
    """Layer menu items for filters and selections, and the status bar's selection count."""

    def __init__(self, ui):
        super().__init__(ui.window)
        self.ui = ui
        self.window = w = ui.window
        self.status = ui.add_status_widget(QLabel(), permanent=True)
        self.status.setObjectName("selection_count")
        ui.add_separator("layer")
        self.filter_action = ui.add_translated_action(
            "layer", "filter_layer", _C, QT_TRANSLATE_NOOP("Filters", "Filter…"),
            QT_TRANSLATE_NOOP("Filters", "Show only the features an expression keeps"), self.edit_filter,
        )  # fmt: skip
        ui.add_translated_action(
            "layer", "clear_filter", _C, QT_TRANSLATE_NOOP("Filters", "Clear filter"),
            QT_TRANSLATE_NOOP("Filters", "Show every feature of the layer again"), self.clear_filter,
        )  # fmt: skip
        ui.add_translated_action(
            "layer", "select_by_attribute", _C, QT_TRANSLATE_NOOP("Filters", "Select by attribute…"),
            QT_TRANSLATE_NOOP("Filters", "Select the features an expression keeps"), self.select_by_attribute,
        )  # fmt: skip
        ui.add_translated_action(
            "layer", "select_by_location", _C, QT_TRANSLATE_NOOP("Filters", "Select by location…"),
            QT_TRANSLATE_NOOP("Filters", "Select the features in a district or near a point or layer"),
            self.select_by_location,
        )  # fmt: skip
        ui.add_translated_action(
            "layer", "clear_selection", _C, QT_TRANSLATE_NOOP("Filters", "Clear selection"),
            QT_TRANSLATE_NOOP("Filters", "Select nothing in the current layer"), self.clear_selection,
        )  # fmt: skip
        self._watched: set[int] = set()
        ui.connect(w.layer_panel.current_layer_changed, lambda *_: self.update_status())
        ui.connect(w.project.layer_added, lambda layer, *_: self._watch(layer))
        ui.connect(w.project.layer_changed, lambda *_: self.update_status())
        ui.on_language_changed(lambda *_: self.update_status())
        for layer in w.project.layers:
            self._watch(layer)
        self.update_status()

    def _watch(self, layer) -> None:
        if id(layer) not in self._watched:
            self._watched.add(id(layer))
            self.ui.connect(layer.selection_changed, self.update_status)

    def _layer(self, warn: bool = True):
        layer = self.window.current_layer()
        if _vector(layer):
            return layer
        if warn:
            self.window.show_error(
                translate("Filters", "No vector layer"),
                translate("Filters", "Choose a layer of features in the layer list first."),
            )
        return None

    # -- filter -------------------------------------------------------------------------
    def builder(self, layer, frame, title: str, action: str, text: str = "") -> FilterBuilder:
        return FilterBuilder(frame, f"{title} — {layer.name(self.window.lang)}", action, text, self.window)

    def edit_filter(self) -> FilterBuilder | None:
        """Layer > Filter…: open the builder on the current layer's filter; OK applies it."""
        layer = self._layer()
        if layer is None:
            return None
        flt = layer.filter or LayerFilter()
        dlg = self.builder(
            layer, layer.data, translate("Filters", "Filter"), translate("Filters", "Apply filter"), flt.expression_text
        )
        dlg.accepted.connect(lambda: self._set_filter(layer, dlg.expression()))
        dlg.open()
        return dlg

    def _set_filter(self, layer, expression) -> None:
        layer.filter = (layer.filter or LayerFilter()).with_expression(expression)

    def clear_filter(self) -> None:
        layer = self._layer()
        if layer is not None:
            layer.filter = None

    # -- selection ----------------------------------------------------------------------
    def select_by_attribute(self) -> FilterBuilder | None:
        """Layer > Select by attribute…: the builder over the features the filter shows; OK selects."""
        layer = self._layer()
        if layer is None:
            return None
        dlg = self.builder(
            layer, layer.shown_data(), translate("Filters", "Select by attribute"), translate("Filters", "Select")
        )
        dlg.accepted.connect(lambda: self._select_expression(layer, dlg.expression()))
        dlg.open()
        return dlg

    def _select_expression(self, layer, expression) -> None:
        rows = layer.shown_rows()
        if expression is not None:
            rows = rows[expression.mask(layer.data.iloc[rows])]
        layer.select(rows)

    def select_by_location(self) -> SelectByLocationDialog | None:
        layer = self._layer()
        if layer is None:
            return None
        dlg = SelectByLocationDialog(self.window.project, layer, self.window.lang, self.window)
        dlg.accepted.connect(lambda: self._select_location(layer, dlg))
        dlg.open()
        return dlg

    def _select_location(self, layer, dlg: SelectByLocationDialog) -> None:
        from gzmap.analysis.select_location import combine

        layer.select(combine(layer.selection, dlg.rows(layer), dlg.mode()))

    def clear_selection(self) -> None:
        layer = self._layer(warn=False)
        if layer is not None:
            layer.select([])

    # -- status bar -----------------------------------------------------------------------
    def update_status(self, *_) -> None:
        layer = self._layer(warn=False)
        if layer is None:
            self.status.setText("")
            return
        total = len(layer.data)
        shown = len(layer.shown_rows()) if layer.filter is not None else total
        text = translate("Filters", "Selected {n} of {total}").format(n=f"{len(layer.selection):,}", total=f"{total:,}")
        if shown != total:
            text += translate("Filters", " ({shown} shown by the filter)").format(shown=f"{shown:,}")
        self.status.setText(text)


FEATURE = Feature("filters", install=lambda ui: ui.own(FiltersController(ui)))
