"""Import enterprise locations from tables and point files, accounting for every row.

The pipeline: read the file (:mod:`gzmap.io.tables` or
:func:`gzmap.io.vector.read_vector`) -> map columns (:mod:`gzmap.io.columns`)
-> parse coordinates -> validate -> convert from the source datum to WGS84
(:func:`gzmap.core.datums.convert`) -> a :class:`~gzmap.core.layer.VectorLayer`.

Every row read ends up either in :attr:`ImportResult.accepted` (a
GeoDataFrame in EPSG:4326 with all original columns kept, plus standard
columns ``name``, ``address``, ``subsector``, ``employees``, ``revenue``,
``founded`` and ``source_row``) or in :attr:`ImportResult.rejected` (one row
per rejected file row: ``file_row``, ``reason`` code, ``message``,
``column``, ``value`` and the original values). So
``len(accepted) + len(rejected) == rows_read`` always holds.

Cells that are not fatal (text in a numeric column, ``约50人``) do not reject
the row: they are listed in :attr:`ImportResult.warnings`.

Everything is vectorised; a million-row CSV imports in a few seconds.
"""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from gzmap.core import datums
from gzmap.core.fields import datum_text
from gzmap.core.fields import display_frame
from gzmap.core.fields import register_codes
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import say
from gzmap.core.i18n import translate
from gzmap.core.i18n import translator
from gzmap.core.progress import report
from gzmap.core.progress import sub_progress
from gzmap.io.columns import CRS_REASON
from gzmap.io.columns import LAT_RANGE
from gzmap.io.columns import LON_RANGE
from gzmap.io.columns import ColumnMapping
from gzmap.io.columns import detect_columns
from gzmap.io.columns import parse_combined
from gzmap.io.columns import parse_coordinate
from gzmap.io.columns import parse_number
from gzmap.io.errors import ReadError
from gzmap.io.frames import select_rows as _select_rows
from gzmap.io.messages import note
from gzmap.io.table_writer import write_table
from gzmap.io.tables import Table
from gzmap.io.tables import is_table
from gzmap.io.tables import read_table

__all__ = [
    "DEFAULT_STUDY_AREA",
    "REASONS",
    "ImportOptions",
    "ImportResult",
    "describe_table",
    "import_file",
    "import_frame",
    "preview_file",
]

#: (min lon, min lat, max lon, max lat), WGS84 degrees: the Greater Bay Area with
#: a margin of about 100 km. Points outside it are "far outside the study area".
DEFAULT_STUDY_AREA = (110.3, 20.4, 116.5, 25.4)

#: Reason codes of rejected rows: (English, Chinese) messages.
REASONS: dict[str, str] = {
    "bad_line": QT_TRANSLATE_NOOP("ImportReasons", "more cells than the header"),
    "empty_row": QT_TRANSLATE_NOOP("ImportReasons", "empty row"),
    "missing_coordinates": QT_TRANSLATE_NOOP("ImportReasons", "no coordinates"),
    "not_numeric": QT_TRANSLATE_NOOP("ImportReasons", "coordinate is not a number"),
    "out_of_range": QT_TRANSLATE_NOOP("ImportReasons", "not a valid longitude/latitude"),
    "swapped": QT_TRANSLATE_NOOP("ImportReasons", "latitude and longitude look swapped"),
    "outside_china": QT_TRANSLATE_NOOP("ImportReasons", "outside China"),
    "outside_study_area": QT_TRANSLATE_NOOP("ImportReasons", "far outside the study area"),
    "duplicate": QT_TRANSLATE_NOOP("ImportReasons", "exact duplicate of an earlier row"),
    "unknown_category": QT_TRANSLATE_NOOP("ImportReasons", "unknown category"),
    "not_point": QT_TRANSLATE_NOOP("ImportReasons", "geometry is not a point"),
}
register_codes("reason", "ImportReasons", REASONS)
#: GZMap's columns of the rejected rows, before the file's own columns.
_REJECTED_COLUMNS = ("file_row", "reason", "message", "column", "value")

#: How a rejected row's details and the reason counts are worded (context "ImportReasons").
DETAILS = {
    "value": QT_TRANSLATE_NOOP("ImportReasons", "{reason}: {value}"),
    "duplicate_of": QT_TRANSLATE_NOOP("ImportReasons", "exact duplicate of row {row}"),
    "position": QT_TRANSLATE_NOOP(
        "ImportReasons", "{reason}: {position} (WGS84 longitude, latitude; source datum {datum})"
    ),
    "not_number": QT_TRANSLATE_NOOP("ImportReasons", "{value} is not a number; left empty"),
    "count_one": QT_TRANSLATE_NOOP("ImportReasons", "1 row: {reason} (e.g. row {row})"),
    "count_many": QT_TRANSLATE_NOOP("ImportReasons", "{n} rows: {reason} (e.g. row {row})"),
    "count_one_column": QT_TRANSLATE_NOOP("ImportReasons", "1 row: {reason} (e.g. row {row}, column {column!r})"),
    "count_many_column": QT_TRANSLATE_NOOP("ImportReasons", "{n} rows: {reason} (e.g. row {row}, column {column!r})"),
}

#: Notes worth a line in :meth:`ImportResult.summary` (the reading may be wrong or incomplete).
_SUMMARY_NOTES = ("encoding guessed", "the file starts with", "not valid UTF-8", "kept the cells beyond")

TARGET_DATUM = "wgs84"
STANDARD_COLUMNS = ["name", "address", "subsector", "employees", "revenue", "founded"]
#: The mapping's roles that give a standard column ("category" gives "subsector").
_ROLE_OF = ("name", "address", "category", "employees", "revenue", "founded")


