"""The GBA competitor view: Guangzhou among the 11 Greater Bay Area cities and
against its national rivals, on one indicator at a time.

* a map of the GBA cities classified on the indicator (the same renderer and
  style model as the main canvas), Guangzhou outlined by selection, with an
  inset locating the national competitors (Beijing, Shanghai, Hangzhou,
  Chengdu) and Shenzhen as labelled points;
  the map carries its legend (the style's title with unit and year, every
  class with its count of cities, "no data"), in the UI language;
* a ranking bar chart (QtCharts), Guangzhou in its own colour;
* a comparison table: Guangzhou against each competitor (values, difference,
  ratio, year, unit, source).

The chart, the table and the map can each be saved as PNG, the ranking and
the table as CSV (UTF-8 with BOM, so Excel opens the Chinese names). The
data are computed by :mod:`gzmap.analysis.competitors`; nothing here decides
a number or a colour.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCharts import QBarSet
from PySide6.QtCharts import QChart
from PySide6.QtCharts import QChartView
from PySide6.QtCharts import QHorizontalStackedBarSeries
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontMetricsF
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPainterPath
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from gzmap.analysis.competitors import GUANGZHOU
from gzmap.analysis.competitors import comparison_table
from gzmap.analysis.competitors import competitor_cities
from gzmap.analysis.competitors import gba_ranking
from gzmap.analysis.indicators import join_indicators
from gzmap.core.fields import unit_text
from gzmap.core.layer import VectorLayer
from gzmap.core.legend_layout import legend_blocks
from gzmap.core.style import SingleStyle
from gzmap.core.style import Symbol
from gzmap.core.viewport import Viewport
from gzmap.render.layout_renderer import draw_inset
from gzmap.render.map_renderer import RenderOptions
from gzmap.render.map_renderer import map_font
from gzmap.render.map_renderer import render_map
from gzmap.ui.legend_panel import symbol_icon

__all__ = ["CompetitorMap", "CompetitorView"]

GZ_COLOR = "#d7301f"
OTHER_COLOR = "#6baed6"


class CompetitorMap(QWidget):
    """The GBA choropleth with an inset of the national competitor cities."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layer: VectorLayer | None = None
        #: Where the legend was last painted (widget or image pixels) and its heading.
        self.legend_rect = QRectF()
        self.legend_title = ""
        self.points = competitor_cities()
        self.lang = "zh_CN"
        self.setMinimumSize(320, 280)
        ctx = self.points[self.points["group"].eq("national") | self.points["adcode"].eq(GUANGZHOU)].copy()
        self._points_layer = VectorLayer(
            ctx, "竞争城市", "Competitor cities", style=SingleStyle(symbol=Symbol(fill="#333333", size=6))
        )

    def set_layer(self, layer: VectorLayer) -> None:
        self.layer = layer
        self.update()

    def render_image(self, width: int | None = None, height: int | None = None):
        from PySide6.QtGui import QImage

        w, h = width or max(self.width(), 320), height or max(self.height(), 280)
        img = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(QColor("#ffffff"))
        p = QPainter(img)
        self.paint_on(p, w, h)
        p.end()
        return img

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        self.paint_on(p, self.width(), self.height())
        p.end()

    def paint_on(self, p: QPainter, w: int, h: int) -> None:
        if self.layer is None:
            return
        x0, y0, x1, y1 = self.layer.bounds()
        # room to the south (the sea) for the inset
        vp = Viewport.fit((x0, y0 - 0.5 * (y1 - y0), x1, y1), w, h, margin=0.03)
        render_map(p, [self.layer], vp, RenderOptions(lang=self.lang, background="#ffffff"))
        # inset: the national competitors, bottom-right over the sea
        iw, ih = int(w * 0.4), int(h * 0.36)
        draw_inset(
            p,
            QRectF(w - iw - 6, h - ih - 6, iw, ih),
            [self._points_layer],
            (102.5, 21.5, 123.0, 41.0),
            lang=self.lang,
            background="#f4f6f8",
            margin=0.02,
            border=QPen(QColor("#888888"), 1),
            annotate=self._label_competitors,
        )
        self.legend_rect = self._draw_legend(p, QRectF(6, 6, w - iw - 18, h - 12))

    def _draw_legend(self, p: QPainter, room: QRectF) -> QRectF:
        """The layer's legend (one block: heading with unit and year, a row per class) in the bottom-left
        corner of ``room`` (px); returns the box drawn."""
        blocks = legend_blocks([self.layer], self.lang)
        if not blocks:
            return QRectF()
        block = blocks[0]
        self.legend_title = block.title
        head_font, body_font = map_font(9.0, bold=True), map_font(8.5)
        pad, row_h, swatch = 6.0, 17.0, 14
        fm = QFontMetricsF(body_font)
        labels = [f"{item.label}  ({item.count:,})" if item.count is not None else item.label for item in block.items]
        rows_w = max(fm.horizontalAdvance(t) for t in labels) + swatch + 3 * pad
        title_w = QFontMetricsF(head_font).horizontalAdvance(block.title) + 2 * pad
        width = min(room.width(), max(rows_w, min(title_w, 280.0), 140.0))
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        head = QFontMetricsF(head_font).boundingRect(QRectF(0, 0, width - 2 * pad, 1e4), flags, block.title)
        box = QRectF(0, 0, width, head.height() + len(labels) * row_h + 2.5 * pad)
        box.moveBottomLeft(room.bottomLeft())
        p.save()
        p.setPen(QPen(QColor("#9a9a9a"), 1))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRect(box)
        p.setFont(head_font)
        p.setPen(QColor("#1a1a1a"))
        p.drawText(QRectF(box.left() + pad, box.top() + pad, width - 2 * pad, head.height()), flags, block.title)
        p.setFont(body_font)
        y = box.top() + 1.5 * pad + head.height()
        for item, text in zip(block.items, labels):
            icon = symbol_icon(item.symbol, point=item.shape == "point", size=swatch)
            p.drawPixmap(QPointF(box.left() + pad, y + (row_h - swatch) / 2), icon.pixmap(swatch, swatch))
            p.setPen(QColor("#222222"))
            text_rect = QRectF(box.left() + 2 * pad + swatch, y, width - 3 * pad - swatch, row_h)
            p.drawText(
                text_rect,
                int(Qt.AlignmentFlag.AlignVCenter),
                fm.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
            )
            y += row_h
        p.restore()
        return box

    def _label_competitors(self, p: QPainter, ivp: Viewport) -> None:
        """Dashed links from Guangzhou to each national competitor, and the cities' names, in the inset."""
        iw = ivp.width
        pts = self.points[self.points["group"].eq("national") | self.points["adcode"].eq(GUANGZHOU)]
        x, y = ivp.lonlat_to_screen(pts.geometry.x.to_numpy(), pts.geometry.y.to_numpy())
        gz = pts["adcode"].to_numpy() == GUANGZHOU
        font = map_font(9.0)
        p.setFont(font)
        name_col = "name_zh" if self.lang.startswith("zh") else "name_en"
        if gz.any():
            gx, gy = float(x[gz][0]), float(y[gz][0])
            p.setPen(QPen(QColor("#999999"), 0.8, Qt.PenStyle.DashLine))
            for xi, yi, is_gz in zip(x, y, gz):
                if not is_gz:
                    p.drawLine(QPointF(gx, gy), QPointF(float(xi), float(yi)))
        for xi, yi, name, is_gz, en in zip(x, y, pts[name_col], gz, pts["name_en"]):
            p.setPen(QPen(QColor("#ffffff"), 1))
            p.setBrush(QColor(GZ_COLOR if is_gz else "#333333"))
            p.drawEllipse(QPointF(float(xi), float(yi)), 4.0, 4.0)
            path = QPainterPath()
            dy = 14 if en == "Hangzhou" else (-4 if not is_gz else 4)  # Hangzhou sits just below Shanghai
            fm_width = QFontMetricsF(font).horizontalAdvance(str(name))
            dx = 6.0 if xi + 6 + fm_width < iw - 2 else -6.0 - fm_width  # keep labels inside the inset
            path.addText(QPointF(float(xi) + dx, float(yi) + dy), font, str(name))
            p.strokePath(path, QPen(QColor(244, 246, 248, 230), 3.0))
            p.fillPath(path, QColor(GZ_COLOR if is_gz else "#222222"))


