"""Writing tables for Excel users: CSV (UTF-8 with BOM, so Excel reads Chinese) and .xlsx.

Cells come from files other people made. A text cell such as
``=cmd|' /C calc'!A0`` or ``=HYPERLINK(...)`` would become a live formula
when the written file is opened in Excel or WPS (CSV/formula injection), so:

* in ``.xlsx``, every text cell is stored as text, never as a formula;
* in ``.csv``, a text cell that a spreadsheet would read as a formula
  (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return, and not
  a plain number) is written with a leading apostrophe, which Excel and WPS
  show as the text itself (the OWASP recommendation).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

__all__ = ["FORMULA_PREFIXES", "neutralise_formulas", "write_table", "write_tables"]

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?")
#: Excel's sheet-name rules: at most 31 characters, none of these.
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def _risky(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_PREFIXES) and not _NUMBER.fullmatch(value.strip())


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose formula-like text cells start with an apostrophe (for CSV)."""
    out = df.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
            continue
        mask = series.map(_risky).fillna(False).astype(bool)
        if mask.any():
            out[column] = series.astype(object).where(~mask, "'" + series.astype(str))
    return out


def write_table(df: pd.DataFrame, path, sheet: str = "Sheet1") -> None:
    """Write ``df`` (no index) to ``path``: ``.xlsx`` as one sheet, anything else as CSV."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        write_tables({sheet: df}, path)
    else:
        neutralise_formulas(df).to_csv(path, index=False, encoding="utf-8-sig")


def write_tables(sheets: Mapping[str, pd.DataFrame], path) -> None:
    """Write several tables to one ``.xlsx``, one sheet each, every text cell stored as text."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    used: set[str] = set()
    for name, df in sheets.items():
        ws = book.create_sheet(_sheet_name(name, used))
        ws.append([str(c) for c in df.columns])
        for row in df.itertuples(index=False, name=None):
            cells = []
            for value in row:
                if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
                    value = None
                elif hasattr(value, "item") and not isinstance(value, str):
                    value = value.item()  # numpy scalars
                elif not isinstance(value, (int, float, str, bool)):
                    value = str(value)
                if isinstance(value, str):
                    value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)  # control characters .xlsx cannot hold
                cell = WriteOnlyCell(ws, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # text stays text, even when it starts with '='
                cells.append(cell)
            ws.append(cells)
    book.save(path)


def _sheet_name(name: str, used: set[str]) -> str:
    base = _SHEET_BAD.sub("_", str(name)).strip().strip("'")[:31] or "Sheet"
    candidate, k = base, 2
    while candidate.lower() in used:
        suffix = f" ({k})"
        candidate, k = base[: 31 - len(suffix)] + suffix, k + 1
    used.add(candidate.lower())
    return candidate
