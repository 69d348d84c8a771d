"""The Analysis menu: clusters, heat surface, hot spots, district statistics.

Each action opens its dialog (:mod:`gzmap.ui.analysis_dialogs`), runs the
pure analysis in a worker (``window.run_task``: progress bar and Cancel) and,
only when it finishes, adds the result layers and fills the summary-table
dock (sortable, export to CSV/XLSX). A cancelled or failed run leaves the
project as it was. Clicking a cluster on the map shows its profile.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QDockWidget, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from gzmap.ui.analysis_dialogs import ClustersDialog, DistrictStatsDialog, HotspotsDialog, KdeDialog, titles

__all__ = ["AnalysisExtension", "install"]


# -- work run in the worker thread (no Qt) ---------------------------------------
def clusters_task(gdf, params, source_layer=None, progress=None):
    from gzmap.analysis.clusters import find_clusters
    from gzmap.analysis.layers import cluster_layers

    res = find_clusters(gdf, progress=progress, **params)
    layers = cluster_layers(res, source_layer=source_layer)
    return {"layers": list(layers), "table": res.summary(), "kind": "clusters", "result": res}


def kde_task(gdf, params, source_layer=None, progress=None):
    from gzmap.analysis.kde import kde
    from gzmap.analysis.layers import kde_layer

    grid = kde(gdf, progress=progress, **params)
    import pandas as pd

    table = pd.DataFrame([{k: v for k, v in grid.meta.items()}])
    return {"layers": [kde_layer(grid, source_layer=source_layer)], "table": table, "kind": "kde"}


def hotspots_task(gdf, params, source_layer=None, progress=None):
    from gzmap.analysis.hotspots import hotspots
    from gzmap.analysis.layers import hotspot_layer

    cells = hotspots(gdf, progress=progress, **params)
    table = cells.drop(columns="geometry").groupby(["gi_class", "gi_label_zh", "gi_label_en"]).agg(
        cells=("cell_id", "size"), points=("value", "sum")).reset_index().sort_values("gi_class", ascending=False)
    return {"layers": [hotspot_layer(cells, source_layer=source_layer)], "table": table, "kind": "hotspots"}


#: Clark–Evans patterns in the two languages.
PATTERN_LABELS = {"clustered": ("集聚", "clustered"), "random": ("随机", "random"), "dispersed": ("分散", "dispersed")}


def district_stats_task(gdf, params, source_layer=None, progress=None):
    from gzmap.analysis.district_stats import clark_evans, local_moran_density, location_quotients, specialisation
    from gzmap.analysis.layers import lisa_layer, lq_layer, subsector_label
    from gzmap.core.progress import sub_progress

    field, weight = params["field"], params.get("weight")
    lq = location_quotients(gdf, field=field, weight=weight, progress=sub_progress(progress, 0, 0.3))
    spec = specialisation(gdf, field=field, weight=weight, progress=sub_progress(progress, 0.3, 0.4))
    lisa = local_moran_density(gdf, unit=params.get("unit", "district"), cell=params.get("cell", 1000.0),
                               progress=sub_progress(progress, 0.4, 0.85))
    ce = clark_evans(gdf, field=field, progress=sub_progress(progress, 0.85, 1.0))
    ce.insert(1, "subsector_zh", ["全部" if k == "(all)" else subsector_label(k, "zh") for k in ce["subsector"]])
    ce.insert(2, "subsector_en", ["all" if k == "(all)" else subsector_label(k, "en") for k in ce["subsector"]])
    ce["pattern_zh"] = [PATTERN_LABELS.get(p, ("", ""))[0] for p in ce["pattern"]]
    layers = [lisa_layer(lisa, source_layer=source_layer)]
    if params.get("subsector"):
        layers.append(lq_layer(lq, params["subsector"], source_layer=source_layer))
    table = lq.merge(spec[["adcode", "herfindahl", "krugman"]], on="adcode", how="left")
    return {"layers": layers, "table": table, "kind": "district_stats",
            "tables": {"district": table, "clark_evans": ce}}


def table_title(key: str) -> str:
    """Name of one of an analysis's result tables, in the UI language."""
    return {
        "district": QCoreApplication.translate("Analysis", "Location quotients and specialisation by district"),
        "clark_evans": QCoreApplication.translate("Analysis", "Clark–Evans nearest-neighbour index by sub-sector"),
    }.get(key, key)


