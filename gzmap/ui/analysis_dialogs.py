"""Parameter dialogs of the Analysis menu, generated from the analyses' declarations.

Each dialog of an analysis of points lists the project's point layers (the
enterprise layer first) and offers "selected features only"; its other
declared inputs get a row each: a table file (``kind = "table"``: the
built-in sample, "(none)" when optional, or a CSV/TXT/Excel file chosen with
"Choose file…", read later by the analysis through :mod:`gzmap.io.tables`)
or another layer (``kind = "layer"``: any point layer of the project, "(none)"
when optional). It builds its form from the declaration
(:mod:`gzmap.analysis.registry`): numbers as spin boxes with their unit and
bounds, choices and fields as drop-downs, switches as check boxes, each with
its translated label and help as tooltip. :meth:`AnalysisDialog.params`
returns the parameters named as the declaration names them. Defaults are
derived from the chosen layer (typical spacing of points, extent) where the
declaration asks for it (:func:`gzmap.analysis.defaults.suggest`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from gzmap.analysis.defaults import suggest
from gzmap.analysis.registry import Input
from gzmap.analysis.registry import Param
from gzmap.analysis.registry import get
from gzmap.ui.dialog_parts import ask_open_file
from gzmap.ui.dialog_parts import column
from gzmap.ui.dialog_parts import ok_cancel
from gzmap.ui.i18n import translate

__all__ = [
    "ClustersDialog",
    "DistrictStatsDialog",
    "HotspotsDialog",
    "KdeDialog",
    "dialog_class",
    "menu_ids",
    "point_layers",
    "suggest",
]

_CONTEXT = "Analyses"  # the declarations' translation context (catalogue analysis_core)


def _unit(unit: str | None) -> str:
    return {"m": QCoreApplication.translate("Analysis", "m")}.get(unit or "", unit or "")


def menu_ids() -> list[str]:
    """The declared analyses offered in the Analysis menu (those with a menu text), in menu order."""
    from gzmap.analysis.registry import ids

    return [key for key in ids() if get(key).menu]


def titles() -> dict[str, str]:
    """Translated dialog titles, by analysis id."""
    return {key: translate(_CONTEXT, get(key).name) for key in menu_ids()}


def _rank(layer) -> int:
    """0: an enterprise layer (read by the enterprise import, or with a sub-sector column); 1: other
    imported points; 2: analysis results (whatever columns they carry over from their input)."""
    if str(getattr(layer, "source", "") or "").startswith("analysis:"):
        return 2
    prov = getattr(layer, "provenance", None) or {}
    imported = "rows_accepted" in prov or "standard_columns" in prov
    return 0 if imported or "subsector" in layer.data.columns else 1


def point_layers(project) -> list:
    """Vector layers of points in the project: enterprise layers first, then by position (top first)."""
    out = [
        layer
        for layer in reversed(list(project.layers))
        if getattr(layer, "kind", "") == "vector" and len(layer) and layer.geometry_type == "Point"
    ]
    return sorted(out, key=_rank)


def _numeric_columns(gdf) -> list[str]:
    import pandas as pd

    return [c for c in gdf.columns if c != gdf.geometry.name and pd.api.types.is_numeric_dtype(gdf[c])]


class AnalysisDialog(QDialog):
    """Layer chooser, selection option, the declared parameters' form, OK/Cancel."""

    key = "clusters"

    def __init__(self, project, lang: str = "zh_CN", parent=None, layer=None):
        super().__init__(parent)
        self.lang = lang
        self.decl = get(self.key)
        self.project = project
        self.has_points = any(i.kind == "points" for i in self.decl.inputs)
        self.layers = point_layers(project) if self.has_points else []
        self.gdf = None
        self.setWindowTitle(translate(_CONTEXT, self.decl.name))
        self.form = QFormLayout()
        self.layer_box = QComboBox()
        for lyr in self.layers:
            self.layer_box.addItem(lyr.name(lang), lyr)
        if layer is not None and layer in self.layers and _rank(layer) <= _rank(self.layers[0]):
            self.layer_box.setCurrentIndex(self.layers.index(layer))
        self.selected_only = QCheckBox(QCoreApplication.translate("Analysis", "Selected features only"))
        self.filtered_only = QCheckBox(QCoreApplication.translate("Analysis", "Only the features the filter shows"))
        self.filtered_only.setObjectName("filtered_only")
        if self.has_points:
            self.form.addRow(QCoreApplication.translate("Analysis", "Point layer"), self.layer_box)
            self.form.addRow("", self.selected_only)
            self.form.addRow("", self.filtered_only)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.input_boxes: dict[str, QComboBox] = {}
        for spec in self.decl.inputs:
            if spec.kind != "points":
                self._add_input(spec)
        self.widgets = {}
        for param in self.decl.params:
            if param.dialog:
                self._add(param)
        self.build()
        self._offer_cluster()
        buttons = ok_cancel(self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        column(self, self.form, self.note, buttons)
        self.layer_box.currentIndexChanged.connect(self._layer_changed)
        self._layer_changed()

    def build(self) -> None:
        """Subclasses add what the declaration does not say (a warning, ...)."""

    def _offer_cluster(self) -> None:
        """Offer "Run on the Dask cluster (ADDRESS)", ticked, when a scheduler is set and the analysis runs there."""
        from gzmap.ui.dask_cluster import run_there_text
        from gzmap.ui.dask_cluster import runs_on_cluster
        from gzmap.ui.dask_cluster import saved_address

        self.on_cluster = None
        address = saved_address()
        if address and runs_on_cluster(self.key):
            self.on_cluster = QCheckBox(run_there_text(address))
            self.on_cluster.setObjectName("on_cluster")
            self.on_cluster.setChecked(True)
            self.form.addRow("", self.on_cluster)

    def engine(self):
        """The cluster to run on (an Engine) when "Run on the Dask cluster" is ticked, else None."""
        if self.on_cluster is None or not self.on_cluster.isChecked():
            return None
        from gzmap.ui.dask_cluster import cluster_engine

        return cluster_engine()

    # -- the other declared inputs: a table file, another layer -------------------------
    def _add_input(self, spec: Input) -> None:
        """A drop-down for input ``spec``: "(none)" when optional, then the built-in sample table or the
        project's point layers; a table input has "Choose file…" beside it."""
        box = QComboBox()
        box.setObjectName(f"input_{spec.name}")
        box.setToolTip(translate(_CONTEXT, spec.help))
        if spec.optional:
            box.addItem(QCoreApplication.translate("Analysis", "(none)"), None)
        row = box
        if spec.kind == "table":
            if spec.sample:
                from gzmap.paths import geo_path

                box.addItem(QCoreApplication.translate("Analysis", "Built-in sample"), str(geo_path(spec.sample)))
                box.setCurrentIndex(box.count() - 1)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(box, 1)
            browse = QPushButton(QCoreApplication.translate("Analysis", "Choose file…"))
            browse.setObjectName(f"browse_{spec.name}")
            browse.clicked.connect(lambda _=False, b=box: self.choose_table(b))
            line.addWidget(browse)
        elif spec.geometry == "polygon":  # regions: the built-in districts (None) and GBA cities, polygon layers
            from gzmap.ui.region_layers import fill_region_box

            fill_region_box(box, self.project, self.lang)
        else:  # "layer": any point layer of the project
            for lyr in point_layers(self.project):
                box.addItem(lyr.name(self.lang), lyr)
        box.currentIndexChanged.connect(lambda *_: self._check_inputs())
        self.input_boxes[spec.name] = box
        self.form.addRow(translate(_CONTEXT, spec.label), row)

    def choose_table(self, box: QComboBox, path: str | None = None) -> None:
        """Add the table file ``path`` (asked for when None) to ``box`` and choose it."""
        from gzmap.io.tables import TABLE_SUFFIXES

        if path is None:
            patterns = " ".join(f"*{s}" for s in sorted(TABLE_SUFFIXES))
            kinds = QCoreApplication.translate("Analysis", "Tables (CSV, TXT, Excel)")
            path = ask_open_file(self, self.windowTitle(), kinds, patterns)
            if not path:
                return
        from pathlib import Path

        index = box.findData(str(path))
        if index < 0:
            box.addItem(Path(path).name, str(path))
            index = box.count() - 1
        box.setCurrentIndex(index)

    def inputs(self) -> dict:
        """The declared inputs other than the points: name -> table path or layer data (absent: none chosen)."""
        out = {}
        for name, box in self.input_boxes.items():
            value = box.currentData()
            if value is not None:
                out[name] = value if isinstance(value, str) else value.data
        return out

    def _check_inputs(self) -> None:
        """OK only with every required input chosen (and a point layer, for an analysis of points)."""
        missing = [i for i in self.decl.inputs if i.name in self.input_boxes and not i.optional]
        ready = all(self.input_boxes[i.name].currentData() is not None for i in missing)
        self.ok_button.setEnabled(ready and (self.layer() is not None or not self.has_points))

    # -- the generated form ----------------------------------------------------------
    def _add(self, param: Param) -> None:
        widget = _WIDGETS[param.type](self, param)
        widget.setObjectName(f"param_{param.name}")
        widget.setToolTip(translate(_CONTEXT, param.help))
        self.widgets[param.name] = widget
        setattr(self, param.name, widget)
        if param.type == "bool":
            self.form.addRow("", widget)
        else:
            self.form.addRow(translate(_CONTEXT, param.label), widget)
        signal = (
            widget.toggled
            if param.type == "bool"
            else (widget.currentIndexChanged if isinstance(widget, QComboBox) else None)
        )
        if signal is not None:
            signal.connect(self._update_enabled)
        if param.type == "field":
            widget.currentIndexChanged.connect(lambda *_: self._fill_categories())

    def _number(self, param: Param):
        box = QDoubleSpinBox() if param.type == "float" else QSpinBox()
        lowest = param.minimum if param.minimum is not None else -1e9
        if param.exclusive_minimum:
            lowest += 10.0**-param.decimals if param.type == "float" else 1
        if param.optional:  # the lowest value reads "auto" and means None
            lowest -= 1
            box.setSpecialValueText(translate(_CONTEXT, param.auto_label))
        highest = param.maximum if param.maximum is not None else 1e9
        if param.type == "float":
            box.setDecimals(param.decimals)
            box.setRange(float(lowest), float(highest))
        else:
            box.setRange(int(lowest), int(min(highest, 2**31 - 1)))
        if param.step:
            box.setSingleStep(param.step if param.type == "float" else int(param.step))
        if param.unit:
            box.setSuffix(" " + _unit(param.unit))
        box.setValue(box.minimum() if param.default is None else param.default)
        return box

    def _choice(self, param: Param) -> QComboBox:
        box = QComboBox()
        for choice in param.choices:
            box.addItem(translate(_CONTEXT, choice.label), choice.value)
        box.setCurrentIndex(max(box.findData(param.default), 0))
        return box

    def _check(self, param: Param) -> QCheckBox:
        box = QCheckBox(translate(_CONTEXT, param.label))
        box.setChecked(bool(param.default))
        return box

    def _text(self, param: Param) -> QLineEdit:
        return QLineEdit("" if param.default is None else str(param.default))

    def value(self, param: Param):
        w = self.widgets[param.name]
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QLineEdit):
            return w.text().strip() or None
        if param.optional and w.value() == w.minimum():
            return None
        return w.value()

    def params(self) -> dict:
        """The declared parameters shown, by name (those not shown take their declared default)."""
        return {p.name: self.value(p) for p in self.decl.params if p.name in self.widgets}

    def _update_enabled(self, *_) -> None:
        for param in self.decl.params:
            if param.enabled_when and param.name in self.widgets and param.enabled_when[0] in self.widgets:
                other, values = param.enabled_when
                self.widgets[param.name].setEnabled(self.value(self.decl.param(other)) in values)

    # -- the layer and its data ---------------------------------------------------------
    def layer(self):
        return self.layer_box.currentData()

    def _layer_changed(self, *_):
        layer = self.layer()
        self._check_inputs()
        if not self.has_points:
            return
        if layer is None:
            self.note.setText(
                QCoreApplication.translate("Analysis", "The project has no point layer: import enterprises first.")
            )
            return
        self.selected_only.setEnabled(len(layer.selection) > 0)
        self.selected_only.setChecked(len(layer.selection) > 0 and self.selected_only.isChecked())
        self.filtered_only.setEnabled(layer.filter is not None)
        self.filtered_only.setChecked(layer.filter is not None)  # what the map shows, unless unticked
        self.gdf = layer.data
        self._fill_fields()
        try:
            hints = suggest(layer.data)
        except ValueError as exc:
            self.note.setText(str(exc))
            return
        for param in self.decl.params:
            if param.suggest in hints and param.name in self.widgets:
                self.widgets[param.name].setValue(hints[param.suggest])
        self._update_enabled()
        self.note.setText(
            QCoreApplication.translate(
                "Analysis", "{n} points; defaults are derived from their spacing and extent."
            ).format(n=len(layer))
        )

    def _fill_fields(self) -> None:
        """Field drop-downs: the layer's columns (numeric ones for weights, with "none" first) by their names
        in the interface language; a user's column a standard column replaces is offered once, as that."""
        from gzmap.core.fields import field_label

        layer = self.layer()
        prov = (getattr(layer, "provenance", None) or {}) if layer is not None else {}
        replaced = {str(c) for c in (prov.get("standard_columns") or {}).values()}
        for param in self.decl.params:
            box = self.widgets.get(param.name)
            if param.type != "field" or box is None:
                continue
            current = box.currentData() or param.default
            box.blockSignals(True)
            box.clear()
            if param.numeric:
                box.addItem(QCoreApplication.translate("Analysis", "(none: count points)"), None)
                columns = _numeric_columns(self.gdf)
            else:
                if param.optional:
                    box.addItem(QCoreApplication.translate("Analysis", "(none)"), None)
                columns = [c for c in self.gdf.columns if c != self.gdf.geometry.name]
            for col in columns:
                if str(col) not in replaced:
                    box.addItem(field_label(col, self.lang), col)
            box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
            box.blockSignals(False)
        self._fill_categories()

    def _fill_categories(self) -> None:
        """Category drop-downs: the values of the column their field parameter names, with counts."""
        from gzmap.analysis.layers import subsector_label

        for param in self.decl.params:
            box = self.widgets.get(param.name)
            if param.type != "category" or box is None:
                continue
            box.clear()
            if param.optional:
                box.addItem(QCoreApplication.translate("Analysis", "(none)"), None)
            col = self.value(self.decl.param(param.of)) if param.of in self.widgets else None
            if self.gdf is None or col is None or col not in self.gdf.columns:
                continue
            counts = self.gdf[col].astype("string").fillna("other").value_counts()
            for key in counts.index:
                box.addItem(f"{subsector_label(key, self.lang)} ({counts[key]})", str(key))
            box.setCurrentIndex(max(box.findData(param.default), 0) if param.default is not None else 0)


