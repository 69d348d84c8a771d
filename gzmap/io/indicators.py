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

(The enterprise-table reader of issue 3, ``gzmap.io.tables``, did not exist
when this was written, so this module carries its own small CSV/Excel reader.)
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from gzmap.io.errors import ReadError, first_line

__all__ = [
    "IndicatorInfo",
    "IndicatorTable",
    "TableProblem",
    "parse_number",
    "read_indicator_table",
    "read_raw_table",
]

TABLE_SUFFIXES = {".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls"}

#: Recognised header names (compared after :func:`_norm_header`).
ALIASES: dict[str, set[str]] = {
    "region": {"region", "name", "regionname", "district", "city", "area", "place", "地区", "区域", "地区名称",
               "行政区", "行政区名称", "区", "区县", "市", "城市", "城市名称", "名称", "地名", "区名", "市名", "namezh",
               "nameen", "行政区划名称"},
    "adcode": {"adcode", "code", "regioncode", "行政区划代码", "区划代码", "代码", "行政代码", "地区代码"},
    "indicator": {"indicator", "indicatorname", "variable", "measure", "metric", "指标", "指标名称", "统计指标"},
    "indicator_en": {"indicatoren", "indicatorenglish", "指标英文", "英文指标", "指标英文名"},
    "year": {"year", "年份", "年", "年度", "统计年份"},
    "value": {"value", "数值", "值", "数据", "指标值"},
    "unit": {"unit", "units", "单位", "计量单位"},
    "source": {"source", "来源", "数据来源", "资料来源"},
    "note": {"note", "notes", "remark", "备注", "说明"},
}

_MISSING = {"", "na", "n/a", "nan", "null", "none", "-", "--", "—", "——", "…", "...", "无", "缺", "暂无", "/"}
_APPROX = re.compile(r"\(approx\.?\)|（约）|\(约\)|approx\.?|approximately|about|around|circa|ca\.|大约|约|~|≈|±", re.I)
_NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$")
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
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


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
            out.append(IndicatorInfo(
                name=str(name), name_en=en,
                units=_unique(g["unit"]), years=sorted(_unique(g["year"])),
                sources=_unique(g["source"]), approx=bool(g["approx"].any()),
            ))
        return out

    def indicator(self, name: str) -> IndicatorInfo:
        for info in self.indicators():
            if name in (info.name, info.name_en):
                return info
        raise KeyError(f"no indicator {name!r}; the table has: "
                       + ", ".join(i.name for i in self.indicators()))

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


# ---------------------------------------------------------------------------
# raw reading
# ---------------------------------------------------------------------------

