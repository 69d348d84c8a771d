"""File > Export > Interactive HTML map…: one self-contained HTML file that works offline.

A small options dialog (file, title, basemap, language) runs
:func:`gzmap.export.html.export_html` through ``window.run_task`` (progress
and Cancel), then shows the export report: where the file went, its size,
and every warning (clipped values, repaired polygons, empty layers, an online
basemap that will request tiles).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.ui.dialog_parts import column
from gzmap.ui.dialog_parts import ok_cancel
from gzmap.ui.extensions import Feature
from gzmap.ui.i18n import translate

__all__ = ["FEATURE", "ExportHtmlDialog", "ExportReportDialog"]


def _basemaps() -> list[tuple[str, str]]:
    return [
        ("none", translate("ExportHtml", "None: offline vector geography only (no network)")),
        ("osm", translate("ExportHtml", "OpenStreetMap tiles (online, WGS84)")),
        ("amap", translate("ExportHtml", "Amap tiles (online, GCJ-02; overlays shifted to match)")),
    ]


class ExportHtmlDialog(QDialog):
    """Options of the export: output file, title, basemap, language."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.setObjectName("export_html_dialog")
        self.setWindowTitle(translate("ExportHtml", "Export interactive HTML map"))
        project = window.project
        self.path_edit = QLineEdit()
        default_dir = Path(project.path).parent if getattr(project, "path", None) else Path.home()
        self.path_edit.setText(str(default_dir / "gzmap.html"))
        browse = QPushButton(translate("ExportHtml", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.title_edit = QLineEdit(project.title or "")
        self.title_edit.setPlaceholderText(translate("ExportHtml", "Map title"))
        self.basemap_combo = QComboBox()
        for key, label in _basemaps():
            self.basemap_combo.addItem(label, key)
        self.lang_combo = QComboBox()
        self.lang_combo.addItem("中文（简体）", "zh_CN")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(0 if str(window.lang).startswith("zh") else 1)
        form = QFormLayout()
        form.addRow(translate("ExportHtml", "File:"), row)
        form.addRow(translate("ExportHtml", "Title:"), self.title_edit)
        form.addRow(translate("ExportHtml", "Basemap:"), self.basemap_combo)
        form.addRow(translate("ExportHtml", "Map language:"), self.lang_combo)
        note = QLabel(
            translate(
                "ExportHtml",
                "The file holds everything it needs and opens without a network. Online basemaps load tiles only when shown.",
            )
        )
        note.setWordWrap(True)
        self.buttons = ok_cancel(self, translate("ExportHtml", "Export"))
        column(self, form, note, self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ExportHtml", "Export interactive HTML map"),
            self.path_edit.text(),
            translate("ExportHtml", "HTML files (*.html *.htm)"),
        )
        if path:
            self.path_edit.setText(path)

    def options(self) -> dict:
        path = self.path_edit.text().strip()
        if path and Path(path).suffix.lower() not in (".html", ".htm"):
            path += ".html"
        return {
            "path": path,
            "title": self.title_edit.text().strip() or None,
            "basemap": self.basemap_combo.currentData(),
            "lang": self.lang_combo.currentData(),
        }


class ExportReportDialog(QDialog):
    """What the export did: the file, its size, the layers and every warning."""

    def __init__(self, report, parent=None):
        super().__init__(parent)
        self.setObjectName("export_html_report")
        self.setWindowTitle(translate("ExportHtml", "Interactive HTML map exported"))
        self.report = report
        points = sum(l["count"] for l in report.layers if l["kind"] == "points")
        summary = QLabel(
            translate(
                "ExportHtml", "Wrote {path}\n{size:.1f} MB, {layers} layers, {points} points, {seconds:.1f} s"
            ).format(
                path=report.path,
                size=report.bytes / 1e6,
                layers=len(report.layers),
                points=f"{points:,}",
                seconds=report.seconds,
            )
        )
        summary.setWordWrap(True)
        summary.setObjectName("summary")
        lay = QVBoxLayout(self)
        lay.addWidget(summary)
        self.warnings = QPlainTextEdit()
        self.warnings.setObjectName("warnings")
        self.warnings.setReadOnly(True)
        if report.warnings:
            lay.addWidget(QLabel(translate("ExportHtml", "Warnings ({n}):").format(n=len(report.warnings))))
            self.warnings.setPlainText("\n".join(f"• {w}" for w in report.warnings))
            lay.addWidget(self.warnings)
        else:
            lay.addWidget(QLabel(translate("ExportHtml", "No warnings.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)


def _export(window, opts: dict) -> None:
    from gzmap.export.html import LayerExportError
    from gzmap.export.html import export_html

    if not opts["path"]:
        window.show_error(
            translate("ExportHtml", "Export interactive HTML map"), translate("ExportHtml", "Choose a file to write.")
        )
        return
    folder = Path(opts["path"]).parent
    if not folder.is_dir():
        window.show_error(
            translate("ExportHtml", "Export interactive HTML map"),
            translate("ExportHtml", "{folder}: folder does not exist").format(folder=folder),
        )
        return

    title = translate("ExportHtml", "Export interactive HTML map")

    def done(result) -> None:
        if isinstance(result, LayerExportError):
            ask = QMessageBox.question(
                window, title, str(result) + "\n\n" + translate("ExportHtml", "Export the other layers without it?")
            )
            if ask == QMessageBox.StandardButton.Yes:
                _export(window, {**opts, "skip_failed": True})
            return
        dlg = ExportReportDialog(result, window)
        window._export_html_report = dlg  # keep it alive while shown (tests reach it here)
        dlg.open()

    project = window.project

    def job(progress=None):
        try:
            return export_html(
                project,
                opts["path"],
                title=opts["title"],
                lang=opts["lang"],
                basemap=opts["basemap"],
                skip_failed=opts.get("skip_failed", False),
                progress=progress,
            )
        except LayerExportError as exc:  # the user decides whether to export without the layer
            return exc

    window.run_task(translate("ExportHtml", "Exporting interactive HTML map"), job, on_done=done)


def install(ui) -> QAction:
    """Add File > Export > Interactive HTML map…."""
    window = ui.window

    def open_dialog() -> None:
        dlg = ExportHtmlDialog(window)
        window._export_html_dialog = dlg
        dlg.accepted.connect(lambda: _export(window, dlg.options()))
        dlg.open()

    return ui.add_translated_action(
        "file.export",
        "action_export_html",
        "ExportHtml",
        QT_TRANSLATE_NOOP("ExportHtml", "Interactive HTML map…"),
        QT_TRANSLATE_NOOP("ExportHtml", "Export the visible layers as one HTML file that works offline"),
        open_dialog,
    )


FEATURE = Feature("export_html", install=install)