@dataclass
class ImportOptions:
    """Choices for an import; ``None`` means "detect".

    source_datum
        ``wgs84``, ``gcj02``, ``bd09``, ``cgcs2000`` or ``EPSG:NNNN``. When
        None, the file's CRS (point files) or a hint in column/file names is
        used, else WGS84 (and the result says it was a default).
    fix_swapped
        True: swap rows whose longitude and latitude are exchanged (in China
        the two ranges do not overlap, so this is unambiguous); False: reject
        them; None: fix and report.
    study_area
        (min lon, min lat, max lon, max lat) WGS84; rows outside are rejected.
        None turns the check off.
    reject_unknown_category
        Reject rows whose category maps onto no sub-sector (default: keep them
        as "Other" and count them in the notes).
    extra_cells
        Rows with more cells than the header: ``"reject"`` them (default) or
        ``"keep"`` the extra cells in columns ``extra_1``, ``extra_2``, ...
    """

    mapping: ColumnMapping | None = None
    source_datum: str | None = None
    fix_swapped: bool | None = None
    study_area: tuple[float, float, float, float] | None = DEFAULT_STUDY_AREA
    drop_duplicates: bool = True
    reject_unknown_category: bool = False
    taxonomy: Any = None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | int | None = None
    header_row: int | None = None
    extra_cells: str = "reject"
    #: The language of the rejected rows' details and of the warnings (``"en"`` or ``"zh_CN"``).
    lang: str = "en"


def first_examples(rejected: pd.DataFrame) -> dict[str, tuple[int, Any]]:
    """Reason code -> (file row, column) of its first rejected row."""
    if rejected.empty:
        return {}
    first = rejected.drop_duplicates("reason")
    columns = first["column"] if "column" in first.columns else pd.Series(None, index=first.index)
    return {r: (int(row), c) for r, row, c in zip(first["reason"], first["file_row"], columns, strict=True)}


def reason_lines(counts: list[tuple[str, int]], examples: dict[str, tuple[int, Any]], lang: str) -> list[str]:
    """One line per (reason code, rows) of ``counts`` with its first example (file row, column) from
    ``examples``, in ``lang``: the import's and the cluster import's summary say the same."""
    out = []
    t = translator("ImportReasons", lang)
    for code, count in counts:
        row, column = examples[code]
        key = ("count_one" if count == 1 else "count_many") + ("_column" if isinstance(column, str) and column else "")
        text = ImportResult.reason_text(code, lang)
        out.append(t(DETAILS[key], n=f"{count:,}", reason=text, row=row, column=column))
    return out


@dataclass
class ImportResult:
    """What an import produced; see the module docstring."""

    path: Path | None
    accepted: Any  # geopandas.GeoDataFrame, EPSG:4326
    rejected: pd.DataFrame
    warnings: pd.DataFrame
    rows_read: int
    mapping: ColumnMapping
    source_datum: str
    datum_suggestion: str | None = None
    datum_reason: str = ""
    datum_assumed: bool = False
    table_info: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def n_accepted(self) -> int:
        return len(self.accepted)

    @property
    def n_rejected(self) -> int:
        return len(self.rejected)

    def reason_counts(self) -> list[tuple[str, int]]:
        """(reason code, rows) for every reason, most frequent first."""
        if self.rejected.empty:
            return []
        return Counter(self.rejected["reason"].tolist()).most_common()

    def top_reasons(self, n: int = 5, lang: str = "en") -> list[str]:
        """Lines like ``"12 rows: no coordinates (e.g. row 7, column 经度)"``, in ``lang``."""
        return reason_lines(self.reason_counts()[:n], first_examples(self.rejected), lang)

    @staticmethod
    def reason_text(code: str, lang: str = "en") -> str:
        """A rejection reason code in words in ``lang`` (``"not_numeric"`` -> "坐标不是数字")."""
        return translate("ImportReasons", REASONS[code], lang) if code in REASONS else code

    def problems(self, limit: int = 20, lang: str = "en") -> list[str]:
        """One line per problem naming file, row and column (rejections first, then warnings), in ``lang``
        (the details are in the language the import was made in: :attr:`ImportOptions.lang`)."""
        from gzmap.io.messages import text

        name = str(self.path) if self.path else "<table>"
        lines = []
        room = limit
        for frame in (self.rejected, self.warnings):
            for _, r in frame.head(max(room, 0)).iterrows():
                col = (
                    text("column", lang, column=r["column"]) if isinstance(r.get("column"), str) and r["column"] else ""
                )
                lines.append(f"{name}{text('row', lang, row=int(r['file_row']))}{col}: {r['message']}")
            room = limit - len(lines)
        return lines

    def save_rejected(self, path, lang: str | None = None) -> Path:
        """Write the rejected rows as CSV (UTF-8 with BOM, so Excel shows the Chinese); with ``lang``,
        GZMap's columns (row, reason, details, column, value) under their names in ``lang`` and the
        reasons in words, the file's own columns after them as they were."""
        path = Path(path)
        frame = self.rejected
        if lang:
            n = len(_REJECTED_COLUMNS)
            ours = display_frame(frame.iloc[:, :n], lang)
            frame = pd.concat([ours, frame.iloc[:, n:]], axis=1)
        write_table(frame, path)
        return path

    def layer(self, name_zh: str | None = None, name_en: str | None = None, style=None, provenance=None):
        """The accepted rows as a :class:`VectorLayer` styled by sub-sector."""
        from gzmap.core.layer import VectorLayer
        from gzmap.core.taxonomy import enterprise_style

        stem = self.path.stem if self.path else "enterprises"
        if style is None:
            style = enterprise_style()
            style.label_field = "name" if "name" in self.accepted.columns else None
        prov = {
            "source": str(self.path) if self.path else "",
            "rows_read": self.rows_read,
            "rows_accepted": self.n_accepted,
            "rows_rejected": self.n_rejected,
            "source_datum": self.source_datum,
            "synthetic": False,
        }
        prov.update(self.column_provenance())
        prov.update(provenance or {})
        return VectorLayer(
            self.accepted,
            name_zh or stem,
            name_en or stem,
            source=str(self.path or ""),
            source_datum=self.source_datum,
            provenance=prov,
            style=style,
        )

    def column_provenance(self) -> dict[str, Any]:
        """Which columns are the file's (``user_columns``, shown under their own names) and which of
        them a standard column replaces (``standard_columns``: standard -> file column), so that a
        table shows one column per field (:mod:`gzmap.core.fields`)."""
        standard = {"subsector" if role == "category" else role: self.mapping.get(role) for role in _ROLE_OF}
        standard = {k: v for k, v in standard.items() if v and v != k and k in self.accepted.columns}
        own = set(self.accepted.columns) - set(STANDARD_COLUMNS) - {"source_row", "geometry"}
        user = [str(c) for c in self.accepted.columns if c in own or str(c).endswith("_src")]
        return {"user_columns": user, "standard_columns": standard}

    def summary(self, lang: str = "en") -> str:
        """Rows read, accepted and rejected, the commonest reasons and the reading notes, in ``lang``."""
        from gzmap.io.messages import text

        lines = [text(k, lang, value=v) for k, v in (("info_read", self.rows_read), ("info_accepted", self.n_accepted))]
        lines.append(text("info_rejected", lang, value=self.n_rejected))
        lines += ["  " + t for t in self.top_reasons(lang=lang)]
        lines += [text("info_note", lang, value=say(n, lang)) for n in self.reading_notes()]
        return "\n".join(lines)

    def reading_notes(self) -> list[str]:
        """Notes saying the file may have been read wrongly (an uncertain encoding guess) or
        differently from the file's own layout (extra cells kept in extra columns)."""
        return [n for n in self.notes if n.startswith(_SUMMARY_NOTES)]


