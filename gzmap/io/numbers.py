"""One way to read a number from a table cell, for enterprise and indicator tables alike.

Accepted everywhere (:func:`parse_cell`):

* numbers from a spreadsheet (int/float; NaN is "no data", infinities are errors);
* text: thousands separators (``1,234.5``), full-width digits and signs
  (``１２３．５``, normalised with NFKC), a leading sign, an exponent;
* a percentage (``46.0%``): the number 46.0 with the unit hint ``"%"``;
* approximate values marked before or after the number (``约27,000``,
  ``about 3,400 (approx.)``, ``≈12``): the number, flagged ``approx``;
* missing-data markers (``""``, ``-``, ``—``, ``NA``, ``无``, ``不详``, ...): NaN, not an error.

With ``trailing_text=True`` (attribute columns of an enterprise list, whose
unit is the column's: ``从业人员``, ``营业收入(万元)``) the first number in the
text is taken and what follows it is ignored: ``50人`` gives 50, ``1,200万元``
1200, and ``1.2亿`` 12000 (亿 written in a 万 column: the number stays in the
column's own unit). Without it (indicator values) the cell must be the number
alone; ``1.2万`` is an error that says to put 万 in the unit.

:func:`parse_column` does the same for a whole column, vectorised: plain
decimal text is cast in Arrow, only the other distinct texts go through
:func:`parse_cell`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = [
    "MISSING",
    "PLAIN_FLOAT",
    "ParsedNumber",
    "cell_text",
    "mentions_approx",
    "parse_cell",
    "parse_column",
    "plain_floats",
]

#: Cell texts (lower case, after NFKC) that mean "no data".
MISSING = frozenset(
    {"", "na", "n/a", "nan", "null", "none", "-", "--", "—", "——", "…", "...", "无", "缺", "暂无", "/", "不详", "未知"}
)

_MARKERS = r"\(approx\.?\)|\(约\)|approximately|approx\.?|about|around|circa|ca\.|大约|约|~|≈|±"
_APPROX_ANYWHERE = re.compile(_MARKERS, re.I)
_APPROX_BEFORE = re.compile(rf"^\s*(?:{_MARKERS})\s*", re.I)
_APPROX_AFTER = re.compile(rf"\s*(?:{_MARKERS})\s*$", re.I)
_STRICT = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$")
_FIRST_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
_SCALE_WORD = re.compile(r"\d\s*(万|亿|千|百)")
#: Plain decimal text, as the CSV reader's Arrow cast accepts it.
PLAIN_FLOAT = r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?"


@dataclass(frozen=True)
class ParsedNumber:
    """A cell read as a number.

    ``value`` is NaN when the cell is missing (``error`` None) or unreadable
    (``error`` says why, naming the text). ``unit`` is ``"%"`` for a
    percentage, else ``""``. ``approx`` is True when the cell was marked approximate.
    """

    value: float
    approx: bool = False
    unit: str = ""
    error: str | None = None


def cell_text(v) -> str:
    """A cell as text: "" for missing, whole floats without ``.0`` (440106.0 -> "440106"),
    a date as its year (a year column typed as dates in Excel)."""
    if v is None or v is pd.NaT or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, pd.Timestamp) or (hasattr(v, "year") and hasattr(v, "month")):
        return str(v.year)
    return str(v).strip()


def mentions_approx(text: str) -> bool:
    """True when ``text`` (a value or a note) says a value is approximate (约, about, ~, (approx.) ...)."""
    return bool(_APPROX_ANYWHERE.search(unicodedata.normalize("NFKC", text)))


def parse_cell(raw, *, trailing_text: bool = False) -> ParsedNumber:
    """Read one cell as a number; see the module docstring for what is accepted."""
    if isinstance(raw, bool):
        return ParsedNumber(math.nan, error=f"{raw!r} is not a number")
    if isinstance(raw, (int, float, np.integer, np.floating)):
        v = float(raw)
        if math.isnan(v) or math.isfinite(v):
            return ParsedNumber(v)
        return ParsedNumber(math.nan, error=f"{raw!r} is not a finite number")
    text = unicodedata.normalize("NFKC", cell_text(raw)).strip()
    if text.lower() in MISSING:
        return ParsedNumber(math.nan)
    body, approx = _strip_approx(text)
    unit = ""
    if body.endswith("%"):
        body, unit = body[:-1].strip(), "%"
    value = _strict_number(body.replace(" ", ""))
    if value is None and trailing_text:
        value = _number_before_text(body)
    if value is not None and math.isfinite(value):
        return ParsedNumber(value, approx, unit)
    hint = " (write the plain number and put 万/亿 in the unit)" if _SCALE_WORD.search(text) else ""
    return ParsedNumber(math.nan, approx, "", f"{text!r} is not a number{hint}")


def _strip_approx(text: str) -> tuple[str, bool]:
    """(text without approximation markers before and after the number, whether there were any).

    Markers inside the text are left alone: ``10~20`` is a range, not 1020.
    """
    approx = False
    while True:
        stripped = _APPROX_AFTER.sub("", _APPROX_BEFORE.sub("", text, count=1), count=1)
        if stripped == text:
            return text, approx
        text, approx = stripped, True


def _strict_number(s: str) -> float | None:
    """The number when ``s`` is only a number (thousands separators in groups of three), else None."""
    if s and _STRICT.match(s) and any(ch.isdigit() for ch in s):
        return float(s.replace(",", ""))
    return None


def _number_before_text(s: str) -> float | None:
    """The first number in ``s`` (commas dropped), times 10^4 when 亿 follows it (a 万 column); else None."""
    s = s.replace(",", "")
    m = _FIRST_NUMBER.search(s)
    if not m:
        return None
    value = float(m.group(0))
    return value * 1e4 if s[m.end() :].lstrip().startswith("亿") else value


def parse_column(values: pd.Series, *, trailing_text: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """(floats, not_a_number) for a column: NaN where a cell is empty or unreadable, and a mask of
    the cells that hold something (other than white space) that gives no number.

    Numeric columns pass through without a copy of Python objects; in text
    columns each distinct non-plain text is parsed once, so a million-row column costs milliseconds.
    """
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        return values.to_numpy(dtype=float, na_value=np.nan), np.zeros(len(values), dtype=bool)
    num = plain_floats(values)
    present = values.notna().to_numpy() & (values.astype("string").str.strip() != "").fillna(False).to_numpy()
    bad = np.isnan(num) & present
    if bad.any():
        codes, uniques = pd.factorize(values[bad])
        parsed = np.array([parse_cell(u, trailing_text=trailing_text).value for u in uniques], dtype=float)
        fixed = parsed[codes]
        num[bad] = fixed
        bad[bad] = np.isnan(fixed)
    return num, bad


def plain_floats(values: pd.Series) -> np.ndarray:
    """A writable float array of the cells that are plain decimal numbers (:data:`PLAIN_FLOAT`); NaN elsewhere.

    Arrow-backed text (what the CSV reader gives) is matched and cast in
    Arrow, about 3x faster than ``pd.to_numeric`` on a million cells.
    """
    arr = values.array
    if hasattr(arr, "__arrow_array__") and values.dtype != object:
        import pyarrow as pa
        import pyarrow.compute as pc

        text = pc.utf8_trim_whitespace(arr.__arrow_array__())
        plain = pc.match_substring_regex(text, f"^{PLAIN_FLOAT}$")
        out = pc.cast(pc.if_else(plain, text, None), pa.float64()).to_numpy(zero_copy_only=False)
        return out if out.flags.writeable else out.copy()
    return np.array(pd.to_numeric(values, errors="coerce").to_numpy(dtype=float, na_value=np.nan), copy=True)
