"""Errors the readers and writers raise: one line a planner can act on.

:func:`error_kind` sorts OS and library errors (errno, SQLite, GDAL/pyogrio,
rasterio texts) into the kinds of :mod:`gzmap.io.messages` (``disk_full``,
``locked``, ``permission`` ...), so that "database or disk is full" or
"sqlite3_exec(ROLLBACK) failed" reach the user as "the disk is full".
"""

from __future__ import annotations

import errno
import os
from contextlib import contextmanager
from pathlib import Path

from gzmap.io.messages import text

__all__ = ["ReadError", "WriteError", "check_writable", "error_kind", "first_line", "said", "writing"]


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message, or its type name when it has none."""
    message = exc.args[0] if isinstance(exc, KeyError) and len(exc.args) == 1 else exc
    text_ = str(message).strip().splitlines()
    return text_[0] if text_ else type(exc).__name__


def said(exc: BaseException, lang: str | None) -> str:
    """The first line of ``exc``'s message in ``lang``: a message made as a :class:`gzmap.core.i18n.Phrase`
    is translated, any other (a library's own words) comes as it is."""
    from gzmap.core.i18n import Phrase

    message = exc.args[0] if len(exc.args) == 1 else None
    if isinstance(message, Phrase):
        lines = message.text(lang).strip().splitlines()
        return lines[0] if lines else type(exc).__name__
    return first_line(exc)


class ReadError(Exception):
    """A file could not be read. ``str(err)`` is one line naming the file and why.

    ``row`` and ``column`` are set (1-based file row, column name) when the
    problem is at a known place. ``kind`` (optional) is one of the generic
    kinds of :mod:`gzmap.io.messages` (``missing``, ``format`` ...) when the
    reason is one of those, so the command line can say it in the UI language.
    """

    def __init__(self, path, reason: str, row: int | None = None, column: str | None = None, kind: str | None = None):
        self.path = str(path)
        self.reason = reason
        self.row = row
        self.column = column
        self.kind = kind
        where = ""
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column {column!r}"
        super().__init__(f"{self.path}{where}: {reason}")


class WriteError(Exception):
    """An output file could not be written; ``kind`` says why (see :mod:`gzmap.io.messages`).

    ``str(err)`` is one English line naming the file; ``detail`` keeps the
    library's own text (shown by ``gzmap --verbose``).
    """

    def __init__(self, path, kind: str, detail: str = ""):
        self.path = str(path)
        self.kind = kind
        self.detail = detail
        self.folder = str(Path(path).parent)
        super().__init__(f"{self.path}: {self.reason('en')}")

    def reason(self, lang: str = "en") -> str:
        """Why, in ``lang`` ('en' or 'zh_CN')."""
        return text(self.kind, lang, folder=self.folder)


_ERRNO_KINDS = {
    errno.ENOENT: "missing",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EISDIR: "folder",
    errno.ENOTDIR: "not_folder",
    errno.ENOSPC: "disk_full",
    errno.EFBIG: "disk_full",
    errno.EROFS: "read_only_fs",
    errno.EBUSY: "locked",
    errno.ETXTBSY: "locked",
    errno.ENOMEM: "memory",
}
if hasattr(errno, "EDQUOT"):
    _ERRNO_KINDS[errno.EDQUOT] = "disk_full"

# Lower-case fragments of OS, SQLite, GDAL/pyogrio and rasterio messages -> kind; first match wins.
_TEXT_KINDS = (
    ("no space left on device", "disk_full"),
    ("database or disk is full", "disk_full"),
    ("disk is full", "disk_full"),
    ("disk quota exceeded", "disk_full"),
    ("free disk space available is", "disk_full"),  # GDAL GTiff's check before writing
    ("file too large", "disk_full"),
    ("read-only file system", "read_only_fs"),
    ("database is locked", "locked"),
    ("database table is locked", "locked"),
    ("being used by another process", "locked"),
    ("attempt to write a readonly database", "read_only_file"),
    ("permission denied", "permission"),
    ("access is denied", "permission"),
    ("operation not permitted", "permission"),
    ("is a directory", "folder"),
    (".shx or ", "shapefile_part"),  # "Unable to open x.shx or x.SHX"
    ("non-existent directory", "no_folder"),  # pandas: "Cannot save file into a non-existent directory"
    ("no such file or directory", "missing"),
    ("not recognized as being in a supported file format", "format"),
    ("not recognized as a supported file format", "format"),
    ("unsupported file format", "format"),
    ("file is not a database", "format"),
    ("file is encrypted or is not a database", "format"),
    ("not a zip file", "format"),
    ("invalid zip archive", "format"),
    ("could not find eocd", "format"),
    ("cannot allocate memory", "memory"),
    ("out of memory", "memory"),
)

# Only while writing: SQLite (GeoPackage) reports a full disk this way when
# the journal cannot be rolled back, and cannot open a file it may not create.
_WRITE_TEXT_KINDS = (
    ("sqlite3_exec(rollback) failed", "disk_full"),
    ("unable to open database file", "permission"),
    ("attempt to create new tiff file", "permission"),
)


def error_kind(exc: BaseException, writing: bool = False) -> str | None:
    """The generic kind of an OS or library error (``'disk_full'``, ``'locked'`` ...), else None.

    Looks at ``errno`` first, then at the message text of ``exc`` and of the
    errors it was raised from. ``writing`` adds the kinds that only mean
    something while a file is written (SQLite's failed ROLLBACK = disk full).
    """
    if isinstance(exc, MemoryError):
        return "memory"
    seen = set()
    chain: BaseException | None = exc
    while chain is not None and id(chain) not in seen:
        seen.add(id(chain))
        if isinstance(chain, OSError) and chain.errno in _ERRNO_KINDS:
            return _ERRNO_KINDS[chain.errno]
        kind = _text_kind(str(chain), writing)
        if kind:
            return kind
        chain = chain.__cause__ or chain.__context__
    return None


def _text_kind(message: str, writing: bool) -> str | None:
    low = message.lower()
    for fragment, kind in _TEXT_KINDS + (_WRITE_TEXT_KINDS if writing else ()):
        if fragment in low:
            return kind
    return None


def check_writable(path) -> Path:
    """``path`` as a Path, after checking a file can be written there (else :class:`WriteError`).

    Refuses a folder, a missing folder, a parent that is a file, a read-only
    disk, a folder without write permission and an existing read-only file.
    """
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise WriteError(path, "folder")
    if not parent.exists():
        ancestor = next((p for p in parent.parents if p.exists()), None)
        if ancestor is not None and not ancestor.is_dir():
            raise WriteError(path, "not_folder", f"{ancestor} is a file") from None
        raise WriteError(path, "no_folder")
    if not parent.is_dir():
        raise WriteError(path, "not_folder")
    if _read_only_fs(parent):
        raise WriteError(path, "read_only_fs")
    if path.exists() and not os.access(path, os.W_OK):
        raise WriteError(path, "read_only_file")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise WriteError(path, "permission")
    return path


def _read_only_fs(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs on Windows
        return False


@contextmanager
def writing(path):
    """Turn any failure while writing ``path`` into one :class:`WriteError` (kind ``write_failed`` if unknown).

    Errors GZMap raised itself with a message for the user (ReadError,
    WriteError and the like, unless they carry an OS/library text such as
    "No space left on device") pass through unchanged. A file the block
    created or changed before failing is removed: a half-written output is
    worse than none (a file the block did not touch is left as it was).
    """
    before = _stamp(path)
    try:
        yield Path(path)
    except BaseException as exc:
        if _stamp(path) not in (None, before):
            try:
                os.unlink(path)
            except OSError:
                pass
        if isinstance(exc, (ReadError, WriteError)) or not isinstance(exc, Exception):
            raise
        kind = error_kind(exc, writing=True)
        ours = type(exc).__module__.startswith("gzmap.")
        if kind is None and ours:
            raise
        if kind in ("missing", "not_folder", "permission") and not Path(path).parent.is_dir():
            kind = "no_folder"
        elif kind == "missing":  # the folder is there but the file cannot be created in it
            kind = "write_failed"
        raise WriteError(path, kind or "write_failed", first_line(exc)) from exc


def _stamp(path):
    """(size, modification time in ns) of a file, or None when there is none."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_size, st.st_mtime_ns) if not os.path.isdir(path) else None