_WIDGETS = {
    "float": AnalysisDialog._number,
    "int": AnalysisDialog._number,
    "bool": AnalysisDialog._check,
    "choice": AnalysisDialog._choice,
    "field": lambda self, p: QComboBox(),
    "category": lambda self, p: QComboBox(),
    "text": AnalysisDialog._text,
}


#: HDBSCAN (scikit-learn) took 22 s on 100,000 points on a 2-core machine, growing as n^2.2
#: (0.9 s at 20,000, 4.7 s at 50,000): the estimate behind the dialog's warning.
HDBSCAN_SECONDS_100K = 22.0
HDBSCAN_EXPONENT = 2.2
HDBSCAN_WARN_SECONDS = 30.0


def hdbscan_seconds(n: int) -> float:
    """Rough HDBSCAN run time in seconds on ``n`` points (see ``HDBSCAN_SECONDS_100K``)."""
    return HDBSCAN_SECONDS_100K * (max(n, 0) / 100_000) ** HDBSCAN_EXPONENT


def _duration(seconds: float) -> str:
    if seconds < 90:
        return QCoreApplication.translate("Analysis", "{n} seconds").format(n=int(round(seconds)))
    if seconds < 90 * 60:
        return QCoreApplication.translate("Analysis", "{n} minutes").format(n=int(round(seconds / 60)))
    return QCoreApplication.translate("Analysis", "{n} hours").format(n=int(round(seconds / 3600)))