# --------------------------------------------------------------------------- entry points


def import_file(path, options: ImportOptions | None = None, progress=None) -> ImportResult:
    """Import a table (CSV/TXT/Excel) or a point file (GeoJSON, Shapefile, GPKG, GeoParquet, KML).

    Raises :class:`ReadError` when the file cannot be read at all, has no
    data rows, or has no coordinates; row-level problems never raise.
    """
    options = options or ImportOptions()
    path = Path(path)
    if is_table(path) or not _is_vector_suffix(path):
        table = _read_table(path, options, progress=_sub(progress, 0.0, 0.5))
        return import_table(table, options, progress=_sub(progress, 0.5, 1.0))
    return _import_vector(path, options, progress)


def _read_table(path: Path, options: ImportOptions, **kwargs) -> Table:
    """:func:`read_table` with the reading choices of ``options`` (encoding, delimiter, sheet, header row)."""
    return read_table(
        path,
        encoding=options.encoding,
        delimiter=options.delimiter,
        sheet=options.sheet,
        header_row=options.header_row,
        extra_cells=options.extra_cells,
        **kwargs,
    )


def _sub(progress, start, end):
    return None if progress is None else sub_progress(progress, start, end)


def preview_file(path, nrows: int = 50, options: ImportOptions | None = None) -> tuple[Table, ColumnMapping]:
    """The first ``nrows`` data rows of a table and the detected column mapping (for the wizard).

    For a point file the rows are its first features' attributes plus their
    coordinates as text (``kind == "vector"``), and the mapping has no
    coordinate columns: the geometry gives them. Its datum suggestion comes
    from column and file names, a provenance file beside it, or else its CRS.
    """
    options = options or ImportOptions()
    path = Path(path)
    if not is_table(path) and _is_vector_suffix(path):
        return _preview_vector(path, nrows)
    table = _read_table(path, options, nrows=nrows)
    return table, detect_columns(table.data, str(path))


def import_table(table: Table, options: ImportOptions | None = None, progress=None) -> ImportResult:
    """Run the pipeline on a :class:`Table` already read."""
    options = options or ImportOptions()
    df = table.data
    if table.rows_read == 0:
        rows = ", ".join(str(r) for r in table.header_rows) or "1"
        raise ReadError(table.path, f"has a header (row {rows}) but no data rows")
    report(progress, 0.0, "detecting columns")
    mapping = options.mapping or detect_columns(df, str(table.path))
    if not mapping.has_coordinates:
        raise ReadError(
            table.path,
            "no coordinate columns found (expected 经度/纬度, lng/lat, lon/lat, x/y or one '113.32,23.11' column); "
            f"columns are: {', '.join(map(str, df.columns[:12]))}",
        )
    missing = [
        c
        for c in mapping.coordinate_columns()
        + [getattr(mapping, r) for r in STANDARD_COLUMNS if r != "subsector"]
        + [mapping.category]
        if c is not None and c not in df.columns
    ]
    if missing:
        raise ReadError(table.path, f"column {missing[0]!r} is not in the file", column=missing[0])
    info = {
        "kind": table.kind,
        "encoding": table.encoding_label,
        "delimiter": table.delimiter,
        "sheet": table.sheet,
        "header_rows": table.header_rows,
    }
    bad = pd.DataFrame(
        {
            "file_row": [b.row for b in table.bad_lines],
            "reason": "bad_line",
            "message": [f"{b.reason}" for b in table.bad_lines],
            "column": None,
            "value": [b.text for b in table.bad_lines],
        }
    )
    # numbers like 1e308 overflow in the datum shift and in rounding for the message; such rows
    # are rejected by the range checks, so numpy's overflow warnings say nothing new
    with np.errstate(over="ignore", invalid="ignore"):
        raw_cols = mapping.coordinate_columns()  # [coords] or [lon, lat]: has_coordinates was checked
        if mapping.coords:
            a, b = parse_combined(df[mapping.coords])
            x, y = (b, a) if mapping.coords_order == "latlon" else (a, b)
        else:
            x, y = parse_coordinate(df[raw_cols[0]]), parse_coordinate(df[raw_cols[1]])
        datum, suggestion, reason, assumed = _choose_datum(options.source_datum, mapping, None)
        result = _process(df, x, y, table.file_rows, raw_cols, mapping, datum, options, table.path, progress)
    result.rejected = _concat_rejected(bad, result.rejected)
    result.rows_read = table.rows_read
    result.datum_suggestion, result.datum_reason, result.datum_assumed = suggestion, reason, assumed
    result.table_info = info
    result.notes = list(table.notes) + mapping.notes + result.notes
    return result


