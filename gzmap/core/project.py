"""The project: the document a planner works on (layers, their order, the view)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from typing import Any

from psygnal import Signal

from gzmap.core.layer import Layer

if TYPE_CHECKING:
    from gzmap.core.editing import EditLog

__all__ = ["Project"]


class Project:
    """Ordered layers (index 0 is drawn first, i.e. at the bottom) plus view state.

    Events
    ------
    layer_added(layer, index), layer_removed(layer), layers_reordered(),
    layer_changed(layer, what), view_changed(), modified_changed(bool).
    """

    layer_added = Signal(object, int)
    layer_removed = Signal(object)
    layers_reordered = Signal()
    layer_changed = Signal(object, str)
    view_changed = Signal()
    modified_changed = Signal(bool)

    def __init__(self, title: str = ""):
        self.title = title
        self._layers: list[Layer] = []
        #: Datum in which coordinates are shown to the user (status bar, tables).
        self.display_datum = "gcj02"
        #: (min lon, min lat, max lon, max lat) WGS84 degrees, or None for "all".
        self.view_extent: tuple[float, float, float, float] | None = None
        self.language = "zh_CN"
        self.path: str | None = None
        #: Field edits (a gzmap.core.editing.EditLog), made on the first edit.
        self.edit_log: EditLog | None = None
        #: Free-form facts about the project, kept as they are in the project file.
        self.metadata: dict[str, Any] = {}
        #: Plain tables the project file carries besides its layers (name -> pandas DataFrame):
        #: photos, a field copy's base state, open merge conflicts (see gzmap.io.project).
        self.tables: dict[str, Any] = {}
        #: Messages from opening the project file (e.g. a linked basemap is missing).
        self.load_warnings: list[str] = []
        #: (path, mtime ns, size, inode) of the project file when it was last opened or saved,
        #: to notice another program changing it before the next save.
        self.file_stamp: tuple | None = None
        self._modified = False

    # -- layers -------------------------------------------------------------
    @property
    def layers(self) -> list[Layer]:
        """Layers bottom to top (a copy; use the methods to change the order)."""
        return list(self._layers)

    def __iter__(self) -> Iterator[Layer]:
        return iter(list(self._layers))

    def __len__(self) -> int:
        return len(self._layers)

    def add_layer(self, layer: Layer, index: int | None = None) -> Layer:
        index = len(self._layers) if index is None else max(0, min(index, len(self._layers)))
        self._layers.insert(index, layer)
        layer.changed.connect(self._on_layer_changed)
        self.layer_added.emit(layer, index)
        self.set_modified()
        return layer

    def remove_layer(self, layer: Layer) -> None:
        self._layers.remove(layer)
        layer.changed.disconnect(self._on_layer_changed)
        self.layer_removed.emit(layer)
        self.set_modified()

    def move_layer(self, layer: Layer, index: int) -> None:
        """Move ``layer`` to position ``index`` (0 = bottom)."""
        self._layers.remove(layer)
        self._layers.insert(max(0, min(index, len(self._layers))), layer)
        self.layers_reordered.emit()
        self.set_modified()

    def set_order(self, layers: list[Layer]) -> None:
        """Set the bottom-to-top order to ``layers`` (a permutation of the current ones)."""
        if sorted(map(id, layers)) != sorted(map(id, self._layers)):
            raise ValueError("set_order needs exactly the project's layers")
        if layers != self._layers:
            self._layers = list(layers)
            self.layers_reordered.emit()
            self.set_modified()

    def layer_by_id(self, layer_id: str) -> Layer | None:
        return next((l for l in self._layers if l.id == layer_id), None)

    def visible_layers(self) -> list[Layer]:
        return [l for l in self._layers if l.visible]

    def bounds(self, visible_only: bool = True):
        """Union of layer bounds in WGS84 degrees, or None when there is nothing."""
        boxes = [b for l in (self.visible_layers() if visible_only else self._layers) if (b := l.bounds())]
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))

    # -- state ----------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return self._modified

    def set_modified(self, value: bool = True) -> None:
        if value != self._modified:
            self._modified = value
            self.modified_changed.emit(value)

    def _on_layer_changed(self, what: str) -> None:
        from psygnal import Signal as _S

        layer = _S.sender()
        self.layer_changed.emit(layer, what)
        self.set_modified()
