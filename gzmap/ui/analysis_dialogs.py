"""Parameter dialogs of the Analysis menu: one per method, units shown, defaults from the data.

Each dialog lists the project's point layers, offers "selected features
only", and returns ``(layer, params)`` with parameters named as the pure
functions in :mod:`gzmap.analysis` take them. Defaults are derived from the
chosen layer (typical spacing of points, extent) by :func:`suggest`.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QLabel, QSpinBox, QVBoxLayout)

__all__ = ["ClustersDialog", "DistrictStatsDialog", "HotspotsDialog", "KdeDialog", "point_layers", "suggest"]



def titles() -> dict[str, str]:
    """Translated dialog titles (literal translate() calls so lupdate finds them)."""
    return {
        "clusters": QCoreApplication.translate("Analysis", "Clusters (DBSCAN / HDBSCAN)"),
        "kde": QCoreApplication.translate("Analysis", "Heat surface (kernel density)"),
        "hotspots": QCoreApplication.translate("Analysis", "Hot spots (Getis-Ord Gi*)"),
        "district_stats": QCoreApplication.translate("Analysis", "District statistics (LQ, specialisation, LISA, Clark–Evans)"),
    }


def point_layers(project) -> list:
    """Vector layers of points in the project (top first)."""
    out = []
    for layer in reversed(list(project.layers)):
        if getattr(layer, "kind", "") == "vector" and len(layer) and layer.geometry_type == "Point":
            out.append(layer)
    return out


def suggest(gdf, min_samples: int = 20) -> dict:
    """Data-derived defaults, all in metres: ``eps`` (median distance to the
    ``min_samples``-th neighbour), ``bandwidth`` (Scott's rule), ``kde_cell``,
    ``hot_cell`` (about 5,000 cells over the points' extent)."""
    from scipy.spatial import cKDTree

    from gzmap.analysis.metric import metric_points

    pts = metric_points(gdf, min_points=1, distinct=False)
    xy = pts.xy
    if len(xy) > 5000:
        xy = xy[np.random.default_rng(0).choice(len(xy), 5000, replace=False)]
    out = {}
    k = min(min_samples, len(xy) - 1)
    if k >= 1:
        d, _ = cKDTree(pts.xy).query(xy, k=k + 1)
        eps = float(np.median(d[:, -1]))  # sample points' k-th neighbours among all points
        out["eps"] = float(np.clip(round(eps / 10) * 10, 50, 5000))
    sd = float(np.sqrt((np.var(pts.x) + np.var(pts.y)) / 2)) if len(pts) > 1 else 1000.0
    h = sd * max(len(pts), 1) ** (-1 / 6)
    out["bandwidth"] = float(np.clip(round(h / 50) * 50, 100, 5000))
    out["kde_cell"] = float(max(10, round(out["bandwidth"] / 10 / 10) * 10))
    area = max(np.ptp(pts.x) * np.ptp(pts.y), 1.0)
    out["hot_cell"] = float(np.clip(round(np.sqrt(area / 5000) / 50) * 50, 100, 5000))
    return out


def _numeric_columns(gdf) -> list[str]:
    import pandas as pd

    return [c for c in gdf.columns if c != gdf.geometry.name and pd.api.types.is_numeric_dtype(gdf[c])]


class AnalysisDialog(QDialog):
    """Base: layer chooser, selection option, a form, OK/Cancel."""

    key = "clusters"

    def __init__(self, project, lang: str = "zh_CN", parent=None, layer=None):
        super().__init__(parent)
        self.lang = lang
        self.layers = point_layers(project)
        self.setWindowTitle(titles()[self.key])
        self.form = QFormLayout()
        self.layer_box = QComboBox()
        for lyr in self.layers:
            self.layer_box.addItem(lyr.name(lang), lyr)
        if layer is not None and layer in self.layers:
            self.layer_box.setCurrentIndex(self.layers.index(layer))
        self.selected_only = QCheckBox(QCoreApplication.translate("Analysis", "Selected features only"))
        self.form.addRow(QCoreApplication.translate("Analysis", "Point layer"), self.layer_box)
        self.form.addRow("", self.selected_only)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.build()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.layer_box.currentIndexChanged.connect(self._layer_changed)
        self._layer_changed()

    # subclasses
    def build(self) -> None: ...

    def apply_defaults(self, gdf, hints: dict) -> None: ...

    def params(self) -> dict:
        return {}

    def layer(self):
        return self.layer_box.currentData()

    def _layer_changed(self, *_):
        layer = self.layer()
        self.ok_button.setEnabled(layer is not None)
        if layer is None:
            self.note.setText(QCoreApplication.translate("Analysis", "The project has no point layer: import enterprises first."))
            return
        self.selected_only.setEnabled(len(layer.selection) > 0)
        self.selected_only.setChecked(len(layer.selection) > 0 and self.selected_only.isChecked())
        try:
            hints = suggest(layer.data)
        except ValueError as exc:
            self.note.setText(str(exc))
            return
        self.apply_defaults(layer.data, hints)
        self.note.setText(QCoreApplication.translate("Analysis", "{n} points; defaults are derived from their spacing and extent.").format(n=len(layer)))

    def _metres(self, value, lo=1.0, hi=100_000.0, step=10.0) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(lo, hi)
        box.setDecimals(0)
        box.setSingleStep(step)
        box.setSuffix(" " + QCoreApplication.translate("Analysis", "m"))
        box.setValue(value)
        return box

    def _weight_box(self) -> QComboBox:
        box = QComboBox()
        box.addItem(QCoreApplication.translate("Analysis", "(none: count points)"), None)
        return box

    def _fill_weights(self, box: QComboBox, gdf) -> None:
        current = box.currentData()
        box.clear()
        box.addItem(QCoreApplication.translate("Analysis", "(none: count points)"), None)
        for col in _numeric_columns(gdf):
            box.addItem(str(col), col)
        if current is not None and box.findData(current) >= 0:
            box.setCurrentIndex(box.findData(current))


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
        self.method = QComboBox()
        self.method.addItem("DBSCAN", "dbscan")
        self.method.addItem("HDBSCAN", "hdbscan")
        self.eps = self._metres(300, 1, 50_000)
        self.min_samples = QSpinBox()
        self.min_samples.setRange(1, 100_000)
        self.min_samples.setValue(20)
        self.min_cluster_size = QSpinBox()
        self.min_cluster_size.setRange(2, 1_000_000)
        self.min_cluster_size.setValue(20)
        self.border = QCheckBox(QCoreApplication.translate("Analysis", "Border points as noise (DBSCAN*)"))
        self.hull = QComboBox()
        self.hull.addItem(QCoreApplication.translate("Analysis", "Convex hull"), "convex")
        self.hull.addItem(QCoreApplication.translate("Analysis", "Concave hull"), "concave")
        self.ratio = QDoubleSpinBox()
        self.ratio.setRange(0.0, 1.0)
        self.ratio.setSingleStep(0.05)
        self.ratio.setValue(0.3)
        self.form.addRow(QCoreApplication.translate("Analysis", "Method"), self.method)
        self.form.addRow(QCoreApplication.translate("Analysis", "Search radius ε"), self.eps)
        self.form.addRow(QCoreApplication.translate("Analysis", "Minimum points within ε"), self.min_samples)
        self.form.addRow(QCoreApplication.translate("Analysis", "Minimum cluster size (HDBSCAN)"), self.min_cluster_size)
        self.form.addRow("", self.border)
        self.form.addRow(QCoreApplication.translate("Analysis", "Cluster outline"), self.hull)
        self.form.addRow(QCoreApplication.translate("Analysis", "Concave hull ratio (0 tight – 1 convex)"), self.ratio)
        self.slow_note = QLabel()
        self.slow_note.setObjectName("hdbscan_slow_note")
        self.slow_note.setWordWrap(True)
        self.slow_note.setStyleSheet("color: #b35900;")
        self.form.addRow(self.slow_note)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.selected_only.toggled.connect(self._method_changed)
        self._method_changed()

    def _method_changed(self, *_):
        db = self.method.currentData() == "dbscan"
        self.eps.setEnabled(db)
        self.border.setEnabled(db)
        self.min_cluster_size.setEnabled(not db)
        layer = self.layer()
        n = 0 if layer is None else (len(layer.selection) if self.selected_only.isChecked() else len(layer))
        seconds = hdbscan_seconds(n)
        slow = not db and seconds >= HDBSCAN_WARN_SECONDS
        self.slow_note.setVisible(slow)
        if slow:
            self.slow_note.setText(QCoreApplication.translate(
                "Analysis", "HDBSCAN's time grows about with the square of the number of points: on {n:,} points "
                "expect roughly {t} (100,000 took 22 s on a two-core laptop). DBSCAN takes seconds.").format(
                n=n, t=_duration(seconds)))

    def apply_defaults(self, gdf, hints):
        if "eps" in hints:
            self.eps.setValue(hints["eps"])
        self._method_changed()

    def params(self):
        method = self.method.currentData()
        p = {"method": method, "hull": self.hull.currentData(), "concave_ratio": self.ratio.value()}
        if method == "dbscan":
            p.update(eps=self.eps.value(), min_samples=self.min_samples.value(),
                     border="noise" if self.border.isChecked() else "first")
        else:
            p.update(min_cluster_size=self.min_cluster_size.value(), min_samples=None)
        return p


class KdeDialog(AnalysisDialog):
    key = "kde"

    def build(self):
        self.bandwidth = self._metres(500, 10, 50_000, 50)
        self.cell = self._metres(50, 1, 10_000, 10)
        self.kernel = QComboBox()
        self.kernel.addItem(QCoreApplication.translate("Analysis", "Quartic (as QGIS Heatmap)"), "quartic")
        self.kernel.addItem(QCoreApplication.translate("Analysis", "Gaussian"), "gaussian")
        self.weight = self._weight_box()
        self.form.addRow(QCoreApplication.translate("Analysis", "Bandwidth"), self.bandwidth)
        self.form.addRow(QCoreApplication.translate("Analysis", "Cell size"), self.cell)
        self.form.addRow(QCoreApplication.translate("Analysis", "Kernel"), self.kernel)
        self.form.addRow(QCoreApplication.translate("Analysis", "Weight field"), self.weight)

    def apply_defaults(self, gdf, hints):
        self.bandwidth.setValue(hints["bandwidth"])
        self.cell.setValue(hints["kde_cell"])
        self._fill_weights(self.weight, gdf)

    def params(self):
        return {"bandwidth": self.bandwidth.value(), "cell": self.cell.value(), "kernel": self.kernel.currentData(),
                "weight": self.weight.currentData()}


class HotspotsDialog(AnalysisDialog):
    key = "hotspots"

    def build(self):
        self.cell = self._metres(500, 10, 50_000, 50)
        self.shape = QComboBox()
        self.shape.addItem(QCoreApplication.translate("Analysis", "Squares (8 neighbours)"), "square")
        self.shape.addItem(QCoreApplication.translate("Analysis", "Hexagons (6 neighbours)"), "hex")
        self.permutations = QSpinBox()
        self.permutations.setRange(0, 99_999)
        self.permutations.setValue(999)
        self.fdr = QCheckBox(QCoreApplication.translate("Analysis", "False discovery rate correction"))
        self.area = QComboBox()
        self.area.addItem(QCoreApplication.translate("Analysis", "Extent of the points"), None)
        self.area.addItem(QCoreApplication.translate("Analysis", "Guangzhou (all districts)"), "guangzhou")
        self.weight = self._weight_box()
        self.form.addRow(QCoreApplication.translate("Analysis", "Cell size"), self.cell)
        self.form.addRow(QCoreApplication.translate("Analysis", "Cell shape"), self.shape)
        self.form.addRow(QCoreApplication.translate("Analysis", "Permutations"), self.permutations)
        self.form.addRow("", self.fdr)
        self.form.addRow(QCoreApplication.translate("Analysis", "Study area"), self.area)
        self.form.addRow(QCoreApplication.translate("Analysis", "Weight field"), self.weight)

    def apply_defaults(self, gdf, hints):
        self.cell.setValue(hints["hot_cell"])
        self._fill_weights(self.weight, gdf)

    def params(self):
        return {"cell": self.cell.value(), "shape": self.shape.currentData(),
                "permutations": self.permutations.value(), "fdr": self.fdr.isChecked(),
                "area": self.area.currentData(), "weight": self.weight.currentData()}


class DistrictStatsDialog(AnalysisDialog):
    key = "district_stats"

    def build(self):
        self.field = QComboBox()
        self.weight = self._weight_box()
        self.unit = QComboBox()
        self.unit.addItem(QCoreApplication.translate("Analysis", "Districts"), "district")
        self.unit.addItem(QCoreApplication.translate("Analysis", "Grid cells"), "grid")
        self.lisa_cell = self._metres(1000, 100, 20_000, 100)
        self.subsector = QComboBox()
        self.form.addRow(QCoreApplication.translate("Analysis", "Sub-sector field"), self.field)
        self.form.addRow(QCoreApplication.translate("Analysis", "Weight field"), self.weight)
        self.form.addRow(QCoreApplication.translate("Analysis", "Map the location quotient of"), self.subsector)
        self.form.addRow(QCoreApplication.translate("Analysis", "Local Moran's I over"), self.unit)
        self.form.addRow(QCoreApplication.translate("Analysis", "Grid cell size"), self.lisa_cell)
        self.field.currentIndexChanged.connect(self._fill_subsectors)

    def apply_defaults(self, gdf, hints):
        self.gdf = gdf
        self.field.blockSignals(True)
        self.field.clear()
        cols = [c for c in gdf.columns if c != gdf.geometry.name]
        for c in cols:
            self.field.addItem(str(c), c)
        if "subsector" in cols:
            self.field.setCurrentIndex(cols.index("subsector"))
        self.field.blockSignals(False)
        self._fill_weights(self.weight, gdf)
        self._fill_subsectors()

    def _fill_subsectors(self, *_):
        from gzmap.analysis.layers import subsector_label

        self.subsector.clear()
        col = self.field.currentData()
        gdf = getattr(self, "gdf", None)
        if gdf is None or col is None:
            return
        counts = gdf[col].astype("string").fillna("other").value_counts()
        for key in counts.index:
            self.subsector.addItem(f"{subsector_label(key, self.lang)} ({counts[key]})", str(key))

    def params(self):
        return {"field": self.field.currentData(), "weight": self.weight.currentData(),
                "subsector": self.subsector.currentData(), "unit": self.unit.currentData(),
                "cell": self.lisa_cell.value()}