def import_frame(df: pd.DataFrame, options: ImportOptions | None = None, progress=None) -> ImportResult:
    """Run the pipeline on an in-memory table (rows numbered 2.. as if under a header row)."""
    table = Table(
        path=Path("<table>"),
        data=df.reset_index(drop=True),
        file_rows=np.arange(2, len(df) + 2, dtype=np.int64),
        header_rows=[1],
        kind="frame",
    )
    res = import_table(table, options, progress)
    res.path = None
    return res


# --------------------------------------------------------------------------- core


def _choose_datum(requested, mapping: ColumnMapping, crs_datum: str | None):
    suggestion, reason = mapping.datum_hint, mapping.datum_reason
    if crs_datum and not suggestion:
        suggestion, reason = crs_datum, CRS_REASON
    if requested:
        return datums.normalize_datum(requested), suggestion, reason, False
    if suggestion:
        return datums.normalize_datum(suggestion), suggestion, reason, False
    return "wgs84", None, "", True


class _Verdicts:
    """The reason code of every row: 0 accepted, else an index into :data:`CODES`; the first
    reason found for a row stays."""

    def __init__(self, n: int):
        self.code = np.zeros(n, dtype=np.int8)

    def reject(self, mask: np.ndarray, reason: str) -> None:
        self.code[mask & (self.code == 0)] = _CODE_INDEX[reason]

    @property
    def ok(self) -> np.ndarray:
        return self.code == 0


CODES = [""] + list(REASONS)
_CODE_INDEX = {c: i for i, c in enumerate(CODES)}


def _process(
    df: pd.DataFrame,
    x: np.ndarray,
    y: np.ndarray,
    file_rows: np.ndarray,
    raw_cols: list[str],
    mapping: ColumnMapping,
    datum: str,
    options: ImportOptions,
    path,
    progress,
    extra_reject: np.ndarray | None = None,
) -> ImportResult:
    """Validate, convert and split the rows of ``df`` (coordinates ``x``, ``y`` in ``datum``'s units:
    degrees or metres) into accepted points (WGS84) and rejected rows with their reasons."""
    verdicts = _Verdicts(len(df))
    notes: list[str] = []
    report(progress, 0.05, "validating")
    if extra_reject is not None:
        verdicts.reject(extra_reject, "not_point")
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    _reject_missing(df, x, y, raw_cols, verdicts)
    if datums.is_geographic(datum):
        x, y = _check_degrees(x, y, options, verdicts, notes)
    report(progress, 0.2, "converting coordinates")
    lon, lat = _to_wgs84(x, y, datum, verdicts.ok)
    report(progress, 0.55, "validating")
    _reject_outside(lon, lat, options.study_area, verdicts)
    first_of = _duplicates(df, x, y, verdicts.ok) if options.drop_duplicates else None
    if first_of is not None:
        verdicts.reject(first_of >= 0, "duplicate")
    categories = _categories(df, mapping, options, verdicts, notes)
    report(progress, 0.7, "building layer")
    accepted, warn = _accepted(df, lon, lat, verdicts.ok, file_rows, mapping, categories, progress, options.lang)
    rejected = _rejected_frame(
        df, verdicts.code, CODES, x, y, lon, lat, file_rows, raw_cols, first_of, mapping, datum, options.lang
    )
    if len(warn):
        notes.append(
            note(
                QT_TRANSLATE_NOOP(
                    "ImportNotes", "{n} cell(s) in numeric columns hold text that is not a number; left empty"
                ),
                n=len(warn),
            )
        )
    report(progress, 1.0, "done")
    return ImportResult(
        path=Path(path) if path is not None else None,
        accepted=accepted,
        rejected=rejected,
        warnings=warn,
        rows_read=len(df),
        mapping=mapping,
        source_datum=datum,
        notes=notes,
    )


def _reject_missing(df: pd.DataFrame, x: np.ndarray, y: np.ndarray, raw_cols: list[str], verdicts: _Verdicts) -> None:
    """Rows without two finite coordinates: an empty row, a coordinate cell that is not a number,
    or a missing one."""
    nan = ~(np.isfinite(x) & np.isfinite(y))
    if not nan.any():
        return
    idx = np.flatnonzero(nan)
    sub = _select_rows(df, nan)
    present = np.ones(len(idx), dtype=bool)  # every coordinate cell holds something
    for c in raw_cols:
        s = sub[c]
        present &= (s.notna() & (s.astype("string").str.strip() != "")).fillna(False).to_numpy()
    blank = (sub.astype("string").apply(lambda s: s.str.strip()).fillna("") == "").all(axis=1).to_numpy()
    empty = sub.isna().all(axis=1).to_numpy() | blank
    for rows, reason in (
        (idx[empty], "empty_row"),
        (idx[present & ~empty], "not_numeric"),
        (idx[~present & ~empty], "missing_coordinates"),
    ):
        m = np.zeros(len(df), dtype=bool)
        m[rows] = True
        verdicts.reject(m, reason)