def _decode(raw: bytes) -> tuple[str, str]:
    """Text and encoding name of a CSV's bytes: BOMs first, then UTF-8, then GB18030 (a GBK superset)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace"), "utf-8 (with undecodable bytes)"


def _sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",\t;|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ",\t;"}
        return max(counts, key=counts.get) if any(counts.values()) else ","


def read_raw_table(path, sheet: str | int | None = None) -> tuple[list[list[Any]], dict[str, Any]]:
    """Cells of a CSV or Excel sheet as a list of rows (ragged rows padded with "").

    Returns ``(rows, info)`` where ``info`` has ``encoding``/``delimiter`` for
    text files or ``sheet`` for Excel. Raises :class:`ReadError` for missing,
    empty or unreadable files.
    """
    path = Path(path)
    if not path.exists():
        raise ReadError(path, "file not found")
    if path.is_dir():
        raise ReadError(path, "is a folder, not a table")
    if path.stat().st_size == 0:
        raise ReadError(path, "the file is empty (0 bytes)")
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm", ".xls"}:
        from gzmap.io.tables import check_sheet_budget

        try:
            check_sheet_budget(path, sheet)  # a stray cell at XFD1048576 would abort the process
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                frame = pd.read_excel(path, sheet_name=0 if sheet is None else sheet, header=None,
                                      dtype=object, engine="calamine")
        except ReadError:
            raise
        except Exception as exc:  # calamine raises its own kinds for broken files
            raise ReadError(path, f"not a readable Excel workbook ({first_line(exc)[:200]})") from None
        rows = [[("" if _is_nan(v) else v) for v in r] for r in frame.itertuples(index=False, name=None)]
        return rows, {"sheet": sheet if sheet is not None else 0}
    raw = path.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(path, "looks like a binary file, not a CSV/text table")
    text, encoding = _decode(raw)
    delimiter = "\t" if suffix == ".tsv" else _sniff_delimiter(text)
    import gzmap.io.tables  # noqa: F401  (raises the csv module's cell size limit to 16 MiB)

    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise ReadError(path, f"the line cannot be split into cells ({first_line(exc)})",
                        row=reader.line_num) from None
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return rows, {"encoding": encoding, "delimiter": delimiter}


def _is_nan(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NaT


def _cell_text(v) -> str:
    """A cell as text; Excel floats that are whole numbers lose their ``.0`` (440106.0 -> 440106)."""
    if _is_nan(v):
        return ""
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    if isinstance(v, (pd.Timestamp,)) or hasattr(v, "year") and hasattr(v, "month"):
        return str(getattr(v, "year"))
    return str(v).strip()


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
    """Parse a statistics cell.

    Returns ``(value, approx, unit_hint, error)``. ``value`` is NaN for an
    empty/missing cell (``error`` None) or an unreadable one (``error`` says
    why). ``approx`` is True for values marked 约/about/~/(approx.).
    ``unit_hint`` is ``"%"`` for a percentage. Thousands separators and
    full-width digits are accepted.
    """
    if isinstance(raw, bool):
        return math.nan, False, "", f"{raw!r} is not a number"
    if isinstance(raw, (int, float, np.integer, np.floating)) and not _is_nan(raw):
        v = float(raw)
        return (v, False, "", None) if math.isfinite(v) else (math.nan, False, "", f"{raw!r} is not a finite number")
    text = unicodedata.normalize("NFKC", _cell_text(raw)).strip()
    if text.lower() in _MISSING:
        return math.nan, False, "", None
    approx = bool(_APPROX.search(text))
    s = _APPROX.sub("", text).strip()
    unit = ""
    if s.endswith("%"):
        s, unit = s[:-1].strip(), "%"
    s = s.replace(" ", "").replace("\u00a0", "")
    if s and _NUMBER.match(s) and any(ch.isdigit() for ch in s):
        v = float(s.replace(",", ""))
        if math.isfinite(v):
            return v, approx, unit, None
    hint = ""
    if re.search(r"\d\s*(万|亿|千|百)", text):
        hint = " (write the plain number and put 万/亿 in the unit)"
    return math.nan, approx, "", f"{text!r} is not a number{hint}"


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
    headers, numbered, header_row, problems = _load(path, sheet)
    h = header_row - 1
    if not numbered:
        raise ReadError(path, f"the table has a header (row {header_row}) but no data rows")
    roles: dict[str, int] = {}
    for j, c in enumerate(headers):
        role = _role(c)
        if role and role not in roles:
            roles[role] = j
    detected = "long" if {"indicator", "value"} <= set(roles) else "wide"
    form = form or detected
    if form not in {"long", "wide"}:
        raise ValueError(f"form must be 'long' or 'wide', not {form!r}")
    if "region" not in roles and "adcode" not in roles:
        # fall back to the first column that is mostly text
        for j, _c in enumerate(headers):
            texts = [_cell_text(r[j]) for _, r in numbered]
            if sum(1 for t in texts if t and parse_number(t)[3] is not None) > len(texts) / 2:
                roles["region"] = j
                break
        else:
            raise ReadError(path, "no region column found: name one column 地区/region/name or adcode/行政区划代码",
                            row=h + 1)
    records: list[dict[str, Any]] = []

    def col(j):
        return headers[j] or f"column {j + 1}"

    def get(r, role):
        j = roles.get(role)
        return _cell_text(r[j]) if j is not None and j < len(r) else ""

    region_col = col(roles["region"]) if "region" in roles else col(roles["adcode"])

    def base(rownum, r):
        region, adcode = get(r, "region"), get(r, "adcode")
        if not region and not adcode:
            problems.append(TableProblem(rownum, region_col, "no region given; the row is skipped"))
            return None
        year, err = _year_text(r[roles["year"]]) if "year" in roles else ("", None)
        if err:
            problems.append(TableProblem(rownum, col(roles["year"]), err, "warning"))
        return {"row": rownum, "region": region or adcode, "adcode": adcode, "year": year,
                "source": get(r, "source"), "note": get(r, "note")}

    if form == "long":
        if "indicator" not in roles or "value" not in roles:
            raise ReadError(path, "a long-form table needs an indicator column (指标) and a value column (数值)",
                            row=h + 1)
        for rownum, r in numbered:
            rec = base(rownum, r)
            if rec is None:
                continue
            name = get(r, "indicator")
            if not name:
                problems.append(TableProblem(rownum, col(roles["indicator"]), "no indicator name; the row is skipped"))
                continue
            _add_value(records, problems, rec, name, get(r, "indicator_en"), r[roles["value"]],
                       get(r, "unit"), col(roles["value"]))
    else:
        meta = {j for role, j in roles.items() if role in {"region", "adcode", "year", "unit", "source", "note",
                                                         "indicator_en"}}
        value_cols = [j for j in range(len(headers)) if j not in meta and (headers[j] or _has_data(numbered, j))]
        if not value_cols:
            raise ReadError(path, "no indicator columns: a wide table needs one column per indicator", row=h + 1)
        split = {j: _split_header(col(j)) for j in value_cols}
        for rownum, r in numbered:
            rec = base(rownum, r)
            if rec is None:
                continue
            for j in value_cols:
                name, unit, year = split[j]
                rec_j = dict(rec)
                if year and not rec_j["year"]:
                    rec_j["year"] = year
                _add_value(records, problems, rec_j, name, "", r[j] if j < len(r) else "",
                           unit or get(r, "unit"), col(j))
    data = pd.DataFrame.from_records(records, columns=[
        "row", "region", "adcode", "indicator", "indicator_en", "year", "value", "raw_value", "unit", "source",
        "approx", "usable", "value_column"])
    if data.empty:
        raise ReadError(path, "no values could be read from the table")
    data["value"] = data["value"].astype(float)
    data["approx"] = data["approx"].astype(bool)
    data["usable"] = data["usable"].astype(bool)
    _check_units(data, problems, col(roles["unit"]) if "unit" in roles else None)
    _check_duplicates(data, problems, region_col)
    if not data["usable"].any() or data.loc[data["usable"], "value"].isna().all():
        problems.append(TableProblem(None, None, "no usable numeric value in the whole table"))
    problems.sort(key=lambda p: (p.row is None, p.row or 0))
    columns = {role: col(j) for role, j in roles.items()}
    return IndicatorTable(str(path), form, data, problems, columns)


def _load(path: Path, sheet) -> tuple[list[str], list[tuple[int, list]], int, list[TableProblem]]:
    """(header names, [(file row, cells)] of non-empty data rows, 1-based header row, problems).

    Uses the shared table reader :func:`gzmap.io.tables.read_table` (encodings,
    title rows above the header, merged header cells); when its header guess
    names no region column but one of the first rows does (a wide table with
    year headers such as ``地区, 2021, 2022``), the table is read again with
    that row as the header. Falls back to :func:`read_raw_table` if the shared
    reader is not available.
    """
    problems: list[TableProblem] = []
    try:
        from gzmap.io.tables import read_table
    except ImportError:  # pragma: no cover - the shared reader ships with gzmap
        read_table = None
    if read_table is None:
        rows, _ = read_raw_table(path, sheet)
        if not rows or all(not _cell_text(c) for r in rows for c in r):
            raise ReadError(path, "the table is empty: no header and no data rows")
        h = _find_header(rows)
        numbered = [(h + 2 + i, list(r)) for i, r in enumerate(rows[h + 1:]) if any(_cell_text(c) for c in r)]
        return [_cell_text(c) for c in rows[h]], numbered, h + 1, problems
    table = read_table(path, sheet=sheet)
    headers = [str(c) for c in table.data.columns]
    if not any(_role(c) in {"region", "adcode"} for c in headers):
        try:
            rows, _ = read_raw_table(path, sheet)
        except ReadError:
            rows = []
        h = _find_header(rows) if rows else 0
        if rows and any(_role(c) in {"region", "adcode"} for c in rows[h]) and h + 1 != table.header_rows[0]:
            table = read_table(path, sheet=sheet, header_row=h + 1)
            headers = [str(c) for c in table.data.columns]
    for bad in table.bad_lines:
        problems.append(TableProblem(bad.row, None, f"{bad.reason}; the line is not used: {bad.text[:60]!r}"))
    numbered = []
    for file_row, cells in zip(table.file_rows, table.data.itertuples(index=False, name=None)):
        cells = list(cells)
        if any(_cell_text(c) for c in cells):
            numbered.append((int(file_row), cells))
    return headers, numbered, int(table.header_rows[-1]), problems


def _has_data(numbered, j) -> bool:
    return any(j < len(r) and _cell_text(r[j]) for _, r in numbered)


def _add_value(records, problems, rec, name, name_en, raw, unit, column) -> None:
    value, approx, unit_hint, err = parse_number(raw)
    note = rec.get("note", "")
    if note and _APPROX.search(note):
        approx = True
    if err:
        problems.append(TableProblem(rec["row"], column, err + "; the value is left empty (no data)"))
    out = {k: rec[k] for k in ("row", "region", "adcode", "year", "source")}
    out.update(indicator=name, indicator_en=name_en, value=value, raw_value=_cell_text(raw),
               unit=unit or unit_hint, approx=approx, usable=err is None, value_column=column)
    records.append(out)


def _check_duplicates(data: pd.DataFrame, problems: list[TableProblem], region_col: str) -> None:
    """Same region text (or adcode), indicator and year twice among usable values: the first row wins,
    the others are flagged. (Different spellings of one region are caught after matching.)"""
    key = data["adcode"].where(data["adcode"] != "", data["region"].str.strip().str.lower())
    keys = pd.DataFrame({"k": key, "i": data["indicator"], "y": data["year"]})
    usable = data["usable"] & data["value"].notna()
    dup = keys[usable].duplicated(keep="first")
    for idx in dup.index[dup]:
        r = data.loc[idx]
        same = usable & (key == key[idx]) & (data["indicator"] == r["indicator"]) & (data["year"] == r["year"])
        first = data.loc[same, "row"].iloc[0]
        year = f" {r['year']}" if r["year"] else ""
        problems.append(TableProblem(int(r["row"]), region_col,
                                     f"duplicate region {r['region']!r} for {r['indicator']}{year} "
                                     f"(first given in row {first}); this row is not used"))
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
                    problems.append(TableProblem(int(r["row"]), unit_column or r["value_column"],
                                                 f"unit {r['unit']!r} differs from {main!r} used by the other "
                                                 f"{name} values of {year or 'the same year'}; this value is not used"))
                    data.loc[idx, "usable"] = False
        per_year = given[given["usable"]].groupby("year", sort=False)["unit"].agg(lambda s: s.value_counts().index[0])
        if per_year.nunique() > 1:
            first_year, first_unit = per_year.index[0], per_year.iloc[0]
            for year, unit in per_year.items():
                if unit != first_unit:
                    r = given[(given["year"] == year) & (given["unit"] == unit)].iloc[0]
                    problems.append(TableProblem(int(r["row"]), unit_column or r["value_column"],
                                                 f"the unit of {name} changes between years: {first_unit!r} in "
                                                 f"{first_year}, {unit!r} in {year}; maps of one year are fine, "
                                                 "change between these years is not computed", "warning"))
