"""The enterprise import wizard: preview, column mapping, datum, then a summary before committing.

Page 1 shows the first rows of the file as read (encoding, delimiter/sheet
and header row detected), one drop-down per role (longitude, latitude, one
combined coordinate column, name, address, sub-sector, employees, revenue,
founding year) pre-filled by :func:`gzmap.io.columns.detect_columns`, the
source datum with the suggestion the file gives, and the validation options.

"Check" runs :func:`gzmap.io.enterprises.import_file` through
``window.run_task`` (worker thread, progress, Cancel). Page 2 shows rows
read / accepted / rejected with the reasons, the rejected rows (savable as
CSV) and the notes; only "Add layer" puts the layer into the project.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from gzmap.core.fields import datum_text
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.io.columns import ROLES
from gzmap.io.columns import ColumnMapping
from gzmap.io.enterprises import DEFAULT_STUDY_AREA
from gzmap.io.enterprises import ImportOptions
from gzmap.io.enterprises import ImportResult
from gzmap.io.enterprises import import_file
from gzmap.io.enterprises import preview_file
from gzmap.ui import i18n
from gzmap.ui.table_model import DataFrameModel

__all__ = ["ImportWizard", "reason_text"]

DATUM_CHOICES = ["wgs84", "gcj02", "bd09", "cgcs2000", "epsg"]
#: Roles a point file fills from its geometry.
COORDINATE_ROLES = ("lon", "lat", "coords")


#: What the wizard shows for the codes of :mod:`gzmap.io`: datums and column roles (rejection
#: reasons are :data:`gzmap.io.enterprises.REASONS`, translated in the same catalogue).
_WORDS = {
    # datums (DATUM_CHOICES)
    "wgs84": QT_TRANSLATE_NOOP("ImportWizard", "WGS84 (GPS)"),
    "gcj02": QT_TRANSLATE_NOOP("ImportWizard", "GCJ-02 (Amap, Tencent)"),
    "bd09": QT_TRANSLATE_NOOP("ImportWizard", "BD-09 (Baidu)"),
    "cgcs2000": QT_TRANSLATE_NOOP("ImportWizard", "CGCS2000"),
    "epsg": QT_TRANSLATE_NOOP("ImportWizard", "Projected CRS (EPSG code)"),
    # column roles (gzmap.io.columns.ROLES)
    "lon": QT_TRANSLATE_NOOP("ImportWizard", "Longitude"),
    "lat": QT_TRANSLATE_NOOP("ImportWizard", "Latitude"),
    "coords": QT_TRANSLATE_NOOP("ImportWizard", "Combined coordinates (lon,lat)"),
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Name"),
    "address": QT_TRANSLATE_NOOP("ImportWizard", "Address"),
    "category": QT_TRANSLATE_NOOP("ImportWizard", "Sub-sector / category"),
    "employees": QT_TRANSLATE_NOOP("ImportWizard", "Employees"),
    "revenue": QT_TRANSLATE_NOOP("ImportWizard", "Revenue"),
    "founded": QT_TRANSLATE_NOOP("ImportWizard", "Founding year"),
}


def _word(code: str) -> str:
    """The translated text of a datum or column role code."""
    return QCoreApplication.translate("ImportWizard", _WORDS[code])


def reason_text(code: str) -> str:
    """The translated text of a rejection reason code (an unknown code as it is)."""
    return ImportResult.reason_text(code, i18n.current_language())


def _notes_html(notes) -> str:
    """Notes on the reading (:func:`gzmap.io.messages.note`) in the interface language, one a line;
    escaped: they quote the file's column names and values."""
    from gzmap.core.i18n import say

    return "<br>".join(escape(say(n, i18n.current_language())) for n in notes)


def _hint_text(hint: str) -> str:
    """A datum suggestion as the datum drop-down names it (EPSG codes as they are)."""
    return _word(hint) if hint in DATUM_CHOICES else hint