def _check_degrees(
    x: np.ndarray, y: np.ndarray, options: ImportOptions, verdicts: _Verdicts, notes: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Longitude/latitude in degrees: swapped pairs fixed (or rejected when ``fix_swapped`` is
    False), values beyond ±180/±90 rejected. Returns the (possibly fixed) x, y."""
    in_lon = (x >= LON_RANGE[0]) & (x <= LON_RANGE[1])
    in_lat = (y >= LAT_RANGE[0]) & (y <= LAT_RANGE[1])
    swapped = (
        verdicts.ok
        & ~(in_lon & in_lat)
        & (x >= LAT_RANGE[0])
        & (x <= LAT_RANGE[1])
        & (y >= LON_RANGE[0])
        & (y <= LON_RANGE[1])
    )
    n_sw = int(swapped.sum())
    if n_sw:
        if options.fix_swapped is False:
            verdicts.reject(swapped, "swapped")
        else:
            x, y = x.copy(), y.copy()  # the parsed columns may be views of the table
            x[swapped], y[swapped] = y[swapped], x[swapped].copy()
            notes.append(
                note(QT_TRANSLATE_NOOP("ImportNotes", "{n} row(s) had latitude and longitude swapped; fixed"), n=n_sw)
            )
    verdicts.reject((np.abs(x) > 180) | (np.abs(y) > 90), "out_of_range")
    return x, y


def _to_wgs84(x: np.ndarray, y: np.ndarray, datum: str, ok: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """WGS84 longitude, latitude (degrees) of the rows still accepted; NaN for the others."""
    if ok.all():
        return datums.convert(x, y, datum, TARGET_DATUM)
    lon, lat = np.full(len(x), np.nan), np.full(len(x), np.nan)
    if ok.any():
        lon[ok], lat[ok] = datums.convert(x[ok], y[ok], datum, TARGET_DATUM)
    return lon, lat


def _reject_outside(lon: np.ndarray, lat: np.ndarray, study_area, verdicts: _Verdicts) -> None:
    """Reject points (WGS84 degrees) that did not convert, lie outside China, or outside the
    study area (min lon, min lat, max lon, max lat; None: no check)."""
    verdicts.reject(~(np.isfinite(lon) & np.isfinite(lat)), "out_of_range")
    verdicts.reject(~datums.in_china(lon, lat), "outside_china")
    if study_area is not None:
        x0, y0, x1, y1 = study_area
        verdicts.reject(~((lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1)), "outside_study_area")


@dataclass
class _Categories:
    """Each row's sub-sector as an index into ``keys`` (-1: none)."""

    codes: np.ndarray
    keys: list[str]


def _categories(
    df: pd.DataFrame, mapping: ColumnMapping, options: ImportOptions, verdicts: _Verdicts, notes: list[str]
) -> _Categories | None:
    """Map the category column onto the taxonomy's sub-sectors (each distinct text once); unknown
    ones are rejected or counted in a note, as the options say. None without a category column."""
    if not mapping.category:
        return None
    tax = options.taxonomy
    if tax is None:
        from gzmap.core.taxonomy import load_taxonomy

        tax = load_taxonomy()
    raw_cat = df[mapping.category]
    ucodes, uniques = pd.factorize(raw_cat, use_na_sentinel=True)
    keys = list(tax.keys)
    pos = {k: i for i, k in enumerate(keys)}
    lut = np.array([pos.get(tax.map_value(u), -1) for u in uniques] + [-1], dtype=np.int32)
    sub_codes = lut[ucodes]
    unknown = (sub_codes < 0) & (ucodes >= 0)
    if options.reject_unknown_category:
        verdicts.reject(unknown, "unknown_category")
    else:
        cnt = Counter(raw_cat[unknown & verdicts.ok].astype(str).tolist())
        if cnt:
            top = ", ".join(f"{k!r} ({v})" for k, v in cnt.most_common(5))
            outside = QT_TRANSLATE_NOOP(
                "ImportNotes", "{n} row(s) have a category outside the sub-sector list, shown as Other: {top}"
            )
            notes.append(note(outside, n=sum(cnt.values()), top=top))
    return _Categories(sub_codes, keys)


def _accepted(
    df: pd.DataFrame,
    lon: np.ndarray,
    lat: np.ndarray,
    ok: np.ndarray,
    file_rows: np.ndarray,
    mapping: ColumnMapping,
    categories: _Categories | None,
    progress,
    lang: str = "en",
):
    """(GeoDataFrame of the accepted rows in EPSG:4326 with the standard columns, warnings frame)."""
    import geopandas as gpd

    all_ok = bool(ok.all())
    # The points are made while the accepted rows are copied: shapely holds the GIL to create
    # them, the copy runs in Arrow/numpy without it, so on two cores the copy costs no time.
    with ThreadPoolExecutor(max_workers=1) as pool:
        selection = None if all_ok else pool.submit(_select_rows, df, ok)
        geom = gpd.points_from_xy(lon if all_ok else lon[ok], lat if all_ok else lat[ok], crs="EPSG:4326")
        acc = df.copy(deep=False) if selection is None else selection.result()
    rows = file_rows if all_ok else file_rows[ok]
    std, warn = _standard_columns(acc, mapping, rows, lang)
    if categories is not None:
        codes = categories.codes if all_ok else categories.codes[ok]
        std["subsector"] = pd.Categorical.from_codes(codes, categories=categories.keys)
    for key in ("name", "address", "subsector", "employees", "revenue", "founded"):
        if key not in std:
            continue
        src = getattr(mapping, "category" if key == "subsector" else key, None)
        if key in acc.columns and key != src:
            acc = acc.rename(columns={key: f"{key}_src"})
        acc[key] = std[key]
    acc["source_row"] = rows
    if "geometry" in acc.columns:
        acc = acc.rename(columns={"geometry": "geometry_src"})
    report(progress, 0.8, "building layer")
    acc.index = pd.RangeIndex(len(acc))
    acc["geometry"] = gpd.GeoSeries(geom, index=acc.index, crs="EPSG:4326")
    return gpd.GeoDataFrame(acc, geometry="geometry", crs="EPSG:4326", copy=False), warn


def _standard_columns(acc: pd.DataFrame, mapping: ColumnMapping, rows: np.ndarray, lang: str = "en"):
    """(standard columns name/address/employees/revenue/founded of the accepted rows, warnings frame
    of numeric cells that hold no number). ``founded`` outside 1800-2100 is left empty."""
    std: dict[str, Any] = {}
    for role in ("name", "address"):
        if getattr(mapping, role):
            std[role] = acc[getattr(mapping, role)]
    parts = []
    for role in ("employees", "revenue", "founded"):
        col = getattr(mapping, role)
        if not col:
            continue
        values, badtext = parse_number(acc[col])
        if role == "founded":
            values = np.where((values >= 1800) & (values <= 2100), values, np.nan)
        std[role] = values
        if badtext.any():
            vals = acc[col].to_numpy()[badtext]
            parts.append(
                pd.DataFrame(
                    {
                        "file_row": rows[badtext],
                        "column": col,
                        "value": [str(v) for v in vals],
                        "message": [
                            translate("ImportReasons", DETAILS["not_number"], lang, value=repr(str(v))) for v in vals
                        ],
                    }
                )
            )
    warn = (
        pd.concat(parts, ignore_index=True)
        if parts
        else pd.DataFrame(columns=["file_row", "column", "value", "message"])
    )
    return std, warn


def _duplicates(df: pd.DataFrame, x: np.ndarray, y: np.ndarray, ok: np.ndarray) -> np.ndarray | None:
    """For each row, the position of the earlier row it exactly duplicates, else -1.

    Only rows sharing coordinates can be exact duplicates, so the full-row
    comparison runs on that (usually small) subset.
    """
    idx = np.flatnonzero(ok)
    if idx.size < 2:
        return None
    # one 64-bit key per coordinate pair; a collision only adds a candidate, never a false duplicate
    key = x[idx].view(np.uint64) * np.uint64(0x9E3779B97F4A7C15) ^ y[idx].view(np.uint64)
    cand = idx[pd.Series(key).duplicated(keep=False).to_numpy()]
    if cand.size == 0:
        return None
    in_cand = np.zeros(len(df), dtype=bool)
    in_cand[cand] = True
    sub = _select_rows(df, in_cand)
    h = pd.util.hash_pandas_object(sub.astype("string"), index=False).to_numpy()
    hs = pd.Series(h)
    dup = hs.duplicated(keep="first").to_numpy()
    if not dup.any():
        return None
    first_pos = pd.Series(cand[~dup], index=h[~dup])
    first_pos = first_pos[~first_pos.index.duplicated()]
    out = np.full(len(df), -1, dtype=np.int64)
    out[cand[dup]] = first_pos.reindex(h[dup]).to_numpy()
    return out


def _rejected_frame(
    df, code, codes, x, y, lon, lat, file_rows, raw_cols, first_of, mapping, datum, lang: str = "en"
) -> pd.DataFrame:
    """One row per rejected row: file row, reason code, message (in ``lang``), column, value, then the
    original values.

    Built per reason with array operations, so a million rejected rows (a wrong
    datum or column choice) cost seconds, not minutes.
    """
    idx = np.flatnonzero(code != 0)
    cols = list(_REJECTED_COLUMNS)
    if idx.size == 0:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols + [str(c) for c in df.columns]})
    sub = _select_rows(df, code != 0)  # row k of sub is file row idx[k]
    rc = code[idx]
    reasons = np.array(codes, dtype=object)[rc]
    t = translator("ImportReasons", lang)
    words = {c: t(REASONS[c]) for c in codes if c}
    messages = np.array([words.get(c, "") for c in codes], dtype=object)[rc]
    columns = np.full(idx.size, None, dtype=object)
    values = np.full(idx.size, None, dtype=object)

    def as_text(series: pd.Series) -> np.ndarray:
        out = series.astype("string").to_numpy(dtype=object, na_value=None)
        return out

    for reason in ("not_numeric", "missing_coordinates"):
        k = np.flatnonzero(reasons == reason)
        if k.size == 0:
            continue
        rows = idx[k]
        if mapping.coords or raw_cols == ["geometry"]:
            col = np.full(k.size, mapping.coords or "geometry", dtype=object)
        else:
            lon_raw = sub[mapping.lon].iloc[k]
            if reason == "missing_coordinates":
                lon_bad = (lon_raw.isna() | (lon_raw.astype("string").str.strip() == "")).fillna(True).to_numpy()
            else:
                lon_bad = ~np.isfinite(x[rows])
            col = np.where(lon_bad, mapping.lon, mapping.lat).astype(object)
        columns[k] = col
        vals = np.full(k.size, None, dtype=object)
        for c in set(col.tolist()):
            if c in df.columns:
                m = col == c
                vals[m] = as_text(sub[c].iloc[k[m]])
        values[k] = vals
        if reason == "not_numeric":
            messages[k] = [t(DETAILS["value"], reason=words[reason], value=repr(v)) for v in vals]
    for reason in ("out_of_range", "outside_china", "outside_study_area", "swapped"):
        k = np.flatnonzero(reasons == reason)
        if k.size:
            columns[k] = ", ".join(raw_cols)
            values[k], messages[k] = _position_cells(reason, x, y, lon, lat, idx[k], messages[k], datum, t)
    k = np.flatnonzero(reasons == "duplicate")
    if k.size and first_of is not None:
        firsts = first_of[idx[k]]
        messages[k] = [
            t(DETAILS["duplicate_of"], row=int(file_rows[f])) if f >= 0 else words["duplicate"] for f in firsts
        ]
    k = np.flatnonzero(reasons == "unknown_category")
    if k.size:
        columns[k] = mapping.category
        vals = as_text(sub[mapping.category].iloc[k])
        values[k] = vals
        messages[k] = [t(DETAILS["value"], reason=words["unknown_category"], value=repr(v)) for v in vals]
    head = pd.DataFrame(
        {"file_row": file_rows[idx], "reason": reasons, "message": messages, "column": columns, "value": values}
    )
    orig = sub
    orig.columns = [str(c) if str(c) not in cols else f"{c}_src" for c in orig.columns]
    if "geometry" in orig.columns:
        orig["geometry"] = [None if g is None else getattr(g, "wkt", str(g)) for g in orig["geometry"]]
    return pd.concat([head, orig], axis=1)