class CompetitorView(QDialog):
    """A window: indicator choice, map with inset, ranking chart and comparison table.

    Parameters
    ----------
    table
        An :class:`~gzmap.io.indicators.IndicatorTable` with GBA city values
        (default: the bundled sample).
    window
        The main window; when given, the GBA indicator layer is also added to
        its project (Guangzhou selected) so the main map and legend show it.
    """

    def __init__(self, table=None, window=None, parent=None):
        super().__init__(parent or window)
        self.setWindowTitle(QCoreApplication.translate("CompetitorView", "GBA competitor view"))
        self.main_window = window
        self.lang = getattr(window, "lang", "zh_CN")
        if table is None:
            from gzmap.io.indicators import read_indicator_table
            from gzmap.paths import geo_path

            table = read_indicator_table(geo_path("indicators_sample.csv"))
        self.table = table
        self.frame = join_indicators(table, "gba")
        self.main_layer: VectorLayer | None = None
        self.ranking = pd.DataFrame()
        self.comparison = pd.DataFrame()

        self.indicator = QComboBox()
        self.year = QComboBox()
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.map = CompetitorMap()
        self.map.lang = self.lang
        self.chart = QChart()
        self.chart.legend().setVisible(False)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(380, 380)
        self.table_widget = QTableWidget()
        self.table_widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = {}
        bar = QHBoxLayout()
        self.indicator_label, self.year_label = QLabel(), QLabel()
        bar.addWidget(self.indicator_label)
        bar.addWidget(self.indicator, 1)
        bar.addWidget(self.year_label)
        bar.addWidget(self.year)
        exports = QHBoxLayout()
        for key in ("map_png", "chart_png", "ranking_csv", "table_png", "table_csv"):
            b = QPushButton()
            b.clicked.connect(lambda _=False, k=key: self.export_dialog(k))
            self.buttons[key] = b
            exports.addWidget(b)
        exports.addStretch(1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.chart_view)
        right.addWidget(self.table_widget)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.map)
        split.addWidget(right)
        split.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.source_label)
        layout.addLayout(exports)
        self.resize(1150, 760)

        for name in self.frame.indicators():
            cols = [c for c in self.frame.columns.values() if c.indicator == name]
            if self.frame.gdf[[c.column for c in cols]].notna().to_numpy().any():  # any city has a value
                en = cols[0].indicator_en
                self.indicator.addItem(name if self.lang.startswith("zh") or not en else en, name)
        self.indicator.currentIndexChanged.connect(self._on_indicator)
        self.year.currentIndexChanged.connect(lambda _: self.refresh())
        self.retranslate()
        gdp = self.indicator.findData("地区生产总值")
        self.indicator.setCurrentIndex(gdp if gdp >= 0 else 0)
        self._on_indicator()
        if window is not None and hasattr(window, "language_changed"):
            window.language_changed.connect(self.set_language)

    # -- language -----------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("CompetitorView", "GBA competitor view"))
        self.indicator_label.setText(QCoreApplication.translate("CompetitorView", "Indicator"))
        self.year_label.setText(QCoreApplication.translate("CompetitorView", "Year"))
        texts = {
            "map_png": QCoreApplication.translate("CompetitorView", "Map PNG…"),
            "chart_png": QCoreApplication.translate("CompetitorView", "Chart PNG…"),
            "ranking_csv": QCoreApplication.translate("CompetitorView", "Ranking CSV…"),
            "table_png": QCoreApplication.translate("CompetitorView", "Table PNG…"),
            "table_csv": QCoreApplication.translate("CompetitorView", "Table CSV…"),
        }
        for k, t in texts.items():
            self.buttons[k].setText(t)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.map.lang = lang
        self.retranslate()
        self.refresh()

    # -- data ---------------------------------------------------------------------
    def current_column(self) -> str | None:
        name = self.indicator.currentData()
        if name is None:
            return None
        return self.frame.column_for(name, self.year.currentData())

    def _on_indicator(self) -> None:
        name = self.indicator.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        if name is not None:
            for y in self.frame.years(name):
                self.year.addItem(y, y)
            self.year.setCurrentIndex(self.year.count() - 1)
        self.year.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        column = self.current_column()
        if column is None:
            return
        meta = self.frame.columns[column]
        style = self.frame.style(column, scheme="Quantiles", k=5, labels=True)
        layer = VectorLayer(
            self.frame.gdf,
            meta.title("zh"),
            meta.title("en"),
            style=style,
            source=f"indicators:{meta.indicator}",
            provenance={"source": meta.source, "indicator": meta.indicator},
        )
        gz_rows = np.flatnonzero(self.frame.gdf["adcode"].astype(str).to_numpy() == GUANGZHOU)
        layer.select(gz_rows)
        self.map.set_layer(layer)
        self._update_main_layer(column, style, gz_rows)
        self.ranking = gba_ranking(self.frame, column)
        self.comparison = comparison_table(self.table, [(meta.indicator, meta.year)])
        self._fill_chart(meta)
        self._fill_table()
        approx = _approx() if meta.approx and "approx" not in meta.source else ""
        self.source_label.setText(
            QCoreApplication.translate("CompetitorView", "Source: {s}").format(s=meta.source + approx)
        )

    def _update_main_layer(self, column, style, gz_rows) -> None:
        w = self.main_window
        if w is None:
            return
        from gzmap.analysis.indicators import columns_to_provenance

        if self.main_layer is None or self.main_layer not in w.project.layers:
            self.main_layer = VectorLayer(
                self.frame.gdf,
                "大湾区城市对比",
                "GBA city comparison",
                source="indicators:gba",
                style=style,
                provenance={"source": self.table.path, "indicator_columns": columns_to_provenance(self.frame.columns)},
            )
            w.add_layer(self.main_layer, zoom=True)
        else:
            self.main_layer.style = style
        self.main_layer.select(gz_rows)

    def _city_name(self, row) -> str:
        return row["name_zh"] if self.lang.startswith("zh") else row["name_en"]

    def _fill_chart(self, meta) -> None:
        self.chart.removeAllSeries()
        for ax in list(self.chart.axes()):
            self.chart.removeAxis(ax)
        data = self.ranking[self.ranking["value"].notna()].iloc[::-1]  # largest at the top
        gz_set, other_set = (
            QBarSet(QCoreApplication.translate("CompetitorView", "Guangzhou")),
            QBarSet(QCoreApplication.translate("CompetitorView", "Other GBA cities")),
        )
        gz_set.setColor(QColor(GZ_COLOR))
        other_set.setColor(QColor(OTHER_COLOR))
        cats = []
        for _, r in data.iterrows():
            cats.append(f"{int(r['rank'])}. {self._city_name(r)}")
            gz_set.append(float(r["value"]) if r["is_guangzhou"] else 0.0)
            other_set.append(0.0 if r["is_guangzhou"] else float(r["value"]))
        series = QHorizontalStackedBarSeries()
        series.append(other_set)
        series.append(gz_set)
        series.setBarWidth(0.7)
        self.chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(cats)
        small = QFont()
        small.setPointSizeF(8.0)
        axis_y.setLabelsFont(small)
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%.0f")
        axis_x.setLabelsFont(small)
        axis_x.setRange(0, float(data["value"].max()) * 1.05 if len(data) else 1.0)
        axis_x.applyNiceNumbers()
        axis_x.setTitleText(unit_text(meta.unit, self.lang))
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)
        f = QFont()
        f.setBold(True)
        self.chart.setTitleFont(f)
        ranking = QCoreApplication.translate("CompetitorView", "GBA ranking")
        self.chart.setTitle(f"{meta.title(self.lang)} — {ranking}")
        self.gz_set, self.other_set = gz_set, other_set

    def comparison_headers(self) -> list[str]:
        return [
            QCoreApplication.translate("CompetitorView", "City"),
            QCoreApplication.translate("CompetitorView", "Group"),
            QCoreApplication.translate("CompetitorView", "Value"),
            QCoreApplication.translate("CompetitorView", "Guangzhou"),
            QCoreApplication.translate("CompetitorView", "Guangzhou − city"),
            QCoreApplication.translate("CompetitorView", "Guangzhou ÷ city"),
            QCoreApplication.translate("CompetitorView", "Year"),
            QCoreApplication.translate("CompetitorView", "Unit"),
            QCoreApplication.translate("CompetitorView", "Source"),
        ]

    def _fill_table(self) -> None:
        df = self.comparison
        headers = self.comparison_headers()
        self.table_widget.clear()
        self.table_widget.setColumnCount(len(headers))
        self.table_widget.setHorizontalHeaderLabels(headers)
        self.table_widget.setRowCount(len(df))
        groups = {
            "gba": QCoreApplication.translate("CompetitorView", "GBA"),
            "national": QCoreApplication.translate("CompetitorView", "National"),
        }

        def num(v, fmt="{:,.1f}"):
            return (
                QCoreApplication.translate("CompetitorView", "no data")
                if v is None or (isinstance(v, float) and np.isnan(v))
                else fmt.format(v)
            )

        for i, (_, r) in enumerate(df.iterrows()):
            cells = [
                self._city_name(r),
                groups.get(r["group"], r["group"]),
                num(r["value"]),
                num(r["guangzhou"]),
                num(r["difference"], "{:+,.1f}"),
                num(r["ratio"], "{:.2f}×"),
                r["year"],
                unit_text(r["unit"], self.lang),
                r["source"] + (_approx() if r["approx"] and "approx" not in r["source"] else ""),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                if 2 <= j <= 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table_widget.setItem(i, j, item)

    # -- export -------------------------------------------------------------------
    def export(self, key: str, path) -> Path:
        """Write ``key`` (map_png, chart_png, ranking_csv, table_png, table_csv) to ``path``."""
        from gzmap.io.table_writer import write_table

        path = Path(path)
        if key == "map_png":
            ok = self.map.render_image(1200, 1000).save(str(path))
        elif key == "chart_png":
            ok = self.chart_view.grab().save(str(path))
        elif key == "table_png":
            ok = self.table_widget.grab().save(str(path))
        elif key == "ranking_csv":
            write_table(self.ranking, path)
            ok = True
        elif key == "table_csv":
            write_table(self.comparison, path)
            ok = True
        else:
            raise ValueError(f"unknown export {key!r}")
        if not ok:
            raise OSError(f"could not write {path}")
        return path

    def export_dialog(self, key: str) -> None:
        is_png = key.endswith("png")
        filt = (
            QCoreApplication.translate("CompetitorView", "PNG image") + " (*.png)"
            if is_png
            else QCoreApplication.translate("CompetitorView", "CSV table") + " (*.csv)"
        )
        name = f"gba_{key.replace('_', '.')}"
        path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("CompetitorView", "Export"), name, filt)
        if not path:
            return
        try:
            self.export(key, path)
        except OSError as exc:
            if self.main_window is not None:
                self.main_window.show_error(QCoreApplication.translate("CompetitorView", "Export failed"), str(exc))


def _approx() -> str:
    """The note after a source whose figures are approximate, in the UI language."""
    return QCoreApplication.translate("CompetitorView", " (approx.)")
