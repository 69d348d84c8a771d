"""The expression builder: pick a field, an operator and a value offered from the data, join with AND/OR.

Used by Layer > Filter… and Layer > Select by attribute…. The expression text
(:mod:`gzmap.core.filter_expression`: never Python, never ``DataFrame.query``)
can also be typed; it is parsed and tried on the layer's data as it changes,
and the line under it says either how many features match or why it cannot
be used (does not parse, names a missing field, a text for a number). OK stays
disabled until the expression is valid, so nothing runs on a bad one.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout

from gzmap.core.fields import field_label
from gzmap.core.filter_expression import Expression
from gzmap.core.filter_expression import ExpressionError
from gzmap.core.filter_expression import field_text
from gzmap.core.filter_expression import parse
from gzmap.core.filter_expression import value_text
from gzmap.ui.dialog_parts import ok_cancel
from gzmap.ui.i18n import current_language
from gzmap.ui.i18n import translate

__all__ = ["FilterBuilder", "offered_values"]

#: Operators offered, as the grammar writes them.
OPERATORS = ("=", "!=", ">", ">=", "<", "<=", "CONTAINS", "IN", "IS NULL", "IS NOT NULL")
#: Most distinct values offered for a field.
MAX_VALUES = 200


def offered_values(series: pd.Series) -> list:
    """The distinct values of ``series`` a user picks from: the most frequent first (numbers sorted when
    there are few), at most :data:`MAX_VALUES`."""
    counts = series.dropna().value_counts()
    values = list(counts.index[:MAX_VALUES])
    if pd.api.types.is_numeric_dtype(series):
        values = sorted(values)
    return values


class FilterBuilder(QDialog):
    """Build or type an expression over ``frame`` (a DataFrame); :meth:`expression` once accepted.

    ``action``: the OK button's text ("Apply filter", "Select"); ``text``: the expression to start from.
    """

    def __init__(self, frame, title: str, action: str, text: str = "", parent=None):
        super().__init__(parent)
        self.frame = frame
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._expression: Expression | None = None
        self.field_box = QComboBox()
        self.field_box.setObjectName("field")
        for column in frame.columns:
            if column != getattr(frame, "geometry", pd.Series(name=None)).name:
                self.field_box.addItem(field_label(column, current_language()), column)
        self.op_box = QComboBox()
        self.op_box.setObjectName("operator")
        self.op_box.addItems(OPERATORS)
        self.value_box = QComboBox()
        self.value_box.setObjectName("value")
        self.value_box.setEditable(True)
        self.value_box.setMinimumContentsLength(16)
        self.and_button = QPushButton(translate("FilterBuilder", "Add with AND"))
        self.or_button = QPushButton(translate("FilterBuilder", "Add with OR"))
        self.and_button.setObjectName("add_and")
        self.or_button.setObjectName("add_or")
        self.edit = QPlainTextEdit(text)
        self.edit.setObjectName("expression")
        self.edit.setPlaceholderText("subsector = 'games' AND revenue > 1000")
        self.edit.setFixedHeight(70)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = ok_cancel(self, action)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._layout(buttons)
        self.field_box.currentIndexChanged.connect(self._fill_values)
        self.op_box.currentIndexChanged.connect(self._op_changed)
        self.and_button.clicked.connect(lambda: self.add_condition("AND"))
        self.or_button.clicked.connect(lambda: self.add_condition("OR"))
        self._check_timer = QTimer(self, singleShot=True, interval=150)
        self._check_timer.timeout.connect(self.check)
        self.edit.textChanged.connect(self._check_timer.start)
        self._fill_values()
        self.check()

    def _layout(self, buttons) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("FilterBuilder", "Field")), 0, 0)
        grid.addWidget(QLabel(translate("FilterBuilder", "Operator")), 0, 1)
        grid.addWidget(QLabel(translate("FilterBuilder", "Value")), 0, 2)
        grid.addWidget(self.field_box, 1, 0)
        grid.addWidget(self.op_box, 1, 1)
        grid.addWidget(self.value_box, 1, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.and_button)
        row.addWidget(self.or_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(row)
        layout.addWidget(QLabel(translate("FilterBuilder", "Expression")))
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    # -- building ---------------------------------------------------------------------
    def _fill_values(self, *_) -> None:
        column = self.field_box.currentData()
        self.value_box.clear()
        if column is None:
            return
        for value in offered_values(self.frame[column]):
            self.value_box.addItem(value_text(_plain(value)), _plain(value))

    def _op_changed(self, *_) -> None:
        self.value_box.setEnabled(not self.op_box.currentText().startswith("IS"))

    def condition(self) -> str:
        """The condition the field, operator and value boxes make, as expression text."""
        field = field_text(str(self.field_box.currentData()))
        op = self.op_box.currentText()
        if op.startswith("IS"):
            return f"{field} {op}"
        text = self.value_box.currentText().strip()
        index = self.value_box.findText(text)
        value = self.value_box.itemData(index) if index >= 0 else _typed(text)
        if op == "IN":
            return f"{field} IN ({value_text(value)})"
        if op == "CONTAINS":
            return f"{field} CONTAINS {value_text(str(value))}"
        return f"{field} {op} {value_text(value)}"

    def add_condition(self, join: str = "AND") -> None:
        """Append the built condition to the expression, joined with ``join`` ("AND"/"OR")."""
        current = self.edit.toPlainText().strip()
        self.edit.setPlainText(f"{current} {join} {self.condition()}" if current else self.condition())
        self.check()

    # -- checking -----------------------------------------------------------------------
    def check(self) -> bool:
        """Parse the text and try it on the data; the status line says how many match or why not."""
        self._check_timer.stop()
        text = self.edit.toPlainText().strip()
        self._expression = None
        if not text:
            self.status.setText(translate("FilterBuilder", "No expression: every feature."))
            self.ok_button.setEnabled(True)
            return True
        try:
            expression = parse(text)
            n = int(expression.mask(self.frame).sum())
        except ExpressionError as exc:
            self.status.setText(
                translate("FilterBuilder", "Cannot be used: {reason}").format(reason=exc.message(current_language()))
            )
            self.status.setStyleSheet("color: #b00020;")
            self.ok_button.setEnabled(False)
            return False
        self._expression = expression
        self.status.setStyleSheet("")
        self.status.setText(
            translate("FilterBuilder", "{n} of {total} features match.").format(
                n=f"{n:,}", total=f"{len(self.frame):,}"
            )
        )
        self.ok_button.setEnabled(True)
        return True

    def accept(self) -> None:
        if self.check():
            super().accept()

    def expression(self) -> Expression | None:
        """The accepted expression (None: the text was empty)."""
        return self._expression


def _plain(value):
    """A numpy scalar as a plain Python value (for the expression text)."""
    return value.item() if hasattr(value, "item") else value


def _typed(text: str):
    """What a typed value means: a number when it reads as one, else text."""
    try:
        number = float(text)
    except ValueError:
        return text
    return int(number) if number.is_integer() and "." not in text else number
