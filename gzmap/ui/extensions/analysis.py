"""The Analysis menu: one item per declared analysis with a menu text (clusters, heat surface, hot spots,
district statistics, emerging hot spots, ellipses, ...).

Each action opens its dialog (:mod:`gzmap.ui.analysis_dialogs`), runs the
pure analysis in a worker (``window.run_task``: progress bar and Cancel) and,
only when it finishes, adds the result layers and fills the summary-table
dock (sortable, export to CSV/XLSX). A cancelled or failed run leaves the
project as it was. Clicking a cluster on the map shows its profile.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDockWidget
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget

from gzmap.ui.analysis_dialogs import dialog_class
from gzmap.ui.analysis_dialogs import menu_ids
from gzmap.ui.analysis_dialogs import titles
from gzmap.ui.dialog_parts import column
from gzmap.ui.dialog_parts import row
from gzmap.ui.extensions import Feature
from gzmap.ui.table_model import DataFrameModel
from gzmap.ui.table_model import ValueSortProxy

__all__ = ["FEATURE", "AnalysisExtension"]


# -- work run in the worker thread (no Qt) ---------------------------------------
def analysis_task(kind, gdf, params, source_layer=None, progress=None, engine=None, inputs=None):
    """Run declared analysis ``kind`` (the same :func:`gzmap.analysis.registry.run` as the command line)
    and make its layers and tables, all in the worker thread; ``engine``: a Dask cluster to run on;
    ``inputs``: the other declared inputs (name -> table path or GeoDataFrame)."""
    from gzmap.analysis.registry import run

    given = {} if gdf is None else {"points": gdf}
    res = run(kind, {**given, **(inputs or {})}, params, progress, engine=engine)
    tables = {name: res.output(name) for name in res.tables}
    out = {
        "layers": res.layers(source_layer),
        "kind": kind,
        "result": res.extra.get("result"),
        "table": next(iter(tables.values())),
    }
    out["views"] = declared_views(kind, res, tables)
    if len(tables) > 1 or out["views"]:
        out["tables"] = tables
    return out


def user_error(exc) -> bool:
    """True for an error the user can act on (bad input: parameters, selection, points, files), whose
    message says what to change; False for an unexpected one."""
    from gzmap.analysis.metric import AnalysisInputError
    from gzmap.io.errors import ReadError
    from gzmap.io.project import ProjectError

    return isinstance(exc, (AnalysisInputError, ReadError, ProjectError))


def declared_views(kind: str, res, tables: dict) -> dict:
    """Output name -> (view kind, view key, view label, extra frame) of the result's tables that the
    declaration shows as a heat table or a ranking chart too (:class:`gzmap.analysis.registry.Output`)."""
    from gzmap.analysis.registry import get

    views = {}
    for o in get(kind).outputs:
        if o.view and o.name in tables:
            extra = res.output(o.view_key) if o.view == "heat" else None
            views[o.name] = (o.view, o.view_key, o.view_label, extra)
    return views


def table_title(key: str) -> str:
    """Name of one of an analysis's result tables (a declared output), in the UI language."""
    from gzmap.analysis.registry import get
    from gzmap.analysis.registry import ids

    for analysis_id in ids():
        for output in get(analysis_id).outputs:
            if output.name == key:
                return QCoreApplication.translate("Analyses", output.label)
    return key


