"""The one table model of the window: a pandas DataFrame shown read-only, numbers formatted by column.

Used by the attribute table, the import wizard's previews and the analysis
results. Numbers follow the interface language's locale (thousands
separators, decimal point) and align right; every value of a float column
gets the same number of decimals (as few as its values need, at most six
decimals and nine significant digits), so a column reads as one column. Integer columns that
are codes or years (``adcode``, ``id``, ``year``…) keep their digits
ungrouped. A missing value is an empty cell, or "no data" in the interface
language when the model is made with ``missing_as_no_data=True`` (result
tables, where an empty cell would look like a zero forgotten).
:class:`ValueSortProxy` sorts by value, not by the text shown.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QSortFilterProxyModel, Qt

from gzmap.ui import i18n
from gzmap.ui.i18n import translate

__all__ = ["DataFrameModel", "ValueSortProxy", "column_decimals"]

#: The role whose value sorts a cell: a float for numbers, the text otherwise, None when missing.
SORT_ROLE = Qt.ItemDataRole.UserRole
MAX_DECIMALS = 6  # a coordinate to ~0.1 m
MAX_SIGNIFICANT = 9
_SAMPLE = 20_000
#: Integer columns whose name says they are codes or years are not grouped in thousands.
_CODE_NAME = re.compile(r"(^|_)(id|code|adcode|year|founded|row|cluster|cell_id)($|_)|编码|代码|编号|年份|成立", re.I)


def column_decimals(values) -> int:
    """The fewest decimals that show every value of a float column (a sample of it) exactly,
    at most six decimals and nine significant digits."""
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)][:_SAMPLE]
    if v.size == 0:
        return 0
    top = float(np.max(np.abs(v)))
    cap = min(MAX_DECIMALS, max(0, MAX_SIGNIFICANT - 1 - int(math.floor(math.log10(top))))) if top > 0 else 0
    for d in range(cap + 1):
        if np.all(np.abs(np.round(v, d) - v) <= 1e-9 * np.maximum(1.0, np.abs(v))):
            return d
    return cap


def _locale(lang: str) -> QLocale:
    if lang.startswith("zh"):
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


_ROOT = QModelIndex()  # the invalid index Qt passes for "the whole table"


class DataFrameModel(QAbstractTableModel):
    """A DataFrame as a read-only table; rows are fetched lazily by the view, so a million rows open at once.

    ``df`` is the frame shown (row i of the view is ``df.iloc[i]``).
    """

    def __init__(self, df: pd.DataFrame | None = None, parent=None, missing_as_no_data: bool = False):
        super().__init__(parent)
        self.missing_as_no_data = missing_as_no_data
        self.df = pd.DataFrame()
        self._kinds: list[str] = []  # per column: "int", "code", "float" or "text"
        self._decimals: list[int] = []
        self.set_frame(df if df is not None else pd.DataFrame())

    def set_frame(self, df: pd.DataFrame) -> None:
        self.beginResetModel()
        self.df = df
        self._kinds = [self._kind(name, df.iloc[:, i]) for i, name in enumerate(df.columns)]
        self._decimals = [column_decimals(df.iloc[:, i]) if k == "float" else 0 for i, k in enumerate(self._kinds)]
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        return self.df

    @staticmethod
    def _kind(name, column: pd.Series) -> str:
        if pd.api.types.is_bool_dtype(column) or not pd.api.types.is_numeric_dtype(column):
            return "text"
        if pd.api.types.is_integer_dtype(column):
            return "code" if _CODE_NAME.search(str(name)) else "int"
        return "float"

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.df)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.df.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), col)
        if role == SORT_ROLE:
            return self.sort_value(index.row(), col)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._kinds[col] != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return str(self.df.columns[section]) if section < len(self.df.columns) else None
        return str(section + 1)

    # -- values ----------------------------------------------------------------------------
    def text(self, row: int, col: int) -> str:
        """The cell as shown: numbers in the interface language's locale, missing as '' or 'no data'."""
        v = self.df.iat[row, col]
        if _missing(v):
            return translate("TableModel", "no data") if self.missing_as_no_data else ""
        kind = self._kinds[col]
        if kind == "text":
            return str(v)
        if kind == "code":
            return str(int(v))
        loc = _locale(i18n.current_language())
        if kind == "int":
            return loc.toString(int(v))
        f = float(v)
        if not math.isfinite(f):
            return str(f)
        return loc.toString(f, "f", self._decimals[col])

    def sort_value(self, row: int, col: int):
        """The value a cell sorts by: a float for numbers, its text otherwise, None when missing."""
        v = self.df.iat[row, col]
        if _missing(v):
            return None
        return float(v) if self._kinds[col] != "text" else str(v)


def _missing(v) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    return isinstance(v, (float, np.floating)) and math.isnan(v)


class ValueSortProxy(QSortFilterProxyModel):
    """Sorts a :class:`DataFrameModel` by value (10 after 9, not after 1); missing values go last."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left, right) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (b is None and a is not None) == ascending  # missing last in both orders
        if isinstance(a, float) != isinstance(b, float):
            return isinstance(a, float)  # numbers before text
        return a < b
