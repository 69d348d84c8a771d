"""The year of each point from a time field (a founding year or a date), checked row by row.

A time field holds a whole year between 1800 and 2100 (``2015``, ``"2015"``,
``2015.0``) or a date (a datetime column, ``2015-03-01``, ``2015/3/1``,
``2015年3月``), whose year is taken (one reader for every time field:
:func:`gzmap.core.time_filter.year_values`). Anything else — text, a blank cell, 0, a year out of
range, a fraction — is a bad row: the analysis stops with one line naming the
field and the first bad rows (their file rows when the layer came from the
enterprise import, which keeps them in ``source_row``), unless it was asked to
leave such rows out.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gzmap.analysis.metric import AnalysisInputError
from gzmap.core.time_filter import YEAR_RANGE
from gzmap.core.time_filter import year_values

__all__ = ["FIRST_YEAR", "LAST_YEAR", "YEAR_ALIASES", "resolve_field", "years_of"]

FIRST_YEAR, LAST_YEAR = YEAR_RANGE
#: Names that mean "the founding year" when the layer has no column of that name:
#: the enterprise import keeps the founding year in ``founded``.
YEAR_ALIASES = ("year", "years", "founded", "founding_year", "year_founded", "成立年份", "成立年", "年份")
_SHOWN = 5


def resolve_field(gdf, name: str, what: str = "field") -> str:
    """The column of ``gdf`` that ``name`` means: itself, the same name in other case, or for a year alias
    (``year``, ``成立年份``...) the import's ``founded``; AnalysisInputError naming the columns if none."""
    columns = [c for c in gdf.columns if c != gdf.geometry.name]
    if name in columns:
        return name
    folded = {str(c).casefold(): c for c in columns}
    if str(name).casefold() in folded:
        return str(folded[str(name).casefold()])
    if str(name).casefold() in YEAR_ALIASES:
        for alias in ("founded", *YEAR_ALIASES):
            if alias in columns:
                return alias
    shown = ", ".join(map(str, columns[:12])) + (", ..." if len(columns) > 12 else "")
    raise AnalysisInputError(f"{what} {name!r} is not a column of the layer; columns: {shown}")


def _years(values: pd.Series) -> np.ndarray:
    """Float years of ``values`` (NaN where the cell is not a year or a date): :func:`gzmap.core.time_filter.year_values`."""
    return year_values(values)[0]


def _describe(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA or value is pd.NaT:
        return "blank"
    text = str(value).strip()
    return "blank" if not text else repr(text[:20])


def years_of(gdf, field: str, *, skip_bad: bool = False) -> tuple[np.ndarray, np.ndarray, str]:
    """(year of each kept row as int, which rows are kept, a note on the rows left out).

    Raises AnalysisInputError (one line: the field, how many rows, the first
    rows and their values) when rows hold no year and ``skip_bad`` is False,
    and when no row holds one.
    """
    values = gdf[field]
    years = _years(values)
    bad = np.isnan(years)
    if not bad.any():
        return years.astype(np.int64), np.ones(len(years), dtype=bool), ""
    where = np.flatnonzero(bad)
    rows = gdf["source_row"].to_numpy()[where] if "source_row" in gdf.columns else where + 1
    word = "file row" if "source_row" in gdf.columns else "row"
    shown = "; ".join(f"{word} {int(r)}: {_describe(values.iloc[i])}" for r, i in zip(rows[:_SHOWN], where[:_SHOWN]))
    more = f"; and {len(where) - _SHOWN} more" if len(where) > _SHOWN else ""
    line = f"time field {field!r}: {len(where)} of {len(values)} rows hold no year ({FIRST_YEAR}-{LAST_YEAR})"
    if bad.all():
        raise AnalysisInputError(f"{line} ({shown}{more}); choose the column with the founding year or date")
    if not skip_bad:
        raise AnalysisInputError(f"{line} ({shown}{more}); fix them, or leave them out")
    return years[~bad].astype(np.int64), ~bad, f"{line}, left out"