def _pairs(a: np.ndarray, b: np.ndarray, digits: int) -> np.ndarray:
    """``"a, b"`` texts of two float arrays rounded to ``digits`` decimals."""
    return (pd.Series(a).round(digits).astype(str) + ", " + pd.Series(b).round(digits).astype(str)).to_numpy(
        dtype=object
    )


def _position_cells(reason: str, x, y, lon, lat, rows: np.ndarray, messages: np.ndarray, datum: str, t):
    """(values, messages) of rows rejected for where they are: the coordinates as given (x, y in the
    source datum's units) and, but for swapped ones, the converted WGS84 degrees in the message."""
    ok_xy = np.isfinite(x[rows]) & np.isfinite(y[rows])
    values = _pairs(x[rows], y[rows], 6)
    values[~ok_xy] = None
    if reason == "swapped":
        return values, messages
    conv = np.isfinite(lon[rows]) & np.isfinite(lat[rows])
    wgs = _pairs(lon[rows], lat[rows], 5)
    before, after = t(DETAILS["position"], reason=t(REASONS[reason]), position="\x00", datum=datum_text(datum)).split(
        "\x00"
    )
    messages = np.where(conv, before + wgs.astype(str) + after, messages)
    return values, messages


def _concat_rejected(bad: pd.DataFrame, rej: pd.DataFrame) -> pd.DataFrame:
    if bad.empty:
        return rej
    out = pd.concat([bad, rej], ignore_index=True)
    return out.sort_values("file_row", kind="stable", ignore_index=True)


