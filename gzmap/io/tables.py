"""Reading plain tables (CSV/TXT/TSV, Excel .xlsx/.xls) the way planners have them.

* Text encodings: UTF-8, UTF-8 with BOM, UTF-16 with BOM (Excel "Unicode
  text"), and GBK/GB18030 (read as GB18030, a superset of GBK), detected from
  the bytes; a UTF-8 guess that fails later in the file falls back to GB18030.
* Delimiters: comma, tab, semicolon or ``|``, detected from the first lines.
* Header row: a title row ("2024年广州市数字文化企业名录") above the header
  is skipped; a two-row header made of merged group cells ("坐标" over
  "经度 | 纬度") is combined into one name per column ("坐标/经度").
* Every data row keeps its 1-based row number in the file
  (:attr:`Table.file_rows`), so a report can send the user to the right line.
  Lines with more fields than the header are not dropped silently: they are
  returned in :attr:`Table.bad_lines` with their row number and raw text.

Nothing here interprets the columns; see :mod:`gzmap.io.columns`.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from gzmap.core.progress import report
from gzmap.io.errors import ReadError, first_line

__all__ = [
    "EXCEL_SUFFIXES",
    "TABLE_SUFFIXES",
    "TEXT_SUFFIXES",
    "Table",
    "detect_encoding",
    "is_table",
    "read_table",
]

TEXT_SUFFIXES = {".csv", ".txt", ".tsv", ".tab"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
TABLE_SUFFIXES = TEXT_SUFFIXES | EXCEL_SUFFIXES

_SAMPLE_BYTES = 256 * 1024
_SAMPLE_LINES = 40
_DELIMITERS = [",", "\t", ";", "|"]
#: With a progress callback, text files larger than this (a parse of about 0.05 s) are handed
#: to the parser at most ``_PROGRESS_BLOCK`` bytes per read, and each read reports progress (and
#: so lets Cancel stop the parse). Parsing from a file object costs about 0.13 s per 100 MB
#: more than from the path, so smaller files are parsed from the path in one go.
_PROGRESS_MIN_BYTES = 16 << 20
_PROGRESS_BLOCK = 1 << 20

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class BadLine:
    """A text line the parser could not split into the header's columns."""

    row: int  # 1-based row number in the file
    text: str
    reason: str


@dataclass
class Table:
    """A table as read from a file, before any interpretation.

    ``data`` has one column per header cell (names made unique, empty names
    become ``column3``); values are as the parser inferred them (numbers where
    a whole column is numeric, else strings). ``file_rows[i]`` is the 1-based
    row number in the file of ``data.iloc[i]`` (for Excel, the sheet row).
    """

    path: Path
    data: pd.DataFrame
    file_rows: np.ndarray
    header_rows: list[int]
    kind: str  # "text", "excel", or "vector" (a point file previewed by gzmap.io.enterprises.preview_file)
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    bad_lines: list[BadLine] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    complete: bool = True  # False when only the first rows were read (preview)
    crs: str | None = None  # a point file's coordinate reference system ("vector" previews)

    @property
    def rows_read(self) -> int:
        """Data rows read from the file: parsed rows plus unparseable lines."""
        return len(self.data) + len(self.bad_lines)

    @property
    def encoding_label(self) -> str:
        return {"gb18030": "GBK/GB18030", "utf-8-sig": "UTF-8 (BOM)", "utf-8": "UTF-8",
                "utf-16": "UTF-16"}.get(self.encoding or "", self.encoding or "")


def is_table(path) -> bool:
    """True when ``path`` looks like a plain table (CSV/TXT/Excel) by its name or magic bytes."""
    path = Path(path)
    if path.suffix.lower() in TABLE_SUFFIXES:
        return True
    return False


# --------------------------------------------------------------------------- text

