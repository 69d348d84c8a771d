"""The time slider: show a layer's features by a year or date field (the enterprises' founding year).

View > Time slider docks a panel: the layer, its year field and (for "as of")
its closing or deregistration year field (注销年份); the mode — one year
(founded that year), "as of" a year (founded by then and not closed by then),
or a range of years —; a slider over the years the data holds and a Play
button that steps through them (a QTimer, one year per step). The choice is
the time part of the layer's filter (:class:`gzmap.core.time_filter.TimeFilter`
in :mod:`gzmap.core.layer_filter`), so the canvas, the print, the legend counts
and the HTML export (which carries its own slider) all follow it, and it is
saved with the project. The standard deviational ellipses and mean centres of
an ellipse analysis by year or period follow the slider: they show the period
that holds the slider's year (:func:`period_layers`). Cells that hold no usable year (text, 0, a year out of
range) are listed per row under the slider and fall outside every year.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDockWidget
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSlider
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from gzmap.core.fields import field_label
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.layer_filter import LayerFilter
from gzmap.core.layer_filter import closing_field as _closing
from gzmap.core.layer_filter import year_fields
from gzmap.core.time_filter import YEAR_RANGE
from gzmap.core.time_filter import TimeFilter
from gzmap.core.time_filter import year_values
from gzmap.ui.dialog_parts import add_choices
from gzmap.ui.dialog_parts import column
from gzmap.ui.dialog_parts import row
from gzmap.ui.extensions import Feature
from gzmap.ui.i18n import translate

__all__ = ["FEATURE", "TimeSliderController", "bad_year_report"]

#: The time modes offered, in this order (see :mod:`gzmap.core.time_filter`).
MODE_TEXT = {
    "as_of": QT_TRANSLATE_NOOP("TimeSlider", "As of the year (open then)"),
    "year": QT_TRANSLATE_NOOP("TimeSlider", "Founded in the year"),
    "range": QT_TRANSLATE_NOOP("TimeSlider", "Founded in the range"),
}
#: Milliseconds per year while playing.
PLAY_STEP_MS = 700
#: How many rows without a year the dock names (the rest are counted).
_SHOWN_BAD = 5


def bad_year_report(frame, column) -> str:
    """One line naming the rows of ``column`` that hold no usable year (text, 0, out of range), or ""."""
    _, bad = year_values(frame[column])
    if not bad:
        return ""
    rows = frame["source_row"].to_numpy() if "source_row" in frame.columns else None
    word = translate("TimeSlider", "file row {n}") if rows is not None else translate("TimeSlider", "row {n}")
    shown = "; ".join(
        f"{word.format(n=int(rows[i]) if rows is not None else i + 1)}: {str(v)[:20]!r}" for i, v in bad[:_SHOWN_BAD]
    )
    more = translate("TimeSlider", "; and {n} more").format(n=len(bad) - _SHOWN_BAD) if len(bad) > _SHOWN_BAD else ""
    return translate("TimeSlider", "{n} rows hold no year and are outside every year ({rows}{more})").format(
        n=len(bad), rows=shown, more=more
    )


def period_layers(project) -> list:
    """Result layers with one feature per period (the standard deviational ellipses and mean centres
    of each year or period, columns ``start``/``end``) that follow the slider."""
    out = []
    for layer in project.layers:
        params = (getattr(layer, "provenance", None) or {}).get("parameters") or {}
        data = getattr(layer, "data", None)
        if getattr(layer, "source", "") != "analysis:ellipse" or not params.get("per") or data is None:
            continue
        if {"start", "end"} <= set(data.columns) and np.isfinite(year_values(data["end"])[0]).any():
            out.append(layer)
    return out


def period_filter(layer, time: TimeFilter | None) -> TimeFilter | None:
    """The time filter showing ``layer``'s period that holds the slider's year (of ``time``; for a range,
    the periods ending in it): periods are ``step`` years ending on the last year, so the period holding
    year Y is the one whose end lies in Y … Y + step − 1. None (all periods) when the slider is off."""
    if time is None:
        return None
    params = (getattr(layer, "provenance", None) or {}).get("parameters") or {}
    step = max(int(params.get("step") or 1), 1)
    last = (time.end if time.mode == "range" and time.end is not None else time.start) + step - 1
    return TimeFilter("end", "range", time.start, min(last, YEAR_RANGE[1]))


class TimePanel(QWidget):
    """The dock's widgets."""

    def __init__(self):
        super().__init__()
        self.layer_box = QComboBox(objectName="time_layer")
        self.field_box = QComboBox(objectName="time_field")
        self.closed_box = QComboBox(objectName="closed_field")
        self.mode_box = QComboBox(objectName="time_mode")
        self.enabled = QCheckBox(objectName="time_on")
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="time_slider")
        self.year = QSpinBox(objectName="time_year")
        self.end = QSpinBox(objectName="time_end")
        self.play = QPushButton(objectName="time_play")
        self.play.setCheckable(True)
        self.count = QLabel(objectName="time_count")
        self.bad = QLabel(objectName="time_bad")
        self.bad.setWordWrap(True)
        self.bad.setStyleSheet("color: #8a4b00;")
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.layer_box, self.field_box, self.closed_box, self.mode_box)):
            self.form.addRow(label, widget)
        years = row(self.year, (self.slider, 1), self.end, self.play)
        column(self, self.enabled, self.form, years, self.count, self.bad).addStretch(1)