def _isblank(v) -> bool:
    return _isnull(v) or str(v).strip() == ""


def _isnull(v) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


# --------------------------------------------------------------------------- point files


def _is_vector_suffix(path: Path) -> bool:
    from gzmap.io.vector import VECTOR_SUFFIXES

    return path.suffix.lower() in VECTOR_SUFFIXES


def _vector_mapping(
    attrs: pd.DataFrame, path: Path, crs_datum: str | None, mapping: ColumnMapping | None = None
) -> ColumnMapping:
    """The column mapping of a point file's attributes: no coordinate columns (the geometry gives
    them); the datum suggested by names or a provenance file, else by the file's CRS."""
    mapping = mapping or detect_columns(attrs, str(path))
    mapping = replace(mapping, lon=None, lat=None, coords=None, swapped=False, format="decimal")
    if not mapping.datum_hint and crs_datum:
        mapping = replace(mapping, datum_hint=crs_datum, datum_reason=CRS_REASON)
    return mapping


def _preview_vector(path: Path, nrows: int) -> tuple[Table, ColumnMapping]:
    import shapely

    from gzmap.io.vector import guess_datum
    from gzmap.io.vector import read_vector

    gdf = read_vector(path, max_features=nrows)
    if len(gdf) == 0:
        raise ReadError(path, "has no features")
    attrs = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    crs_datum = guess_datum(gdf)
    mapping = _vector_mapping(attrs, path, None if crs_datum == "unknown" else crs_datum)
    shown = attrs.copy()
    shown["geometry"] = shapely.to_wkt(gdf.geometry.to_numpy(), rounding_precision=6)
    crs = gdf.crs.to_string() if gdf.crs is not None else "undefined"
    table = Table(
        path=path,
        data=shown,
        file_rows=np.arange(1, len(gdf) + 1, dtype=np.int64),
        header_rows=[],
        kind="vector",
        complete=False,
        crs=crs,
    )
    return table, mapping


def _import_vector(path: Path, options: ImportOptions, progress) -> ImportResult:
    import shapely

    from gzmap.io.vector import guess_datum
    from gzmap.io.vector import read_vector

    report(progress, 0.0, "reading")
    gdf = read_vector(path)
    if len(gdf) == 0:
        raise ReadError(path, "has no features")
    report(progress, 0.4, "reading")
    crs_datum: str | None = guess_datum(gdf)
    if crs_datum == "unknown":
        crs_datum = None
    geoms = gdf.geometry.to_numpy()
    types = shapely.get_type_id(geoms)
    is_point = types == 0
    single_multi = (types == 4) & (shapely.get_num_geometries(geoms) == 1)
    pts = np.where(single_multi, shapely.get_geometry(geoms, 0), geoms)
    ok_geom = (is_point | single_multi) & ~shapely.is_empty(pts)
    x = np.where(ok_geom, shapely.get_x(np.where(ok_geom, pts, shapely.Point(0, 0))), np.nan)
    y = np.where(ok_geom, shapely.get_y(np.where(ok_geom, pts, shapely.Point(0, 0))), np.nan)
    not_point = (~(is_point | single_multi)) & ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    attrs = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    attrs["geometry"] = geoms  # kept for the rejected table (as WKT); dropped from accepted
    mapping = _vector_mapping(attrs.drop(columns=["geometry"]), path, None, options.mapping)
    datum, suggestion, reason, assumed = _choose_datum(options.source_datum, mapping, crs_datum)
    if options.source_datum is None and crs_datum and crs_datum.startswith("EPSG:"):
        datum = crs_datum
    file_rows = np.arange(1, len(gdf) + 1, dtype=np.int64)  # feature number
    res = _process(
        attrs,
        x,
        y,
        file_rows,
        ["geometry"],
        mapping,
        datum,
        options,
        path,
        _sub(progress, 0.4, 1.0),
        extra_reject=not_point,
    )
    res.accepted = res.accepted.drop(columns=["geometry_src"], errors="ignore")
    res.datum_suggestion, res.datum_reason, res.datum_assumed = suggestion, reason, assumed
    res.table_info = {"kind": "vector", "crs": gdf.crs.to_string() if gdf.crs is not None else "undefined"}
    res.notes = mapping.notes + res.notes
    return res


