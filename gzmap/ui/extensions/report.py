"""File > Export > Report map…: the print-layout dialog (see :mod:`gzmap.ui.report_dialog`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

__all__ = ["install"]


def install(window) -> QAction:
    """Add File > Export > Report map… to ``window``; its text follows the interface language."""
    action = QAction(window)
    action.setObjectName("action_export_report_map")

    def retranslate(_lang: str = "") -> None:
        action.setText(QCoreApplication.translate("Report", "Report map (PDF/SVG/PNG)…"))
        action.setStatusTip(QCoreApplication.translate(
            "Report", "Lay out a print-quality map with title, legend, scale bar and sources"))

    def open_dialog() -> None:
        from gzmap.ui.report_dialog import ReportDialog

        dlg = ReportDialog(window)
        window._report_dialog = dlg  # keep a reference while it is open (tests reach it here)
        dlg.open()

    action.triggered.connect(open_dialog)
    retranslate()
    window.language_changed.connect(retranslate)
    window.menu("file.export").addAction(action)
    return action