# -- the summary table ------------------------------------------------------------
class FrameModel(QAbstractTableModel):
    """A pandas DataFrame as a read-only table model (sorting through a proxy)."""

    def __init__(self, df=None):
        super().__init__()
        import pandas as pd

        self.df = df if df is not None else pd.DataFrame()

    def set_frame(self, df) -> None:
        self.beginResetModel()
        self.df = df.reset_index(drop=True)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.df)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.df.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        import pandas as pd

        if not index.isValid():
            return None
        v = self.df.iat[index.row(), index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if v is None or (not isinstance(v, str) and pd.isna(v)):
                return ""
            if isinstance(v, float):
                return f"{v:,.4g}" if abs(v) < 1e6 else f"{v:,.0f}"
            return str(v)
        if role == Qt.ItemDataRole.UserRole:  # the raw value, for sorting
            try:
                return None if pd.isna(v) else (float(v) if not isinstance(v, str) else v)
            except (TypeError, ValueError):
                return str(v)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(self.df.columns[section]) if orientation == Qt.Orientation.Horizontal else str(section + 1)


class SummaryPanel(QWidget):
    """The result table of the last analysis, sortable, exportable; a profile line on top."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = FrameModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.profile = QLabel()
        self.profile.setWordWrap(True)
        self.tables: dict = {}  # key -> DataFrame, when a result has several tables
        self.table_combo = QComboBox()
        self.table_combo.setObjectName("analysis_table")
        self.table_combo.currentIndexChanged.connect(self._table_chosen)
        self.table_combo.hide()
        self.csv_button = QPushButton()
        self.xlsx_button = QPushButton()
        self.csv_button.clicked.connect(lambda: self.export(None, "csv"))
        self.xlsx_button.clicked.connect(lambda: self.export(None, "xlsx"))
        row = QHBoxLayout()
        row.addWidget(self.table_combo)
        row.addWidget(self.profile, 1)
        row.addWidget(self.csv_button)
        row.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.csv_button.setText(QCoreApplication.translate("Analysis", "Export CSV…"))
        self.xlsx_button.setText(QCoreApplication.translate("Analysis", "Export Excel…"))
        for i in range(self.table_combo.count()):
            self.table_combo.setItemText(i, table_title(self.table_combo.itemData(i)))

    def set_frame(self, df) -> None:
        """Show one table (a result with a single table)."""
        self.tables = {}
        self.table_combo.hide()
        self._show(df)

    def set_tables(self, tables: dict) -> None:
        """Show a result's tables (key -> DataFrame), one at a time, chosen in a drop-down."""
        self.tables = dict(tables)
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        for key in self.tables:
            self.table_combo.addItem(table_title(key), key)
        self.table_combo.blockSignals(False)
        self.table_combo.setVisible(len(self.tables) > 1)
        self._show(next(iter(self.tables.values())))

    def _table_chosen(self, index: int) -> None:
        key = self.table_combo.itemData(index)
        if key in self.tables:
            self._show(self.tables[key])

    def _show(self, df) -> None:
        self.model.set_frame(df)
        self.view.resizeColumnsToContents()

    def export(self, path=None, kind="csv") -> str | None:
        if path is None:
            filt = QCoreApplication.translate("Analysis", "CSV files") + " (*.csv)" if kind == "csv" else QCoreApplication.translate("Analysis", "Excel files") + " (*.xlsx)"
            path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("Analysis", "Export table"), f"analysis.{kind}", filt)
            if not path:
                return None
        from gzmap.io.table_writer import write_table, write_tables

        if kind == "csv":  # the table shown
            write_table(self.model.df, path)
        elif len(self.tables) > 1:  # every table of the result, one sheet each
            write_tables({table_title(key): df for key, df in self.tables.items()}, path)
        else:
            write_table(self.model.df, path)
        return path


