"""Reading indicator tables: statistics by region, as planners keep them.

Two layouts are accepted, from CSV/TXT (UTF-8, UTF-8 with BOM, UTF-16 with
BOM, GBK/GB18030; comma, tab or semicolon) or Excel (.xlsx/.xls):

* **long** – one row per region, indicator and year, with columns
  ``region, indicator, year, value, unit, source`` (Chinese headers such as
  地区/指标/年份/数值/单位/来源 work too; ``adcode`` and ``indicator_en`` are
  optional);
* **wide** – one row per region (or region and year), one column per
  indicator. A header may carry the unit and the year:
  ``GDP（亿元）``, ``常住人口 [万人] 2020``; ``year``/``unit``/``source``
  columns apply to their row.

Whatever the layout, :func:`read_indicator_table` returns an
:class:`IndicatorTable` whose :attr:`~IndicatorTable.data` is in long form,
one row per value, each keeping its file row number, unit, year and source.
Bad cells never stop the read: a non-numeric value, a duplicate, a unit that
changes between years becomes a :class:`TableProblem` naming the row and
column, and the rest of the table stays usable. Only a table with no data at
all raises :class:`~gzmap.io.errors.ReadError`.

Region names are not matched here; see :mod:`gzmap.analysis.region_match`.

The file is read by the one table reader, :func:`gzmap.io.tables.read_table`
(encodings, delimiters, title rows, merged headers, budgets, rows with extra
cells), and values by the one number parser, :mod:`gzmap.io.numbers`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

import pandas as pd

from gzmap.io.errors import ReadError
from gzmap.io.numbers import cell_text as _cell_text
from gzmap.io.numbers import mentions_approx
from gzmap.io.numbers import parse_cell
from gzmap.io.tables import Table
from gzmap.io.tables import read_table

__all__ = [
    "IndicatorInfo",
    "IndicatorTable",
    "TableProblem",
    "drop_repeats",
    "parse_number",
    "read_indicator_table",
]

#: Recognised header names (compared after :func:`_norm_header`).
ALIASES: dict[str, set[str]] = {
    "region": {
        "region",
        "name",
        "regionname",
        "district",
        "city",
        "area",
        "place",
        "地区",
        "区域",
        "地区名称",
        "行政区",
        "行政区名称",
        "区",
        "区县",
        "市",
        "城市",
        "城市名称",
        "名称",
        "地名",
        "区名",
        "市名",
        "namezh",
        "nameen",
        "行政区划名称",
    },
    "adcode": {"adcode", "code", "regioncode", "行政区划代码", "区划代码", "代码", "行政代码", "地区代码"},
    "indicator": {"indicator", "indicatorname", "variable", "measure", "metric", "指标", "指标名称", "统计指标"},
    "indicator_en": {"indicatoren", "indicatorenglish", "指标英文", "英文指标", "指标英文名"},
    "year": {"year", "年份", "年", "年度", "统计年份"},
    "value": {"value", "数值", "值", "数据", "指标值"},
    "unit": {"unit", "units", "单位", "计量单位"},
    "source": {"source", "来源", "数据来源", "资料来源"},
    "note": {"note", "notes", "remark", "备注", "说明"},
}

_UNIT_IN_HEADER = re.compile(r"^(?P<name>.*?)\s*[\(\[（【](?P<unit>[^\)\]）】]*)[\)\]）】]\s*(?P<rest>.*)$")
_YEAR_SUFFIX = re.compile(r"^(?P<name>.*?)[\s_\-/]*(?P<year>(?:19|20)\d{2})\s*年?$")
_YEAR_PREFIX = re.compile(r"^(?P<year>(?:19|20)\d{2})\s*年?[\s_\-/]*(?P<name>.+)$")


@dataclass
class TableProblem:
    """One problem found in a table, at a file row (1-based, header = row 1) and column.

    ``severity`` is ``"error"`` when the cell's value cannot be used and
    ``"warning"`` when it is used but deserves a look.
    """

    row: int | None
    column: str | None
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return self.text("en")

    def text(self, lang: str | None) -> str:
        """The problem in ``lang``: where (row, column) and the message (translated when it is a Phrase)."""
        from gzmap.core.i18n import say
        from gzmap.io.messages import text

        where = ""
        if self.row is not None:
            where += text("row", lang or "en", row=self.row)
        if self.column is not None:
            where += text("column", lang or "en", column=self.column)
        message = say(self.message, lang)
        return f"{where.lstrip(', ，')}: {message}" if where else message


@dataclass
class IndicatorInfo:
    """What is known of one indicator: its names, unit(s), years and source(s)."""

    name: str
    name_en: str
    units: list[str]
    years: list[str]
    sources: list[str]
    approx: bool = False

    @property
    def unit(self) -> str:
        """The unit, or all units joined by " / " when the table mixes them."""
        return " / ".join(self.units)

    @property
    def source(self) -> str:
        return "; ".join(self.sources)

    def label(self, lang: str = "zh") -> str:
        return self.name if lang.startswith("zh") or not self.name_en else self.name_en


@dataclass
class IndicatorTable:
    """An indicator table in long form, with everything wrong with it listed.

    ``data`` columns: ``row`` (file row, 1-based with the header as row 1),
    ``region`` (the region text as written), ``adcode`` (as written, may be
    empty), ``indicator``, ``indicator_en``, ``year`` (text, may be empty),
    ``value`` (float; NaN when missing or unusable), ``raw_value``, ``unit``,
    ``source``, ``approx`` (bool: the value was marked approximate),
    ``usable`` (bool: False when a problem makes the value unusable),
    ``value_column`` (the column the value came from).
    """

    path: str
    form: str
    data: pd.DataFrame
    problems: list[TableProblem] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)

    def indicators(self) -> list[IndicatorInfo]:
        """Indicators in table order, with their units, years and sources."""
        out = []
        for name, g in self.data.groupby("indicator", sort=False):
            en = next((v for v in g["indicator_en"] if v), "")
            out.append(
                IndicatorInfo(
                    name=str(name),
                    name_en=en,
                    units=_unique(g["unit"]),
                    years=sorted(_unique(g["year"])),
                    sources=_unique(g["source"]),
                    approx=bool(g["approx"].any()),
                )
            )
        return out

    def indicator(self, name: str) -> IndicatorInfo:
        for info in self.indicators():
            if name in (info.name, info.name_en):
                return info
        raise KeyError(f"no indicator {name!r}; the table has: " + ", ".join(i.name for i in self.indicators()))

    @property
    def errors(self) -> list[TableProblem]:
        return [p for p in self.problems if p.severity == "error"]

    def __len__(self) -> int:
        return len(self.data)


def _unique(values) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v is not None and str(v) != "" and str(v) not in seen:
            seen[str(v)] = None
    return list(seen)


def _norm_header(h) -> str:
    s = unicodedata.normalize("NFKC", _cell_text(h)).strip().lower()
    return re.sub(r"[\s_\-.]+", "", s)


def _role(header) -> str | None:
    n = _norm_header(header)
    for role, names in ALIASES.items():
        if n in names:
            return role
    return None


# ---------------------------------------------------------------------------
# numbers
# ---------------------------------------------------------------------------


def parse_number(raw) -> tuple[float, bool, str, str | None]:
    """Parse a statistics cell (see :func:`gzmap.io.numbers.parse_cell`).

    Returns ``(value, approx, unit_hint, error)``. ``value`` is NaN for an
    empty/missing cell (``error`` None) or an unreadable one (``error`` says
    why). ``approx`` is True for values marked 约/about/~/(approx.).
    ``unit_hint`` is ``"%"`` for a percentage. Thousands separators and
    full-width digits are accepted; ``1.2万`` is not (put 万 in the unit).
    """
    n = parse_cell(raw)
    return n.value, n.approx, n.unit, n.error


# ---------------------------------------------------------------------------
# the table
# ---------------------------------------------------------------------------


def _find_header(rows: list[list[Any]]) -> int:
    """Index of the header row: the first of the first 10 rows naming a region/adcode/indicator column."""
    for i, r in enumerate(rows[:10]):
        roles = {_role(c) for c in r}
        if roles & {"region", "adcode"} or {"indicator", "value"} <= roles:
            return i
    for i, r in enumerate(rows[:10]):  # else the first row with at least two non-empty cells
        if sum(1 for c in r if _cell_text(c)) >= 2:
            return i
    return 0


def _split_header(header: str) -> tuple[str, str, str]:
    """``"GDP（亿元）2023"`` -> ("GDP", "亿元", "2023"): indicator name, unit, year from a wide-form header."""
    name, unit, year = unicodedata.normalize("NFKC", header).strip(), "", ""
    m = _UNIT_IN_HEADER.match(name)
    if m and m.group("unit").strip():
        name, unit, rest = m.group("name").strip(), m.group("unit").strip(), m.group("rest").strip()
        if re.fullmatch(r"(?:19|20)\d{2}\s*年?", rest):
            year = rest[:4]
        elif rest:
            name = f"{name} {rest}".strip()
    for pat in (_YEAR_SUFFIX, _YEAR_PREFIX):
        m = pat.match(name)
        if m and m.group("name").strip() and not year:
            name, year = m.group("name").strip(), m.group("year")
            break
    return name or header, unit, year


def _year_text(v) -> tuple[str, str | None]:
    t = unicodedata.normalize("NFKC", _cell_text(v)).strip().rstrip("年")
    if not t:
        return "", None
    if re.fullmatch(r"\d{4}", t):
        return t, None
    return t, f"year {t!r} is not a 4-digit year"


def read_indicator_table(path, sheet: str | int | None = None, form: str | None = None) -> IndicatorTable:
    """Read an indicator table (CSV/TXT/XLSX/XLS) in long or wide form.

    Parameters
    ----------
    path
        The table file.
    sheet
        Excel sheet name or index (default: the first).
    form
        ``"long"`` or ``"wide"``; detected from the headers when None (long
        when there are indicator and value columns).

    Raises
    ------
    ReadError
        When the file is missing, unreadable, has no region column or no
        data rows. Problems in single cells do not raise; they are listed in
        :attr:`IndicatorTable.problems`.
    """
    path = Path(path)
    rows = _load(path, sheet)
    if not rows.numbered:
        raise ReadError(path, f"the table has a header (row {rows.header_row}) but no data rows")
    roles = _roles(rows.headers)
    detected = "long" if {"indicator", "value"} <= set(roles) else "wide"
    form = form or detected
    if form not in {"long", "wide"}:
        raise ValueError(f"form must be 'long' or 'wide', not {form!r}")
    _find_region_column(path, rows, roles)
    cells = _Cells(rows.headers, roles, rows.problems)
    if form == "long":
        records = _long_records(path, rows, cells)
    else:
        records = _wide_records(path, rows, cells)
    data = _long_frame(path, records)
    _check_units(data, rows.problems, cells.col(roles["unit"]) if "unit" in roles else None)
    _check_duplicates(data, rows.problems, cells.region_col)
    if not data["usable"].any() or data.loc[data["usable"], "value"].isna().all():
        rows.problems.append(TableProblem(None, None, "no usable numeric value in the whole table"))
    rows.problems.sort(key=lambda p: (p.row is None, p.row or 0))
    columns = {role: cells.col(j) for role, j in roles.items()}
    return IndicatorTable(str(path), form, data, rows.problems, columns)


@dataclass
class _Rows:
    """The table as read: header names, ``numbered`` = [(file row, cells)] of the non-empty data
    rows, the 1-based file row of the (last) header row, and the problems found so far."""

    headers: list[str]
    numbered: list[tuple[int, list]]
    header_row: int
    problems: list[TableProblem]


def _roles(headers: list[str]) -> dict[str, int]:
    """Role -> index of the first column whose header names it (see :data:`ALIASES`)."""
    roles: dict[str, int] = {}
    for j, c in enumerate(headers):
        role = _role(c)
        if role and role not in roles:
            roles[role] = j
    return roles


def _find_region_column(path: Path, rows: _Rows, roles: dict[str, int]) -> None:
    """Without a region or adcode header, take the first column that is mostly text as the region."""
    if "region" in roles or "adcode" in roles:
        return
    for j in range(len(rows.headers)):
        texts = [_cell_text(r[j]) for _, r in rows.numbered]
        if sum(1 for t in texts if t and parse_number(t)[3] is not None) > len(texts) / 2:
            roles["region"] = j
            return
    raise ReadError(
        path, "no region column found: name one column 地区/region/name or adcode/行政区划代码", row=rows.header_row
    )


class _Cells:
    """Reads the cells of a data row by role, listing what is wrong in ``problems``."""

    def __init__(self, headers: list[str], roles: dict[str, int], problems: list[TableProblem]):
        self.headers, self.roles, self.problems = headers, roles, problems
        self.region_col = self.col(roles["region"] if "region" in roles else roles["adcode"])

    def col(self, j: int) -> str:
        """The name of column ``j`` (0-based) for a message."""
        return self.headers[j] or f"column {j + 1}"

    def get(self, r: list, role: str) -> str:
        """The text of the row's cell for ``role`` ("" when the table has no such column)."""
        j = self.roles.get(role)
        return _cell_text(r[j]) if j is not None and j < len(r) else ""

    def base(self, rownum: int, r: list) -> dict[str, Any] | None:
        """Region, adcode, year, source and note of a row; None (and a problem) when it names no region."""
        region, adcode = self.get(r, "region"), self.get(r, "adcode")
        if not region and not adcode:
            self.problems.append(TableProblem(rownum, self.region_col, "no region given; the row is skipped"))
            return None
        year, err = _year_text(r[self.roles["year"]]) if "year" in self.roles else ("", None)
        if err:
            self.problems.append(TableProblem(rownum, self.col(self.roles["year"]), err, "warning"))
        return {
            "row": rownum,
            "region": region or adcode,
            "adcode": adcode,
            "year": year,
            "source": self.get(r, "source"),
            "note": self.get(r, "note"),
        }


def _long_records(path: Path, rows: _Rows, cells: _Cells) -> list[dict[str, Any]]:
    """One record per data row of a long table (region, indicator, year, value, unit, source)."""
    roles = cells.roles
    if "indicator" not in roles or "value" not in roles:
        raise ReadError(
            path, "a long-form table needs an indicator column (指标) and a value column (数值)", row=rows.header_row
        )
    records: list[dict[str, Any]] = []
    for rownum, r in rows.numbered:
        rec = cells.base(rownum, r)
        if rec is None:
            continue
        name = cells.get(r, "indicator")
        if not name:
            rows.problems.append(
                TableProblem(rownum, cells.col(roles["indicator"]), "no indicator name; the row is skipped")
            )
            continue
        _add_value(
            records,
            rows.problems,
            rec,
            name,
            cells.get(r, "indicator_en"),
            r[roles["value"]],
            cells.get(r, "unit"),
            cells.col(roles["value"]),
        )
    return records


_META_ROLES = {"region", "adcode", "year", "unit", "source", "note", "indicator_en"}


def _wide_records(path: Path, rows: _Rows, cells: _Cells) -> list[dict[str, Any]]:
    """One record per data row and indicator column of a wide table; a column header may carry
    the unit and the year (``GDP（亿元）2023``)."""
    meta = {j for role, j in cells.roles.items() if role in _META_ROLES}
    value_cols = [
        j for j in range(len(rows.headers)) if j not in meta and (rows.headers[j] or _has_data(rows.numbered, j))
    ]
    if not value_cols:
        raise ReadError(path, "no indicator columns: a wide table needs one column per indicator", row=rows.header_row)
    split = {j: _split_header(cells.col(j)) for j in value_cols}
    records: list[dict[str, Any]] = []
    for rownum, r in rows.numbered:
        rec = cells.base(rownum, r)
        if rec is None:
            continue
        for j in value_cols:
            name, unit, year = split[j]
            rec_j = dict(rec, year=rec["year"] or year)
            _add_value(
                records,
                rows.problems,
                rec_j,
                name,
                "",
                r[j] if j < len(r) else "",
                unit or cells.get(r, "unit"),
                cells.col(j),
            )
    return records


_LONG_COLUMNS = [
    "row",
    "region",
    "adcode",
    "indicator",
    "indicator_en",
    "year",
    "value",
    "raw_value",
    "unit",
    "source",
    "approx",
    "usable",
    "value_column",
]


def _long_frame(path: Path, records: list[dict[str, Any]]) -> pd.DataFrame:
    """The records as :attr:`IndicatorTable.data` (value float, approx and usable bool)."""
    data = pd.DataFrame.from_records(records, columns=_LONG_COLUMNS)
    if data.empty:
        raise ReadError(path, "no values could be read from the table")
    data["value"] = data["value"].astype(float)
    data["approx"] = data["approx"].astype(bool)
    data["usable"] = data["usable"].astype(bool)
    return data


def _load(path: Path, sheet) -> _Rows:
    """The table read by :func:`gzmap.io.tables.read_table` (encodings, title rows above the header,
    merged header cells, rows with extra cells), with its non-empty data rows numbered.

    When the reader's header guess names no region column but one of the
    first rows does (a wide table with year headers such as ``地区, 2021,
    2022``), the table is read again with that row as the header.
    """
    table = read_table(path, sheet=sheet)
    if not any(_role(c) in {"region", "adcode"} for c in table.data.columns):
        header_row = _region_header_row(path, sheet)
        if header_row is not None and header_row != table.header_rows[0]:
            table = read_table(path, sheet=sheet, header_row=header_row)
    problems = [
        TableProblem(bad.row, None, f"{bad.reason}; the line is not used: {bad.text[:60]!r}") for bad in table.bad_lines
    ]
    numbered = [
        (int(file_row), list(cells)) for file_row, cells in _numbered_rows(table) if any(_cell_text(c) for c in cells)
    ]
    return _Rows([str(c) for c in table.data.columns], numbered, int(table.header_rows[-1]), problems)


