"""Analysis > Statistics by district… ("按区统计"): count the points of a layer, or sum or average one
of its numeric fields, in each district, optionally by category.

The dialog picks the point layer (the enterprise layer first), the statistic,
the field, an optional category field and the polygons (Guangzhou's districts
or a polygon layer of the project); the work
(:func:`gzmap.analysis.district_summary.district_summary`) runs in a worker
with progress and Cancel. The result is a table in the analysis results dock
(the one :class:`~gzmap.ui.table_model.DataFrameModel` table) and a
choropleth layer whose legend names the statistic in the UI language.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QVBoxLayout

from gzmap.core import fields
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate as translate_to
from gzmap.ui.analysis_dialogs import point_layers
from gzmap.ui.i18n import translate
from gzmap.ui.region_layers import polygon_layers

__all__ = ["DistrictSummaryDialog", "run_district_summary"]

_CONTEXT = "DistrictSummary"

#: Statistic -> its name in the drop-down.
STATISTIC_NAMES = {
    "count": QT_TRANSLATE_NOOP("DistrictSummary", "Number of points"),
    "sum": QT_TRANSLATE_NOOP("DistrictSummary", "Sum of a field"),
    "mean": QT_TRANSLATE_NOOP("DistrictSummary", "Mean of a field"),
}

#: Statistic -> the legend's title ({field}: the field's display name; {layer}: the layer's name).
TITLES = {
    "count": QT_TRANSLATE_NOOP("DistrictSummary", "Number of {layer}"),
    "sum": QT_TRANSLATE_NOOP("DistrictSummary", "{field} (sum)"),
    "mean": QT_TRANSLATE_NOOP("DistrictSummary", "{field} (mean)"),
}
LAYER_NAME = QT_TRANSLATE_NOOP("DistrictSummary", "By district: {title}")


class DistrictSummaryDialog(QDialog):
    """The form: layer, statistic, field, category, districts, which features."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.lang = window.lang
        self.setWindowTitle(translate("DistrictSummary", "Statistics by district"))
        self.layer_box = QComboBox()
        self.layer_box.setObjectName("summary_layer")
        for lyr in point_layers(window.project):  # the enterprise layer first, not the top one
            self.layer_box.addItem(lyr.name(self.lang), lyr)
        self.statistic = QComboBox()
        self.statistic.setObjectName("summary_statistic")
        for key, text in STATISTIC_NAMES.items():
            self.statistic.addItem(translate(_CONTEXT, text), key)
        self.field = QComboBox()
        self.field.setObjectName("summary_field")
        self.category = QComboBox()
        self.category.setObjectName("summary_category")
        self.regions = QComboBox()
        self.regions.setObjectName("summary_regions")
        self.regions.addItem(translate("DistrictSummary", "Guangzhou's districts (built-in)"), None)
        for poly in polygon_layers(window.project):
            self.regions.addItem(poly.name(self.lang), poly)
        self.selected_only = QCheckBox(translate("DistrictSummary", "Selected features only"))
        self.filtered_only = QCheckBox(translate("DistrictSummary", "Only what the filter shows"))
        form = QFormLayout()
        form.addRow(translate("DistrictSummary", "Point layer"), self.layer_box)
        form.addRow(translate("DistrictSummary", "Statistic"), self.statistic)
        form.addRow(translate("DistrictSummary", "Field"), self.field)
        form.addRow(translate("DistrictSummary", "By category"), self.category)
        form.addRow(translate("DistrictSummary", "Districts"), self.regions)
        form.addRow("", self.selected_only)
        form.addRow("", self.filtered_only)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.buttons)
        self.layer_box.currentIndexChanged.connect(self._layer_changed)
        self.statistic.currentIndexChanged.connect(self._update)
        self._layer_changed()

    def layer(self):
        return self.layer_box.currentData()

    def _layer_changed(self, *_) -> None:
        """Fields of the chosen layer, by their display names: numeric ones to sum or average; text
        and whole-number ones to split by."""
        layer = self.layer()
        self.field.clear()
        self.category.clear()
        self.category.addItem(translate("DistrictSummary", "(none)"), None)
        if layer is not None:
            gdf = layer.data
            for col in gdf.columns:
                if col == gdf.geometry.name:
                    continue
                label = fields.field_label(col, self.lang)
                series = gdf[col]
                if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
                    self.field.addItem(label, col)
                if not pd.api.types.is_float_dtype(series) and series.nunique() <= 50:
                    self.category.addItem(label, col)
            self.selected_only.setEnabled(len(layer.selection) > 0)
            self.filtered_only.setEnabled(layer.filter is not None)
            self.filtered_only.setChecked(layer.filter is not None)
        self._update()

    def _update(self, *_) -> None:
        needs_field = self.statistic.currentData() != "count"
        self.field.setEnabled(needs_field)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.layer() is not None and (not needs_field or self.field.count() > 0))

    def params(self) -> dict:
        """What to compute: statistic, field (None for a count), category, districts, titles in both languages."""
        statistic = self.statistic.currentData()
        field = self.field.currentData() if statistic != "count" else None
        layer = self.layer()
        titles = {}
        for lang, key in (("zh_CN", "title_zh"), ("en", "title_en")):
            label = fields.field_label(field, lang) if field else ""
            titles[key] = translate_to(_CONTEXT, TITLES[statistic], lang, field=label, layer=layer.name(lang))
        regions = self.regions.currentData()
        return {
            "statistic": statistic,
            "field": field,
            "category": self.category.currentData(),
            "districts": None if regions is None else regions.data,
            **titles,
        }

    def rows(self) -> np.ndarray:
        """Row positions of the layer's features to count (the selection, what the filter shows, or all)."""
        layer = self.layer()
        rows = np.arange(len(layer.data))
        if self.selected_only.isChecked():
            rows = np.asarray(layer.selection, dtype=np.int64)
        if self.filtered_only.isChecked() and layer.filter is not None:
            rows = np.intersect1d(rows, layer.shown_rows())
        return rows


def run_district_summary(window, layer, params: dict, rows=None):
    """Run the statistics of ``layer`` (its ``rows``) in a worker; when done, add the choropleth layer
    and show the table in the analysis results dock. Returns the task (None when nothing to count)."""
    from gzmap.analysis.district_summary import district_summary

    title = translate("DistrictSummary", "Statistics by district")
    data = layer.data if rows is None or len(rows) == len(layer.data) else layer.data.iloc[rows]
    if len(data) == 0:
        window.show_error(title, translate("DistrictSummary", "No features are selected in this layer."))
        return None

    def done(result) -> None:
        table, frame = result
        column = next(iter(frame.columns))
        meta = frame.columns[column]
        new = frame.layer(
            column,
            name_zh=translate_to(_CONTEXT, LAYER_NAME, "zh_CN", title=meta.indicator),
            name_en=translate_to(_CONTEXT, LAYER_NAME, "en", title=meta.indicator_en),
            scheme="Quantiles",
        )
        new.provenance.update(
            analysis="district_summary",
            points=layer.name("en"),
            statistic=params["statistic"],
            field=params["field"],
            category=params["category"],
        )
        window.add_layer(new)
        results = window.feature("analysis")
        if results is not None:
            results.panel.set_frame(table)
            results.dock.show()
            results.dock.raise_()
        window.canvas.refresh()

    return window.run_task(
        title,
        district_summary,
        data,
        on_done=done,
        on_error=lambda text, *a: window.show_error(title, text),
        **params,
    )