# --------------------------------------------------------------------------- info


def describe_table(path, options: ImportOptions | None = None, lang: str = "en") -> dict[str, Any]:
    """Facts about a point table for ``gzmap info``: rows read/accepted/rejected, top reasons, columns;
    ``extra``: the lines ``gzmap info`` prints about the reading, in ``lang``."""
    from gzmap.io.columns import datum_reason_text
    from gzmap.io.messages import text

    res = import_file(path, options)
    bounds = res.accepted.total_bounds if res.n_accepted else np.full(4, np.nan)
    datum = datum_text(res.source_datum)
    if res.datum_assumed:
        datum_line = text("info_datum_assumed", lang, value=datum)
    elif res.datum_reason:
        datum_line = text("info_datum_suggested", lang, value=datum, reason=datum_reason_text(res.datum_reason, lang))
    else:
        datum_line = text("info_datum", lang, value=datum)
    extra = [
        text("info_read_as", lang, value=_reading_words(res.table_info, lang)),
        text("info_mapping", lang, value=_mapping_words(res.mapping, lang)),
        datum_line,
        text("info_read", lang, value=res.rows_read),
        text("info_accepted", lang, value=res.n_accepted),
        text("info_rejected", lang, value=res.n_rejected),
    ]
    extra += ["  " + t for t in res.top_reasons(lang=lang)]
    extra += [text("info_note", lang, value=say(n, lang)) for n in res.notes]
    return {
        "path": str(path),
        "rows": res.rows_read,
        "geometry_type": "Point",
        "crs": "EPSG:4326",
        "datum": res.source_datum,
        "bounds": [float(b) for b in bounds],
        "columns": [str(c) for c in res.accepted.columns if c != "geometry"]
        if res.n_accepted
        else [str(c) for c in res.rejected.columns[5:]],
        "columns_shown": _columns_shown(res, lang),
        "rows_read": res.rows_read,
        "accepted": res.n_accepted,
        "rejected": res.n_rejected,
        "rejection_reasons": dict(res.reason_counts()),
        "extra": extra,
    }


#: How ``gzmap info`` names the facts of a reading and the roles of the columns (context Cli).
_INFO_WORDS = {
    "kind": QT_TRANSLATE_NOOP("Cli", "file type"),
    "encoding": QT_TRANSLATE_NOOP("Cli", "encoding"),
    "delimiter": QT_TRANSLATE_NOOP("Cli", "delimiter"),
    "sheet": QT_TRANSLATE_NOOP("Cli", "sheet"),
    "header_rows": QT_TRANSLATE_NOOP("Cli", "header rows"),
    "crs": QT_TRANSLATE_NOOP("Cli", "coordinate reference system"),
    "text": QT_TRANSLATE_NOOP("Cli", "text table"),
    "excel": QT_TRANSLATE_NOOP("Cli", "Excel workbook"),
    "vector": QT_TRANSLATE_NOOP("Cli", "point file"),
    "lon": QT_TRANSLATE_NOOP("Cli", "longitude"),
    "lat": QT_TRANSLATE_NOOP("Cli", "latitude"),
    "coords": QT_TRANSLATE_NOOP("Cli", "coordinates"),
    # geometry types of a point or boundary file
    "Point": QT_TRANSLATE_NOOP("Cli", "points"),
    "MultiPoint": QT_TRANSLATE_NOOP("Cli", "multi-points"),
    "LineString": QT_TRANSLATE_NOOP("Cli", "lines"),
    "MultiLineString": QT_TRANSLATE_NOOP("Cli", "multi-lines"),
    "Polygon": QT_TRANSLATE_NOOP("Cli", "polygons"),
    "MultiPolygon": QT_TRANSLATE_NOOP("Cli", "multi-polygons"),
    "none": QT_TRANSLATE_NOOP("Cli", "none"),
}


def info_word(code: str, lang: str) -> str:
    """A code of ``gzmap info``'s facts (file type, column role, geometry type) in words; others as they are."""
    return translate("Cli", _INFO_WORDS[code], lang) if code in _INFO_WORDS else code


def _reading_words(info: dict, lang: str) -> str:
    """``kind=text, encoding=UTF-8, ...`` in words: ``file type=text table, ...``."""
    parts = []
    for key, value in info.items():
        if value in (None, "", []):
            continue
        shown = info_word(value, lang) if key == "kind" else value
        if isinstance(value, list):
            shown = ", ".join(str(v) for v in value)
        parts.append(f"{info_word(key, lang)}={shown!r}" if key == "delimiter" else f"{info_word(key, lang)}={shown}")
    return "; ".join(parts)


def _mapping_words(mapping, lang: str) -> str:
    """Which column of the file gives which field: ``longitude=经度; Enterprise name=企业名称; ...``."""
    from gzmap.core.fields import field_label

    roles = ("lon", "lat", "coords", "name", "address", "category", "employees", "revenue", "founded")
    return "; ".join(
        f"{info_word(r, lang) if r in _INFO_WORDS else field_label('subsector' if r == 'category' else r, lang)}"
        f"={getattr(mapping, r)}"
        for r in roles
        if getattr(mapping, r)
    )


def _columns_shown(res: ImportResult, lang: str) -> list[str]:
    """The columns of the layer as its attribute table shows them: one per field, GZMap's under their
    display names in ``lang``, the file's own under their names."""
    from gzmap.core.fields import field_label

    if not res.n_accepted:
        return [str(c) for c in res.rejected.columns[len(_REJECTED_COLUMNS) :]]
    prov = res.column_provenance()
    user, replaced = set(prov["user_columns"]), dict(prov["standard_columns"])
    moved = set(replaced.values())
    out = []
    for c in (str(c) for c in res.accepted.columns if c != "geometry" and c not in moved):
        out.append(c if c in user else field_label(c, lang))
    return list(dict.fromkeys(out))
