"""The attribute table of the current layer, in sync with the map selection both ways.

Rows are the layer's features in order (row i = ``layer.data.iloc[i]``); the
geometry column is left out. Selecting rows selects features
(``layer.select``); a selection made on the map selects and shows the rows.
Large layers are served lazily by the model, so a million rows open at once.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QItemSelection
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QTableView

from gzmap.core.layer import VectorLayer
from gzmap.ui.table_model import DataFrameModel


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
        self._updating = False
        self.selectionModel().selectionChanged.connect(self._on_table_selection)

    def set_layer(self, layer) -> None:
        if self.layer is not None:
            try:
                self.layer.selection_changed.disconnect(self._on_layer_selection)
                self.layer.changed.disconnect(self._on_layer_changed)
            except (TypeError, ValueError, RuntimeError):
                pass
        self.layer = layer if isinstance(layer, VectorLayer) else None
        if self.layer is None:
            self.model_.set_frame(pd.DataFrame())
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
        self.model_.set_frame(
            pd.DataFrame(gdf.drop(columns=[gdf.geometry.name])),
            replaced={user: std for std, user in (prov.get("standard_columns") or {}).items()},
            user_columns=prov.get("user_columns") or (),
        )
        if len(gdf) <= 5000:
            self.resizeColumnsToContents()

    def _on_layer_changed(self, what: str) -> None:
        if what == "data":
            self._load_frame()

    def _on_table_selection(self, *args) -> None:
        if self._updating or self.layer is None:
            return
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        self._updating = True
        try:
            self.layer.select(rows)
        finally:
            self._updating = False

    def _on_layer_selection(self) -> None:
        if self._updating or self.layer is None:
            return
        self._updating = True
        try:
            sel = QItemSelection()
            ncol = max(self.model_.columnCount() - 1, 0)
            for r in self.layer.selection[:10000]:
                sel.select(self.model_.index(int(r), 0), self.model_.index(int(r), ncol))
            self.selectionModel().select(
                sel, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            if self.layer.selection.size:
                self.scrollTo(self.model_.index(int(self.layer.selection[0]), 0))
        finally:
            self._updating = False
