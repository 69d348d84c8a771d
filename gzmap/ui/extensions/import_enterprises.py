"""File > Import > Enterprise table…, and tables dropped on the window, open the import wizard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from gzmap.io.tables import TABLE_SUFFIXES

__all__ = ["ImportExtension", "install"]


class ImportExtension:
    """What :func:`install` adds (kept on ``window.enterprise_import``)."""

    def __init__(self, window):
        self.window = window
        self.wizard = None
        self.action = QAction(window)
        self.action.setObjectName("import_enterprises")
        self.action.triggered.connect(self.choose_file)
        window.menu("file.import").addAction(self.action)
        for suffix in TABLE_SUFFIXES:
            window.file_handlers[suffix] = self.open_wizard
        window.language_changed.connect(lambda _lang: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("ImportEnterprises", "Enterprise table (CSV/Excel/points)…"))
        self.action.setStatusTip(QCoreApplication.translate(
            "ImportEnterprises", "Import enterprise locations from a CSV/Excel table or a point file"))

    def choose_file(self) -> None:
        filt = (QCoreApplication.translate("ImportEnterprises", "Tables and point files")
                + " (*.csv *.txt *.tsv *.xlsx *.xls *.geojson *.json *.shp *.gpkg *.parquet *.kml);;"
                + QCoreApplication.translate("ImportEnterprises", "All files") + " (*)")
        path, _ = QFileDialog.getOpenFileName(
            self.window, QCoreApplication.translate("ImportEnterprises", "Import enterprises"), "", filt)
        if path:
            self.open_wizard(path)

    def open_wizard(self, path: str):
        """Open the wizard on ``path``; unreadable files give a one-line message instead."""
        from gzmap.io.errors import ReadError
        from gzmap.ui.import_wizard import ImportWizard

        if Path(path).suffix.lower() not in TABLE_SUFFIXES:
            return self._import_point_file(path)
        try:
            self.wizard = ImportWizard(self.window, path)
        except ReadError as exc:
            self.window.show_error(QCoreApplication.translate("ImportEnterprises", "Cannot import file"), str(exc))
            return None
        except Exception as exc:  # a reader bug must not take the app down
            text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            self.window.show_error(QCoreApplication.translate("ImportEnterprises", "Cannot import file"),
                                   f"{path}: {text}")
            return None
        self.wizard.show()
        return self.wizard

    def _import_point_file(self, path: str):
        """Point files (GeoJSON, Shapefile, ...) need no column mapping: import with the file's CRS."""
        from gzmap.io.enterprises import import_file

        def done(res):
            if res.n_accepted == 0:
                self.window.show_error(QCoreApplication.translate("ImportEnterprises", "Cannot import file"),
                                       "\n".join(res.problems(5)) or path)
                return
            self.window.add_layer(res.layer(), zoom=True)

        return self.window.run_task(QCoreApplication.translate("ImportEnterprises", "Importing %1")
                                    .replace("%1", Path(path).name), import_file, path, on_done=done)


def install(window) -> ImportExtension:
    ext = ImportExtension(window)
    window.enterprise_import = ext
    return ext
