"""Reading the groups of a development index: which indicator belongs to which subsystem, and its direction.

A CSV/TXT/Excel table with the columns ``indicator,group,direction``
(Chinese headers 指标/分组/方向 or 子系统/属性 work too). ``direction`` is
``benefit`` or ``cost``; 正向/负向, 效益/成本, ``+``/``-`` and
``positive``/``negative`` are accepted. The file is read by the one table
reader (:func:`gzmap.io.tables.read_table`: encodings, delimiters, budgets).
Every problem is a :class:`~gzmap.io.errors.ReadError` naming the file, the
row and the value.
"""

from __future__ import annotations

import pandas as pd

from gzmap.io.errors import ReadError
from gzmap.io.tables import read_table

__all__ = ["DIRECTIONS", "direction_of", "read_groups"]

#: Accepted spellings of an indicator's direction -> "benefit" (more is better) or "cost".
DIRECTIONS = dict.fromkeys(("benefit", "positive", "+", "正向", "正", "效益", "效益型"), "benefit") | dict.fromkeys(
    ("cost", "negative", "-", "负向", "负", "逆向", "成本", "成本型"), "cost"
)

_HEADERS = {
    "indicator": {"indicator", "指标", "指标名称", "indicator_name"},
    "group": {"group", "subsystem", "分组", "子系统", "维度", "准则层", "系统"},
    "direction": {"direction", "方向", "属性", "指标属性", "type"},
}


def direction_of(text) -> str | None:
    """ "benefit" or "cost" for an accepted spelling (case and spaces ignored), else None."""
    return DIRECTIONS.get(str(text).strip().lower())


def _columns(path, data: pd.DataFrame) -> dict[str, str]:
    found = {}
    for role, names in _HEADERS.items():
        for col in data.columns:
            if str(col).strip().lower() in names:
                found[role] = col
                break
        else:
            raise ReadError(path, f"no {role!r} column; the groups table needs the columns indicator,group,direction")
    return found


def read_groups(path) -> pd.DataFrame:
    """``indicator``, ``group``, ``direction`` ("benefit"/"cost"), ``row`` (file row) of a groups table."""
    table = read_table(path)
    cols = _columns(path, table.data)
    rows = []
    seen: dict[str, int] = {}
    for row, (_, rec) in zip(table.file_rows, table.data.iterrows()):
        name, group, raw = (str(rec[cols[r]]).strip() if pd.notna(rec[cols[r]]) else "" for r in _HEADERS)
        if not name:
            continue
        if not group:
            raise ReadError(path, f"row {row}: indicator {name!r} has no group")
        direction = direction_of(raw)
        if direction is None:
            raise ReadError(path, f"row {row}: direction {raw!r} of {name!r} is not benefit/cost (正向/负向)")
        if name in seen:
            raise ReadError(path, f"row {row}: indicator {name!r} is listed twice (first in row {seen[name]})")
        seen[name] = int(row)
        rows.append({"indicator": name, "group": group, "direction": direction, "row": int(row)})
    if not rows:
        raise ReadError(path, "no indicator rows")
    return pd.DataFrame(rows)