class AnalysisExtension:
    def __init__(self, window):
        self.window = window
        self.task = None
        self.last = None          # the last finished result dict
        self.cluster_layers = {}  # layer id -> ClusterResult
        self.panel = SummaryPanel()
        self.dock = QDockWidget(window)
        self.dock.setObjectName("analysis_dock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        menu = window.menu("analysis")
        self.actions = {}
        for key in self.DIALOGS:
            act = QAction(window)
            act.triggered.connect(lambda _=False, k=key: self.open_dialog(k))
            menu.addAction(act)
            self.actions[key] = act
        window.menu("view").addAction(self.dock.toggleViewAction())
        window.canvas.feature_clicked.connect(self.on_feature_clicked)
        window.language_changed.connect(lambda _lang: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.actions["clusters"].setText(QCoreApplication.translate("Analysis", "Clusters (DBSCAN / HDBSCAN)…"))
        self.actions["kde"].setText(QCoreApplication.translate("Analysis", "Heat surface (kernel density)…"))
        self.actions["hotspots"].setText(QCoreApplication.translate("Analysis", "Hot spots (Getis-Ord Gi*)…"))
        self.actions["district_stats"].setText(QCoreApplication.translate("Analysis", "District statistics (LQ, LISA, Clark–Evans)…"))
        self.dock.setWindowTitle(QCoreApplication.translate("Analysis", "Analysis results"))
        self.panel.retranslate()

    # -- dialogs -------------------------------------------------------------------
    def _dialog(self, cls):
        dlg = cls(self.window.project, self.window.lang, self.window, layer=self.window.current_layer())
        if not dlg.layers:
            self.window.show_error(QCoreApplication.translate("Analysis", "No point layer"), QCoreApplication.translate("Analysis", "The project has no point layer: import enterprises first."))
            return None
        if dlg.exec() != dlg.DialogCode.Accepted:
            return None
        return dlg.layer(), dlg.params(), dlg.selected_only.isChecked()

    DIALOGS = {"clusters": ClustersDialog, "kde": KdeDialog, "hotspots": HotspotsDialog,
               "district_stats": DistrictStatsDialog}

    def open_dialog(self, kind: str):
        """Analysis menu: the dialog of method ``kind``, then the run in the background."""
        got = self._dialog(self.DIALOGS[kind])
        if got:
            self.run(kind, *got)

    # -- running -------------------------------------------------------------------
    TASKS = {"clusters": clusters_task, "kde": kde_task, "hotspots": hotspots_task,
             "district_stats": district_stats_task}

    def run(self, kind: str, layer, params: dict, selected_only: bool = False):
        """Run analysis ``kind`` on ``layer`` (its selection if ``selected_only``); returns the Task."""
        data = layer.data
        if selected_only:
            if len(layer.selection) == 0:
                self.window.show_error(titles()[kind], QCoreApplication.translate("Analysis", "No features are selected in this layer."))
                return None
            data = data.iloc[layer.selection]
        self.task = self.window.run_task(titles()[kind], self.TASKS[kind], data, params, source_layer=layer, on_done=self._done)
        return self.task

    def _done(self, result) -> None:
        for lyr in result["layers"]:
            self.window.add_layer(lyr)
        if result["kind"] == "clusters":
            pts, hulls = result["layers"]
            self.cluster_layers[pts.id] = result["result"]
            self.cluster_layers[hulls.id] = result["result"]
        self.last = result
        if "tables" in result:
            self.panel.set_tables(result["tables"])
        else:
            self.panel.set_frame(result["table"])
        self.panel.profile.setText("")
        self.dock.show()
        self.window.canvas.refresh()

    # -- clicking a cluster ----------------------------------------------------------
    def on_feature_clicked(self, layer, row: int) -> None:
        if layer is None or row < 0 or layer.id not in self.cluster_layers:
            return
        cid = int(layer.data["cluster"].iloc[row])
        self.show_profile(self.cluster_layers[layer.id], cid)

    def show_profile(self, res, cluster_id: int) -> str:
        """Show one cluster's profile above the table (and its row in the table); returns the text."""
        from gzmap.analysis.layers import subsector_label

        lang = self.window.lang
        summary = res.summary()
        self.panel.set_frame(summary)
        self.dock.show()
        if cluster_id < 0:
            text = QCoreApplication.translate("Analysis", "Noise: {n} points that belong to no cluster.").format(n=res.n_noise)
        else:
            c = res.clusters.set_index("cluster").loc[cluster_id]
            district = c["district_zh"] if lang.startswith("zh") else c["district_en"]
            text = QCoreApplication.translate("Analysis", "Cluster C{id}: {n} enterprises, {area:.2f} km², {density:,.0f} per km²; "
                      "mostly {sub} ({share:.0%}); in {district}.").format(
                id=cluster_id, n=int(c["n_points"]), area=float(c["area_km2"]),
                density=float(c["density_km2"]) if c["density_km2"] == c["density_km2"] else 0.0,
                sub=subsector_label(c["dominant_subsector"], lang), share=float(c["dominant_share"] or 0),
                district=district)
            for i, v in enumerate(summary["cluster"]):
                if int(v) == cluster_id:
                    src = self.panel.model.index(i, 0)
                    self.panel.view.selectRow(self.panel.proxy.mapFromSource(src).row())
        self.panel.profile.setText(text)
        return text


def install(window) -> AnalysisExtension:
    ext = AnalysisExtension(window)
    window.analysis_extension = ext
    return ext
