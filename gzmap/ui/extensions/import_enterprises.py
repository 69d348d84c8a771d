"""File > Import > Enterprise table…, and tables or point files dropped on the window, open the import wizard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from gzmap.io.errors import first_line
from gzmap.io.tables import TABLE_SUFFIXES
from gzmap.io.vector import VECTOR_SUFFIXES
from gzmap.io.vector import is_point_file
from gzmap.ui.extensions import Feature
from gzmap.ui.i18n import translate

__all__ = ["FEATURE", "ImportExtension"]


class ImportExtension:
    """File > Import > Enterprise table… and the dropped tables and point files (``window.feature("import_enterprises")``)."""

    def __init__(self, ui):
        window = ui.window
        self.window = window
        self.wizard = None
        self.action = QAction(window)
        self.action.setObjectName("import_enterprises")
        self.action.triggered.connect(self.choose_file)
        ui.add_action("file.import", self.action)
        for suffix in TABLE_SUFFIXES:
            ui.open_suffix(suffix, self.open_wizard)
        ui.open_files(is_point_file, self.open_wizard)  # other vector files open as layers
        ui.on_language_changed(self.retranslate)
        self.retranslate()

    def retranslate(self, _lang: str = "") -> None:
        self.action.setText(translate("ImportEnterprises", "Enterprise table (CSV/Excel/points)…"))
        self.action.setStatusTip(
            translate("ImportEnterprises", "Import enterprise locations from a CSV/Excel table or a point file")
        )

    def choose_file(self) -> None:
        filt = (
            translate("ImportEnterprises", "Tables and point files")
            + " (*.csv *.txt *.tsv *.xlsx *.xls *.geojson *.json *.shp *.gpkg *.parquet *.kml);;"
            + translate("ImportEnterprises", "All files")
            + " (*)"
        )
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("ImportEnterprises", "Import enterprises"), "", filt
        )
        if path:
            self.open_wizard(path)

    def open_wizard(self, path: str):
        """Open the wizard on ``path``; unreadable files give a one-line message instead."""
        from gzmap.io.errors import ReadError
        from gzmap.ui.import_wizard import ImportWizard

        if Path(path).suffix.lower() in VECTOR_SUFFIXES and not is_point_file(path):
            self.window.show_error(
                translate("ImportEnterprises", "Cannot import file"),
                translate(
                    "ImportEnterprises",
                    "%1 holds no points; open it as a layer with File > Open vector layer… instead.",
                ).replace("%1", Path(path).name),
            )
            return None
        try:
            self.wizard = ImportWizard(self.window, path)
        except ReadError as exc:
            self.window.show_error(translate("ImportEnterprises", "Cannot import file"), str(exc))
            return None
        except Exception as exc:  # a reader bug must not take the app down
            text = first_line(exc)
            self.window.show_error(translate("ImportEnterprises", "Cannot import file"), f"{path}: {text}")
            return None
        self.wizard.show()
        return self.wizard


FEATURE = Feature("import_enterprises", install=ImportExtension, attribute="enterprise_import")