# -- the summary table ------------------------------------------------------------
class SummaryPanel(QWidget):
    """The result table of the last analysis, sortable, exportable; a profile line on top."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = DataFrameModel(missing_as_no_data=True)
        self.proxy = ValueSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.views: dict = {}  # output name -> its declared view's widget (heat table, ranking chart)
        self.view_labels: dict = {}
        self.view_specs: dict = {}  # what the views are made of (declared_views)
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
        buttons = row(self.table_combo, (self.profile, 1), self.csv_button, self.xlsx_button)
        column(self, buttons, (self.stack, 1)).setContentsMargins(2, 2, 2, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.csv_button.setText(QCoreApplication.translate("Analysis", "Export CSV…"))
        self.xlsx_button.setText(QCoreApplication.translate("Analysis", "Export Excel…"))
        for i in range(self.table_combo.count()):
            self.table_combo.setItemText(i, self._title(self.table_combo.itemData(i)))
        if self.views:  # the views are drawn in the language: made again, the one shown stays shown
            self._set_views(self.view_specs)
            self._table_chosen(self.table_combo.currentIndex())

    def _title(self, data) -> str:
        """The drop-down's text of a table key, or of ``("view", key)``: the view's declared label."""
        if isinstance(data, tuple):
            return QCoreApplication.translate("Analyses", self.view_labels[data[1]])
        return table_title(data)

    def set_frame(self, df) -> None:
        """Show one table (a result with a single table)."""
        self.tables = {}
        self._set_views({})
        self.table_combo.hide()
        self._show(df)

    def set_tables(self, tables: dict, views: dict | None = None) -> None:
        """Show a result's tables (key -> DataFrame) and declared views (:func:`declared_views`), one at
        a time, chosen in a drop-down; the views first."""
        self.tables = dict(tables)
        self._set_views(views or {})
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        for key in [("view", k) for k in self.views] + list(self.tables):
            self.table_combo.addItem(self._title(key), key)
        self.table_combo.blockSignals(False)
        self.table_combo.setVisible(self.table_combo.count() > 1)
        self._table_chosen(0)

    def _set_views(self, views: dict) -> None:
        """Replace the view widgets by those of ``views`` (made here, in the GUI thread)."""
        from gzmap.ui.i18n import current_language
        from gzmap.ui.result_views import make_view

        for widget in self.views.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.views, self.view_labels, self.view_specs = {}, {}, views
        for key, (kind, view_key, label, extra) in views.items():
            self.views[key] = make_view(kind, self.tables[key], extra, view_key, current_language())
            self.view_labels[key] = label
            self.stack.addWidget(self.views[key])

    def _table_chosen(self, index: int) -> None:
        key = self.table_combo.itemData(index)
        if isinstance(key, tuple):  # a view: its table stays the one exported
            self._show(self.tables[key[1]])
            self.stack.setCurrentWidget(self.views[key[1]])
        elif key in self.tables:
            self._show(self.tables[key])

    def _show(self, df) -> None:
        """Show ``df`` in the order of what its rows mean (:func:`gzmap.analysis.result_order.by_meaning`:
        the largest cluster first, the highest z first); a click on a header sorts by that column."""
        from gzmap.analysis.result_order import by_meaning

        self.proxy.sort(-1)  # the table's own order until a header is clicked
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_frame(by_meaning(df))
        self.view.resizeColumnsToContents()
        self.stack.setCurrentWidget(self.view)

    def export(self, path=None, kind="csv") -> str | None:
        if path is None:
            filt = (
                QCoreApplication.translate("Analysis", "CSV files") + " (*.csv)"
                if kind == "csv"
                else QCoreApplication.translate("Analysis", "Excel files") + " (*.xlsx)"
            )
            path, _ = QFileDialog.getSaveFileName(
                self, QCoreApplication.translate("Analysis", "Export table"), f"analysis.{kind}", filt
            )
            if not path:
                return None
        from gzmap.analysis.result_order import by_meaning
        from gzmap.core.fields import display_frame
        from gzmap.io.table_writer import write_table
        from gzmap.io.table_writer import write_tables

        # as the user reads it: the names, words and rounding of the table shown (formula-safe cells)
        if kind == "xlsx" and len(self.tables) > 1:  # every table of the result, one sheet each
            lang = self.model.lang
            write_tables(
                {table_title(k): display_frame(by_meaning(df), lang, rounded=True) for k, df in self.tables.items()},
                path,
            )
        else:  # the table shown
            write_table(self.model.shown_frame(), path)
        return path


class AnalysisExtension:
    def __init__(self, ui):
        window = ui.window
        self.window = window
        self.task = None
        self.last = None  # the last finished result dict
        self.cluster_layers = {}  # layer id -> ClusterResult
        self.panel = SummaryPanel()
        self.dock = QDockWidget(window)
        self.dock.setObjectName("analysis_dock")
        self.dock.setWidget(self.panel)
        ui.add_dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea, hidden=True)
        # a tab beside the attribute table, not a second strip that squeezes it
        window.tabifyDockWidget(window.table_dock, self.dock)
        self.actions = {}
        for key in self.DIALOGS:
            act = ui.add_action("analysis", QAction(window))
            act.triggered.connect(lambda _=False, k=key: self.open_dialog(k))
            self.actions[key] = act
        ui.add_separator("analysis")
        self.cluster_action = ui.add_action("analysis", QAction(window))
        self.cluster_action.setObjectName("dask_cluster")
        self.cluster_action.triggered.connect(self.open_cluster_settings)
        ui.connect(window.canvas.feature_clicked, self.on_feature_clicked)
        ui.on_language_changed(self.retranslate)
        self.retranslate()

    def retranslate(self, _lang: str = "") -> None:
        from gzmap.analysis.registry import get
        from gzmap.ui.dask_cluster import menu_text

        for key, act in self.actions.items():
            act.setText(QCoreApplication.translate("Analyses", get(key).menu))
        self.cluster_action.setText(menu_text())
        self.dock.setWindowTitle(QCoreApplication.translate("Analysis", "Analysis results"))
        self.panel.retranslate()

    # -- dialogs -------------------------------------------------------------------
    def _dialog(self, cls):
        dlg = cls(self.window.project, self.window.lang, self.window, layer=self.window.current_layer())
        if dlg.has_points and not dlg.layers:
            self.window.show_error(
                QCoreApplication.translate("Analysis", "No point layer"),
                QCoreApplication.translate("Analysis", "The project has no point layer: import enterprises first."),
            )
            return None
        if dlg.exec() != dlg.DialogCode.Accepted:
            return None
        selected, filtered = dlg.selected_only.isChecked(), dlg.filtered_only.isChecked()
        return dlg.layer(), dlg.params(), selected, filtered, dlg.engine(), dlg.inputs()

    def open_cluster_settings(self) -> None:
        """Analysis > Compute on a Dask cluster…: the scheduler address the dialogs may run on."""
        from gzmap.ui.dask_cluster import DaskClusterDialog

        DaskClusterDialog(self.window).exec()

    #: analysis id -> its dialog, for every declared analysis with a menu text (registry order)
    DIALOGS = {key: dialog_class(key) for key in menu_ids()}

    def open_dialog(self, kind: str):
        """Analysis menu: the dialog of method ``kind``, then the run in the background."""
        got = self._dialog(self.DIALOGS[kind])
        if got:
            self.run(kind, *got)

    # -- running -------------------------------------------------------------------
    def run(
        self,
        kind: str,
        layer,
        params: dict,
        selected_only: bool = False,
        filtered_only: bool = False,
        engine=None,
        inputs=None,
    ):
        """Run analysis ``kind`` on ``layer`` (its selection if ``selected_only``, of the features its
        filter shows if ``filtered_only``; None: an analysis of tables) and its other ``inputs``, here or
        on the Dask cluster ``engine``; returns the Task."""
        if layer is None:
            self.task = self.window.run_task(
                titles()[kind],
                analysis_task,
                kind,
                None,
                params,
                engine=engine,
                inputs=inputs,
                on_done=self._done,
                on_error=self._failed,
            )
            return self.task
        rows = np.arange(len(layer.data))
        if selected_only:
            rows = np.asarray(layer.selection, dtype=np.int64)
        if filtered_only and layer.filter is not None:
            rows = np.intersect1d(rows, layer.shown_rows())
        if (selected_only or filtered_only) and rows.size == 0:
            self.window.show_error(
                titles()[kind], QCoreApplication.translate("Analysis", "No features are selected in this layer.")
            )
            return None
        data = layer.data if rows.size == len(layer.data) else layer.data.iloc[rows]
        self.task = self.window.run_task(
            titles()[kind],
            analysis_task,
            kind,
            data,
            params,
            source_layer=layer,
            engine=engine,
            inputs=inputs,
            on_done=self._done,
            on_error=self._failed,
        )
        return self.task

    def _failed(self, text: str) -> None:
        """A run that failed: what to change when the input is at fault (in the UI language), else one
        translated line (the task logged the technical detail); never a traceback."""
        if not user_error(self.task.exception):
            text = QCoreApplication.translate(
                "Analysis", "The analysis stopped because of an unexpected problem; the details are in the log."
            )
        self.window.show_error(self.task.title, text)

    def _done(self, result) -> None:
        for lyr in result["layers"]:
            self.window.add_layer(lyr)
        if result["kind"] == "clusters":
            pts, hulls = result["layers"]
            self.cluster_layers[pts.id] = result["result"]
            self.cluster_layers[hulls.id] = result["result"]
        self.last = result
        if "tables" in result:
            self.panel.set_tables(result["tables"], result.get("views"))
        else:
            self.panel.set_frame(result["table"])
        self.panel.profile.setText("")
        self.dock.show()
        self.dock.raise_()
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
            text = QCoreApplication.translate("Analysis", "Noise: {n} points that belong to no cluster.").format(
                n=res.n_noise
            )
        else:
            c = res.clusters.set_index("cluster").loc[cluster_id]
            district = c["district_zh"] if lang.startswith("zh") else c["district_en"]
            text = QCoreApplication.translate(
                "Analysis",
                "Cluster C{id}: {n} enterprises, {area:.2f} km², {density:,.0f} per km²; "
                "mostly {sub} ({share:.0%}); in {district}.",
            ).format(
                id=cluster_id,
                n=int(c["n_points"]),
                area=float(c["area_km2"]),
                density=float(c["density_km2"]) if c["density_km2"] == c["density_km2"] else 0.0,
                sub=subsector_label(c["dominant_subsector"], lang),
                share=float(c["dominant_share"] or 0),
                district=district,
            )
            for i, v in enumerate(summary["cluster"]):
                if int(v) == cluster_id:
                    src = self.panel.model.index(i, 0)
                    self.panel.view.selectRow(self.panel.proxy.mapFromSource(src).row())
        self.panel.profile.setText(text)
        return text


FEATURE = Feature("analysis", install=AnalysisExtension, attribute="analysis_extension")
