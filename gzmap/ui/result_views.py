"""Views beside the tables of the analysis results dock, as an output's declaration asks (``view``):

- :class:`HeatTable` (``view = "heat"``): a matrix of co-location quotients
  (row: sub-sector A, column: neighbouring sub-sector B) coloured from blue
  (below 1: B avoids A) through white (1) to red (above 1: B gathers around
  A), on a log scale from 0.5 to 2; cells whose pair is significant
  (pseudo p ≤ 0.05 in the pairs table) carry a star;
- :class:`RankingChart` (``view = "ranking"``): horizontal bars of a score by
  region for one year, highest first, region names in the UI language.

Both are built in the GUI thread from frames the worker made.
"""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QRectF
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QScrollArea
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

__all__ = ["SIGNIFICANT_P", "HeatTable", "RankingChart", "heat_colour", "make_view"]

#: A pair's pseudo p-value at or below which its cell is marked.
SIGNIFICANT_P = 0.05
_LOW, _MID, _HIGH = QColor("#2166ac"), QColor("#ffffff"), QColor("#b2182b")
_NO_VALUE = QColor("#e0e0e0")


def heat_colour(value) -> QColor:
    """Colour of a quotient: blue below 1, white at 1, red above, saturated at 0.5 and 2 (log2 scale)."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return _NO_VALUE
    if not math.isfinite(v) or v <= 0:
        return _NO_VALUE if not math.isfinite(v) else _LOW
    t = max(-1.0, min(1.0, math.log2(v)))
    end = _HIGH if t > 0 else _LOW
    t = abs(t)
    return QColor(
        round(_MID.red() + (end.red() - _MID.red()) * t),
        round(_MID.green() + (end.green() - _MID.green()) * t),
        round(_MID.blue() + (end.blue() - _MID.blue()) * t),
    )


class HeatTable(QWidget):
    """A category × category matrix coloured by value, significant pairs starred, a key below."""

    def __init__(self, matrix: pd.DataFrame, pairs: pd.DataFrame | None, lang: str, parent=None):
        from gzmap.analysis.layers import subsector_label

        super().__init__(parent)
        self.setObjectName("heat_table")
        rows = [str(v) for v in matrix.iloc[:, 0]]
        cols = [str(c) for c in matrix.columns[1:]]
        p = {}
        if pairs is not None and {"a", "b", "p"} <= set(pairs.columns):
            p = {(str(a), str(b)): v for a, b, v in zip(pairs["a"], pairs["b"], pairs["p"])}
        self.table = QTableWidget(len(rows), len(cols))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)  # a selection would tint the colours
        self.table.setHorizontalHeaderLabels([subsector_label(c, lang) for c in cols])
        self.table.setVerticalHeaderLabels([subsector_label(r, lang) for r in rows])
        self.marked: list[tuple[str, str]] = []
        tip = QCoreApplication.translate(
            "Analysis", "{a} (row) among {b} (column): co-location quotient {clq}, p = {p}"
        )
        for i, a in enumerate(rows):
            for j, b in enumerate(cols):
                value, pv = matrix.iloc[i, j + 1], p.get((a, b))
                star = pv is not None and pv == pv and pv <= SIGNIFICANT_P
                text = "" if pd.isna(value) else f"{float(value):.2f}" + (" *" if star else "")
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                colour = heat_colour(value)
                item.setBackground(colour)
                item.setForeground(QColor("#ffffff" if colour.lightness() < 110 else "#000000"))
                pv_text = "—" if pv is None or pv != pv else f"{pv:.3f}"
                item.setToolTip(
                    tip.format(a=subsector_label(a, lang), b=subsector_label(b, lang), clq=text or "—", p=pv_text)
                )
                self.table.setItem(i, j, item)
                if star:
                    self.marked.append((a, b))
        self.table.resizeColumnsToContents()
        key = QLabel(
            QCoreApplication.translate(
                "Analysis",
                "Blue: fewer neighbours of the column's sub-sector than expected (below 1); red: more (above 1); "
                "* significant (p ≤ 0.05).",
            )
        )
        key.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(key)


class _Bars(QWidget):
    """The bars themselves: (label, value) pairs drawn top down, the longest bar the largest value."""

    ROW = 22

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars: list[tuple[str, float]] = []
        self.title = ""

    def set_bars(self, bars: list[tuple[str, float]], title: str) -> None:
        self.bars, self.title = bars, title
        self.setMinimumHeight(self.ROW * (len(bars) + 2))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = painter.fontMetrics()
        painter.setPen(QColor("#000000"))
        painter.drawText(QRectF(8, 2, self.width() - 16, self.ROW), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.bars:
            return
        label_w = max(metrics.horizontalAdvance(label) for label, _ in self.bars) + 12
        value_w = metrics.horizontalAdvance("0.000") + 12
        top = max(v for _, v in self.bars) or 1.0
        span = max(self.width() - label_w - value_w - 16, 10)
        for i, (label, value) in enumerate(self.bars):
            y = self.ROW * (i + 1) + 4
            painter.setPen(QColor("#000000"))
            painter.drawText(QRectF(8, y, label_w - 8, self.ROW - 4), Qt.AlignmentFlag.AlignVCenter, label)
            width = span * max(value, 0.0) / top
            painter.fillRect(QRectF(label_w + 8, y + 3, width, self.ROW - 8), QColor("#31a354"))
            painter.drawText(
                QRectF(label_w + 12 + width, y, value_w, self.ROW - 4), Qt.AlignmentFlag.AlignVCenter, f"{value:.3f}"
            )
        painter.end()


class RankingChart(QWidget):
    """Bars of ``value`` by region for the chosen year (the latest first), highest at the top."""

    def __init__(self, scores: pd.DataFrame, value: str, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("ranking_chart")
        self.scores, self.value, self.lang = scores, value, lang
        self.year_box = QComboBox()
        self.year_box.setObjectName("ranking_year")
        years = sorted(scores["year"].dropna().unique()) if "year" in scores.columns else []
        for year in reversed(years):
            self.year_box.addItem(str(year), year)
        self.year_box.setVisible(len(years) > 1)
        self.chart = _Bars()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        row = QHBoxLayout()
        row.addWidget(self.year_box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(scroll, 1)
        self.year_box.currentIndexChanged.connect(self._draw)
        self._draw()

    def bars(self) -> list[tuple[str, float]]:
        """(region name in the UI language, value) of the chosen year, highest first."""
        part = self.scores
        year = self.year_box.currentData()
        if year is not None:
            part = part[part["year"] == year]
        name = "name_zh" if self.lang.startswith("zh") else "name_en"
        part = part.dropna(subset=[self.value]).sort_values(self.value, ascending=False, kind="stable")
        return [(str(n), float(v)) for n, v in zip(part[name], part[self.value])]

    def _draw(self, *_) -> None:
        year = self.year_box.currentData()
        title = QCoreApplication.translate("Analysis", "Development index (TOPSIS score) by region")
        if year is not None:
            title = QCoreApplication.translate("Analysis", "Development index (TOPSIS score) by region, {year}").format(
                year=year
            )
        self.chart.set_bars(self.bars(), title)


def make_view(kind: str, frame: pd.DataFrame, extra, key: str, lang: str) -> QWidget:
    """The widget of a declared view: ``"heat"`` (``extra``: the pairs table) or ``"ranking"`` (of column ``key``)."""
    if kind == "heat":
        return HeatTable(frame, extra, lang)
    return RankingChart(frame, key, lang)
