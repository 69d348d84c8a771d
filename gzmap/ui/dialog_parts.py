"""Parts every dialog of the window has: OK/Cancel buttons and a column of its contents."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLayout
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

__all__ = ["column", "ok_cancel"]


def ok_cancel(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """OK and Cancel buttons that accept and reject ``dialog``; OK reads ``ok_text`` when given
    (Qt translates the standard texts)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def column(dialog: QWidget, *parts: QWidget | QLayout) -> QVBoxLayout:
    """``dialog``'s layout: ``parts`` (widgets and layouts) one under the other."""
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout
