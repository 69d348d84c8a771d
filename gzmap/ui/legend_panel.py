"""The legend dock: every visible layer's :meth:`Style.legend`, top layer first.

Each layer shows its legend title (with unit and year), one row per class
with the class symbol, the range or category and the number of features, a
"No data" row when features lack a value, and the source. A category row has a
check box: switching it off hides that category on the map (a part of the
layer's filter, :mod:`gzmap.core.layer_filter`) and the row stays, unchecked. Nothing here
computes a colour: swatches come from the style's symbols. The tree is
rebuilt (coalesced) on project and layer events, and after a canvas frame
that drew a point layer differently (as count squares where its points crowd,
:mod:`gzmap.core.point_rules`: the legend then shows the count steps and the squares' side on
the ground, which follows the zoom).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QIcon
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from gzmap.core.layer_filter import LayerFilter
from gzmap.core.map_sources import dataset_text
from gzmap.core.point_rules import bin_legend
from gzmap.core.point_rules import bin_note
from gzmap.core.point_rules import bin_title
from gzmap.core.point_rules import cell_size_text
from gzmap.core.style import Symbol
from gzmap.render.points import last_bin_cell
from gzmap.render.points import last_regime

__all__ = ["LegendPanel", "symbol_icon"]

#: Item data of a category row: (layer id, category key or None for "Other").
_TOGGLE_ROLE = Qt.ItemDataRole.UserRole + 1


def symbol_icon(symbol: Symbol, point: bool = False, size: int = 16, opacity: float = 1.0) -> QIcon:
    """A swatch of ``symbol``: a filled square for polygons, a disc for points."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    fill = QColor(symbol.fill)
    fill.setAlphaF(max(0.0, min(symbol.fill_opacity * opacity, 1.0)))
    stroke = QColor(symbol.stroke if symbol.stroke_width > 0 else symbol.fill)
    p.setPen(QPen(stroke, 1))
    p.setBrush(QBrush(fill))
    if point:
        d = max(4.0, min(size - 2.0, symbol.size * 1.33))
        p.drawEllipse((size - d) / 2, (size - d) / 2, d, d)
    else:
        p.drawRect(1, 1, size - 3, size - 3)
    p.end()
    return QIcon(pm)


class LegendPanel(QWidget):
    """Dock contents: legends of the visible layers of ``project``."""

    def __init__(self, project, lang: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.project = project
        self.lang = lang
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.rebuild)
        for sig in (project.layer_added, project.layer_removed, project.layers_reordered, project.layer_changed):
            sig.connect(self._schedule)
        self._binned: dict[str, float] = {}  # layer id: ground side of its count squares, metres
        self.tree.itemChanged.connect(self._toggled)
        self.rebuild()

    def _schedule(self, *args) -> None:
        self._timer.start()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.rebuild()

    def frame_drawn(self, *args) -> None:
        """After a canvas frame: rebuild when a point layer went from symbols to count squares or back,
        or its squares' size on the ground (as the legend writes it) changed with the zoom."""
        binned = {l.id: last_bin_cell(l) or 0.0 for l in self.project.layers if l.visible and last_regime(l) == "bins"}
        shown = {k: cell_size_text(v) for k, v in binned.items()}
        if shown != {k: cell_size_text(v) for k, v in self._binned.items()}:
            self._binned = binned
            self._schedule()

    def entries(self):
        """[(layer, [LegendEntry])] for the visible layers, top first (what the tree shows); a layer
        the canvas drew as count squares shows the count steps. A basemap is not a data layer: not listed."""
        return [
            (layer, bin_legend() if layer.id in self._binned else layer.legend_entries())
            for layer in reversed(self.project.layers)
            if layer.visible and not layer.basemap
        ]

    def _toggles(self, layer):
        """[(LegendEntry, category key or None for "Other", hidden)] of a layer categorised by a field
        (drawn as symbols), counting what the rest of its filter shows; None for other layers."""
        style = layer.style
        if getattr(style, "kind", "") != "categorized" or layer.id in self._binned or not hasattr(layer, "data"):
            return None
        mask = layer.shown_mask(categories=False)
        data = layer.data if mask is None else layer.data[mask]
        flt = layer.filter or LayerFilter()
        keys = [*style.categories, None]
        rows = []
        for e, key in zip(style.legend(data, keep_empty=True), keys):
            hidden = flt.category_hidden(style.field, key)
            if e.count or hidden:
                rows.append((e, key, hidden))
        return rows

    def _toggled(self, item: QTreeWidgetItem, column: int) -> None:
        """A category's box: switch it on or off in the layer's filter (the map and counts follow)."""
        target = item.data(0, _TOGGLE_ROLE)
        layer = self.project.layer_by_id(target[0]) if target else None
        if layer is None:
            return
        shown = item.checkState(0) == Qt.CheckState.Checked
        layer.filter = (layer.filter or LayerFilter()).with_category(layer.style.field, target[1], shown)

    def rebuild(self) -> None:
        self.tree.blockSignals(True)
        try:
            self._rebuild()
        finally:
            self.tree.blockSignals(False)

    def _rebuild(self) -> None:
        self.tree.clear()
        for layer, entries in self.entries():
            style = layer.style
            binned = layer.id in self._binned  # the squares are not its classes: named, not titled by them
            title = style.legend_title(self.lang) if (style.title_zh or style.title_en) and not binned else ""
            top = QTreeWidgetItem([title or layer.name(self.lang)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, Qt.ItemDataRole.UserRole, layer.id)
            self.tree.addTopLevelItem(top)
            point = layer.legend_shape == "point" and not binned
            if binned:  # the count steps' heading, with the squares' side on the ground
                top.addChild(QTreeWidgetItem([bin_title(self.lang, self._binned[layer.id])]))
            toggles = self._toggles(layer)
            if toggles is not None:
                entries = [e for e, _, _ in toggles]
            if len(entries) > 1 or getattr(style, "kind", "") != "single" or binned:
                for i, e in enumerate(entries):
                    label = e.label(self.lang)
                    text = f"{label}  ({e.count})" if e.count is not None else label
                    item = QTreeWidgetItem([text])
                    item.setIcon(0, symbol_icon(e.symbol, point, opacity=layer.opacity))
                    item.setData(0, Qt.ItemDataRole.UserRole, e.count)
                    if toggles is not None:  # a category: its box shows or hides it on the map
                        _, key, hidden = toggles[i]
                        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                        item.setCheckState(0, Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
                        item.setData(0, _TOGGLE_ROLE, (layer.id, key))
                    top.addChild(item)
            elif entries:
                top.setIcon(0, symbol_icon(entries[0].symbol, point, opacity=layer.opacity))
            if binned:
                top.addChild(self._note(bin_note(self.lang)))
            source = dataset_text(layer, self.lang)  # the dataset's title in this language, never a path
            if source:
                top.addChild(self._note(QCoreApplication.translate("LegendPanel", "Source: {s}").format(s=source)))
            top.setExpanded(True)

    @staticmethod
    def _note(text: str) -> QTreeWidgetItem:
        """A grey line of small print under a layer's legend (source, how points are counted)."""
        item = QTreeWidgetItem([text])
        item.setForeground(0, QBrush(QColor("#666666")))
        item.setToolTip(0, text)
        return item
