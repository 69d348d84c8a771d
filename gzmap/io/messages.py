"""What the command line says when something goes wrong, in the UI language.

The generic reasons (file not found, disk full, file locked, ...) keyed by
kind, as English text marked for the one translation catalogue (context
``Cli``, see :mod:`gzmap.core.i18n`), and the choice of the UI language from
the locale.

Pure: no Qt.
"""

from __future__ import annotations

import locale
import os

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase
from gzmap.core.i18n import translate

__all__ = ["LANGS", "TEXTS", "note", "text", "ui_language", "normalize_language"]

LANGS = ("en", "zh_CN")

#: kind -> (English, Simplified Chinese). ``{folder}``, ``{command}``,
#: ``{row}``, ``{column}``, ``{n}`` and ``{message}`` are filled in by :func:`text`.
TEXTS: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("Cli", "file not found"),
    "folder": QT_TRANSLATE_NOOP("Cli", "is a folder, not a file"),
    "empty": QT_TRANSLATE_NOOP("Cli", "the file is empty (0 bytes)"),
    "permission": QT_TRANSLATE_NOOP("Cli", "permission denied: you may not open this file or write in its folder"),
    "read_only_file": QT_TRANSLATE_NOOP(
        "Cli", "the file is read-only; choose another file name or make the file writable"
    ),
    "read_only_fs": QT_TRANSLATE_NOOP("Cli", "the disk is read-only (read-only file system); write to another folder"),
    "disk_full": QT_TRANSLATE_NOOP("Cli", "the disk is full; free some space or write to another disk"),
    "locked": QT_TRANSLATE_NOOP("Cli", "the file is locked by another program; close that program and try again"),
    "format": QT_TRANSLATE_NOOP("Cli", "unknown or unsupported file format, or a damaged file"),
    "shapefile_part": QT_TRANSLATE_NOOP(
        "Cli", "the shapefile is incomplete: its .shx or .dbf file is missing beside it"
    ),
    "no_folder": QT_TRANSLATE_NOOP("Cli", "the folder {folder} does not exist; create it or choose another folder"),
    "not_folder": QT_TRANSLATE_NOOP("Cli", "{folder} is not a folder"),
    "memory": QT_TRANSLATE_NOOP("Cli", "not enough memory to finish; close other programs or use a smaller file"),
    "write_failed": QT_TRANSLATE_NOOP("Cli", "could not be written; run again with --debug for the details"),
    "unexpected": QT_TRANSLATE_NOOP(
        "Cli", "could not be processed because of an unexpected problem; run again with --debug for the details"
    ),
    "cancelled": QT_TRANSLATE_NOOP("Cli", "cancelled"),
    "warning": QT_TRANSLATE_NOOP("Cli", "warning: {message}"),
    "detail": QT_TRANSLATE_NOOP("Cli", "details: {message}"),
    "usage": QT_TRANSLATE_NOOP("Cli", "{message}; see '{command} --help'"),
    "row": QT_TRANSLATE_NOOP("Cli", ", row {row}"),
    "column": QT_TRANSLATE_NOOP("Cli", ", column {column!r}"),
    "unmatched_rows": QT_TRANSLATE_NOOP("Cli", "{n} row(s) match no region"),
    "unusable_values": QT_TRANSLATE_NOOP("Cli", "{n} problem(s) with values (--strict)"),
    # what a command prints when it worked
    "wrote": QT_TRANSLATE_NOOP("Cli", "{summary}; wrote {files}"),
    "layers": QT_TRANSLATE_NOOP("Cli", "{file} (layers {names})"),
    "rows_rejected": QT_TRANSLATE_NOOP("Cli", "{n:,} of {total:,} rows rejected (listed in {file})"),
    "rows_rejected_unsaved": QT_TRANSLATE_NOOP("Cli", "{n:,} of {total:,} rows rejected (the list could not be saved)"),
    "datum_assumed": QT_TRANSLATE_NOOP("Cli", "datum not stated, assumed {datum}"),
    "all_rejected": QT_TRANSLATE_NOOP("Cli", "all {n:,} rows rejected, most often: {reason}"),
    "all_rejected_listed": QT_TRANSLATE_NOOP(
        "Cli", "all {n:,} rows rejected, most often: {reason}; they are listed in {file}"
    ),
    "converted": QT_TRANSLATE_NOOP("Cli", "{src} -> {out}: {read:,} rows read, {written}, {rejected:,} rejected"),
    "written": QT_TRANSLATE_NOOP("Cli", "{n:,} written ({source} -> {target})"),
    "partitioned": QT_TRANSLATE_NOOP("Cli", "{n:,} points in {parts:,} partitions (WGS84, from {source})"),
    "note": QT_TRANSLATE_NOOP("Cli", "note: {message}"),
    "rejected_file": QT_TRANSLATE_NOOP("Cli", "rejected rows: {file}"),
    "rejected_blocks": QT_TRANSLATE_NOOP("Cli", "rejected rows: {file} (one CSV per block)"),
    "rejected_parts": QT_TRANSLATE_NOOP("Cli", "rejected rows: {file} ({n:,} files, one per block)"),
    "map_written": QT_TRANSLATE_NOOP("Cli", "wrote {file}"),
    "atlas_written": QT_TRANSLATE_NOOP("Cli", "wrote {file} ({n:,} pages)"),
    "html_written": QT_TRANSLATE_NOOP(
        "Cli", "{file}: {mb:.1f} MB, {layers:,} layers, {points:,} points, {seconds:.1f} s"
    ),
    "points_rejected": QT_TRANSLATE_NOOP(
        "Cli", "{n:,} of {total:,} rows rejected (use 'gzmap info {file}' for the reasons)"
    ),
    "info_file": QT_TRANSLATE_NOOP("Cli", "file:      {value}"),
    "info_rows": QT_TRANSLATE_NOOP("Cli", "rows:      {value:,}"),
    "info_geometry": QT_TRANSLATE_NOOP("Cli", "geometry:  {value}"),
    "info_crs": QT_TRANSLATE_NOOP("Cli", "crs:       {crs} (datum: {datum})"),
    "info_bounds": QT_TRANSLATE_NOOP(
        "Cli", "bounds:    {xmin:.6f}, {ymin:.6f}, {xmax:.6f}, {ymax:.6f}  (xmin, ymin, xmax, ymax)"
    ),
    "info_columns": QT_TRANSLATE_NOOP("Cli", "columns:   {value}"),
    "info_read_as": QT_TRANSLATE_NOOP("Cli", "read as:   {value}"),
    "info_mapping": QT_TRANSLATE_NOOP("Cli", "mapping:   {value}"),
    "info_datum": QT_TRANSLATE_NOOP("Cli", "source datum: {value}"),
    "info_datum_assumed": QT_TRANSLATE_NOOP(
        "Cli", "source datum: {value} (assumed: no hint in the file; pass --from to choose)"
    ),
    "info_datum_suggested": QT_TRANSLATE_NOOP("Cli", "source datum: {value} (suggested by {reason})"),
    "info_read": QT_TRANSLATE_NOOP("Cli", "rows read: {value:,}"),
    "info_accepted": QT_TRANSLATE_NOOP("Cli", "accepted:  {value:,}"),
    "info_rejected": QT_TRANSLATE_NOOP("Cli", "rejected:  {value:,}"),
    "info_note": QT_TRANSLATE_NOOP("Cli", "note:      {value}"),
    "copy_tiles": QT_TRANSLATE_NOOP("Cli", "{name}: {n:,} tiles, z{low}-{high}"),
    "ind_table_long": QT_TRANSLATE_NOOP("Cli", "table:      {file} (long form, {n:,} data rows)"),
    "ind_table_wide": QT_TRANSLATE_NOOP("Cli", "table:      {file} (wide form, {n:,} data rows)"),
    "ind_join_districts": QT_TRANSLATE_NOOP("Cli", "join:       districts"),
    "ind_join_gba": QT_TRANSLATE_NOOP("Cli", "join:       GBA cities"),
    "ind_header": QT_TRANSLATE_NOOP("Cli", "indicators:"),
    "ind_line": QT_TRANSLATE_NOOP("Cli", "{name} [{unit}] years {years}; source: {source}{approx}"),
    "ind_no_unit": QT_TRANSLATE_NOOP("Cli", "no unit"),
    "ind_no_source": QT_TRANSLATE_NOOP("Cli", "not given"),
    "ind_approx": QT_TRANSLATE_NOOP("Cli", " (approx.)"),
    "no_epsg": QT_TRANSLATE_NOOP(
        "Cli", "note: {datum} has no EPSG code; {file} is labelled EPSG:4326 but holds {datum} coordinates"
    ),
}