def _reason_text(reason) -> str:
    """Where a datum suggestion came from (a :class:`gzmap.io.columns.DatumReason`), translated."""
    from gzmap.io.columns import datum_reason_text

    return datum_reason_text(reason, i18n.current_language())


class ImportWizard(QDialog):
    """Import one table or point file as an enterprise layer; see the module docstring.

    ``window`` is the main window (``run_task``, ``add_layer``, ``show_error``).
    After "Add layer", :attr:`layer` is the layer added.
    """

    def __init__(self, window, path, parent=None):
        super().__init__(parent or window)
        self.window_ = window
        self.path = Path(path)
        self.result_: ImportResult | None = None
        self.layer = None
        self.task = None
        self.state = "mapping"  # "mapping", "running", "summary", "done"
        self.setObjectName("import_wizard")
        self.resize(980, 680)
        self.table, self.mapping = preview_file(self.path, nrows=50)  # may raise ReadError
        self._build()
        self._fill_from_detection()
        self.retranslate()

    # -- construction ---------------------------------------------------------------
    def _build(self) -> None:
        """Both pages (mapping, summary) above the Back / Check / Add / Cancel row; texts come in retranslate."""
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_mapping_page())
        self.pages.addWidget(self._build_summary_page())
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages, 1)
        outer.addLayout(self._build_buttons())
        self._update_buttons()

    def _build_mapping_page(self) -> QWidget:
        """Page 1: what was detected in the file, its first rows, the column drop-downs and the datum options."""
        page = QWidget()
        v = QVBoxLayout(page)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        v.addWidget(self.file_label)
        split = QSplitter(Qt.Orientation.Vertical)
        self.preview = QTableView()
        self.preview_model = DataFrameModel(self.table.data.head(50))
        self.preview.setModel(self.preview_model)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        split.addWidget(self.preview)
        lower = QWidget()
        h = QHBoxLayout(lower)
        h.addWidget(self._build_mapping_box(), 1)
        h.addWidget(self._build_datum_box(), 1)
        split.addWidget(lower)
        split.setSizes([260, 360])
        v.addWidget(split, 1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        v.addWidget(self.status_label)
        return page

    def _build_mapping_box(self) -> QGroupBox:
        """One drop-down of the file's columns per role; a point file's coordinates come from its geometry."""
        self.map_box = QGroupBox()
        form = QFormLayout(self.map_box)
        self.role_labels: dict[str, QLabel] = {}
        self.role_combos: dict[str, QComboBox] = {}
        cols = [str(c) for c in self.table.data.columns]
        for role in ROLES:
            combo = QComboBox()
            combo.setObjectName(f"role_{role}")
            combo.addItem("", None)
            for c in cols:
                combo.addItem(c, c)
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            combo.setEnabled(not (self.table.kind == "vector" and role in COORDINATE_ROLES))
            label = QLabel()
            self.role_labels[role] = label
            self.role_combos[role] = combo
            form.addRow(label, combo)
        return self.map_box

    def _build_datum_box(self) -> QGroupBox:
        """The source datum (with an EPSG code field and the file's suggestion) and the validation options."""
        self.datum_box = QGroupBox()
        form = QVBoxLayout(self.datum_box)
        self.datum_combo = QComboBox()
        self.datum_combo.setObjectName("datum")
        for key in DATUM_CHOICES:
            self.datum_combo.addItem("", key)
        self.datum_combo.currentIndexChanged.connect(self._on_datum_changed)
        self.epsg_edit = QLineEdit()
        self.epsg_edit.setPlaceholderText("EPSG:4526")
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.swap_check = QCheckBox()
        self.area_check = QCheckBox()
        self.area_check.setChecked(True)
        self.dup_check = QCheckBox()
        self.dup_check.setChecked(True)
        self.unknown_check = QCheckBox()
        # rows with more cells than the header: rejected (default) or their extra cells kept in columns
        self.extra_check = QCheckBox()
        self.extra_check.setObjectName("keep_extra_cells")
        self.extra_check.setEnabled(self.table.kind != "vector")
        for w in (
            self.datum_combo,
            self.epsg_edit,
            self.suggestion_label,
            self.swap_check,
            self.area_check,
            self.dup_check,
            self.unknown_check,
            self.extra_check,
        ):
            form.addWidget(w)
        form.addStretch(1)
        return self.datum_box

    def _build_summary_page(self) -> QWidget:
        """Page 2: counts, reasons, the rejected rows (savable), the layer name and the notes."""
        page = QWidget()
        v = QVBoxLayout(page)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        v.addWidget(self.summary_label)
        self.reasons_list = QListWidget()
        self.reasons_list.setMaximumHeight(130)
        v.addWidget(self.reasons_list)
        self.rejected_label = QLabel()
        v.addWidget(self.rejected_label)
        self.rejected_view = QTableView()
        self.rejected_model = DataFrameModel()
        self.rejected_view.setModel(self.rejected_model)
        v.addWidget(self.rejected_view, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_rejected_dialog)
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.name_label = QLabel()
        self.name_edit = QLineEdit(self.path.stem)
        row.addWidget(self.name_label)
        row.addWidget(self.name_edit, 1)
        v.addLayout(row)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        v.addWidget(self.notes_label)
        return page

    def _build_buttons(self) -> QHBoxLayout:
        """Back, Check rows, Add layer and Cancel, right-aligned (which show depends on the page)."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.run_import)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.commit)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        for b in (self.back_button, self.next_button, self.add_button, self.cancel_button):
            buttons.addWidget(b)
        return buttons

    def _fill_from_detection(self) -> None:
        m = self.mapping
        for role in ROLES:
            col = m.get(role)
            combo = self.role_combos[role]
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(col), 0) if col else 0)
            combo.blockSignals(False)
        hint = m.datum_hint
        key = hint if hint in DATUM_CHOICES else ("epsg" if hint and hint.startswith("EPSG:") else None)
        if key is None:
            key = "gcj02"  # most Chinese enterprise tables are geocoded by Amap; the label says it is a guess
        self.datum_combo.setCurrentIndex(self.datum_combo.findData(key))
        if hint and hint.startswith("EPSG:"):
            self.epsg_edit.setText(hint)
        self.swap_check.setChecked(bool(m.swapped))
        self._on_datum_changed()

    # -- language -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import enterprises — %1").replace("%1", self.path.name))
        t = self.table
        where = []
        if t.kind == "vector":
            where.append(self.tr("point file; coordinates from the geometry; CRS %1").replace("%1", str(t.crs)))
        elif t.kind == "excel":
            where.append(self.tr("sheet %1").replace("%1", str(t.sheet)))
        else:
            where.append(self.tr("encoding %1").replace("%1", t.encoding_label))
            delim = {",": self.tr("comma"), "\t": self.tr("tab"), ";": self.tr("semicolon"), "|": "|"}
            where.append(self.tr("delimiter: %1").replace("%1", delim.get(t.delimiter, str(t.delimiter))))
        if t.kind != "vector":
            rows = ", ".join(str(r) for r in t.header_rows)
            where.append(self.tr("header in row %1").replace("%1", rows))
        self.file_label.setText(
            f"<b>{escape(self.path.name)}</b> — "
            + "; ".join(where)
            + ("<br>" + _notes_html(t.notes) if t.notes else "")
        )
        self.map_box.setTitle(self.tr("Columns"))
        self.datum_box.setTitle(self.tr("Coordinates"))
        none_text = self.tr("(none)")
        for role in ROLES:
            self.role_labels[role].setText(_word(role))
            from_geometry = self.table.kind == "vector" and role in COORDINATE_ROLES
            self.role_combos[role].setItemText(0, self.tr("(from the geometry)") if from_geometry else none_text)
        for i, key in enumerate(DATUM_CHOICES):
            self.datum_combo.setItemText(i, _word(key))
        m = self.mapping
        if m.datum_hint and getattr(m.datum_reason, "kind", "") == "crs":
            self.suggestion_label.setText(
                self.tr(
                    "The file says %1. Files exported from Amap or Baidu keep GCJ-02 or BD-09 coordinates "
                    "even when they say WGS84: please check."
                ).replace("%1", _hint_text(m.datum_hint))
            )
        elif m.datum_hint:
            self.suggestion_label.setText(
                self.tr("Suggested: %1, from %2")
                .replace("%1", _hint_text(m.datum_hint))
                .replace("%2", _reason_text(m.datum_reason))
            )
        else:
            self.suggestion_label.setText(
                self.tr(
                    "The file does not say which datum its coordinates use. "
                    "Tables geocoded by Amap are GCJ-02, by Baidu BD-09, "
                    "GPS readings WGS84: please check."
                )
            )
        self.swap_check.setText(
            self.tr("Fix rows whose latitude and longitude are swapped")
            + (" " + self.tr("(detected)") if m.swapped else "")
        )
        self.area_check.setText(self.tr("Reject points far outside the Greater Bay Area"))
        self.dup_check.setText(self.tr("Reject exact duplicate rows"))
        self.unknown_check.setText(self.tr("Reject rows whose category is not a known sub-sector"))
        self.extra_check.setText(self.tr("Keep cells beyond the header in extra columns (else reject those rows)"))
        self.back_button.setText(self.tr("< Back"))
        self.next_button.setText(self.tr("Check rows >"))
        self.add_button.setText(self.tr("Add layer"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save rejected rows as CSV…"))
        self.name_label.setText(self.tr("Layer name:"))
        self.rejected_label.setText(self.tr("Rejected rows"))
        if self.result_ is not None:
            self._show_summary()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "pages"):
            self.retranslate()
        super().changeEvent(event)

    # -- page 1 -------------------------------------------------------------------
    def _on_datum_changed(self, *_):
        self.epsg_edit.setEnabled(self.datum_combo.currentData() == "epsg")

    def _on_mapping_changed(self, *_):
        if self.status_label.text():
            self.status_label.setText("")

    def current_mapping(self) -> ColumnMapping:
        """The mapping as the drop-downs say (detection details such as the coordinate format kept)."""
        from dataclasses import replace

        values = {role: self.role_combos[role].currentData() for role in ROLES}
        return replace(self.mapping, **values)

    def source_datum(self) -> str:
        key = self.datum_combo.currentData()
        if key == "epsg":
            text = self.epsg_edit.text().strip()
            return text if text.upper().startswith("EPSG:") else f"EPSG:{text}"
        return key

    def options(self) -> ImportOptions:
        return ImportOptions(
            mapping=self.current_mapping(),
            source_datum=self.source_datum(),
            fix_swapped=self.swap_check.isChecked(),
            study_area=DEFAULT_STUDY_AREA if self.area_check.isChecked() else None,
            drop_duplicates=self.dup_check.isChecked(),
            reject_unknown_category=self.unknown_check.isChecked(),
            encoding=self.table.encoding if self.table.kind == "text" else None,
            delimiter=self.table.delimiter if self.table.kind == "text" else None,
            sheet=self.table.sheet,
            extra_cells="keep" if self.extra_check.isChecked() else "reject",
            lang=i18n.current_language(),
        )

    def _problem(self) -> str | None:
        m = self.current_mapping()
        if self.table.kind == "vector":
            pass  # the geometry gives the coordinates
        elif not m.coords and not (m.lon and m.lat):
            return self.tr("Choose the longitude and latitude columns, or one combined coordinate column.")
        if m.lon and m.lon == m.lat:
            return self.tr("Longitude and latitude must be different columns.")
        if self.datum_combo.currentData() == "epsg":
            from gzmap.core.datums import DatumError
            from gzmap.core.datums import normalize_datum

            try:
                normalize_datum(self.source_datum())
            except DatumError:
                return self.tr("%1 is not an EPSG code this computer knows.").replace("%1", self.source_datum())
        return None

    def run_import(self) -> None:
        """Run the import in a worker (progress + Cancel); the summary page follows."""
        problem = self._problem()
        if problem:
            self.status_label.setText(problem)
            return
        self.state = "running"
        self._update_buttons()
        self.status_label.setText(self.tr("Reading and checking every row…"))
        self.task = self.window_.run_task(
            self.tr("Importing %1").replace("%1", self.path.name),
            import_file,
            self.path,
            self.options(),
            on_done=self._on_done,
            on_error=self._on_error,
        )
        self.task.ended.connect(self._on_task_ended)

    def _on_task_ended(self, state: str) -> None:
        if state == "cancelled":
            self.state = "mapping"
            self.status_label.setText(self.tr("Import cancelled; nothing was added."))
            self._update_buttons()

    def _on_error(self, text: str) -> None:
        self.state = "mapping"
        self.status_label.setText(text)
        self._update_buttons()

    def _on_done(self, result: ImportResult) -> None:
        self.result_ = result
        self.state = "summary"
        self.status_label.setText("")
        self._show_summary()
        self.pages.setCurrentIndex(1)
        self._update_buttons()

    # -- page 2 -------------------------------------------------------------------
    def _show_summary(self) -> None:
        r = self.result_
        self.summary_label.setText(
            self.tr("<b>%1</b> rows read: <b>%2</b> will be added, <b>%3</b> rejected.")
            .replace("%1", f"{r.rows_read:,}")
            .replace("%2", f"{r.n_accepted:,}")
            .replace("%3", f"{r.n_rejected:,}")
            + " "
            + self.tr("Coordinates converted from %1 to WGS84.").replace("%1", datum_text(r.source_datum))
        )
        self.reasons_list.clear()
        for code, count in r.reason_counts():
            self.reasons_list.addItem(f"{count:,}  {reason_text(code)}")
        if len(r.warnings):
            self.reasons_list.addItem(
                self.tr("%1 cells in numeric columns are not numbers (rows kept, cells left empty)").replace(
                    "%1", f"{len(r.warnings):,}"
                )
            )
        self.rejected_model.set_frame(r.rejected, user_columns=[str(c) for c in self.table.data.columns])
        self.rejected_view.resizeColumnsToContents()
        self.save_button.setEnabled(r.n_rejected > 0)
        notes = _notes_html(r.notes)
        if r.n_accepted == 0:
            none = self.tr("No row could be placed: check the coordinate columns and the datum.")
            notes = none + ("<br>" + notes if notes else "")
        self.notes_label.setText(notes)

    def save_rejected(self, path) -> Path:
        """Write the rejected rows (reason, file row, column, original values) to ``path`` as CSV."""
        return self.result_.save_rejected(path, i18n.current_language())

    def save_rejected_dialog(self) -> None:
        default = str(self.path.with_name(self.path.stem + ".rejected.csv"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"), default, "CSV (*.csv)")
        if path:
            try:
                self.save_rejected(path)
            except OSError as exc:
                self.window_.show_error(self.tr("Cannot save"), f"{path}: {exc.strerror or exc}")

    def go_back(self) -> None:
        self.pages.setCurrentIndex(0)
        self.state = "mapping"
        self._update_buttons()

    def commit(self) -> None:
        """Add the accepted rows to the project as a layer styled by sub-sector, and close."""
        r = self.result_
        if r is None or r.n_accepted == 0:
            return
        name = self.name_edit.text().strip() or self.path.stem
        self.layer = r.layer(name, name)
        self.window_.add_layer(self.layer, zoom=True)
        self.state = "done"
        self.accept()

    def _update_buttons(self) -> None:
        on_summary = self.pages.currentIndex() == 1
        running = self.state == "running"
        self.back_button.setVisible(on_summary)
        self.next_button.setVisible(not on_summary)
        self.next_button.setEnabled(not running)
        self.add_button.setVisible(on_summary)
        self.add_button.setEnabled(on_summary and self.result_ is not None and self.result_.n_accepted > 0)
