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

Columns are shown as fields (:mod:`gzmap.core.fields`): one column per field
with its display name in the interface language (``n_points`` -> 企业数 /
Enterprises; of ``district_zh`` and ``district_en`` the language's one),
coded values in words (``games`` -> 游戏), counts as whole numbers and money
rounded to its unit. The user's own columns (``user_columns``) keep their
names and values; a user's column that a standard one replaces
(``replaced``: user column -> standard column) gives its place to it.
``df`` stays the whole frame.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QLocale
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtCore import Qt

from gzmap.core import fields
from gzmap.core.fields import column_decimals
from gzmap.ui import i18n
from gzmap.ui.i18n import translate

__all__ = ["DataFrameModel", "ValueSortProxy", "column_decimals"]

#: The kinds of column whose cells are numbers (right-aligned, sorted by value).
_NUMBERS = ("int", "code", "float", "share")
#: The role whose value sorts a cell: a float for numbers, the text otherwise, None when missing.
SORT_ROLE = Qt.ItemDataRole.UserRole
#: Integer columns whose name says they are codes or years are not grouped in thousands.
_CODE_NAME = re.compile(r"(^|_)(id|code|adcode|year|founded|row|cluster|cell_id)($|_)|编码|代码|编号|年份|成立", re.I)


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
        self._cols: list[int] = []  # view column -> position in df
        self._kinds: list[str] = []  # per view column: "int", "code", "float", "share", "words" or "text"
        self._decimals: list[int] = []
        self._labels: list[str] = []
        self._replaced: dict[str, str] = {}
        self._user: frozenset[str] = frozenset()
        self.lang = i18n.current_language()
        i18n.notifier().language_changed.connect(self._language_changed)
        self.set_frame(df if df is not None else pd.DataFrame())

    def set_frame(self, df: pd.DataFrame, replaced=None, user_columns=()) -> None:
        """Show ``df``; ``user_columns`` keep their own names and values; a column of ``replaced``
        (user column -> standard column) shows the standard column in its place."""
        self.beginResetModel()
        self.df = df
        self._replaced = {str(k): str(v) for k, v in (replaced or {}).items() if str(v) in set(map(str, df.columns))}
        self._user = frozenset(str(c) for c in user_columns) - set(self._replaced.values())
        self._layout()
        self.endResetModel()

    def _layout(self) -> None:
        df, self.lang = self.df, i18n.current_language()
        names = [str(c) for c in df.columns]
        ours = [c for c in names if c not in self._user]
        shown = set(fields.shown_columns(ours, self.lang))
        moved = set(self._replaced.values())
        order = [self._replaced.get(c, c) for c in names if c not in moved]
        self._cols = [names.index(c) for c in order if c in self._user or c in shown]
        self._labels = [
            names[i] if names[i] in self._user else fields.field_label(names[i], self.lang) for i in self._cols
        ]
        columns = [_numbers(df.iloc[:, i]) for i in self._cols]  # read once: a text scan of a big table
        self._kinds = [self._kind(names[i], c, names[i] in self._user) for i, c in zip(self._cols, columns)]
        self._decimals = [
            self._places(names[i], c) if k == "float" else 0 for i, c, k in zip(self._cols, columns, self._kinds)
        ]

    def _language_changed(self, _lang: str) -> None:
        self.beginResetModel()
        self._layout()
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        return self.df

    def shown_frame(self) -> pd.DataFrame:
        """The table as shown (what "Export" writes): the columns shown, under the names shown, coded
        values in words, counts and codes whole, money rounded to its unit and other numbers to the
        decimals shown (as numbers, without the thousands separators, so a spreadsheet reads them)."""
        out = pd.DataFrame(index=self.df.index)
        for view_col, i in enumerate(self._cols):
            series, kind = self.df.iloc[:, i], self._kinds[view_col]
            if kind == "words":
                series = series.map(lambda v, c=view_col: self._words(c, v))
            elif kind == "share":
                series = series.map(lambda v: v if _missing(v) else fields.share_text(v))
            elif kind in ("int", "code", "float") and not pd.api.types.is_bool_dtype(series):
                series = fields.shown_numbers(series, kind != "float", self._decimals[view_col])
            out[self._labels[view_col]] = series
        return out

    def view_column(self, name) -> int:
        """Where the data's column ``name`` is shown (-1 when it is not)."""
        names = [self.column_name(c) for c in range(len(self._cols))]
        return names.index(str(name)) if str(name) in names else -1

    def column_name(self, view_col: int) -> str:
        """The data's name of the column shown at ``view_col``."""
        return str(self.df.columns[self._cols[view_col]])

    @staticmethod
    def _kind(name, column: pd.Series, user: bool = False) -> str:
        if pd.api.types.is_bool_dtype(column) or not pd.api.types.is_numeric_dtype(column):
            if not user and any(fields.value_text(name, v, "en") is not None for v in column.dropna().unique()[:50]):
                return "words"
            return "text"
        field_kind = "" if user else fields.field_kind(name)
        if field_kind == "share":
            return "share"
        if field_kind == "code" or (pd.api.types.is_integer_dtype(column) and _CODE_NAME.search(str(name))):
            return "code"
        if field_kind == "count" or pd.api.types.is_integer_dtype(column):
            return "int"
        return "float"

    @staticmethod
    def _places(name, column: pd.Series) -> int:
        """Decimals of a float column: money rounded to its unit, else as few as the values need."""
        return 0 if fields.field_kind(name) == "money" else column_decimals(column)

    def _words(self, view_col: int, v):
        if _missing(v):
            return v
        return fields.value_text(self.column_name(view_col), v, self.lang) or v

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.df)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._cols)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), col)
        if role == SORT_ROLE:
            return self.sort_value(index.row(), col)
        if role == Qt.ItemDataRole.TextAlignmentRole and self._kinds[col] in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._labels[section] if section < len(self._labels) else None
        return str(section + 1)

    # -- values ----------------------------------------------------------------------------
    def text(self, row: int, col: int) -> str:
        """The cell as shown: numbers in the interface language's locale, missing as '' or 'no data'."""
        v = self.df.iat[row, self._cols[col]]
        if _missing(v):
            return translate("TableModel", "no data") if self.missing_as_no_data else ""
        kind = self._kinds[col]
        if kind == "text":
            return str(v)
        if kind == "words":
            return str(self._words(col, v))
        f = float(v)
        if kind == "share":
            return fields.share_text(f)
        if kind == "code" and math.isfinite(f):
            return str(int(f))
        loc = _locale(self.lang)
        if kind == "int" and math.isfinite(f):
            return loc.toString(int(round(f)))
        if not math.isfinite(f):
            return str(f)
        return loc.toString(f, "f", self._decimals[col])

    def sort_value(self, row: int, col: int):
        """The value a cell sorts by: a float for numbers, its text otherwise, None when missing."""
        v = self.df.iat[row, self._cols[col]]
        if _missing(v):
            return None
        return float(v) if self._kinds[col] not in ("text", "words") else str(self.text(row, col))


def _numbers(column: pd.Series) -> pd.Series:
    """``column`` as numbers when it is a column of numbers stored as objects (an analysis table
    with a missing value in its last row: ``1387``, ``pd.NA``), else as it is."""
    if pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column):
        return column
    if pd.api.types.infer_dtype(column, skipna=True) not in ("integer", "floating", "mixed-integer-float", "decimal"):
        return column
    numbers = pd.to_numeric(column, errors="coerce")
    return numbers if numbers.notna().sum() == column.notna().sum() else column


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
