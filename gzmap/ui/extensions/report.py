"""File > Export > Report map…: the print-layout dialog (see :mod:`gzmap.ui.report_dialog`)."""

from __future__ import annotations

from PySide6.QtGui import QAction

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.ui.extensions import Feature

__all__ = ["FEATURE"]


def install(ui) -> QAction:
    """Add File > Export > Report map…; its text follows the interface language."""
    window = ui.window

    def open_dialog() -> None:
        from gzmap.ui.report_dialog import ReportDialog

        dlg = ReportDialog(window)
        window._report_dialog = dlg  # keep a reference while it is open (tests reach it here)
        dlg.open()

    return ui.add_translated_action(
        "file.export",
        "action_export_report_map",
        "Report",
        QT_TRANSLATE_NOOP("Report", "Report map (PDF/SVG/PNG)…"),
        QT_TRANSLATE_NOOP("Report", "Lay out a print-quality map with title, legend, scale bar and sources"),
        open_dialog,
    )


FEATURE = Feature("report", install=install)
