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
  Rows with more cells than the header are never cut short: by default they
  are returned in :attr:`Table.bad_lines` with their row number, raw text and
  a reason ("row 7 has 9 cells; the header has 7"); with
  ``extra_cells="keep"`` the extra cells go to named columns ``extra_1``, ...
* Budgets: an Excel sheet is read only when its real cells span at most
  :data:`MAX_CELLS` cells (a stray cell at XFD1048576 would need 512 GB); a
  text cell may hold up to :data:`MAX_FIELD_BYTES`.
* Every failure is a :class:`~gzmap.io.errors.ReadError` naming the file (and
  the row where known); the parsers' warnings are caught here and the useful
  ones become :attr:`Table.notes`.

Nothing here interprets the columns; see :mod:`gzmap.io.columns`.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import warnings
import zipfile
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

import numpy as np
import pandas as pd

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase
from gzmap.core.progress import report
from gzmap.io.errors import ReadError
from gzmap.io.errors import first_line
from gzmap.io.frames import select_rows
from gzmap.io.messages import note as note_

__all__ = [
    "EXCEL_SUFFIXES",
    "EXTRA_CELLS",
    "MAX_CELLS",
    "MAX_COLUMNS",
    "MAX_FIELD_BYTES",
    "TABLE_SUFFIXES",
    "TEXT_SUFFIXES",
    "Table",
    "check_sheet_budget",
    "detect_encoding",
    "guess_encoding",
    "is_table",
    "read_table",
]

TEXT_SUFFIXES = {".csv", ".txt", ".tsv", ".tab"}
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
TABLE_SUFFIXES = TEXT_SUFFIXES | EXCEL_SUFFIXES

_SAMPLE_BYTES = 256 * 1024
_SAMPLE_LINES = 40
_MAX_SAMPLE_BYTES = 32 << 20
_DELIMITERS = [",", "\t", ";", "|"]
#: With a progress callback, text files larger than this (a parse of about 0.05 s) are handed
#: to the parser at most ``_PROGRESS_BLOCK`` bytes per read, and each read reports progress (and
#: so lets Cancel stop the parse). Parsing from a file object costs about 0.13 s per 100 MB
#: more than from the path, so smaller files are parsed from the path in one go.
_PROGRESS_MIN_BYTES = 16 << 20
_PROGRESS_BLOCK = 1 << 20

#: At most this many cells of an Excel sheet are read (its real cells' extent, rows x columns).
MAX_CELLS = 20_000_000
#: At most this many columns (Excel's own limit), in text files too.
MAX_COLUMNS = 16_384
#: A text cell may be this large (the csv module's own limit, 128 KiB, refused whole files).
MAX_FIELD_BYTES = 16 << 20
#: What to do with the cells of a row beyond the header: "reject" the row or "keep" them in extra columns.
EXTRA_CELLS = ("reject", "keep")

# The limit is process-wide; raising it only lets larger cells through (never lowers another's).
csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD_BYTES))

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
        return {
            "gb18030": "GBK/GB18030",
            "utf-8-sig": "UTF-8 (BOM)",
            "utf-8": "UTF-8",
            "utf-16": "UTF-16",
            "cp932": "Shift_JIS",
        }.get(self.encoding or "", self.encoding or "")


#: Notes on how a table was read, said in the interface language (gzmap.io.messages.note).
_SKIPPED = QT_TRANSLATE_NOOP("ImportNotes", "skipped {n} row(s) above the header")
_TWO_ROW_HEADER = QT_TRANSLATE_NOOP("ImportNotes", "combined a two-row header (merged group cells)")
_KEPT_EXTRA = QT_TRANSLATE_NOOP("ImportNotes", "kept the cells beyond the header in {n} extra column(s)")


def is_table(path) -> bool:
    """True when ``path`` looks like a plain table (CSV/TXT/Excel) by its name or magic bytes."""
    path = Path(path)
    if path.suffix.lower() in TABLE_SUFFIXES:
        return True
    return False


# --------------------------------------------------------------------------- text


def detect_encoding(sample: bytes) -> str:
    """Guess the encoding of the start of a text file.

    Returns ``utf-8-sig``, ``utf-16``, ``utf-8``, ``gb18030``, ``cp932``
    (Shift_JIS) or another codec name from charset-normalizer. Raises
    ``ValueError`` for binary data. See :func:`guess_encoding` for how sure
    the guess is.
    """
    return guess_encoding(sample)[0]


def guess_encoding(sample: bytes) -> tuple[str, str | None]:
    """(codec, note) for the start of a text file; ``note`` is None when the guess is certain.

    A byte-order mark and valid UTF-8 are certain. Bytes that are not UTF-8
    are read as GBK/GB18030 (the common case here) unless they read far
    better as Shift_JIS; when both are plausible the note names the other.
    A UTF-8 byte-order mark before GBK text (some converters write one) gives
    ``gb18030`` with a note; the reader skips the mark.
    """
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", None
    bom = sample.startswith(b"\xef\xbb\xbf")
    body = sample[3:] if bom else sample
    if b"\x00" in body:
        raise ValueError("binary data (NUL bytes), not a text table")
    if _decodes(body, "utf-8") is not None:
        return ("utf-8-sig" if bom else "utf-8"), None
    gb = _decodes(body, "gb18030")
    if gb is not None and _looks_like_text(gb):
        codec, note = _gbk_or_shift_jis(body, gb)
        if bom:
            note = Phrase.join(
                [note, note_(QT_TRANSLATE_NOOP("ImportNotes", "the file starts with a UTF-8 mark but is not UTF-8"))]
            )
        return codec, note
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body).best()
    except Exception:  # pragma: no cover - optional detector
        best = None
    if best is not None and _looks_like_text(str(best)):
        return best.encoding, note_(
            QT_TRANSLATE_NOOP("ImportNotes", "encoding guessed as {encoding} (not certain)"), encoding=best.encoding
        )
    raise ValueError("binary data or an unknown text encoding, not a text table")


def _decodes(sample: bytes, codec: str) -> str | None:
    """The sample decoded with ``codec``, allowing a multi-byte character cut at its end; None if invalid."""
    for cut in range(0, 4):
        chunk = sample[: len(sample) - cut] if cut else sample
        try:
            return chunk.decode(codec)
        except UnicodeDecodeError as exc:
            if exc.start < len(chunk) - 4:
                return None
    return None


def _gbk_or_shift_jis(sample: bytes, gb: str) -> tuple[str, str | None]:
    """Choose between GB18030 and Shift_JIS (cp932) for bytes both may decode.

    Chinese text in GBK is almost all GB2312 characters; Japanese Shift_JIS
    read as GB18030 gives rare characters outside GB2312 (柤慜 for 名前).
    Read as cp932, Japanese gives kana and kanji; GBK gives half-width kana.
    """
    jp = _decodes(sample, "cp932")
    if jp is None:
        return "gb18030", None
    gb_score = _share(gb, _in_gb2312)
    jp_score = _share(jp, _japanese)
    if jp_score >= 0.8 and jp_score > gb_score + 0.2:
        return "cp932", note_(
            QT_TRANSLATE_NOOP("ImportNotes", "encoding guessed as Shift_JIS (not certain; GBK/GB18030 also possible)")
        )
    if jp_score >= 0.5 and gb_score < 0.9:
        return "gb18030", note_(
            QT_TRANSLATE_NOOP("ImportNotes", "encoding guessed as GBK/GB18030 (not certain; Shift_JIS also possible)")
        )
    return "gb18030", None


def _share(text: str, good) -> float:
    """Share of the non-ASCII characters of ``text`` for which ``good`` holds (1.0 when there are none)."""
    wide = [ch for ch in text if ord(ch) > 127]
    return sum(1 for ch in wide if good(ch)) / len(wide) if wide else 1.0


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def _japanese(ch: str) -> bool:
    o = ord(ch)
    # kana, CJK punctuation, ideographs, full-width ASCII (not half-width kana: rare in real text)
    return 0x3000 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0xFF01 <= o <= 0xFF5E


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t") or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad / len(text) < 0.01


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
            j < len(top)
            and _is_blank(top[j])
            and not _is_blank(sub[j])
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


def read_table(
    path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | int | None = None,
    header_row: int | None = None,
    nrows: int | None = None,
    progress=None,
    extra_cells: str = "reject",
) -> Table:
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
    extra_cells
        Rows with more cells than the header: ``"reject"`` (default) returns
        them in :attr:`Table.bad_lines`; ``"keep"`` keeps the extra cells in
        columns named ``extra_1``, ``extra_2``, ...

    Raises :class:`ReadError` (one line naming the file, and the row where
    known) for missing, empty, binary, damaged, header-only or too large
    files; never another exception (but ``Cancelled``) and no Python warning.
    """
    path = Path(path)
    _check_readable(path, extra_cells)
    options = {"header_row": header_row, "nrows": nrows, "progress": progress, "extra_cells": extra_cells}
    try:
        size = path.stat().st_size
        if size == 0:
            raise ReadError(path, "the file is empty (0 bytes)")
        head = _read_head(path, size)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # anything the parsers say that matters is turned into notes
            if _is_excel(path, head):
                return _read_excel(path, head, sheet=sheet, **options)
            return _read_text(path, head, size, encoding=encoding, delimiter=delimiter, **options)
    except ReadError:
        raise
    except Exception as exc:
        if type(exc).__name__ == "Cancelled":
            raise
        raise _read_error(path, exc) from None


def _check_readable(path: Path, extra_cells: str) -> None:
    """Raise ValueError for an unknown ``extra_cells``, :class:`ReadError` for a missing file or a folder."""
    if extra_cells not in EXTRA_CELLS:
        raise ValueError(f"extra_cells must be one of {', '.join(EXTRA_CELLS)}, not {extra_cells!r}")
    if not path.exists():
        raise ReadError(path, "file not found")
    if path.is_dir():
        raise ReadError(path, "is a folder, not a file")


def _read_head(path: Path, size: int) -> bytes:
    """The first bytes of the file (at least :data:`_SAMPLE_BYTES`, size in bytes), for detection."""
    with open(path, "rb") as fh:
        head = fh.read(_SAMPLE_BYTES)
        # very wide rows (a header of 100 000 columns): read on until the sample holds whole lines
        while len(head) < min(size, _MAX_SAMPLE_BYTES) and head.count(b"\n") < 3:
            head += fh.read(len(head))
    return head


def _is_excel(path: Path, head: bytes) -> bool:
    """Whether the file is a workbook, by its first bytes (zip or OLE) or its name."""
    return head.startswith(_ZIP_MAGIC) or head.startswith(_OLE_MAGIC) or path.suffix.lower() in EXCEL_SUFFIXES


def _read_error(path: Path, exc: BaseException) -> ReadError:
    """A :class:`ReadError` in plain words for an exception a parser or the system raised."""
    if isinstance(exc, MemoryError):
        return ReadError(path, "too large to read into memory")
    if isinstance(exc, PermissionError):
        return ReadError(path, "permission denied: the file cannot be opened")
    if isinstance(exc, OSError):
        return ReadError(path, f"the file cannot be read ({exc.strerror or type(exc).__name__})")
    if isinstance(exc, UnicodeDecodeError):
        return ReadError(path, f"cannot be decoded as {exc.encoding}; give the file's encoding")
    if isinstance(exc, zipfile.BadZipFile):
        return ReadError(path, "not a readable Excel workbook (the file is damaged or not a workbook)")
    text = first_line(exc)
    m = _EOF_IN_QUOTES.search(text)
    if m:
        # the parser counts lines from 0, the skipped ones above the data included
        return ReadError(path, 'a quoted cell is never closed (an unmatched ")', row=int(m.group(1)) + 1)
    if "field larger than field limit" in text:
        return ReadError(path, f"a cell is larger than {MAX_FIELD_BYTES >> 20} MiB")
    return ReadError(path, f"not a readable table ({type(exc).__name__}: {text[:200]})")


_EOF_IN_QUOTES = re.compile(r"EOF inside string starting at row (\d+)")


@dataclass
class _TextLayout:
    """How a text table is laid out: what the sample of its first lines showed.

    ``first_data_line`` is the 0-based physical line where the data records
    start (the parser skips the lines above it); ``names`` are the header's
    column names; ``width`` is how many cells the widest sampled row has (at
    least ``len(names)``); ``header_rows`` are 1-based file rows.
    """

    path: Path
    size: int  # bytes
    encoding: str
    bom_skip: int  # bytes before the text (a UTF-8 mark before text in another encoding)
    delimiter: str
    names: list[str]
    width: int
    first_data_line: int
    header_rows: list[int]
    notes: list[str]


def _read_text(
    path: Path, head: bytes, size: int, *, encoding, delimiter, header_row, nrows, progress, extra_cells="reject"
) -> Table:
    """Read a text table: lay it out from the first ``head`` bytes (of ``size``), parse it, number its rows."""
    layout = _text_layout(path, head, size, encoding, delimiter, header_row)
    df, caught, wide_records = _parse_text(layout, head, nrows, progress, extra_cells)
    layout.notes += _parser_notes(caught)
    return _text_table(layout, df, wide_records, nrows, extra_cells)


def _text_layout(path: Path, head: bytes, size: int, encoding, delimiter, header_row) -> _TextLayout:
    """Encoding, delimiter, header and width of a text table, from its first lines."""
    notes: list[str] = []
    encoding, bom_skip, lines = _sample_lines(path, head, size, encoding, notes)
    delimiter = delimiter or _detect_delimiter(lines)
    rows, line_starts = _sample_records(path, lines, delimiter, 200 + (header_row or 0) + 2)
    if header_row is not None:
        h, nh = _record_index_of_line(line_starts, header_row - 1), 1
    else:
        h, nh = _find_header(rows[:200])
    if h >= len(rows):
        raise ReadError(path, "no header row found")
    n_cols, widest = _text_width(path, rows, line_starts, h, nh)
    first_data_line = line_starts[h + nh] if h + nh < len(line_starts) else line_starts[h + nh - 1] + 1
    if h > 0:
        notes.append(note_(_SKIPPED, n=line_starts[h]))
    if nh == 2:
        notes.append(note_(_TWO_ROW_HEADER))
    return _TextLayout(
        path,
        size,
        encoding,
        bom_skip,
        delimiter,
        _header_names(rows[h : h + nh], n_cols),
        max(widest, n_cols),
        first_data_line,
        list(range(line_starts[h] + 1, line_starts[h] + 1 + nh)),
        notes,
    )


def _sample_lines(path: Path, head: bytes, size: int, encoding, notes: list[str]) -> tuple[str, int, list[str]]:
    """(encoding, bytes to skip before the text, the whole lines of ``head``); an uncertain guess
    of the encoding adds a note."""
    if encoding is None:
        try:
            encoding, note = guess_encoding(head)
        except ValueError as exc:
            raise ReadError(path, str(exc)) from None
        if note:
            notes.append(note)
    # a UTF-8 mark before text in another encoding: the parser starts after it
    bom_skip = 3 if head.startswith(_UTF8_BOM) and not _is_utf8(encoding) else 0
    text = head[bom_skip:].decode(encoding, errors="replace")
    if size > len(head):  # drop a possibly cut last line
        text = text[: text.rfind("\n") + 1] or text
    lines = text.splitlines()
    if not any(ln.strip() for ln in lines):
        raise ReadError(path, "the file holds no text rows (only blank lines)")
    return encoding, bom_skip, lines


_UTF8_BOM = b"\xef\xbb\xbf"


def _is_utf8(encoding: str) -> bool:
    return encoding.lower().replace("_", "-").startswith(("utf-8", "utf8"))


def _sample_records(path: Path, lines: list[str], delimiter: str, n: int) -> tuple[list[list[str]], list[int]]:
    """The records of the first ``n`` sample lines and the 0-based physical line each starts on."""
    rows, line_starts = [], []
    reader = csv.reader(io.StringIO("\n".join(lines[:n]) + "\n"), delimiter=delimiter)
    prev = 0
    try:
        for r in reader:
            line_starts.append(prev)
            prev = reader.line_num
            rows.append(r)
    except csv.Error as exc:
        raise ReadError(path, f"the line cannot be split into cells ({first_line(exc)})", row=reader.line_num) from None
    return rows, line_starts


def _text_width(path: Path, rows: list[list[str]], line_starts: list[int], h: int, nh: int) -> tuple[int, int]:
    """(columns of the table, cells of the widest sampled row at or below the header ``rows[h]``).

    The usual width of the first data rows counts when it is wider than the
    header (a column with data but no name). Refuses more than :data:`MAX_COLUMNS`.
    """
    n_cols = max(len(r) for r in rows[h : h + nh])
    widths = [len(r) for r in rows[h + nh : h + nh + _SAMPLE_LINES] if any(not _is_blank(v) for v in r)]
    if widths:
        values, freq = np.unique(widths, return_counts=True)
        n_cols = max(n_cols, int(values[np.argmax(freq)]))
    widest = max((len(r) for r in rows[h:]), default=0)
    if max(n_cols, widest) > MAX_COLUMNS:
        row = line_starts[h + next(i for i, r in enumerate(rows[h:]) if len(r) == widest)] + 1
        raise _too_wide(path, widest, row)
    return n_cols, widest


def _too_wide(path: Path, cells: int, row: int | None = None) -> ReadError:
    return ReadError(
        path, f"has {cells:,} cells in a row; GZMap reads at most {MAX_COLUMNS:,} columns (Excel's limit)", row=row
    )


def _parse_text(layout: _TextLayout, head: bytes, nrows, progress, extra_cells: str):
    """(data, parser warnings, wide records) of the whole text table; a file that is not UTF-8 past
    its start is read again as GB18030 (with a note). Parser failures become :class:`ReadError`."""
    path = layout.path
    try:
        try:
            return _parse_records(layout, nrows, progress, extra_cells)
        except UnicodeDecodeError:
            if layout.encoding not in ("utf-8", "utf-8-sig"):
                raise
            layout.notes.append(
                note_(
                    QT_TRANSLATE_NOOP("ImportNotes", "not valid UTF-8 past the start of the file; read as GBK/GB18030")
                )
            )
            layout.encoding = "gb18030"
            layout.bom_skip = 3 if head.startswith(_UTF8_BOM) else 0
            return _parse_records(layout, nrows, progress, extra_cells)
    except UnicodeDecodeError as exc:
        raise ReadError(
            path, f"cannot be decoded as {layout.encoding} ({exc.reason}); give the file's encoding"
        ) from None
    except pd.errors.EmptyDataError:
        return pd.DataFrame(columns=layout.names), [], []
    except pd.errors.ParserError as exc:
        raise _read_error(path, exc) from None


def _parse_records(layout: _TextLayout, nrows, progress, extra_cells: str):
    """(data, parser warnings, wide records): one parse when every record fits the header.

    Asking the parser to report bad lines (``on_bad_lines="warn"``) doubles
    its time and reports them only as warning text, so the file is parsed
    with ``"error"``. When a record is wider than the table, pyarrow's CSV
    reader (``invalid_row_handler``) counts the widest record's cells and the
    file is parsed again with a column for each: :func:`_split_extra_cells`
    then rejects or keeps those rows with their file rows. Where that many
    columns would not fit :data:`_EXTRA_CELL_BUDGET` (one row of thousands of
    cells in a large file), the wide records are found with the :mod:`csv`
    module instead and skipped by the parser.
    """
    names = layout.names + _extra_names(layout.names, layout.width - len(layout.names))
    kwargs = dict(
        sep=layout.delimiter,
        header=None,
        skiprows=layout.first_data_line,
        index_col=False,
        skip_blank_lines=False,
        on_bad_lines="error",
        encoding=layout.encoding,
        encoding_errors="strict",
        names=names,
    )
    if nrows is not None:
        kwargs["nrows"] = nrows
    try:
        df, caught = _read_csv(layout, kwargs, nrows, progress)
        return df, caught, []
    except pd.errors.ParserError as exc:
        error = exc
    widest, fits = _widest_record(layout, len(names), progress)
    if widest <= len(names):
        raise error
    if extra_cells == "keep" or (widest <= MAX_COLUMNS and (widest - len(names)) * fits <= _EXTRA_CELL_BUDGET):
        wider = _widen(layout, names, widest)
        # rejected cells are only looked at, not kept: read as text, the parser does not guess a
        # type for a column that is empty in all but a few rows (which took twice the parse)
        types = {"dtype": {n: str for n in wider[len(names) :]}} if extra_cells == "reject" else {}
        try:
            df, caught = _read_csv(layout, dict(kwargs, names=wider, **types), nrows, progress)
            return df, caught, []
        except pd.errors.ParserError:
            if extra_cells == "keep":
                raise
    wide = _wide_records(layout, len(names), nrows, progress)
    if not wide:
        raise error
    df, caught = _read_csv(layout, dict(kwargs, on_bad_lines="skip"), nrows, progress)
    return df, caught, wide


#: At most this many cells are added for the cells beyond the header (about 32 MB of float64); a
#: wider parse skips the wide records instead (see :func:`_parse_records`).
_EXTRA_CELL_BUDGET = 4_000_000


def _widen(layout: _TextLayout, names: list[str], widest: int) -> list[str]:
    """``names`` with extra names up to ``widest`` cells; more than :data:`MAX_COLUMNS` is refused."""
    if widest > MAX_COLUMNS:
        raise _too_wide(layout.path, widest)
    return names + _extra_names(names, widest - len(names))


def _widest_record(layout: _TextLayout, n_names: int, progress) -> tuple[int, int]:
    """(cells of the widest data record, records of at most ``n_names`` cells), counted by pyarrow's
    CSV reader: its ``invalid_row_handler`` is called with the cells of each record that does not
    have ``n_names``. (0, 0) when pyarrow cannot read the file (the parser's error then says why).
    """
    import pyarrow as pa
    import pyarrow.csv as pcsv

    widest = 0

    def invalid(row) -> str:
        nonlocal widest
        widest = max(widest, row.actual_columns)
        return "skip"

    names = [f"c{j}" for j in range(n_names)]
    encoding = "utf8" if _is_utf8(layout.encoding) else layout.encoding
    with open(layout.path, "rb") as fh:
        fh.seek(layout.bom_skip)
        source = _ReportingReader(fh, layout.size, progress) if progress is not None else fh
        try:
            table = pcsv.read_csv(
                source,
                read_options=pcsv.ReadOptions(skip_rows=layout.first_data_line, column_names=names, encoding=encoding),
                parse_options=pcsv.ParseOptions(
                    delimiter=layout.delimiter,
                    newlines_in_values=True,
                    ignore_empty_lines=False,
                    invalid_row_handler=invalid,
                ),
                convert_options=pcsv.ConvertOptions(include_columns=names[:1], column_types={names[0]: pa.string()}),
            )
        except (pa.ArrowException, UnicodeDecodeError, LookupError):
            return 0, 0
    return widest, table.num_rows


def _read_csv(layout: _TextLayout, kwargs: dict, nrows, progress):
    """(frame, warnings) of one ``pandas.read_csv`` of the table's data records.

    With a progress callback a large file is read through
    :class:`_ReportingReader` (so Cancel stops the parse); otherwise from the
    path, which is faster. A ``ParserWarning`` means the parser dropped the
    cells of a first data row wider than the names: refused, never silent.
    """
    path = layout.path
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with open(path, "rb") as fh:
            fh.seek(layout.bom_skip)
            if nrows is None and progress is not None and layout.size > _PROGRESS_MIN_BYTES:
                df = pd.read_csv(_ReportingReader(fh, layout.size, progress), **kwargs)
            elif layout.bom_skip:
                df = pd.read_csv(fh, **kwargs)
            else:
                df = pd.read_csv(path, **kwargs)
    if any(issubclass(w.category, pd.errors.ParserWarning) for w in caught):
        raise ReadError(
            path,
            "the first data row has more cells than the header; choose the header row",
            row=layout.first_data_line + 1,
        )
    return df, caught


def _text_table(
    layout: _TextLayout, df: pd.DataFrame, wide_records: list[_WideRecord], nrows, extra_cells: str
) -> Table:
    """The :class:`Table` of the parsed records: file rows numbered, blank lines at the end dropped,
    cells beyond the header rejected or kept as ``extra_cells`` says."""
    path, encoding, n_cols = layout.path, layout.encoding, len(layout.names)
    lines_no, skipped_lines = _record_lines(df, layout.first_data_line + 1, [w.record for w in wide_records])
    bad = _bad_lines(path, encoding, [(n_cols, w.cells) for w in wide_records], skipped_lines)
    # blank lines at the end of the file are not rows (a line of empty cells, '"",""', is one)
    n_keep = len(df) - (
        min(_trailing_blank(df), _blank_lines_at_end(path, encoding, layout.delimiter)) if nrows is None else 0
    )
    if bad:
        n_keep = max(n_keep, int(np.searchsorted(lines_no, max(b.row for b in bad))))
    if n_keep < len(df):
        df, lines_no = df.iloc[:n_keep], lines_no[:n_keep]
    df, lines_no, wide = _split_extra_cells(df, lines_no, n_cols, extra_cells)
    if len(wide):
        bad = sorted(
            bad + _bad_lines(path, encoding, [(n_cols, int(c)) for c in wide[:, 1]], wide[:, 0]), key=lambda b: b.row
        )
    notes = list(layout.notes)
    if extra_cells == "keep" and df.shape[1] > n_cols:
        notes.append(note_(_KEPT_EXTRA, n=df.shape[1] - n_cols))
    df.index = pd.RangeIndex(len(df))
    return Table(
        path=path,
        data=df,
        file_rows=lines_no,
        header_rows=layout.header_rows,
        kind="text",
        encoding=encoding,
        delimiter=layout.delimiter,
        bad_lines=bad,
        notes=notes,
        complete=nrows is None,
    )


def _extra_names(names: list[str], k: int) -> list[str]:
    """``k`` names for the cells beyond the header: extra_1, extra_2, ... (unique among ``names``)."""
    taken, i = set(names), 1
    out: list[str] = []
    while len(out) < k:
        n = f"extra_{i}"
        if n not in taken:
            out.append(n)
        i += 1
    return out


def _split_extra_cells(df: pd.DataFrame, rows: np.ndarray, n_named: int, mode: str):
    """Deal with the cells of ``df`` beyond its first ``n_named`` columns.

    Extra columns that are blank everywhere (trailing delimiters) are dropped.
    With ``mode == "keep"`` the others stay. With ``"reject"`` the rows with a
    cell there are taken out. Returns ``(df, rows, wide)`` where ``wide`` is an
    ``(n, 2)`` array of (file row, cells in that row) of the rows taken out.
    """
    none = np.zeros((0, 2), dtype=np.int64)
    if df.shape[1] <= n_named:
        return df, rows, none
    filled = np.column_stack([_filled(df.iloc[:, j]) for j in range(n_named, df.shape[1])])
    used = filled.any(axis=0)
    if mode == "keep":
        keep_cols = list(range(n_named)) + [n_named + j for j in np.flatnonzero(used)]
        return df.iloc[:, keep_cols], rows, none
    wide = np.asarray(filled.any(axis=1))  # numpy's stubs give ndarray.any(axis=...) a scalar too
    if not wide.any():
        return df.iloc[:, :n_named], rows, none
    cells = n_named + filled.shape[1] - np.argmax(filled[:, ::-1], axis=1)  # last filled cell, 1-based
    out = np.column_stack([rows[wide], cells[wide]]).astype(np.int64)
    return select_rows(df.iloc[:, :n_named], ~wide), rows[~wide], out


def _filled(s: pd.Series) -> np.ndarray:
    """True where a cell holds something other than white space."""
    present = s.notna().to_numpy(dtype=bool, copy=True)
    if (s.dtype == object or pd.api.types.is_string_dtype(s.dtype)) and present.any():
        held = s[present]  # mostly few: the cells of the rows with extra cells
        present[present] = (held.astype("string").str.strip().fillna("") != "").to_numpy(dtype=bool)
    return present


def _parser_notes(caught) -> list[str]:
    """The parser warnings worth telling the user, as notes (the rest are dropped)."""
    if any(issubclass(w.category, pd.errors.DtypeWarning) for w in caught):
        return [note_(QT_TRANSLATE_NOOP("ImportNotes", "some columns mix numbers and text; they are read as text"))]
    return []


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
    text = [s for _, s in df.items() if s.dtype == object or pd.api.types.is_string_dtype(s.dtype)]
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


@dataclass
class _WideRecord:
    """A data record with more cells than the parser was given names for."""

    record: int  # as pandas numbers records: the first data record is first_data_line + 1
    line: int  # 1-based physical line the record starts on
    cells: int


def _wide_records(layout: _TextLayout, n_names: int, nrows, progress) -> list[_WideRecord]:
    """The data records of the text table with more than ``n_names`` cells, found with the
    :mod:`csv` module (the same dialect as the parser: the delimiter, ``"`` quotes, ``""`` inside
    them). With ``nrows`` it stops after that many records that fit."""
    out: list[_WideRecord] = []
    fits = 0
    with open(layout.path, "rb") as raw:
        raw.seek(layout.bom_skip)
        binary = raw
        if nrows is None and progress is not None and layout.size > _PROGRESS_MIN_BYTES:
            binary = io.BufferedReader(_ReportingReader(raw, layout.size, progress))
        text = io.TextIOWrapper(binary, encoding=layout.encoding, errors="strict", newline="")
        reader = csv.reader(itertools.islice(text, layout.first_data_line, None), delimiter=layout.delimiter)
        start = layout.first_data_line
        try:
            for k, cells in enumerate(reader):
                if len(cells) > n_names:
                    out.append(_WideRecord(layout.first_data_line + 1 + k, start + 1, len(cells)))
                else:
                    fits += 1
                    if nrows is not None and fits >= nrows:
                        break
                start = layout.first_data_line + reader.line_num
        except csv.Error:
            pass  # the parser's own error (an unclosed quote, a huge cell) says more
        finally:
            text.detach()
    return out


def _bad_lines(path: Path, encoding: str, cells: list[tuple[int, int]], lines: np.ndarray) -> list[BadLine]:
    """The rows with extra cells, ``cells`` = (header cells, cells seen), as :class:`BadLine` with
    their 1-based file line (``lines``) and its text (at most 64 KiB of it)."""
    if not cells:
        return []
    wanted = {int(n) for n in lines}
    last = max(wanted)
    texts: dict[int, str] = {}
    with open(path, encoding=encoding, errors="replace", newline="") as fh:
        for i, line in enumerate(fh, start=1):
            if i in wanted:
                texts[i] = line.rstrip("\r\n")[:65536]
            if i >= last:
                break
    return [
        BadLine(int(line), texts.get(int(line), ""), f"row {int(line)} has {saw} cells; the header has {exp}")
        for (exp, saw), line in zip(cells, lines)
    ]


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
    blank = np.asarray(_blank_cells(df.iloc[max(0, len(df) - 64) :]).all(axis=1))
    k = 0
    while k < len(blank) and blank[len(blank) - 1 - k]:
        k += 1
    return k


def _blank_cells(df: pd.DataFrame) -> np.ndarray:
    """Boolean array, True where a cell is missing or white space only (one pass, however wide)."""
    arr = df.to_numpy(dtype=object)
    blank = pd.isna(arr)
    rest = ~blank
    if rest.any():
        blank[rest] = [isinstance(v, str) and not v.strip() for v in arr[rest]]
    return blank


# --------------------------------------------------------------------------- excel


def _read_excel(path: Path, head: bytes, *, sheet, header_row, nrows, progress, extra_cells="reject") -> Table:
    """Read a sheet of a workbook (the first with data unless ``sheet`` names one) within the budgets."""
    report(progress, 0.0, "reading workbook")
    sh = _open_sheet(path, sheet)
    try:
        rows = sh.to_python(skip_empty_area=False, nrows=(nrows + 250) if nrows else None)
    except Exception as exc:
        raise ReadError(path, f"sheet {sh.name!r} could not be read ({first_line(exc)[:200]})") from None
    report(progress, 0.5, "reading workbook")
    while rows and all(_is_blank(v) for v in rows[-1]):  # fully empty trailing rows
        rows.pop()
    if not rows:
        raise ReadError(path, f"sheet {sh.name!r} is empty")
    h, nh = (header_row - 1, 1) if header_row is not None else _find_header(rows[:200])
    if h >= len(rows):
        raise ReadError(path, f"sheet {sh.name!r} has no row {h + 1}")
    width = max(len(r) for r in rows)
    merged = _merged_ranges(sh)
    header_recs, n_cols = _sheet_header(rows, h, nh, width, merged)
    cols = _header_names(header_recs, n_cols)
    cols += _extra_names(cols, width - n_cols)
    data = rows[h + nh :] if nrows is None else rows[h + nh : h + nh + nrows]
    file_rows = np.arange(h + nh + 1, h + nh + 1 + len(data), dtype=np.int64)
    df = pd.DataFrame([list(r) + [None] * (width - len(r)) for r in data], columns=cols, dtype=object)
    df = df.replace({"": None}).infer_objects()
    df, file_rows, wide = _split_extra_cells(df, file_rows, n_cols, extra_cells)
    bad = [
        BadLine(
            int(r), _row_text(data[int(r) - h - nh - 1]), f"row {int(r)} has {int(c)} cells; the header has {n_cols}"
        )
        for r, c in wide
    ]
    df.index = pd.RangeIndex(len(df))
    notes = _sheet_notes(h, nh, merged, extra_cells == "keep" and df.shape[1] > n_cols, df.shape[1] - n_cols)
    report(progress, 1.0, "reading workbook")
    return Table(
        path=path,
        data=df,
        file_rows=file_rows,
        header_rows=list(range(h + 1, h + nh + 1)),
        kind="excel",
        sheet=sh.name,
        bad_lines=bad,
        notes=notes,
        complete=nrows is None,
    )


def _open_sheet(path: Path, sheet):
    """The calamine sheet asked for (name or 0-based index; None: the first with data), its
    cells' extent checked against :data:`MAX_CELLS` before it is loaded."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - dependency declared
        raise ReadError(path, "reading Excel files needs python-calamine") from None
    try:
        parts = _sheet_parts(path)
        wb = CalamineWorkbook.from_path(str(path))
        names = list(wb.sheet_names)
    except (ReadError, OSError, MemoryError):
        raise
    except Exception as exc:
        raise ReadError(path, f"not a readable Excel workbook ({first_line(exc)[:200]})") from None
    if not names:
        raise ReadError(path, "the workbook has no sheets")

    def open_sheet(name: str):
        if parts is not None:
            _check_budget(path, name, parts.get(name))
        try:
            return wb.get_sheet_by_name(name)
        except Exception as exc:
            raise ReadError(path, f"sheet {name!r} could not be read ({first_line(exc)[:200]})") from None

    if sheet is None:
        for name in names:
            sh = open_sheet(name)
            if sh.height > 0 and sh.width > 0:
                return sh
        raise ReadError(path, "every sheet of the workbook is empty")
    if isinstance(sheet, int):
        if not 0 <= sheet < len(names):
            raise ReadError(path, f"has no sheet number {sheet + 1} (it has {len(names)})")
        return open_sheet(names[sheet])
    if sheet in names:
        return open_sheet(sheet)
    raise ReadError(path, f"has no sheet {sheet!r}; its sheets are: {', '.join(names[:12])}")


def _sheet_header(rows: list[list], h: int, nh: int, width: int, merged: list) -> tuple[list[list], int]:
    """(header rows padded to ``width``, columns of the table): a label merged horizontally over
    several cells of a one-row header is spread over its span (``label.2``, ``label.3``, ...)."""
    n_cols = _table_width(rows[h : h + nh], rows[h + nh : h + nh + _SAMPLE_LINES])
    header_recs = [list(r) + [""] * (width - len(r)) for r in rows[h : h + nh]]
    for (r0, c0), (r1, c1) in merged:
        for k in range(nh):
            if r0 <= h + k <= r1 and c0 < width and not _is_blank(header_recs[k][c0]) and nh == 1:
                for c in range(c0 + 1, min(c1, width - 1) + 1):
                    if _is_blank(header_recs[k][c]):
                        header_recs[k][c] = f"{header_recs[k][c0]}.{c - c0 + 1}"
                        n_cols = max(n_cols, c + 1)
    return header_recs, n_cols


def _sheet_notes(h: int, nh: int, merged: list, kept: bool, n_extra: int) -> list[str]:
    """Notes on how a sheet was read: rows skipped above the header (``h``), a two-row header,
    merged header cells, extra columns kept."""
    notes: list[str] = []
    if h > 0:
        notes.append(note_(_SKIPPED, n=h))
    if nh == 2:
        notes.append(note_(_TWO_ROW_HEADER))
    elif merged and any(r0 <= h <= r1 for (r0, _), (r1, _) in merged):
        notes.append(note_(QT_TRANSLATE_NOOP("ImportNotes", "header has merged cells")))
    if kept:
        notes.append(note_(_KEPT_EXTRA, n=n_extra))
    return notes


def _table_width(header_recs: list[list], data: list[list]) -> int:
    """Columns of a sheet's table: the header's last filled cell, or the usual width of the first
    data rows (last filled cell) when that is wider (a column with data but no name)."""

    def used(r) -> int:
        return max((j + 1 for j, v in enumerate(r) if not _is_blank(v)), default=0)

    width = max((used(r) for r in header_recs), default=0)
    widths = [used(r) for r in data if used(r) > 0]
    if widths:
        values, freq = np.unique(widths, return_counts=True)
        width = max(width, int(values[freq == freq.max()].max()))
    return max(width, 1)


def _row_text(row: list) -> str:
    """A sheet row as the text of a CSV line (for the rejected-rows table)."""
    return ",".join("" if _is_blank(v) else str(v) for v in row)[:65536]


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


# --------------------------------------------------------------------------- excel budget

# Cell and row tags with their reference. The quick pattern takes every cell; the exact one only
# cells with content (not "<c r=.. s=../>", a style alone, which the Excel reader skips too).
_CELL_QUICK = re.compile(rb'<(?:[\w.-]+:)?c\b[^>]*?\br="([A-Z]{1,4})(\d{1,9})"')
_CELL_EXACT = re.compile(rb'<(?:[\w.-]+:)?c\b[^>]*?\br="([A-Z]{1,4})(\d{1,9})"[^>/]*>')
_ROW_QUICK = re.compile(rb'<(?:[\w.-]+:)?row\b[^>]*?\br="(\d{1,9})"')
_ROW_EXACT = re.compile(rb'<(?:[\w.-]+:)?row\b[^>]*?\br="(\d{1,9})"[^>/]*>')
_CELL_END = re.compile(rb"</(?:[\w.-]+:)?c>")
_SHEET_TAG = re.compile(rb"<(?:[\w.-]+:)?sheet\b([^>]*)>")
_ATTR = re.compile(rb'([\w:.-]+)\s*=\s*"([^"]*)"')
_SCAN_BLOCK = 4 << 20


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _column_letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def _xlsx_sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> path of its XML part in an .xlsx/.xlsm archive (read with regular
    expressions: the two small index files are never handed to an XML parser)."""
    import html
    import posixpath

    names = set(zf.namelist())

    def small(name: str) -> bytes:
        info = zf.getinfo(name)
        if info.file_size > (8 << 20):
            raise ReadError(zf.filename, f"the workbook's {name} is implausibly large")
        return zf.read(name)

    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return {}
    targets = {}
    for m in re.finditer(rb"<(?:[\w.-]+:)?Relationship\b([^>]*)>", small("xl/_rels/workbook.xml.rels")):
        attrs = {k.decode(): v.decode("utf-8", "replace") for k, v in _ATTR.findall(m.group(1))}
        target = attrs.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        targets[attrs.get("Id")] = target
    out = {}
    for m in _SHEET_TAG.finditer(small("xl/workbook.xml")):
        attrs = {k.decode().split(":")[-1]: v.decode("utf-8", "replace") for k, v in _ATTR.findall(m.group(1))}
        part = targets.get(attrs.get("id"))
        if "name" in attrs and part in names:
            out[html.unescape(attrs["name"])] = part
    return out


def _sheet_extent(stream, exact: bool = False) -> tuple[int, int, int, str]:
    """(cells with content, rows spanned, columns spanned, span "A1:C9") of a worksheet's XML, read in
    blocks (memory stays small however large the part).

    The quick scan (about 1 s per million cells) counts every cell tag in the span; the exact scan
    leaves out cells that are only a style (``<c r="XFD9" s="1"/>``), as the Excel reader does.
    """
    cell_re, row_re = (_CELL_EXACT, _ROW_EXACT) if exact else (_CELL_QUICK, _ROW_QUICK)
    cells = 0
    rows: list[int] = []
    cols: set[bytes] = set()
    carry = b""
    while True:
        block = stream.read(_SCAN_BLOCK)
        data = carry + block
        cut = len(data) if not block else data.rfind(b"<")  # the last tag may go on in the next block
        if block and cut <= 0:
            if len(data) > (1 << 20):
                raise ValueError("a tag of more than 1 MiB in a worksheet")
            carry = data
            continue
        part, carry = data[:cut], data[cut:]
        cells += part.count(b"</c>") if b":c>" not in part else len(_CELL_END.findall(part))
        refs = cell_re.findall(part)
        if refs:
            found = np.array([r for _, r in refs], dtype=np.int64)
            rows += [int(found.min()), int(found.max())]
            cols.update(c for c, _ in refs)
        row_refs = row_re.findall(part)
        if row_refs:
            found = np.array(row_refs, dtype=np.int64)
            rows += [int(found.min()), int(found.max())]
        if cells > MAX_CELLS or not block:
            break
    if not rows:
        return cells, 0, 0, ""
    numbers = sorted(_column_number(c) for c in cols) or [1]
    n_rows = max(rows) - min(rows) + 1
    n_cols = numbers[-1] - numbers[0] + 1
    span = f"{_column_letters(numbers[0])}{min(rows)}:{_column_letters(numbers[-1])}{max(rows)}"
    return cells, n_rows, n_cols, span


def _check_budget(path: Path, sheet_name: str, part: str | None) -> None:
    """Refuse an .xlsx sheet whose real cells span more than :data:`MAX_CELLS` cells.

    The Excel reader allocates the whole rectangle from the first to the last
    cell with content: one stray cell at XFD1048576 asks for 512 GB.
    """
    if part is None:
        return
    with zipfile.ZipFile(path) as zf, zf.open(part) as stream:
        cells, n_rows, n_cols, span = _sheet_extent(stream)
    if cells <= MAX_CELLS and n_rows * n_cols > MAX_CELLS:  # look again, leaving out style-only cells
        with zipfile.ZipFile(path) as zf, zf.open(part) as stream:
            cells, n_rows, n_cols, span = _sheet_extent(stream, exact=True)
    where = f"sheet {sheet_name!r}"
    if cells > MAX_CELLS:
        raise ReadError(
            path, f"{where}: holds more than {MAX_CELLS:,} cells; GZMap reads at most {MAX_CELLS:,}; split the table"
        )
    if n_rows * n_cols > MAX_CELLS:
        raise ReadError(
            path,
            f"{where}: its cells span {span} ({n_rows * n_cols:,} cells); GZMap reads at "
            f"most {MAX_CELLS:,}; delete the cells outside the table or copy the table to a new "
            "sheet",
        )


def check_sheet_budget(path, sheet: str | int | None = None) -> None:
    """Raise :class:`ReadError` when the chosen sheet (default: the first) of an .xlsx/.xlsm file
    spans more than :data:`MAX_CELLS` cells; other files pass (an .xls sheet is at most 65,536 x 256)."""
    path = Path(path)
    parts = _sheet_parts(path)
    if not parts:
        return
    names = list(parts)
    if isinstance(sheet, int):  # a position out of range is reported by the reader, not here
        name = names[sheet] if 0 <= sheet < len(names) else None
    else:
        name = names[0] if sheet is None else sheet
    if name is not None:
        _check_budget(path, name, parts.get(name))


def _sheet_parts(path: Path) -> dict[str, str] | None:
    """Sheet name -> XML part for an .xlsx/.xlsm file, None for other workbooks."""
    if not zipfile.is_zipfile(path):
        return None
    with zipfile.ZipFile(path) as zf:
        if "xl/workbook.xml" not in zf.namelist():
            return None
        return _xlsx_sheet_parts(zf)