def normalize_language(lang: str | None) -> str:
    """``'zh_CN'`` for any Chinese locale or language name (zh, zh_CN.UTF-8, zh-Hans, Chinese_China), else ``'en'``."""
    value = (lang or "").strip().lower()
    return "zh_CN" if value.startswith(("zh", "chinese")) else "en"


def ui_language(environ=None) -> str:
    """The UI language of the command line from the locale: ``'zh_CN'`` or ``'en'``.

    The first set of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` (the POSIX order)
    decides; with none set (Windows), the process locale does.
    """
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            return normalize_language(value)
    if environ is None:
        try:
            return normalize_language(locale.getlocale()[0])
        except (ValueError, TypeError):
            return "en"
    return "en"


def text(kind: str, lang: str = "en", **values) -> str:
    """The text of ``kind`` in ``lang`` (English for any language but Chinese), with ``values`` filled in."""
    return translate("Cli", TEXTS[kind], normalize_language(lang), **values)


def note(source: str, **values) -> Phrase:
    """A note on how a file was read: ``source`` marked in context ``ImportNotes``, kept as a
    :class:`~gzmap.core.i18n.Phrase` (English text) that the wizard and the command line say in
    the interface language (:func:`gzmap.core.i18n.say`)."""
    return Phrase("ImportNotes", source, **values)
