"""Indicator layers in the app.

* Layer > Load indicator table… – read a CSV/XLSX indicator table, join it to
  the districts or the GBA cities (whichever its regions match), show the
  match report (unmatched rows with row numbers, regions without data,
  problems; savable as CSV) and add a choropleth layer;
* Analysis > Enterprise indicators by district – count, density, per 10,000
  residents and sub-sector shares of the current point layer;
* Analysis > Statistics by district… (count, sum or mean of a field of a point
  layer per district, optionally by category: :mod:`gzmap.ui.district_summary_dialog`);
* Analysis > GBA competitor view;
* View > Symbology / Legend docks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QDockWidget
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QVBoxLayout

from gzmap.ui.dialog_parts import ask_open_file
from gzmap.ui.extensions import Feature
from gzmap.ui.i18n import translate
from gzmap.ui.legend_panel import LegendPanel
from gzmap.ui.symbology_panel import SymbologyPanel

__all__ = ["FEATURE", "IndicatorsExtension"]


def load_indicator_layer(path: str, target: str | None = None, progress=None):
    """Read ``path`` and join it to ``target`` ('districts'/'gba'; None = the one more rows match).

    Returns ``(frame, table)``. Runs in a worker thread (no Qt).
    """
    from gzmap.analysis.indicators import join_indicators
    from gzmap.core.progress import report
    from gzmap.io.indicators import read_indicator_table

    report(progress, 0.05, "reading")
    table = read_indicator_table(path)
    if target is None:
        best = None
        for cand in ("districts", "gba"):
            frame = join_indicators(table, cand)
            score = len(frame.report.matched)
            if best is None or score > best[0]:
                best = (score, frame)
        frame = best[1]
    else:
        frame = join_indicators(table, target)
    report(progress, 1.0, "joined")
    return frame, table


class MatchReportDialog(QDialog):
    """The join report: what matched, what did not (by row), regions without data, problems."""

    def __init__(self, frame, lang: str, parent=None):
        super().__init__(parent)
        self.frame = frame
        rep = frame.report
        self.setWindowTitle(translate("Indicators", "Indicator table joined"))
        head = QLabel()
        head.setWordWrap(True)
        target = (
            translate("Indicators", "Guangzhou districts")
            if frame.target == "districts"
            else translate("Indicators", "GBA cities")
        )
        head.setText(
            translate(
                "Indicators",
                "{matched} rows matched, {unmatched} unmatched, {elsewhere} for regions outside {target}, "
                "{nodata} regions without data.",
            ).format(
                matched=rep.matched["row"].nunique(),
                unmatched=rep.unmatched["row"].nunique(),
                elsewhere=rep.elsewhere["row"].nunique(),
                target=target,
                nodata=len(rep.without_data),
            )
        )
        self.text = QPlainTextEdit("\n".join(rep.lines("zh" if lang.startswith("zh") else "en")))
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        save = buttons.addButton(translate("Indicators", "Save report as CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self.save_report)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def save_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Indicators", "Save report"),
            "indicator_join_report.csv",
            translate("Indicators", "CSV table") + " (*.csv)",
        )
        if path:
            df = self.frame.report.rows_frame()
            msgs = {}
            for p in self.frame.report.problems:
                if p.row is not None:
                    msgs.setdefault(p.row, []).append(str(p))
            df["problems"] = [" | ".join(msgs.get(int(r), [])) for r in df["row"]]
            from gzmap.io.table_writer import write_table

            write_table(df, path)


class IndicatorsExtension:
    """Indicator tables, the competitor view and the symbology and legend docks (``window.feature("indicators")``)."""

    def __init__(self, ui):
        window = ui.window
        self.window = window
        self.last_table = None
        self.competitor_view = None
        ui.add_separator("view")
        self.symbology = SymbologyPanel(window)
        self.symbology_dock = QDockWidget(window)
        self.symbology_dock.setObjectName("symbology_dock")
        self.symbology_dock.setWidget(self.symbology)
        ui.add_dock(self.symbology_dock, Qt.DockWidgetArea.RightDockWidgetArea, hidden=True)
        self.legend = LegendPanel(window.project, window.lang)
        self.legend_dock = QDockWidget(window)
        self.legend_dock.setObjectName("legend_dock")
        self.legend_dock.setWidget(self.legend)
        ui.add_dock(self.legend_dock, Qt.DockWidgetArea.RightDockWidgetArea)
        ui.connect(window.canvas.frame_rendered, self.legend.frame_drawn)

        self.load_action = ui.add_action("layer", QAction(window))
        self.load_action.triggered.connect(self.load_dialog)
        self.enterprise_action = ui.add_action("analysis", QAction(window))
        self.enterprise_action.triggered.connect(self.enterprise_indicators)
        self.summary_action = ui.add_action("analysis", QAction(window))
        self.summary_action.triggered.connect(self.district_summary)
        self.competitor_action = ui.add_action("analysis", QAction(window))
        self.competitor_action.triggered.connect(self.show_competitor_view)

        ui.connect(window.layer_panel.current_layer_changed, self.symbology.set_layer)
        ui.on_language_changed(self.set_language)
        self.symbology.set_layer(window.current_layer())
        self.retranslate()

    def retranslate(self) -> None:
        self.load_action.setText(translate("Indicators", "Load indicator table…"))
        self.enterprise_action.setText(translate("Indicators", "Enterprise indicators by district"))
        self.summary_action.setText(translate("Indicators", "Statistics by district…"))
        self.competitor_action.setText(translate("Indicators", "GBA competitor view"))
        self.symbology_dock.setWindowTitle(translate("Indicators", "Symbology"))
        self.legend_dock.setWindowTitle(translate("Indicators", "Legend"))

    def set_language(self, lang: str) -> None:
        self.symbology.set_language(lang)
        self.legend.set_language(lang)
        self.retranslate()

    # -- actions --------------------------------------------------------------------
    def load_dialog(self) -> None:
        title, kinds = translate("Indicators", "Load indicator table"), translate("Indicators", "Tables")
        path = ask_open_file(self.window, title, kinds, "*.csv *.txt *.tsv *.xlsx *.xls")
        if path:
            self.load(path)

    def load(self, path: str, target: str | None = None, show_report: bool = True):
        """Load ``path`` in a worker; adds the layer and shows the report when done."""
        return self.window.run_task(
            translate("Indicators", "Loading indicator table"),
            load_indicator_layer,
            path,
            target,
            on_done=lambda result: self._loaded(result, show_report),
            on_error=lambda text, *a: self.window.show_error(
                translate("Indicators", "Cannot load indicator table"), text
            ),
        )

    def _loaded(self, result, show_report: bool = True):
        frame, table = result
        self.last_table = table
        if not frame.columns:
            self.window.show_error(
                translate("Indicators", "Cannot load indicator table"),
                translate("Indicators", "No value of the table could be joined.")
                + "\n\n"
                + "\n".join(frame.report.lines(self.window.lang)[:20]),
            )
            return None
        column = next(iter(frame.columns))
        layer = frame.layer(
            column, name_zh=f"指标：{Path(table.path).stem}", name_en=f"Indicators: {Path(table.path).stem}"
        )
        self.window.add_layer(layer, zoom=True)
        self.symbology_dock.show()
        self.symbology.set_layer(layer)
        if show_report and (not frame.report.ok or frame.report.problems or frame.report.without_data):
            MatchReportDialog(frame, self.window.lang, self.window).show()
        return layer

    def enterprise_indicators(self) -> None:
        from gzmap.core.layer import VectorLayer

        layer = self.window.current_layer()
        if not isinstance(layer, VectorLayer) or layer.geometry_type not in ("Point", "MultiPoint"):
            self.window.show_error(
                translate("Indicators", "Enterprise indicators"),
                translate("Indicators", "Select a point layer of enterprises first."),
            )
            return
        from gzmap.analysis.indicators import enterprise_indicators

        def done(frame):
            new = frame.layer(
                "企业密度", name_zh=f"企业指标：{layer.name_zh}", name_en=f"Enterprise indicators: {layer.name_en}"
            )
            self.window.add_layer(new)
            self.symbology_dock.show()
            self.symbology.set_layer(new)

        self.window.run_task(
            translate("Indicators", "Enterprise indicators"),
            enterprise_indicators,
            layer.data,
            "districts",
            layer_name=layer.name(self.window.lang),
            on_done=done,
            on_error=lambda text, *a: self.window.show_error(translate("Indicators", "Enterprise indicators"), text),
        )

    def district_summary(self):
        """Analysis > Statistics by district…: the dialog, then the run in a worker; returns the task."""
        from gzmap.ui.district_summary_dialog import DistrictSummaryDialog
        from gzmap.ui.district_summary_dialog import run_district_summary

        dlg = DistrictSummaryDialog(self.window)
        if dlg.layer() is None:
            self.window.show_error(
                translate("Indicators", "Enterprise indicators"),
                translate("Indicators", "Select a point layer of enterprises first."),
            )
            return None
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        return run_district_summary(self.window, dlg.layer(), dlg.params(), dlg.rows())

    def show_competitor_view(self):
        from gzmap.ui.competitor_view import CompetitorView

        table = self.last_table
        if table is not None:
            from gzmap.analysis.region_match import match_table

            _, rep = match_table(table, "gba")
            if len(rep.matched) < 2:
                table = None  # the loaded table has no GBA cities: use the bundled sample
        self.competitor_view = CompetitorView(table, self.window)
        self.competitor_view.show()
        return self.competitor_view


FEATURE = Feature("indicators", install=IndicatorsExtension, attribute="indicators")
