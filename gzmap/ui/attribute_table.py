"""The attribute table of the current layer, in sync with the map selection both ways.

Rows are the layer's features in order (row i = ``layer.data.iloc[i]``); the
geometry column is left out. Selecting rows selects features
(``layer.select``); a selection made on the map selects and shows the rows.
Large layers are served lazily by the model, so a million rows open at once.

A drop-down above the table (:meth:`AttributeTable.panel`) shows all the
features, only those the layer's filter shows (expression, time slider,
legend toggles: what the map draws), or only the selected ones; beside it,
how many rows show of how many, and how many are selected. Rows then map to
features through :attr:`AttributeTable.rows`. "Export CSV…" writes the rows
shown, as shown (:meth:`DataFrameModel.shown_frame`, formula-safe cells).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QItemSelection
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.layer import VectorLayer
from gzmap.ui import i18n
from gzmap.ui.table_model import DataFrameModel

#: What the table shows: every feature, what the layer's filter shows, the selection.
MODES = {
    "all": QT_TRANSLATE_NOOP("AttributeTable", "All features"),
    "filtered": QT_TRANSLATE_NOOP("AttributeTable", "Features the filter shows"),
    "selected": QT_TRANSLATE_NOOP("AttributeTable", "Selected features"),
}
SHOW = QT_TRANSLATE_NOOP("AttributeTable", "Show")
EXPORT = QT_TRANSLATE_NOOP("AttributeTable", "Export CSV…")
CSV_FILES = QT_TRANSLATE_NOOP("AttributeTable", "CSV files")
COUNTS = QT_TRANSLATE_NOOP("AttributeTable", "{shown:,} of {total:,} features shown, {selected:,} selected")


class AttributeTable(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model_ = DataFrameModel()
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(22)
        self.layer: VectorLayer | None = None
        #: Row positions in the layer of the rows shown (None: every feature, in order).
        self.rows: np.ndarray | None = None
        self._updating = False
        self.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.show_box = QComboBox()
        self.show_box.setObjectName("attribute_rows")
        for key in MODES:
            self.show_box.addItem("", key)
        self.show_label = QLabel()
        self.count_label = QLabel()
        self.count_label.setObjectName("attribute_counts")
        self.show_box.currentIndexChanged.connect(self._mode_changed)
        self.export_button = QPushButton()
        self.export_button.setObjectName("attribute_export")
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.retranslate()
        i18n.notifier().language_changed.connect(self.retranslate)

    def panel(self) -> QWidget:
        """The table under its bar (which rows to show, the counts): what the dock holds."""
        box = QWidget()
        bar = QHBoxLayout()
        bar.setContentsMargins(2, 2, 2, 0)
        bar.addWidget(self.show_label)
        bar.addWidget(self.show_box)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.export_button)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(bar)
        column.addWidget(self)
        return box

    def retranslate(self, *_) -> None:
        self.show_label.setText(i18n.translate("AttributeTable", SHOW))
        self.export_button.setText(i18n.translate("AttributeTable", EXPORT))
        for i, text in enumerate(MODES.values()):
            self.show_box.setItemText(i, i18n.translate("AttributeTable", text))
        self._show_counts()

    def export_csv(self, path=None) -> str | None:
        """Write the rows shown (all, filtered or selected) under the names shown to ``path`` (asked for
        when None); returns the path written, None when nothing was."""
        if self.layer is None:
            return None
        if path is None:
            name = f"{self.layer.name(i18n.current_language())}.csv".replace("/", "_")
            path, _ = QFileDialog.getSaveFileName(
                self,
                i18n.translate("AttributeTable", EXPORT),
                name,
                i18n.translate("AttributeTable", CSV_FILES) + " (*.csv)",
            )
            if not path:
                return None
        from gzmap.io.table_writer import write_table

        try:
            write_table(self.model_.shown_frame(), path)
        except OSError as exc:  # a folder not writable, a file open elsewhere: say so, keep the table
            QMessageBox.warning(self, i18n.translate("AttributeTable", EXPORT), f"{path}: {exc.strerror or exc}")
            return None
        return str(path)

    @property
    def mode(self) -> str:
        return self.show_box.currentData()

    def set_mode(self, mode: str) -> None:
        """Show ``mode``'s rows: "all", "filtered" or "selected"."""
        self.show_box.setCurrentIndex(list(MODES).index(mode))

    def _mode_changed(self, *_) -> None:
        if self.layer is not None:
            if self.mode != "selected":  # the selected rows are loaded by _on_layer_selection
                self._load_frame()
            self._on_layer_selection()

    def _shown_rows(self) -> np.ndarray | None:
        """The layer's rows the mode shows (None: all)."""
        layer = self.layer
        if self.mode == "selected":
            return np.unique(np.asarray(layer.selection, dtype=np.int64))
        if self.mode == "filtered" and layer.filter is not None:
            return np.asarray(layer.shown_rows(), dtype=np.int64)
        return None

    def _show_counts(self) -> None:
        layer = self.layer
        if layer is None:
            self.count_label.setText("")
            return
        total = len(layer.data)
        shown = total if self.rows is None else len(self.rows)
        text = i18n.translate("AttributeTable", COUNTS).format(shown=shown, total=total, selected=len(layer.selection))
        self.count_label.setText(text)

    def set_layer(self, layer) -> None:
        if self.layer is not None:
            try:
                self.layer.selection_changed.disconnect(self._on_layer_selection)
                self.layer.changed.disconnect(self._on_layer_changed)
            except (TypeError, ValueError, RuntimeError):
                pass
        self.layer = layer if isinstance(layer, VectorLayer) else None
        if self.layer is None:
            self.rows = None
            self.model_.set_frame(pd.DataFrame())
            self._show_counts()
            return
        self._load_frame()
        self.layer.selection_changed.connect(self._on_layer_selection)
        self.layer.changed.connect(self._on_layer_changed)
        self._on_layer_selection()

    def _load_frame(self) -> None:
        """The layer's columns, one per field: the file's own under their names, a file column that a
        standard column replaces (企业名称 by ``name``) left out (see ``ImportResult.column_provenance``)."""
        gdf = self.layer.data
        prov = self.layer.provenance
        self.rows = self._shown_rows()
        if self.rows is not None:
            gdf = gdf.iloc[self.rows]
        self.model_.set_frame(
            pd.DataFrame(gdf.drop(columns=[gdf.geometry.name])),
            replaced={user: std for std, user in (prov.get("standard_columns") or {}).items()},
            user_columns=prov.get("user_columns") or (),
        )
        if len(gdf) <= 5000:
            self.resizeColumnsToContents()
        self._show_counts()

    def _on_layer_changed(self, what: str) -> None:
        if what == "data" or (what in ("filter", "style") and self.mode == "filtered"):
            self._load_frame()
            self._on_layer_selection()

    def _on_table_selection(self, *args) -> None:
        if self._updating or self.layer is None:
            return
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if self.rows is not None:
            rows = self.rows[np.asarray(rows, dtype=np.int64)]
        self._updating = True
        try:
            self.layer.select(rows)
        finally:
            self._updating = False
        self._show_counts()

    def _view_rows(self, layer_rows) -> np.ndarray:
        """Table rows of the layer's rows ``layer_rows`` (those not shown left out)."""
        layer_rows = np.asarray(layer_rows, dtype=np.int64)
        if self.rows is None:
            return layer_rows
        at = np.searchsorted(self.rows, layer_rows)
        found = at < len(self.rows)
        found[found] = self.rows[at[found]] == layer_rows[found]
        return at[found]

    def _on_layer_selection(self) -> None:
        if self._updating or self.layer is None:
            return
        if self.mode == "selected":  # a selection made elsewhere: the rows shown are the new selection
            self._updating = True
            try:
                self._load_frame()
            finally:
                self._updating = False
        self._updating = True
        try:
            sel = QItemSelection()
            ncol = max(self.model_.columnCount() - 1, 0)
            shown = self._view_rows(self.layer.selection[:10000])
            for r in shown:
                sel.select(self.model_.index(int(r), 0), self.model_.index(int(r), ncol))
            self.selectionModel().select(
                sel, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            if shown.size:
                self.scrollTo(self.model_.index(int(shown[0]), 0))
        finally:
            self._updating = False
        self._show_counts()