def detect_encoding(sample: bytes) -> str:
    """Guess the encoding of the start of a text file.

    Returns ``utf-8-sig``, ``utf-16``, ``utf-8``, ``gb18030`` or another
    codec name from charset-normalizer. Raises ``ValueError`` for binary data.
    """
    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" in sample:
        raise ValueError("binary data, not a text table")
    # A sample may end inside a multi-byte character: allow 3 bytes of slack.
    for cut in range(0, 4):
        chunk = sample[: len(sample) - cut] if cut else sample
        try:
            chunk.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError as exc:
            if exc.start < len(chunk) - 4:
                break
    for cut in range(0, 4):
        chunk = sample[: len(sample) - cut] if cut else sample
        try:
            text = chunk.decode("gb18030")
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return "gb18030"
        break
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample).best()
    except Exception:  # pragma: no cover - optional detector
        best = None
    if best is not None and _looks_like_text(str(best)):
        return best.encoding
    raise ValueError("binary data or an unknown text encoding, not a text table")


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t") or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad / len(text) < 0.01


def _decode_sample(raw: bytes, encoding: str) -> str:
    return raw.decode(encoding, errors="replace")


def _detect_delimiter(lines: list[str]) -> str:
    """The candidate delimiter that splits the sample lines most consistently into >1 field."""
    best, best_score = ",", (-1.0, 0)
    sample = [ln for ln in lines if ln.strip()][:_SAMPLE_LINES]
    if not sample:
        return ","
    for d in _DELIMITERS:
        counts = [len(r) for r in csv.reader(sample, delimiter=d)]
        if not counts:
            continue
        # the most common field count among lines that split at all
        values, freq = np.unique(counts, return_counts=True)
        modal = int(values[np.argmax(freq)])
        if modal < 2:
            multi = [c for c in counts if c > 1]
            if not multi:
                continue
            values, freq = np.unique(multi, return_counts=True)
            modal = int(values[np.argmax(freq)])
        consistency = float(np.mean([c == modal for c in counts]))
        score = (consistency, modal)
        if score > best_score:
            best, best_score = d, score
    return best


# --------------------------------------------------------------------------- header detection

_NUMERIC = re.compile(r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$")


def _is_number(v) -> bool:
    if v is None:
        return False
    if isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool):
        return True
    return bool(_NUMERIC.match(str(v)))


def _is_blank(v) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and np.isnan(v):
        return True
    return str(v).strip() == ""


def _find_header(rows: list[list]) -> tuple[int, int]:
    """(index of the first header row, number of header rows: 1 or 2) in ``rows``.

    The header is the first row that fills most of the table's width with
    text that is not numbers; a title row above it (one long cell) is skipped.
    A second header row follows when its cells are text, it fills columns the
    first row left blank (merged group cells), and data rows follow it.
    """
    if not rows:
        return 0, 1
    filled = [sum(not _is_blank(v) for v in r) for r in rows]
    width = max(filled) if filled else 0
    # modal width of the rows that look like data (the bulk of the sample), counting rows of two
    # or more cells when there are any: one-cell rows (a title, a stray note) are not the table's
    # width even when they outnumber the data rows. On a tie, the widest.
    multi = [f for f in filled if f > 1] or [f for f in filled if f > 0]
    if multi:
        values, freq = np.unique(multi, return_counts=True)
        width = int(values[freq == freq.max()].max())
    need = max(2, int(np.ceil(0.5 * width))) if width > 1 else 1
    header = 0
    for i, r in enumerate(rows[:15]):
        cells = [v for v in r if not _is_blank(v)]
        if len(cells) < need:
            continue
        numeric = sum(_is_number(v) for v in cells)
        if numeric <= len(cells) * 0.34:
            header = i
            break
    else:
        # no texty row: the first non-empty row is the header
        header = next((i for i, f in enumerate(filled) if f > 0), 0)
    n_header = 1
    if header + 2 < len(rows):
        top, sub = rows[header], rows[header + 1]
        sub_cells = [v for v in sub if not _is_blank(v)]
        # a merged group label: a blank top cell, inside the top row's width, right of a label,
        # with a sub-label under it (e.g. "坐标" | "" over "经度" | "纬度")
        fills_gap = any(
            j < len(top) and _is_blank(top[j]) and not _is_blank(sub[j])
            and any(not _is_blank(top[i]) for i in range(j))
            for j in range(len(sub))
        )
        if len(sub_cells) >= 2 and fills_gap and not any(_is_number(v) for v in sub_cells):
            n_header = 2
    return header, n_header


