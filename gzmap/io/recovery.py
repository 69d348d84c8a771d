"""Autosave to a recovery file, and finding recovery files after a crash.

While GZMap runs, :class:`Autosaver` writes the open project every few
minutes to ``<user data>/recovery/autosave-<pid>-<token>.gzmap.gpkg`` with the
same atomic writer as a normal save (so a crash during an autosave leaves the
previous autosave intact). The project file the user chose is never touched
by autosave. A clean exit removes the recovery file; a crash leaves it, and
the next start finds it with :func:`find_recoveries` (only files whose
process is gone, and only when they are newer than the project file they
belong to) and offers to :func:`recover` it. At most one autosave interval
of work is lost.

A recovery file is a project file and is checked the same way when read. The
project it names as its original (``recovery_of``) is believed only when it is
one of the user's recent projects (:mod:`gzmap.io.user_records`); otherwise the
recovery opens as an untitled project, so a crafted recovery file cannot make
a later save overwrite a file of its choosing. Temporary files of autosaves
that were killed are removed when recoveries are looked for and on autosave.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from gzmap.io.project import _cleanup_stale_temps
from gzmap.io.project import load_project
from gzmap.io.project import read_description
from gzmap.io.project import snapshot_project
from gzmap.io.project import write_snapshot
from gzmap.io.user_records import forget_located_tiles
from gzmap.io.user_records import is_recent_project
from gzmap.io.user_records import located_tiles
from gzmap.io.user_records import remember_located_tiles
from gzmap.paths import user_data_dir

__all__ = ["Autosaver", "RecoveryInfo", "discard_recovery", "find_recoveries", "recover", "recovery_dir"]

_NAME_RE = re.compile(r"^autosave-(?P<pid>\d+)-(?P<token>[0-9a-f]+)\.gzmap\.gpkg$")


def recovery_dir() -> Path:
    d = user_data_dir() / "recovery"
    d.mkdir(parents=True, exist_ok=True)
    return d


@dataclass
class RecoveryInfo:
    """A recovery file left by a session that did not close normally."""

    path: Path
    project_path: str | None  # the project file it belongs to (None: never saved)
    saved_at: str  # ISO 8601 UTC, when the autosave was written
    title: str
    layers: int
    edits: int

    @property
    def mtime(self) -> float:
        return self.path.stat().st_mtime

    def saved_at_local(self) -> str:
        """When it was written, local time 'YYYY-MM-DD HH:MM'."""
        return _dt.datetime.fromtimestamp(self.mtime).strftime("%Y-%m-%d %H:%M")


class Autosaver:
    """Writes ``project`` to this session's recovery file.

    Use :meth:`snapshot` in the GUI thread and :meth:`write` in a worker (or
    :meth:`save_now` for both). Thread-safe enough for one writer at a time:
    the UI does not start an autosave while one is running.
    """

    def __init__(self, project, folder: Path | None = None):
        self.project = project
        self.folder = Path(folder) if folder else recovery_dir()
        self.path = self.folder / f"autosave-{os.getpid()}-{secrets.token_hex(4)}.gzmap.gpkg"
        self.last_saved: float | None = None

    def snapshot(self):
        snap = snapshot_project(self.project, self.project.path or self.path)
        meta = dict(snap.description.get("metadata") or {})
        meta["recovery_of"] = self.project.path
        meta["recovery_pid"] = os.getpid()
        snap.description["metadata"] = meta
        self._remember_basemaps()
        return snap

    def _remember_basemaps(self) -> None:
        """Record this session's basemap files as the user's for the recovery file, so that a
        recovery opens them (links in a recovery file are not trusted on their own)."""
        from gzmap.core.layer import TileLayer

        files = {
            str(Path(l.tile_source["path"]).resolve())
            for l in self.project.layers
            if isinstance(l, TileLayer) and l.tile_source.get("path")
        }
        known = located_tiles(self.path)
        for f in sorted(files - set(known)):
            remember_located_tiles(self.path, [f], f)

    def write(self, snap):
        self.folder.mkdir(parents=True, exist_ok=True)
        _cleanup_stale_temps(self.folder)  # of autosaves killed in earlier sessions (other names)
        rep = write_snapshot(snap, self.path)
        self.last_saved = self.path.stat().st_mtime
        return rep

    def save_now(self):
        """Write the recovery file now (atomic); returns the SaveReport."""
        return self.write(self.snapshot())

    def discard(self) -> None:
        """Remove this session's recovery file (after a clean exit or a discard)."""
        discard_recovery(self.path)