class TimeSliderController(QObject):
    """The time slider dock (``window.feature("time_slider")``)."""

    def __init__(self, ui):
        super().__init__(ui.window)
        self.window = w = ui.window
        self.panel = p = TimePanel()
        self.dock = QDockWidget(w)
        self.dock.setObjectName("time_dock")
        self.dock.setWidget(p)
        ui.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea, hidden=True)
        self.timer = QTimer(self, interval=PLAY_STEP_MS)
        self.timer.timeout.connect(self.step)
        self._quiet = False
        ui.connect(p.layer_box.currentIndexChanged, self._layer_chosen)
        ui.connect(p.field_box.currentIndexChanged, self._field_chosen)
        for signal in (p.closed_box.currentIndexChanged, p.mode_box.currentIndexChanged, p.enabled.toggled):
            ui.connect(signal, self.apply)
        ui.connect(p.slider.valueChanged, p.year.setValue)
        ui.connect(p.year.valueChanged, self._year_changed)
        ui.connect(p.end.valueChanged, self.apply)
        ui.connect(p.play.toggled, self.set_playing)
        for signal in (w.project.layer_added, w.project.layer_removed):
            ui.connect(signal, lambda *_: self.fill_layers())
        ui.on_project_replaced(self.fill_layers)
        ui.on_language_changed(self.retranslate)
        self.retranslate()
        self.fill_layers()

    # -- choices -------------------------------------------------------------------------
    def layer(self):
        return self.panel.layer_box.currentData()

    def fill_layers(self) -> None:
        box = self.panel.layer_box
        current = self.layer()
        self._quiet = True
        box.clear()
        for layer in reversed(self.window.project.layers):
            if getattr(layer, "kind", "") == "vector" and len(layer) and year_fields(layer.data):
                box.addItem(layer.name(self.window.lang), layer)
        self._quiet = False
        index = box.findData(current) if current is not None else -1
        box.setCurrentIndex(max(index, 0))
        self._layer_chosen()

    def _layer_chosen(self, *_) -> None:
        if self._quiet:
            return
        p, layer = self.panel, self.layer()
        self._quiet = True
        p.field_box.clear()
        p.closed_box.clear()
        p.closed_box.addItem(translate("TimeSlider", "(no closing year)"), None)
        fields = year_fields(layer.data) if layer is not None else []
        for name in fields:
            if not _closing(name):
                p.field_box.addItem(field_label(name, self.window.lang), name)
            p.closed_box.addItem(field_label(name, self.window.lang), name)
        closing = [c for c in fields if _closing(c)]
        if closing:
            p.closed_box.setCurrentIndex(p.closed_box.findData(closing[0]))
        saved = layer.filter.time if layer is not None and layer.filter is not None else None
        if saved is not None:
            p.field_box.setCurrentIndex(max(p.field_box.findData(saved.field), 0))
            p.closed_box.setCurrentIndex(max(p.closed_box.findData(saved.closed_field), 0))
            p.mode_box.setCurrentIndex(max(p.mode_box.findData(saved.mode), 0))
        p.enabled.setChecked(saved is not None)
        self._quiet = False
        self._field_chosen()
        if saved is not None:
            p.year.setValue(saved.start)
            p.end.setValue(saved.end or saved.start)

    def _field_chosen(self, *_) -> None:
        if self._quiet:
            return
        p, layer, column = self.panel, self.layer(), self.panel.field_box.currentData()
        if layer is None or column is None:
            p.bad.setText("")
            return
        years = layer.years(column)
        ok = years[np.isfinite(years)]
        lo, hi = (int(ok.min()), int(ok.max())) if ok.size else (2000, 2025)
        self._quiet = True
        for widget in (p.slider, p.year, p.end):
            widget.setRange(lo, hi)
        p.slider.setValue(hi)
        p.year.setValue(hi)
        p.end.setValue(hi)
        self._quiet = False
        p.bad.setText(bad_year_report(layer.data, column))
        self.apply()

    def _year_changed(self, year: int) -> None:
        self.panel.slider.blockSignals(True)
        self.panel.slider.setValue(year)
        self.panel.slider.blockSignals(False)
        self.apply()

    def set_year(self, year: int) -> None:
        """Move the slider to ``year`` (the map follows)."""
        self.panel.slider.setValue(year)

    # -- the filter ----------------------------------------------------------------------
    def time_filter(self) -> TimeFilter | None:
        p = self.panel
        column = p.field_box.currentData()
        if not p.enabled.isChecked() or column is None:
            return None
        mode, start = p.mode_box.currentData(), p.year.value()
        end = max(p.end.value(), start) if mode == "range" else None
        closed = p.closed_box.currentData() if mode == "as_of" else None
        return TimeFilter(column, mode, start, end, closed)

    def apply(self, *_) -> None:
        """Set the chosen time filter on the layer (the map, legend and exports follow)."""
        if self._quiet:
            return
        p, layer = self.panel, self.layer()
        p.end.setVisible(p.mode_box.currentData() == "range")
        if layer is None:
            p.count.setText(translate("TimeSlider", "No layer with a year or date field."))
            return
        time = self.time_filter()
        layer.filter = (layer.filter or LayerFilter()).with_time(time)
        for follower in period_layers(self.window.project):
            follower.filter = (follower.filter or LayerFilter()).with_time(period_filter(follower, time))
        shown = len(layer.shown_rows())
        p.count.setText(
            translate("TimeSlider", "{n} of {total} features shown").format(n=f"{shown:,}", total=f"{len(layer):,}")
        )

    # -- play ----------------------------------------------------------------------------
    def set_playing(self, on: bool) -> None:
        p = self.panel
        if on:
            p.enabled.setChecked(True)
            if p.year.value() >= p.year.maximum():
                p.year.setValue(p.year.minimum())
            self.timer.start()
        else:
            self.timer.stop()
        p.play.setText(translate("TimeSlider", "Pause") if on else translate("TimeSlider", "Play"))

    def step(self) -> None:
        """One year on; playing stops at the last year."""
        p = self.panel
        if p.year.value() >= p.year.maximum():
            p.play.setChecked(False)
            return
        p.year.setValue(p.year.value() + 1)

    def retranslate(self, *_) -> None:
        p = self.panel
        self.dock.setWindowTitle(translate("TimeSlider", "Time slider"))
        p.enabled.setText(translate("TimeSlider", "Show features by year"))
        labels = (
            translate("TimeSlider", "Layer"),
            translate("TimeSlider", "Year or date field"),
            translate("TimeSlider", "Closing year field"),
        )
        for label, text in zip(p.labels, (*labels, translate("TimeSlider", "Show"))):
            label.setText(text)
        mode = p.mode_box.currentData()
        p.mode_box.blockSignals(True)
        p.mode_box.clear()
        add_choices(p.mode_box, "TimeSlider", MODE_TEXT)
        p.mode_box.setCurrentIndex(max(p.mode_box.findData(mode), 0))
        p.mode_box.blockSignals(False)
        p.play.setText(translate("TimeSlider", "Pause") if p.play.isChecked() else translate("TimeSlider", "Play"))
        self.fill_layers()  # layer and field names in the new language, and the count line


def _unload(controller: TimeSliderController) -> None:
    controller.timer.stop()


FEATURE = Feature("time_slider", install=lambda ui: ui.own(TimeSliderController(ui)), unload=_unload)