def _header_names(rows: list[list], n_cols: int) -> list[str]:
    """Column names from one or two header rows; merged group cells are spread over their span."""
    top = [("" if _is_blank(v) else str(v).strip()) for v in rows[0]] + [""] * n_cols
    top = top[:n_cols]
    if len(rows) > 1:
        sub = [("" if _is_blank(v) else str(v).strip()) for v in rows[1]] + [""] * n_cols
        sub = sub[:n_cols]
        # spread a merged group label over the blank top cells to its right that have a sub-label
        filled = list(top)
        last = ""
        for j in range(n_cols):
            if top[j]:
                last = top[j]
            elif sub[j] and last:
                filled[j] = last
        names = []
        for t, s in zip(filled, sub):
            names.append(f"{t}/{s}" if t and s and t != s else (s or t))
    else:
        names = top
    return _unique_names(names)


def _unique_names(names: list[str]) -> list[str]:
    out: list[str] = []
    seen: dict[str, int] = {}
    for j, n in enumerate(names):
        n = re.sub(r"\s+", " ", str(n)).strip() or f"column{j + 1}"
        if n in seen:
            seen[n] += 1
            n = f"{n}.{seen[n]}"
        else:
            seen[n] = 0
        out.append(n)
    return out


# --------------------------------------------------------------------------- public reader

def read_table(path, *, encoding: str | None = None, delimiter: str | None = None,
               sheet: str | int | None = None, header_row: int | None = None,
               nrows: int | None = None, progress=None) -> Table:
    """Read a CSV/TXT/TSV or Excel table.

    Parameters
    ----------
    path
        The file. Excel files are recognised by their bytes as well as their name.
    encoding, delimiter
        Override the detected text encoding / delimiter.
    sheet
        Excel sheet name or 0-based index (default: the first sheet with data).
    header_row
        1-based file row of the header, overriding the detection.
    nrows
        Read only the first ``nrows`` data rows (for a preview).
    progress
        A :class:`gzmap.core.progress.Progress`; large text files are read in
        chunks, reporting the fraction of bytes read, and stop on Cancel.

    Raises :class:`ReadError` (one line naming the file) for missing, empty,
    binary or header-only files.
    """
    path = Path(path)
    if not path.exists():
        raise ReadError(path, "file not found")
    if path.is_dir():
        raise ReadError(path, "is a folder, not a file")
    size = path.stat().st_size
    if size == 0:
        raise ReadError(path, "the file is empty (0 bytes)")
    with open(path, "rb") as fh:
        head = fh.read(_SAMPLE_BYTES)
    suffix = path.suffix.lower()
    if head.startswith(_ZIP_MAGIC) or head.startswith(_OLE_MAGIC) or suffix in EXCEL_SUFFIXES:
        return _read_excel(path, head, sheet=sheet, header_row=header_row, nrows=nrows, progress=progress)
    return _read_text(path, head, size, encoding=encoding, delimiter=delimiter, header_row=header_row,
                      nrows=nrows, progress=progress)


