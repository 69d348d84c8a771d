"""Field editing of point layers in the window: add, move, delete, edit attributes, undo/redo.

Each change is a :class:`EditCommand` on a QUndoStack wrapping a pure edit
from :mod:`gzmap.core.editing`: redo applies the edit, undo applies the
inverse it returned. Every application, undo included, goes into the
project's edit log (time, layer, row id, field, old value, new value), which
is saved with the project.

Modes: *Add enterprise* (each map click adds a point there and opens its
attributes), *Move selected* (the next click moves the selected enterprise
there). Coordinates are WGS84, as the canvas reports them.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QUndoCommand
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QWidget

from gzmap.core.editing import AddField
from gzmap.core.editing import DeleteFeature
from gzmap.core.editing import EditError
from gzmap.core.editing import SetAttribute
from gzmap.core.editing import add_point
from gzmap.core.editing import edit_log
from gzmap.core.editing import move_point
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.layer import VectorLayer
from gzmap.ui.dialog_parts import column
from gzmap.ui.dialog_parts import ok_cancel
from gzmap.ui.extensions import Controller
from gzmap.ui.extensions import Feature
from gzmap.ui.i18n import Texts
from gzmap.ui.i18n import translate

__all__ = ["FEATURE", "AttributeDialog", "EditCommand", "EditController"]


class EditCommand(QUndoCommand):
    """One edit on the undo stack (redo = apply, undo = apply the inverse)."""

    def __init__(self, controller: EditController, layer: VectorLayer, edit, text: str):
        super().__init__(text)
        self.controller = controller
        self.layer = layer
        self.forward = edit
        self.inverse = None
        self._skip_redo = False

    def apply_first(self) -> None:
        """Apply the edit now (raises EditError for a bad one, before it reaches the stack)."""
        log = edit_log(self.controller.window.project)
        self.inverse = log.apply(self.layer, self.forward)
        self._skip_redo = True
        self.controller.after_edit(
            self.layer,
            getattr(self.forward, "row_id", None)
            if getattr(self.forward, "row_id", None) is not None
            else getattr(self.inverse, "row_id", None),
        )

    def redo(self) -> None:
        if self._skip_redo:  # QUndoStack.push calls redo(): the edit is already applied
            self._skip_redo = False
            return
        log = edit_log(self.controller.window.project)
        self.inverse = log.apply(self.layer, self.forward)  # a redo is logged as the change again
        self.controller.after_edit(self.layer, getattr(self.inverse, "row_id", None))

    def undo(self) -> None:
        log = edit_log(self.controller.window.project)
        self.forward = log.apply(self.layer, self.inverse, undo=True)
        self.controller.after_edit(self.layer, getattr(self.forward, "row_id", None))


class EditController(Controller):
    """Edit menu, modes and the undo stack of one window."""

    def __init__(self, ui):
        super().__init__(ui)
        window = self.window
        self.stack = QUndoStack(self)
        self.mode: str | None = None  # None, "add" or "move"
        #: open the attribute dialog after adding a point (tests switch it off)
        self.ask_attributes = True
        self._dialog: AttributeDialog | None = None
        self.menu = QMenu(window)
        self.menu.setObjectName("menu_edit")
        ui.add_menu(self.menu, before=window.menu("view").menuAction())
        self.undo_action = self.stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.menu.addAction(self.undo_action)
        self.menu.addAction(self.redo_action)
        self.menu.addSeparator()
        self.texts = Texts("Editing")
        self.texts.add(self.menu.setTitle, QT_TRANSLATE_NOOP("Editing", "&Edit"))
        self.texts.add(self.undo_action.setText, QT_TRANSLATE_NOOP("Editing", "Undo"))
        self.texts.add(self.redo_action.setText, QT_TRANSLATE_NOOP("Editing", "Redo"))
        self.actions: dict[str, QAction] = {}
        for key, text, slot, checkable, shortcut in [
            (
                "add",
                QT_TRANSLATE_NOOP("Editing", "Add enterprise (click on the map)"),
                lambda on: self.set_mode("add" if on else None),
                True,
                None,
            ),
            (
                "move",
                QT_TRANSLATE_NOOP("Editing", "Move selected enterprise (click on the map)"),
                lambda on: self.set_mode("move" if on else None),
                True,
                None,
            ),
            (
                "delete",
                QT_TRANSLATE_NOOP("Editing", "Delete selected enterprise"),
                lambda _=False: self.delete_selected(),
                False,
                QKeySequence.StandardKey.Delete,
            ),
            (
                "attributes",
                QT_TRANSLATE_NOOP("Editing", "Edit attributes…"),
                lambda _=False: self.edit_attributes(),
                False,
                None,
            ),
            (
                "add_field",
                QT_TRANSLATE_NOOP("Editing", "Add field…"),
                lambda _=False: self.add_field_dialog(),
                False,
                None,
            ),
        ]:
            act = QAction(self)
            act.setObjectName(f"action_edit_{key}")
            self.texts.add(act.setText, text)
            act.setCheckable(checkable)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            self.menu.addAction(act)
            self.actions[key] = act
        ui.connect(window.canvas.clicked_lonlat, self.on_click)
        ui.on_language_changed(self.texts.retranslate)
        ui.on_project_replaced(self.reset)

    def reset(self) -> None:
        """A new project is shown: forget the undo history (the log stays in the project)."""
        self.stack.clear()
        self.set_mode(None)

    # -- which layer / row ----------------------------------------------------------------
    def point_layer(self, quiet: bool = False) -> VectorLayer | None:
        layer = self.window.current_layer()
        if isinstance(layer, VectorLayer) and layer.geometry_type in ("Point", "Empty"):
            return layer
        if not quiet:
            self.window.show_error(
                translate("Editing", "Editing"),
                translate("Editing", "Choose a point layer (enterprises) in the layer list first."),
            )
        return None

    def selected_row_id(self, layer: VectorLayer):
        sel = layer.selection
        if sel.size != 1:
            return None
        return layer.data.index[int(sel[0])]

    # -- operations ---------------------------------------------------------------------------
    def push(self, layer, edit, text: str) -> EditCommand | None:
        """Apply ``edit`` through the undo stack; a bad edit gives a message, changes nothing
        and returns None."""
        cmd = EditCommand(self, layer, edit, text)
        try:
            cmd.apply_first()
        except EditError as exc:
            self.window.show_error(translate("Editing", "Cannot edit"), str(exc))
            return None
        self.stack.push(cmd)
        self._commands = getattr(self, "_commands", [])[-200:] + [cmd]  # keep Python wrappers alive
        return cmd

    def after_edit(self, layer, row_id) -> None:
        """Keep the edited enterprise selected (the canvas's own click selection comes after)."""

        def reselect():
            if row_id is not None and row_id in layer.data.index:
                layer.select([int(layer.data.index.get_loc(row_id))])

        reselect()
        QTimer.singleShot(0, reselect)

    def set_mode(self, mode: str | None) -> None:
        if mode is not None and self.point_layer() is None:
            mode = None
        self.mode = mode
        for key in ("add", "move"):
            self.actions[key].blockSignals(True)
            self.actions[key].setChecked(self.mode == key)
            self.actions[key].blockSignals(False)
        if mode == "add":
            self.window.statusBar().showMessage(translate("Editing", "Click on the map to add an enterprise there"))
        elif mode == "move":
            self.window.statusBar().showMessage(
                translate("Editing", "Select an enterprise, then click where it really is")
            )

    def on_click(self, lon: float, lat: float) -> None:
        if self.mode is None:
            return
        layer = self.point_layer(quiet=True)
        if layer is None:
            return
        if self.mode == "add":
            cmd = self.push(layer, add_point(layer.id, lon, lat), translate("Editing", "Add enterprise"))
            if cmd is not None and self.ask_attributes:
                rid = cmd.inverse.row_id
                QTimer.singleShot(0, lambda: self.edit_attributes(layer, rid))
        elif self.mode == "move":
            row_id = self.selected_row_id(layer)
            if row_id is None:
                self.window.statusBar().showMessage(
                    translate("Editing", "Select one enterprise first, then click its new place"), 5000
                )
                return
            self.push(layer, move_point(layer.id, row_id, lon, lat), translate("Editing", "Move enterprise"))

    def delete_selected(self) -> None:
        layer = self.point_layer()
        if layer is None:
            return
        rows = [layer.data.index[int(i)] for i in layer.selection]
        if not rows:
            self.window.statusBar().showMessage(translate("Editing", "Select the enterprise to delete first"), 5000)
            return
        self.stack.beginMacro(translate("Editing", "Delete enterprise"))
        try:
            for rid in rows:
                self.push(layer, DeleteFeature(layer.id, row_id=rid), translate("Editing", "Delete enterprise"))
        finally:
            self.stack.endMacro()

    def set_attributes(self, layer, row_id, values: dict) -> bool:
        """Set several fields of one enterprise as one undo step; stops at the first bad value."""
        current = layer.data.loc[row_id]
        changes = {k: v for k, v in values.items() if _text(current[k]) != v}
        if not changes:
            return True
        self.stack.beginMacro(translate("Editing", "Edit attributes"))
        ok = True
        try:
            for k, v in changes.items():
                if not self.push(
                    layer,
                    SetAttribute(layer.id, row_id=row_id, field=k, value=v),
                    translate("Editing", "Edit attributes"),
                ):
                    ok = False
                    break
        finally:
            self.stack.endMacro()
        if not ok:  # roll the partial change back
            self.stack.undo()
        return ok

    def edit_attributes(self, layer=None, row_id=None) -> None:
        layer = layer or self.point_layer()
        if layer is None:
            return
        if row_id is None:
            row_id = self.selected_row_id(layer)
        if row_id is None or row_id not in layer.data.index:
            self.window.statusBar().showMessage(translate("Editing", "Select one enterprise first"), 5000)
            return
        dlg = AttributeDialog(self.window, layer, row_id)
        dlg.accepted.connect(lambda: self.set_attributes(layer, row_id, dlg.values()))
        self._dialog = dlg
        dlg.open()

    def add_field_dialog(self) -> None:
        layer = self.point_layer()
        if layer is None:
            return
        name, ok = QInputDialog.getText(
            self.window, translate("Editing", "Add field"), translate("Editing", "Name of the new field (text):")
        )
        if ok and name.strip():
            self.push(layer, AddField(layer.id, field=name.strip()), translate("Editing", "Add field"))


def _text(v) -> str:
    import pandas as pd

    try:
        if pd.isna(v):
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(v, float) and v.is_integer():
        return str(int(v)) if abs(v) < 1e15 else str(v)
    return str(v)


class AttributeDialog(QDialog):
    """A form with one line per field of an enterprise (values as text)."""

    def __init__(self, parent, layer: VectorLayer, row_id):
        super().__init__(parent)
        self.setWindowTitle(
            translate("Editing", "Attributes") + f" — {layer.name(getattr(parent, 'lang', 'zh_CN'))} #{row_id}"
        )
        self.layer = layer
        self.row_id = row_id
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        row = layer.data.loc[row_id]
        geom = layer.data.geometry.name
        for col in layer.data.columns:
            if col == geom:
                continue
            edit = QLineEdit(_text(row[col]))
            edit.setObjectName(f"field_{col}")
            form.addRow(str(col), edit)
            self.edits[col] = edit
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        column(self, scroll, ok_cancel(self))
        self.resize(460, 520)

    def values(self) -> dict:
        return {k: e.text() for k, e in self.edits.items()}


FEATURE = Feature("editing", install=lambda ui: ui.own(EditController(ui)), attribute="edit_controller")