class ClustersDialog(AnalysisDialog):
    key = "clusters"

    def build(self):
        self.slow_note = QLabel()
        self.slow_note.setObjectName("hdbscan_slow_note")
        self.slow_note.setWordWrap(True)
        self.slow_note.setStyleSheet("color: #b35900;")
        self.form.addRow(self.slow_note)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.selected_only.toggled.connect(self._method_changed)
        self._method_changed()

    def _method_changed(self, *_):
        layer = self.layer()
        n = 0 if layer is None else (len(layer.selection) if self.selected_only.isChecked() else len(layer))
        seconds = hdbscan_seconds(n)
        slow = self.method.currentData() == "hdbscan" and seconds >= HDBSCAN_WARN_SECONDS
        self.slow_note.setVisible(slow)
        if slow:
            self.slow_note.setText(
                QCoreApplication.translate(
                    "Analysis",
                    "HDBSCAN's time grows about with the square of the number of points: on {n:,} points "
                    "expect roughly {t} (100,000 took 22 s on a two-core laptop). DBSCAN takes seconds.",
                ).format(n=n, t=_duration(seconds))
            )


class KdeDialog(AnalysisDialog):
    key = "kde"


class HotspotsDialog(AnalysisDialog):
    key = "hotspots"


class DistrictStatsDialog(AnalysisDialog):
    key = "district_stats"


def dialog_class(key: str) -> type[AnalysisDialog]:
    """The dialog of analysis ``key``: its own subclass where it has one, else the form its declaration makes."""
    for cls in AnalysisDialog.__subclasses__():
        if cls.key == key:
            return cls
    return type(f"{key.title().replace('_', '')}Dialog", (AnalysisDialog,), {"key": key})