def _read_text(path: Path, head: bytes, size: int, *, encoding, delimiter, header_row, nrows, progress) -> Table:
    if encoding is None:
        try:
            encoding = detect_encoding(head)
        except ValueError as exc:
            raise ReadError(path, str(exc)) from None
    text = _decode_sample(head, encoding)
    if size > len(head):  # drop a possibly cut last line
        text = text[: text.rfind("\n") + 1] or text
    lines = text.splitlines()
    if not any(ln.strip() for ln in lines):
        raise ReadError(path, "the file holds no text rows (only blank lines)")
    if delimiter is None:
        delimiter = _detect_delimiter(lines)
    sample_rows, line_starts = [], []
    reader = csv.reader(io.StringIO("\n".join(lines[:200]) + "\n"), delimiter=delimiter)
    prev = 0
    for r in reader:
        line_starts.append(prev)  # 0-based physical line of this record
        prev = reader.line_num
        sample_rows.append(r)
    if header_row is not None:
        h = _record_index_of_line(line_starts, header_row - 1)
        nh = 1
    else:
        h, nh = _find_header(sample_rows)
    if h >= len(sample_rows):
        raise ReadError(path, "no header row found")
    header_recs = sample_rows[h:h + nh]
    n_cols = max(len(r) for r in header_recs)
    # the widest of the first data rows decides the width too (a header shorter than the data)
    data_sample = sample_rows[h + nh:h + nh + _SAMPLE_LINES]
    if data_sample:
        widths = [len(r) for r in data_sample if any(not _is_blank(v) for v in r)]
        if widths:
            values, freq = np.unique(widths, return_counts=True)
            n_cols = max(n_cols, int(values[np.argmax(freq)]))
    names = _header_names(header_recs, n_cols)
    first_data_line = line_starts[h + nh] if h + nh < len(line_starts) else (
        line_starts[h + nh - 1] + 1 if line_starts else 1)
    notes = []
    if h > 0:
        notes.append(f"skipped {line_starts[h]} row(s) above the header")
    if nh == 2:
        notes.append("combined a two-row header (merged group cells)")

    # on_bad_lines="warn" doubles the C parser's time even when every line is good, so the
    # file is first read with "error" and only read again with "warn" if a line is bad.
    kwargs = dict(sep=delimiter, header=None, names=names, skiprows=first_data_line, index_col=False,
                  skip_blank_lines=False, on_bad_lines="error", encoding=encoding,
                  encoding_errors="strict")
    if nrows is not None:
        kwargs["nrows"] = nrows

    def read(kw):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            if nrows is None and progress is not None and size > _PROGRESS_MIN_BYTES:
                with open(path, "rb") as fh:
                    df = pd.read_csv(_ReportingReader(fh, size, progress), **kw)
            else:
                df = pd.read_csv(path, **kw)
        return df, caught

    def attempt(enc):
        kw = dict(kwargs, encoding=enc)
        try:
            return read(kw)
        except pd.errors.ParserError as exc:
            if not _TOO_MANY_FIELDS.search(str(exc)):
                raise
        return read(dict(kw, on_bad_lines="warn"))

    try:
        try:
            df, caught = attempt(encoding)
        except UnicodeDecodeError:
            if encoding not in ("utf-8", "utf-8-sig"):
                raise
            notes.append("not valid UTF-8 past the start of the file; read as GBK/GB18030")
            encoding = "gb18030"
            df, caught = attempt(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(path, f"cannot be decoded as {encoding} ({exc.reason})") from None
    except pd.errors.EmptyDataError:
        df, caught = pd.DataFrame(columns=names), []
    except pd.errors.ParserError as exc:
        raise ReadError(path, f"not a readable table ({first_line(exc)})") from None
    except Exception as exc:
        if type(exc).__name__ == "Cancelled":
            raise
        raise ReadError(path, f"could not be read ({first_line(exc)})") from None

    skipped = _skipped_records(caught)
    lines_no, skipped_lines = _record_lines(df, first_data_line + 1, [r for r, _, _ in skipped])
    bad = _bad_lines(path, encoding, skipped, skipped_lines)
    # blank lines at the end of the file are not rows (a line of empty cells, '"",""', is one)
    n_keep = len(df) - (min(_trailing_blank(df), _blank_lines_at_end(path, encoding, delimiter))
                         if nrows is None else 0)
    if bad:
        n_keep = max(n_keep, int(np.searchsorted(lines_no, max(b.row for b in bad))))
    if n_keep < len(df):
        df, lines_no = df.iloc[:n_keep], lines_no[:n_keep]
    df.index = pd.RangeIndex(len(df))
    return Table(path=path, data=df, file_rows=lines_no, header_rows=list(range(line_starts[h] + 1, line_starts[h] + 1 + nh)),
                 kind="text", encoding=encoding, delimiter=delimiter, bad_lines=bad, notes=notes,
                 complete=nrows is None)


def _record_lines(df: pd.DataFrame, first: int, skipped: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The 1-based file line on which each parsed record starts, and the file lines of the
    records the parser skipped (``skipped``: record numbers, as pandas counts them).

    Records are numbered from ``first``; each skipped record comes between
    the parsed ones; a quoted cell holding line breaks (an address typed over
    two lines in Excel) moves every later record down by as many lines.
    """
    records = first + np.arange(len(df), dtype=np.int64)
    skipped_arr = np.sort(np.asarray(skipped, dtype=np.int64))
    if len(skipped_arr):
        # a skipped record numbered s with k skipped ones before it follows s - k parsed-record numbers
        records += np.searchsorted(skipped_arr - np.arange(len(skipped_arr)), records, side="right")
    breaks = _line_breaks_per_record(df)
    if breaks is None:
        return records, skipped_arr
    before = np.concatenate(([0], np.cumsum(breaks)))  # line breaks in the first i parsed records
    return records + before[:-1], skipped_arr + before[np.searchsorted(records, skipped_arr)]


def _line_breaks_per_record(df: pd.DataFrame) -> np.ndarray | None:
    """Line breaks inside each record's text cells, or None when there are none (the usual case,
    found by one scan of the Arrow text buffers)."""
    text = [df.iloc[:, i] for i in range(df.shape[1]) if df.iloc[:, i].dtype == object
            or pd.api.types.is_string_dtype(df.iloc[:, i].dtype)]
    if not text or not any(_may_hold_line_break(s) for s in text):
        return None
    import pyarrow.compute as pc

    total = np.zeros(len(df), dtype=np.int64)
    for s in text:
        arr = s.array
        if hasattr(arr, "__arrow_array__") and s.dtype != object:
            counts = pc.count_substring(arr.__arrow_array__(), "\n").to_numpy(zero_copy_only=False)
            total += np.nan_to_num(counts.astype(float)).astype(np.int64)
        else:
            total += s.map(lambda v: v.count("\n") if isinstance(v, str) else 0).to_numpy(dtype=np.int64)
    return total if total.any() else None


def _may_hold_line_break(s: pd.Series) -> bool:
    arr = s.array
    if hasattr(arr, "__arrow_array__") and s.dtype != object:
        for chunk in arr.__arrow_array__().chunks:
            data = chunk.buffers()[-1]
            if data is not None and b"\n" in data.to_pybytes():
                return True
        return False
    return bool(s.map(lambda v: isinstance(v, str) and "\n" in v).any())


def _record_index_of_line(line_starts: list[int], line0: int) -> int:
    for i, s in enumerate(line_starts):
        if s >= line0:
            return i
    return len(line_starts)


class _ReportingReader(io.RawIOBase):
    """A binary file the CSV parser reads through, reporting the fraction of ``size`` bytes read.

    One parse of the whole file, where reading in row chunks and
    concatenating them was slower still; Cancel raised by ``progress``
    inside a read stops the parse.
    """

    def __init__(self, fh, size: int, progress):
        super().__init__()
        self._fh, self._size, self._progress = fh, max(size, 1), progress

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self._fh.readinto(memoryview(buffer)[:_PROGRESS_BLOCK])
        report(self._progress, self._fh.tell() / self._size, "reading")
        return n

    def tell(self) -> int:
        return self._fh.tell()


_SKIP = re.compile(r"Skipping line (\d+): expected (\d+) fields, saw (\d+)")
_TOO_MANY_FIELDS = re.compile(r"Expected \d+ fields in line \d+, saw \d+")


def _skipped_records(caught) -> list[tuple[int, int, int]]:
    """(record number, fields expected, fields seen) of each line the parser warned it skipped."""
    found = set()
    for w in caught:
        for m in _SKIP.finditer(str(w.message)):
            found.add((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    return sorted(found)


def _bad_lines(path: Path, encoding: str, skipped: list[tuple[int, int, int]], lines: np.ndarray) -> list[BadLine]:
    """The skipped records as :class:`BadLine` with their file line (``lines``) and text."""
    if not skipped:
        return []
    wanted = {int(n) for n in lines}
    texts: dict[int, str] = {}
    with open(path, "r", encoding=encoding, errors="replace", newline="") as fh:
        for i, line in enumerate(fh, start=1):
            if i in wanted:
                texts[i] = line.rstrip("\r\n")
            if i >= max(wanted):
                break
    return [BadLine(int(line), texts.get(int(line), ""), f"{saw} fields where the header has {exp}")
            for (_, exp, saw), line in zip(skipped, lines)]


def _blank_lines_at_end(path: Path, encoding: str, delimiter: str) -> int:
    """How many lines at the end of the text file are blank: white space or an empty quoted
    cell, and no delimiter (a line of empty cells, '"",""', is a row). Looks at the last 64 KiB."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        start = max(0, size - 65536)
        if start and encoding.lower().startswith("utf-16"):
            start -= start % 2
        fh.seek(start)
        text = fh.read().decode(encoding if start == 0 else encoding.replace("-sig", ""), errors="replace")
    k = 0
    for line in reversed(text.splitlines()):
        if delimiter in line or line.replace('"', "").strip():
            break
        k += 1
    return k


def _trailing_blank(df: pd.DataFrame) -> int:
    """How many rows at the end of ``df`` are empty or white space only (looks at the last 64)."""
    if len(df) == 0:
        return 0
    tail = df.iloc[max(0, len(df) - 64):]
    blank = tail.apply(lambda col: col.map(_is_blank)).all(axis=1).to_numpy()
    k = 0
    while k < len(blank) and blank[len(blank) - 1 - k]:
        k += 1
    return k


# --------------------------------------------------------------------------- excel

def _read_excel(path: Path, head: bytes, *, sheet, header_row, nrows, progress) -> Table:
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - dependency declared
        CalamineWorkbook = None
    if CalamineWorkbook is None:
        raise ReadError(path, "reading Excel files needs python-calamine")
    report(progress, 0.0, "reading workbook")
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as exc:
        raise ReadError(path, f"not a readable Excel workbook ({first_line(exc)})") from None
    names = list(wb.sheet_names)
    if not names:
        raise ReadError(path, "the workbook has no sheets")
    try:
        if sheet is None:
            chosen = None
            for name in names:
                sh = wb.get_sheet_by_name(name)
                if sh.height > 0 and sh.width > 0:
                    chosen = sh
                    break
            if chosen is None:
                raise ReadError(path, "every sheet of the workbook is empty")
            sh = chosen
        elif isinstance(sheet, int):
            sh = wb.get_sheet_by_index(sheet)
        else:
            sh = wb.get_sheet_by_name(sheet)
        rows = sh.to_python(skip_empty_area=False, nrows=(nrows + 250) if nrows else None)
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(path, f"sheet {sheet!r} could not be read ({first_line(exc)})") from None
    report(progress, 0.5, "reading workbook")
    # strip fully empty trailing rows
    while rows and all(_is_blank(v) for v in rows[-1]):
        rows.pop()
    if not rows:
        raise ReadError(path, f"sheet {sh.name!r} is empty")
    if header_row is not None:
        h, nh = header_row - 1, 1
    else:
        h, nh = _find_header(rows[:200])
    header_recs = rows[h:h + nh]
    width = max(len(r) for r in rows)
    # merged header ranges: spread a horizontally merged label over its span
    merged = _merged_ranges(sh)
    header_recs = [list(r) + [""] * (width - len(r)) for r in header_recs]
    for (r0, c0), (r1, c1) in merged:
        for k in range(nh):
            if r0 <= h + k <= r1 and not _is_blank(header_recs[k][c0]) and nh == 1:
                for c in range(c0 + 1, min(c1, width - 1) + 1):
                    if _is_blank(header_recs[k][c]):
                        header_recs[k][c] = f"{header_recs[k][c0]}.{c - c0 + 1}"
    cols = _header_names(header_recs, width)
    data = rows[h + nh:]
    if nrows is not None:
        data = data[:nrows]
    file_rows = np.arange(h + nh + 1, h + nh + 1 + len(data), dtype=np.int64)
    df = pd.DataFrame([list(r) + [None] * (width - len(r)) for r in data], columns=cols, dtype=object)
    df = df.replace({"": None})
    df = df.infer_objects()
    notes = []
    if h > 0:
        notes.append(f"skipped {h} row(s) above the header")
    if nh == 2:
        notes.append("combined a two-row header (merged group cells)")
    elif merged and any(r0 <= h <= r1 for (r0, _), (r1, _) in merged):
        notes.append("header has merged cells")
    report(progress, 1.0, "reading workbook")
    return Table(path=path, data=df, file_rows=file_rows, header_rows=list(range(h + 1, h + nh + 1)),
                 kind="excel", sheet=sh.name, notes=notes, complete=nrows is None)


def _merged_ranges(sh) -> list:
    try:
        ranges = sh.merged_cell_ranges or []
    except Exception:
        return []
    out = []
    for rng in ranges:
        try:
            (r0, c0), (r1, c1) = rng
            out.append(((int(r0), int(c0)), (int(r1), int(c1))))
        except (TypeError, ValueError):
            continue
    return out


