"""Parts every dialog and dock of the window has: OK/Cancel buttons, a column and a row of its contents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from gzmap.ui.i18n import translate

__all__ = ["add_choices", "ask_open_file", "column", "ok_cancel", "row"]

#: The context of Qt's own file dialog texts: "All Files (*)" comes translated from Qt's catalogue.
_QT_FILE_DIALOG = "QFileDialog"


def add_choices(box: QComboBox, context: str, texts: dict[str, str]) -> None:
    """Add to ``box`` one item per key of ``texts`` (key -> English text marked in ``context``): the
    text in the interface language, the key as the item's data."""
    for key, text in texts.items():
        box.addItem(translate(context, text), key)


def ask_open_file(
    parent: QWidget, title: str, kinds: str, patterns: str, start: str = "", any_file: bool = True
) -> str:
    """The file the user picks in an open dialog ("" if cancelled): files of ``kinds`` (a translated
    name) matching ``patterns`` ("*.csv *.xlsx"), and all files unless ``any_file`` is False."""
    offered = f"{kinds} ({patterns})"
    if any_file:
        offered += ";;" + QCoreApplication.translate(_QT_FILE_DIALOG, "All Files (*)")
    path, _ = QFileDialog.getOpenFileName(parent, title, start, offered)
    return path


def ok_cancel(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """OK and Cancel buttons that accept and reject ``dialog``; OK reads ``ok_text`` when given
    (Qt translates the standard texts)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


Part = QWidget | QLayout | tuple[QWidget | QLayout, int]


def _fill(layout: QBoxLayout, parts: tuple[Part, ...]) -> QBoxLayout:
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def column(dialog: QWidget, *parts: Part) -> QVBoxLayout:
    """``dialog``'s layout: ``parts`` (widgets and layouts; ``(part, stretch)`` to let one grow) one
    under the other."""
    layout = QVBoxLayout(dialog)
    _fill(layout, parts)
    return layout


def row(*parts: Part) -> QHBoxLayout:
    """A layout of ``parts`` (as in :func:`column`) side by side."""
    layout = QHBoxLayout()
    _fill(layout, parts)
    return layout
