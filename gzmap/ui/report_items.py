"""The report dialog's page items: text boxes, logos, the inset's extent, saved layouts, undo.

A mixin of :class:`gzmap.ui.report_dialog.ReportDialog`, kept apart so that
each file stays short. Every change of the page edits (a drag on the
preview, a text box, a logo, a reset) is a
:class:`gzmap.ui.page_editor.LayoutEditCommand` on the window's undo stack
(the Edit menu's, when the editing feature is installed); the layout in use
and the named layouts are kept in the project after every change
(:func:`gzmap.io.print_layouts.write_layouts`).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from shiboken6 import isValid

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.layout import Rect
from gzmap.core.layout_items import MAX_TEXT_PT
from gzmap.core.layout_items import MIN_TEXT_PT
from gzmap.core.layout_items import LogoItem
from gzmap.core.layout_items import PageEdits
from gzmap.core.layout_items import TextBox
from gzmap.core.layout_items import item_name
from gzmap.io.print_layouts import PrintSettings
from gzmap.io.print_layouts import image_id
from gzmap.io.print_layouts import read_layouts
from gzmap.io.print_layouts import write_layouts
from gzmap.ui.dialog_parts import ask_open_file
from gzmap.ui.dialog_parts import ok_cancel
from gzmap.ui.i18n import translate

__all__ = ["PageItemsMixin", "apply_to_window"]

INSET_EXTENTS = [
    ("auto", QT_TRANSLATE_NOOP("Report", "Automatic (smallest that holds the map)")),
    ("gba", QT_TRANSLATE_NOOP("Report", "Greater Bay Area")),
    ("guangdong", QT_TRANSLATE_NOOP("Report", "Guangdong")),
    ("china", QT_TRANSLATE_NOOP("Report", "China")),
    ("view", QT_TRANSLATE_NOOP("Report", "Current map view")),
]


def undo_stack(window) -> QUndoStack:
    """The window's undo stack (Edit > Undo) when the editing feature is installed, else one of the window's own."""
    editing = window.feature("editing") if hasattr(window, "feature") else None
    if editing is not None and getattr(editing, "stack", None) is not None:
        return editing.stack
    stack = getattr(window, "_layout_undo_stack", None)
    if stack is None:
        stack = window._layout_undo_stack = QUndoStack(window)
    return stack


def apply_to_window(window, edits: PageEdits) -> None:
    """Make ``edits`` the page edits of the layout in use: in the open report dialog, else in the project."""
    dlg = getattr(window, "_report_dialog", None)
    if dlg is not None and isValid(dlg) and dlg.isVisible():
        dlg.set_edits(edits)
        return
    current, saved, _ = read_layouts(window.project)
    current = current or PrintSettings()
    current.edits = edits
    write_layouts(window.project, current, saved)


class _TextBoxDialog(QDialog):
    """Text (several lines) and size in points of a text box."""

    def __init__(self, parent, text: str = "", pt: float = 10.0):
        super().__init__(parent)
        self.setWindowTitle(translate("Report", "Text box"))
        self.text = QPlainTextEdit(text)
        self.pt = QDoubleSpinBox()
        self.pt.setRange(4.0, 96.0)
        self.pt.setValue(pt)
        self.pt.setSuffix(" pt")
        form = QFormLayout(self)
        form.addRow(translate("Report", "Text"), self.text)
        form.addRow(translate("Report", "Font size"), self.pt)
        form.addRow(ok_cancel(self))


class PageItemsMixin:
    """Page items, saved layouts and undo for the report dialog (see the module's docstring)."""

    # -- construction --------------------------------------------------------------------
    def _build_items_panel(self, form: QFormLayout) -> QVBoxLayout:
        """The inset extent and saved layouts rows of ``form`` and the buttons of the page items."""
        self.inset_extent = QComboBox()
        self.inset_extent.setObjectName("report_inset_extent")
        for key, label in INSET_EXTENTS:
            self.inset_extent.addItem(QCoreApplication.translate("Report", label), key)
        self.inset_extent.activated.connect(self.on_inset_extent)
        form.addRow(translate("Report", "Locator extent"), self.inset_extent)
        self.layouts = QComboBox()
        self.layouts.setObjectName("report_saved_layouts")
        self.layouts.activated.connect(self.on_layout_chosen)
        form.addRow(translate("Report", "Saved layouts"), self.layouts)
        grid = QGridLayout()
        self.item_buttons: dict[str, QPushButton] = {}
        for i, (key, text, slot) in enumerate(
            [
                ("save_as", translate("Report", "Save layout as…"), self.save_layout_as_dialog),
                ("delete", translate("Report", "Delete layout"), self.delete_layout),
                ("text", translate("Report", "Add text box…"), self.add_text_box_dialog),
                ("logo", translate("Report", "Add logo…"), self.add_logo_dialog),
                ("remove", translate("Report", "Remove item"), self.remove_selected),
                ("reset", translate("Report", "Reset positions"), self.reset_positions),
                ("undo", translate("Report", "Undo"), lambda: self.stack.undo()),
                ("redo", translate("Report", "Redo"), lambda: self.stack.redo()),
                ("full", translate("Report", "Full-size preview…"), self.full_size_preview),
            ]
        ):
            b = QPushButton(text)
            b.setObjectName(f"report_{key}")
            b.setAutoDefault(False)
            b.clicked.connect(slot)
            grid.addWidget(b, i // 2, i % 2)
            self.item_buttons[key] = b
        self.item_buttons["remove"].setEnabled(False)
        self.stack = undo_stack(self.window_)
        self._commands: list = []
        QShortcut(QKeySequence.StandardKey.Undo, self, self.stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.stack.redo)
        box = QVBoxLayout()
        box.addLayout(grid)
        return box

    # -- the layouts kept in the project ----------------------------------------------------
    def load_stored(self) -> None:
        """Show the project's layout in use (if any) and list its saved layouts."""
        current, self.saved, _warnings = read_layouts(self.window_.project, self.window_.lang)
        if current is not None:
            self.apply_settings(current)
        self._refresh_layouts()
        self._stored = self._state_key()

    def settings_from_form(self) -> PrintSettings:
        return PrintSettings(
            title=self.title.text(),
            subtitle=self.subtitle.text(),
            page_size=str(self._page_size()),
            landscape=bool(self.orientation.currentData()),
            extent_mode=str(self.extent.currentData()),
            inset=self.inset.isChecked(),
            legend=self.legend.isChecked(),
            dpi=int(self.dpi.value()),
            fmt=str(self.format.currentData()),
            edits=self.edits.copy(),
        )

    def apply_settings(self, s: PrintSettings) -> None:
        """Show ``s`` in the form and the preview (its edits replace the page's)."""
        if s.title is not None:
            self.title.setText(s.title)
        self.subtitle.setText(s.subtitle)
        index = self.size.findData(s.page_size)
        self.size.setCurrentText(self.size.itemText(index) if index >= 0 else s.page_size)
        self.orientation.setCurrentIndex(0 if s.landscape else 1)
        self.extent.setCurrentIndex(max(self.extent.findData(s.extent_mode), 0))
        self.inset.setChecked(s.inset)
        self.legend.setChecked(s.legend)
        self.dpi.setValue(s.dpi)
        self.format.setCurrentIndex(max(self.format.findData(s.fmt), 0))
        self.edits = s.edits.copy()
        self.inset_extent.setCurrentIndex(max(self.inset_extent.findData(self.edits.inset_extent), 0))
        self.schedule_preview()

    def _state_key(self) -> str:
        s = self.settings_from_form()
        saved = {k: v.to_dict() for k, v in self.saved.items()}
        images = sorted({*s.edits.images, *(i for v in self.saved.values() for i in v.edits.images)})
        return json.dumps([s.to_dict(), saved, images], sort_keys=True, default=str)

    def store(self) -> None:
        """Keep the layout in use and the saved layouts in the project when they changed."""
        key = self._state_key()
        if key != getattr(self, "_stored", None):
            write_layouts(self.window_.project, self.settings_from_form(), self.saved)
            self._stored = key

    def _refresh_layouts(self, chosen: str = "") -> None:
        self.layouts.clear()
        self.layouts.addItem(translate("Report", "(choose a saved layout)"), "")
        for name in sorted(self.saved):
            self.layouts.addItem(name, name)
        self.layouts.setCurrentIndex(max(self.layouts.findData(chosen), 0))
        self.item_buttons["delete"].setEnabled(bool(chosen))

    def on_layout_chosen(self, index: int) -> None:
        name = self.layouts.itemData(index)
        self.item_buttons["delete"].setEnabled(bool(name))
        if name and name in self.saved:
            before = self.edits.copy()
            self.apply_settings(self.saved[name])
            self.push(self.saved[name].edits, translate("Report", "Use layout {name}").format(name=name), before)

    def save_layout_as_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self, translate("Report", "Save layout as"), translate("Report", "Name of the layout")
        )
        if ok and name.strip():
            self.save_layout_as(name)

    def save_layout_as(self, name: str) -> None:
        """Keep the page as it is now as the saved layout ``name`` (replacing one of that name)."""
        name = " ".join(name.split())[:100]
        self.saved[name] = self.settings_from_form()
        self.store()
        self._refresh_layouts(name)

    def delete_layout(self) -> None:
        name = self.layouts.currentData()
        if name and name in self.saved:
            del self.saved[name]
            self.store()
            self._refresh_layouts()

    # -- edits through the undo stack ------------------------------------------------------
    def push(self, after: PageEdits, text: str, before: PageEdits | None = None) -> None:
        """Put the change from ``before`` (default: the page's edits now) to ``after`` on the undo stack,
        applying it."""
        from gzmap.ui.page_editor import LayoutEditCommand

        window = self.window_
        cmd = LayoutEditCommand(lambda e: apply_to_window(window, e), before or self.edits, after, text)
        self._commands = self._commands[-200:] + [cmd]  # keep the Python side of the commands alive
        self.stack.push(cmd)

    def set_edits(self, edits: PageEdits) -> None:
        """Show ``edits`` on the page now (an edit, its undo or redo) and keep them in the project."""
        self.edits = edits
        self.inset_extent.setCurrentIndex(max(self.inset_extent.findData(edits.inset_extent), 0))
        self.update_preview()

    def _item_text(self, key: str) -> str:
        return item_name(key.split(":")[0], self.window_.lang)

    def on_item_changed(self, key: str, rect: Rect) -> None:
        """A drag on the preview ended: ``key``'s new rectangle (page mm) goes on the undo stack."""
        after = self.edits.copy()
        kind, _, index = key.partition(":")
        old = self.preview.items().get(key)
        if kind == "text_box":
            i = int(index)
            after.text_boxes[i] = TextBox(after.text_boxes[i].text, after.text_boxes[i].pt, rect)
        elif kind == "logo":
            i = int(index)
            after.logos[i] = LogoItem(after.logos[i].image_id, rect)
        else:
            after.placed[key] = rect
        resized = old is not None and (abs(old.w - rect.w) > 0.05 or abs(old.h - rect.h) > 0.05)
        verb = translate("Report", "Resize {item}") if resized else translate("Report", "Move {item}")
        self.push(after, verb.format(item=self._item_text(key)))

    def on_selected(self, key: str) -> None:
        self.item_buttons["remove"].setEnabled(":" in key)

    def on_item_activated(self, key: str) -> None:
        if key.startswith("text_box:"):
            self.edit_text_box_dialog(int(key.split(":")[1]))

    def on_inset_extent(self, _index: int = 0) -> None:
        after = self.edits.copy()
        after.inset_extent = str(self.inset_extent.currentData())
        after.inset_view = self.window_.canvas.viewport.extent() if after.inset_extent == "view" else None
        self.push(after, translate("Report", "Locator extent"))

    def reset_positions(self) -> None:
        if self.edits.placed:
            after = self.edits.copy()
            after.placed = {}
            self.push(after, translate("Report", "Reset positions"))

    def remove_selected(self, _key: str = "") -> None:
        key = self.preview.selected
        kind, _, index = key.partition(":")
        after = self.edits.copy()
        if kind == "text_box":
            del after.text_boxes[int(index)]
        elif kind == "logo":
            del after.logos[int(index)]
        else:
            return
        self.preview.select("")
        self.push(after, translate("Report", "Remove {item}").format(item=self._item_text(key)))

    def full_size_preview(self) -> None:
        """The page at its real size on this screen (1 mm of paper is 1 mm on screen), in a scrolling window."""
        from PySide6.QtGui import QPixmap
        from PySide6.QtWidgets import QLabel
        from PySide6.QtWidgets import QScrollArea

        from gzmap.export.report import render_plan_image

        if self.plan is None:
            return
        width = int(round(self.plan.page_w / 25.4 * (self.logicalDpiX() or 96)))
        label = QLabel()
        label.setPixmap(QPixmap.fromImage(render_plan_image(self.plan, self.layers(), width)))
        area = QScrollArea()
        area.setWidget(label)
        dlg = QDialog(self)
        dlg.setWindowTitle(translate("Report", "Full-size preview"))
        QVBoxLayout(dlg).addWidget(area)
        dlg.resize(1000, 760)
        self.full_preview = dlg
        dlg.open()

    # -- text boxes and logos -----------------------------------------------------------------
    def add_text_box_dialog(self) -> None:
        dlg = _TextBoxDialog(self)
        if dlg.exec() and dlg.text.toPlainText().strip():
            self.add_text_box(dlg.text.toPlainText(), dlg.pt.value())

    def add_text_box(self, text: str, pt: float = 10.0, rect: Rect | None = None) -> None:
        """Add a text box (``pt`` points) at ``rect`` (page mm; default: the middle of the page)."""
        if rect is None:
            w, h = self._page_wh()
            rect = Rect(w / 2 - 35, h / 2 - 8, 70, 16)
        after = self.edits.copy()
        pt = min(max(float(pt), MIN_TEXT_PT), MAX_TEXT_PT)  # the bounds a saved layout is read with
        after.text_boxes.append(TextBox(text, pt, rect))
        self.push(after, translate("Report", "Add {item}").format(item=self._item_text("text_box")))

    def edit_text_box_dialog(self, i: int) -> None:
        box = self.edits.text_boxes[i]
        dlg = _TextBoxDialog(self, box.text, box.pt)
        if dlg.exec() and dlg.text.toPlainText().strip():
            after = self.edits.copy()
            after.text_boxes[i] = TextBox(dlg.text.toPlainText(), dlg.pt.value(), box.rect)
            self.push(after, translate("Report", "Edit {item}").format(item=self._item_text("text_box")))

    def _page_wh(self) -> tuple[float, float]:
        return (self.plan.page_w, self.plan.page_h) if self.plan is not None else self.settings_from_form().page_mm()

    def add_logo_dialog(self) -> None:
        title, kinds = translate("Report", "Add logo"), translate("Report", "Images")
        path = ask_open_file(self, title, kinds, "*.png *.jpg *.jpeg *.bmp *.gif *.webp", any_file=False)
        if path:
            self.add_logo(path)

    def add_logo(self, path: str, rect: Rect | None = None) -> bool:
        """Add the image at ``path`` as a logo (embedded as PNG); a bad file gives a message and adds nothing."""
        from gzmap.ui.page_editor import LogoError
        from gzmap.ui.page_editor import read_logo

        try:
            data = read_logo(path)
        except (LogoError, OSError) as exc:
            self.logo_error = str(exc)
            self.window_.show_error(translate("Report", "Cannot add the logo"), self.logo_error)
            return False
        self.logo_error = ""
        key = image_id(data)
        if rect is None:
            w, _h = self._page_wh()
            rect = Rect(w - 45, 12, 30, 20)
        after = self.edits.copy()
        after.images[key] = data
        after.logos.append(LogoItem(key, rect))
        self.push(after, translate("Report", "Add {item}").format(item=self._item_text("logo")))
        return True