def _numbered_rows(table: Table):
    """(1-based file row, cells) of each data row of ``table``."""
    return zip(table.file_rows, table.data.itertuples(index=False, name=None))


def _region_header_row(path: Path, sheet) -> int | None:
    """The 1-based file row, among the first ten, of a header naming a region or adcode column;
    None when there is none."""
    try:
        top = read_table(path, sheet=sheet, header_row=1, nrows=10)
    except ReadError:
        return None
    rows = [(int(top.header_rows[0]), [str(c) for c in top.data.columns])] + [
        (int(file_row), list(cells)) for file_row, cells in _numbered_rows(top)
    ]
    h = _find_header([cells for _, cells in rows])
    if any(_role(c) in {"region", "adcode"} for c in rows[h][1]):
        return rows[h][0]
    return None


def _has_data(numbered, j) -> bool:
    return any(j < len(r) and _cell_text(r[j]) for _, r in numbered)


def _add_value(records, problems, rec, name, name_en, raw, unit, column) -> None:
    value, approx, unit_hint, err = parse_number(raw)
    note = rec.get("note", "")
    if note and mentions_approx(note):
        approx = True
    if err:
        problems.append(TableProblem(rec["row"], column, err + "; the value is left empty (no data)"))
    out = {k: rec[k] for k in ("row", "region", "adcode", "year", "source")}
    out.update(
        indicator=name,
        indicator_en=name_en,
        value=value,
        raw_value=_cell_text(raw),
        unit=unit or unit_hint,
        approx=approx,
        usable=err is None,
        value_column=column,
    )
    records.append(out)