def _pid_alive(pid: int) -> bool:
    from gzmap.io.project import _pid_alive as alive

    return alive(pid)


def original_of(description_or_metadata: dict) -> str | None:
    """The project a recovery file belongs to: its ``recovery_of`` when that is one of the
    user's recent projects (absolute path), else None (the recovery is an untitled project)."""
    meta = description_or_metadata.get("metadata", description_or_metadata)
    belongs = meta.get("recovery_of") if isinstance(meta, dict) else None
    if not isinstance(belongs, str) or not belongs or "\x00" in belongs or len(belongs) > 4096:
        return None
    if not os.path.isabs(belongs) or not is_recent_project(belongs):
        return None
    return os.path.normpath(belongs)


def _info(p: Path, want: str | None) -> RecoveryInfo | None:
    """The RecoveryInfo of one recovery file, or None when it is not to be offered."""
    desc = read_description(p)
    belongs = original_of(desc)
    if want is not None and belongs != want:
        return None
    if belongs and Path(belongs).exists() and Path(belongs).stat().st_mtime >= p.stat().st_mtime:
        return None  # the project was saved after this autosave: nothing to recover
    return RecoveryInfo(
        p,
        belongs,
        desc.get("saved_at") or "",
        desc.get("title") or "",
        len(desc.get("layers") or []),
        int(desc.get("edit_log_rows") or 0),
    )


def find_recoveries(project_path=None, folder: Path | None = None) -> list[RecoveryInfo]:
    """Recovery files of sessions that ended without closing normally, newest first.

    With ``project_path``, only those belonging to that project and newer than
    the file on disk. Files of still-running GZMap sessions are left alone;
    recovery files that cannot be read or fail their checks are skipped (never
    raised); temporary files of killed autosaves are removed.
    """
    try:
        folder = Path(folder) if folder else recovery_dir()
        entries = list(folder.glob("autosave-*.gzmap.gpkg"))
    except OSError:
        return []
    _cleanup_stale_temps(folder)
    want = os.path.normpath(os.path.abspath(project_path)) if project_path else None
    out: list[RecoveryInfo] = []
    for p in entries:
        m = _NAME_RE.match(p.name)
        if not m:
            continue
        pid = int(m.group("pid"))
        if pid == os.getpid() or _pid_alive(pid):
            continue
        try:
            info = _info(p, want)
        except Exception:  # ProjectError, or a file that vanished or cannot be read: skip it
            continue
        if info is not None:
            out.append(info)

    def newest(r: RecoveryInfo) -> float:
        try:
            return r.mtime
        except OSError:
            return 0.0

    out.sort(key=newest, reverse=True)
    return out


def recover(info: RecoveryInfo | Path):
    """Open a recovery file as a project, marked modified so that the user saves it.

    It belongs to its original project file when the recovery names one of the user's
    recent projects; otherwise it is an untitled project (saving asks where).
    """
    path = info.path if isinstance(info, RecoveryInfo) else Path(info)
    original = original_of(read_description(path))
    project = load_project(path, located=located_tiles(path), links_from=original)
    meta = getattr(project, "metadata", None)
    meta = meta if isinstance(meta, dict) else {}
    meta.pop("recovery_of", None)
    meta.pop("recovery_pid", None)
    project.path = original
    project.file_stamp = None
    project.set_modified(True)
    return project


def discard_recovery(info: RecoveryInfo | Path) -> None:
    path = info.path if isinstance(info, RecoveryInfo) else Path(info)
    forget_located_tiles(path)
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            os.unlink(str(path) + suffix)
        except OSError:
            pass
