"""File > Export > Report map…: lay out a print page with a live preview and export PDF/SVG/PNG.

The preview is drawn by the same layout renderer that writes the files
(:func:`gzmap.export.report.render_page_image`), so the preview is the page.
Layout problems (an unknown page size, a title too long for the page, an
extent with no data) show as a one-line message under the preview and
disable Export. The export itself runs in the window's worker with progress
and Cancel, and writes atomically.

The preview is also the page editor (:class:`gzmap.ui.page_editor.PagePreview`):
the title, legend, scale bar, north arrow and locator inset can be dragged and
resized, text boxes and a logo added, the inset's extent chosen; each change
goes on the window's undo stack (Edit > Undo, Ctrl+Z here). The layout in use
and named saved layouts are kept in the project (:mod:`gzmap.io.print_layouts`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.layout import PAGE_SIZES_MM
from gzmap.core.layout import Layout
from gzmap.core.layout import LayoutError
from gzmap.core.layout_items import PageEdits
from gzmap.ui.report_items import PageItemsMixin
from gzmap.ui.report_year import ReportYear

__all__ = ["ReportDialog"]

FORMATS = [
    ("pdf", QT_TRANSLATE_NOOP("Report", "PDF (vector)")),
    ("svg", QT_TRANSLATE_NOOP("Report", "SVG (vector)")),
    ("png", QT_TRANSLATE_NOOP("Report", "PNG (image)")),
]
#: Paper sizes with a name in words (the ISO ones, A4, B5…, are codes in every language).
PAPER_NAMES = {
    "Letter": QT_TRANSLATE_NOOP("Report", "Letter"),
    "Legal": QT_TRANSLATE_NOOP("Report", "Legal"),
    "Tabloid": QT_TRANSLATE_NOOP("Report", "Tabloid"),
}


class ReportDialog(PageItemsMixin, QDialog):
    """Options on the left, the page preview (and editor) on the right."""

    PREVIEW_WIDTH = 620

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(QCoreApplication.translate("Report", "Export report map"))
        self.preview_image: QImage | None = None
        self.error: str = ""
        self.last_output: Path | None = None
        self.edits = PageEdits()
        self.plan = None
        form = self._build_form()
        self._build_preview()
        self._build_buttons()
        self._arrange(form, self._build_items_panel(form))
        self._connect_preview()
        self.load_stored()
        self.update_preview()

    # -- construction ------------------------------------------------------------------
    def _build_form(self) -> QFormLayout:
        """The options: title, subtitle, page size and orientation, extent, resolution, format, inset, legend,
        photos."""
        zh = self.window_.lang.startswith("zh")
        self.title = QLineEdit(
            getattr(self.window_.project, "title", "")
            or ("广州市数字文化产业地图" if zh else "Guangzhou digital-culture industry map")
        )
        self.subtitle = QLineEdit()
        self.size = QComboBox()
        self.size.setEditable(True)  # a custom size can be typed as 400x300 (mm)
        for name in PAGE_SIZES_MM:
            self.size.addItem(
                QCoreApplication.translate("Report", PAPER_NAMES[name]) if name in PAPER_NAMES else name, name
            )
        self.size.setCurrentText("A4")
        self.orientation = QComboBox()
        self.orientation.addItem(QCoreApplication.translate("Report", "Landscape"), True)
        self.orientation.addItem(QCoreApplication.translate("Report", "Portrait"), False)
        self.extent = QComboBox()
        self.extent.addItem(QCoreApplication.translate("Report", "Current map view"), "view")
        self.extent.addItem(QCoreApplication.translate("Report", "All visible layers"), "all")
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 1200)
        self.dpi.setSingleStep(50)
        self.dpi.setValue(300)
        self.dpi.setSuffix(" dpi")
        self.format = QComboBox()
        for key, label in FORMATS:
            self.format.addItem(QCoreApplication.translate("Report", label), key)
        self.inset = QCheckBox(QCoreApplication.translate("Report", "Locator inset"))
        self.inset.setChecked(True)
        self.legend = QCheckBox(QCoreApplication.translate("Report", "Legend"))
        self.legend.setChecked(True)
        self.photos = QCheckBox(QCoreApplication.translate("Report", "Photos of the features on the page"))
        self.photos.setToolTip(
            QCoreApplication.translate("Report", "A strip of surveyors' photos under the map, with the features' names")
        )
        self.year = ReportYear(self.window_.lang)  # the report's year: as the map shows, or as of a year
        self.year.fill(self.window_.project.layers)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Report", "Title"), self.title)
        form.addRow(QCoreApplication.translate("Report", "Subtitle"), self.subtitle)
        form.addRow(QCoreApplication.translate("Report", "Page size"), self.size)
        form.addRow(QCoreApplication.translate("Report", "Orientation"), self.orientation)
        form.addRow(QCoreApplication.translate("Report", "Extent"), self.extent)
        form.addRow(ReportYear.label(self.window_.lang), self.year)
        form.addRow(QCoreApplication.translate("Report", "Resolution"), self.dpi)
        form.addRow(QCoreApplication.translate("Report", "Format"), self.format)
        form.addRow("", self.inset)
        form.addRow("", self.legend)
        form.addRow("", self.photos)
        return form

    def _build_preview(self) -> None:
        """The page preview (at least PREVIEW_WIDTH pixels wide) and the layout message under it."""
        from gzmap.ui.page_editor import PagePreview

        self.preview = PagePreview()
        self.preview.setObjectName("report_page_preview")
        self.preview.setMinimumSize(self.PREVIEW_WIDTH, int(self.PREVIEW_WIDTH * 0.72))
        self.preview.item_changed.connect(self.on_item_changed)
        self.preview.item_activated.connect(self.on_item_activated)
        self.preview.selected_changed.connect(self.on_selected)
        self.preview.delete_requested.connect(self.remove_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            QCoreApplication.translate("Report", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.clicked.connect(self.choose_and_export)
        self.buttons.rejected.connect(self.reject)

    def _arrange(self, form: QFormLayout, items: QVBoxLayout) -> None:
        """Options and page items on the left, preview and message on the right, buttons below."""
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(items)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.message)
        top = QHBoxLayout()
        top.addLayout(left, 0)
        top.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(top, 1)
        outer.addWidget(self.buttons)

    def _connect_preview(self) -> None:
        """Redraw the preview 250 ms after the last change of an option (typing does not redraw per key)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        for w in (self.title, self.subtitle):
            w.textChanged.connect(self.schedule_preview)
        self.size.currentTextChanged.connect(self.schedule_preview)
        for w in (self.orientation, self.extent, self.format, self.year):
            w.currentIndexChanged.connect(self.schedule_preview)
        for w in (self.inset, self.legend, self.photos):
            w.toggled.connect(self.schedule_preview)
        self.dpi.valueChanged.connect(self.schedule_preview)

    # -- the layout ------------------------------------------------------------------
    def layers(self):
        """The layers the page is drawn from: the project's, as of the report's year when one is chosen."""
        return self.year.layers(self.window_.project.layers)

    def _page_size(self) -> str:
        """The page size chosen (its name in the data of the item shown) or typed (``400x300``)."""
        index = self.size.findText(self.size.currentText())
        return self.size.itemData(index) if index >= 0 else self.size.currentText()

    def layout_from_form(self) -> Layout:
        extent = None
        if self.extent.currentData() == "view":
            extent = self.window_.canvas.viewport.extent()
        layout = Layout(
            title=self.title.text(),
            subtitle=self.subtitle.text() or self.year.caption(),
            page_size=self._page_size(),
            landscape=bool(self.orientation.currentData()),
            extent=extent,
            lang=self.window_.lang,
            inset=self.inset.isChecked(),
            legend=self.legend.isChecked(),
            edits=self.edits,
        )
        if not self.photos.isChecked():
            return layout
        from gzmap.export.print_photos import with_page_photos

        return with_page_photos(layout, self.window_.project, self.layers())

    def schedule_preview(self, *_):
        self._timer.start()

    def update_preview(self) -> None:
        """Redraw the page preview with the layout renderer (or show why it cannot be laid out)."""
        from gzmap.export.report import plan_page
        from gzmap.export.report import render_plan_image

        layout = self.layout_from_form()
        try:
            w, h = layout.page_mm()
            avail_w = max(self.preview.width(), self.PREVIEW_WIDTH) - 8
            avail_h = max(self.preview.height(), int(self.PREVIEW_WIDTH * 0.72)) - 8
            width = int(min(avail_w, avail_h * w / h))
            layers = self.layers()
            plan = plan_page(layout, layers, "auto")
            img = render_plan_image(plan, layers, max(width, 100))
        except (LayoutError, ValueError) as exc:
            self.error = str(exc)
            self.message.setText(self.error)
            self.export_button.setEnabled(False)
            return
        self.error = ""
        self.message.setText("")
        self.export_button.setEnabled(True)
        self.preview_image, self.plan = img, plan
        self.preview.set_page(img, plan)
        self.store()

    # -- export --------------------------------------------------------------------
    def choose_and_export(self) -> None:
        fmt = self.format.currentData()
        filters = {
            "pdf": QCoreApplication.translate("Report", "PDF files (*.pdf)"),
            "svg": QCoreApplication.translate("Report", "SVG files (*.svg)"),
            "png": QCoreApplication.translate("Report", "PNG images (*.png)"),
        }
        name = (self.title.text().strip() or "map").replace("/", "_")[:60] + "." + fmt
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("Report", "Export report map"), name, filters[fmt]
        )
        if path:
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
            self.export_to(path)

    def export_to(self, path: str, on_done=None):
        """Export to ``path`` in the window's worker (progress and Cancel); returns the task."""
        from gzmap.export.report import export_report

        layout = self.layout_from_form()

        def done(result):
            self.last_output = Path(result)
            if on_done is not None:
                on_done(result)
            self.accept()

        return self.window_.run_task(
            QCoreApplication.translate("Report", "Exporting report map"),
            export_report,
            path,
            layout,
            self.layers(),
            fmt=self.format.currentData(),
            dpi=float(self.dpi.value()),
            on_done=done,
        )

    def resizeEvent(self, event):  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self.schedule_preview()