def _check_duplicates(data: pd.DataFrame, problems: list[TableProblem], region_col: str) -> None:
    """Same region text (or adcode), indicator and year twice among usable values: the first row wins,
    the others are flagged. (Different spellings of one region are caught after matching.)"""
    key = data["adcode"].where(data["adcode"] != "", data["region"].str.strip().str.lower())
    usable = data["usable"] & data["value"].notna()

    def message(r, first, year: str) -> str:
        return (
            f"duplicate region {r['region']!r} for {r['indicator']}{year} "
            f"(first given in row {first['row']}); this row is not used"
        )

    drop_repeats(data, problems, region_col, key, usable, message)


def drop_repeats(data: pd.DataFrame, problems: list[TableProblem], region_col: str, key, usable, message) -> None:
    """Mark unusable each ``usable`` row whose ``key`` (one per row), indicator and year an earlier usable
    row already gave, with a problem at its row saying ``message(row, first_row, " <year>" or "")``."""
    keys = pd.DataFrame({"k": key, "i": data["indicator"], "y": data["year"]})
    dup = keys[usable].duplicated(keep="first")
    for idx in dup.index[dup]:
        r = data.loc[idx]
        same = usable & (key == key[idx]) & (data["indicator"] == r["indicator"]) & (data["year"] == r["year"])
        first = data.loc[same].iloc[0]
        year = f" {r['year']}" if r["year"] else ""
        problems.append(TableProblem(int(r["row"]), region_col, message(r, first, year)))
        data.loc[idx, "usable"] = False


def _check_units(data: pd.DataFrame, problems: list[TableProblem], unit_column: str | None) -> None:
    """Flag units that change: within one year (the odd ones are unusable) and between years (a warning)."""
    for name, g in data.groupby("indicator", sort=False):
        given = g[g["unit"] != ""]
        if given["unit"].nunique() <= 1:
            continue
        for year, gy in given.groupby("year", sort=False):
            if gy["unit"].nunique() > 1:
                main = gy["unit"].value_counts().index[0]
                for idx in gy.index[gy["unit"] != main]:
                    r = data.loc[idx]
                    problems.append(
                        TableProblem(
                            int(r["row"]),
                            unit_column or r["value_column"],
                            f"unit {r['unit']!r} differs from {main!r} used by the other "
                            f"{name} values of {year or 'the same year'}; this value is not used",
                        )
                    )
                    data.loc[idx, "usable"] = False
        per_year = given[given["usable"]].groupby("year", sort=False)["unit"].agg(lambda s: s.value_counts().index[0])
        if per_year.nunique() > 1:
            first_year, first_unit = per_year.index[0], per_year.iloc[0]
            for year, unit in per_year.items():
                if unit != first_unit:
                    r = given[(given["year"] == year) & (given["unit"] == unit)].iloc[0]
                    problems.append(
                        TableProblem(
                            int(r["row"]),
                            unit_column or r["value_column"],
                            f"the unit of {name} changes between years: {first_unit!r} in "
                            f"{first_year}, {unit!r} in {year}; maps of one year are fine, "
                            "change between these years is not computed",
                            "warning",
                        )
                    )
