"""The layer panel: visibility checkboxes, drag-to-reorder, opacity.

A thin two-way binding to :class:`~gzmap.core.project.Project`: the list is
rebuilt from the project's events; user edits go back through the project's
methods; ``_updating`` blocks the feedback loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QSlider
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from gzmap.core.project import Project

LAYER_ID = Qt.ItemDataRole.UserRole


class LayerList(QListWidget):
    """Top of the list = top of the map (drawn last)."""

    reordered = Signal()

    def dropEvent(self, event) -> None:  # noqa: N802
        super().dropEvent(event)
        self.reordered.emit()


class LayerPanel(QWidget):
    current_layer_changed = Signal(object)

    def __init__(self, project: Project, parent=None):
        super().__init__(parent)
        self.project = project
        self.lang = "zh_CN"
        self._updating = False
        self.list = LayerList()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.opacity_label = QLabel()
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        row = QHBoxLayout()
        row.addWidget(self.opacity_label)
        row.addWidget(self.opacity, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.reordered.connect(self._on_reordered)
        self.opacity.valueChanged.connect(self._on_opacity)
        for sig in (project.layer_added, project.layer_removed, project.layers_reordered):
            sig.connect(lambda *a: self.rebuild())
        project.layer_changed.connect(self._on_layer_changed)
        self.retranslate()
        self.rebuild()

    def retranslate(self) -> None:
        self.opacity_label.setText(QCoreApplication.translate("LayerPanel", "Opacity"))
        self.rebuild()

    def current_layer(self):
        item = self.list.currentItem()
        return self.project.layer_by_id(item.data(LAYER_ID)) if item else None

    def set_current_layer(self, layer) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(LAYER_ID) == layer.id:
                self.list.setCurrentRow(i)
                return

    def rebuild(self) -> None:
        current = self.current_layer()
        self._updating = True
        self.list.clear()
        for layer in reversed(self.project.layers):
            item = QListWidgetItem(layer.name(self.lang))
            item.setData(LAYER_ID, layer.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if layer.visible else Qt.CheckState.Unchecked)
            if layer.provenance.get("synthetic"):
                item.setToolTip(QCoreApplication.translate("LayerPanel", "Synthetic sample data, not real enterprises"))
            self.list.addItem(item)
        self._updating = False
        if current is not None and current in self.project.layers:
            self.set_current_layer(current)
        elif self.list.count():
            self.list.setCurrentRow(0)

    def _on_layer_changed(self, layer, what: str) -> None:
        if what in ("visible", "name"):
            self.rebuild()
        elif what == "opacity" and layer is self.current_layer():
            self._updating = True
            self.opacity.setValue(int(round(layer.opacity * 100)))
            self._updating = False

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        layer = self.project.layer_by_id(item.data(LAYER_ID))
        if layer is not None:
            layer.visible = item.checkState() == Qt.CheckState.Checked

    def _on_current_changed(self, current, previous) -> None:
        if self._updating:
            return
        layer = self.current_layer()
        if layer is not None:
            self._updating = True
            self.opacity.setValue(int(round(layer.opacity * 100)))
            self._updating = False
        self.current_layer_changed.emit(layer)

    def _on_reordered(self) -> None:
        ids = [self.list.item(i).data(LAYER_ID) for i in range(self.list.count())]
        order = [self.project.layer_by_id(i) for i in reversed(ids)]
        self._updating = True
        try:
            self.project.set_order(order)
        finally:
            self._updating = False

    def _on_opacity(self, value: int) -> None:
        if self._updating:
            return
        layer = self.current_layer()
        if layer is not None:
            layer.opacity = value / 100.0
