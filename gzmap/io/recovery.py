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
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from gzmap.io.project import ProjectError, load_project, read_description, snapshot_project, write_snapshot
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
    project_path: str | None   # the project file it belongs to (None: never saved)
    saved_at: str               # ISO 8601 UTC, when the autosave was written
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
        return snap

    def write(self, snap):
        self.folder.mkdir(parents=True, exist_ok=True)
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


def find_recoveries(project_path=None, folder: Path | None = None) -> list[RecoveryInfo]:
    """Recovery files of sessions that ended without closing normally, newest first.

    With ``project_path``, only those belonging to that project and newer than
    the file on disk. Files of still-running GZMap sessions are left alone;
    recovery files that cannot be read are skipped.
    """
    folder = Path(folder) if folder else recovery_dir()
    want = str(Path(project_path).absolute()) if project_path else None
    out: list[RecoveryInfo] = []
    for p in folder.glob("autosave-*.gzmap.gpkg"):
        m = _NAME_RE.match(p.name)
        if not m:
            continue
        pid = int(m.group("pid"))
        if pid == os.getpid() or _pid_alive(pid):
            continue
        try:
            desc = read_description(p)
        except ProjectError:
            continue
        meta = desc.get("metadata") or {}
        belongs = meta.get("recovery_of")
        if want is not None and (belongs is None or str(Path(belongs).absolute()) != want):
            continue
        if belongs and Path(belongs).exists() and Path(belongs).stat().st_mtime >= p.stat().st_mtime:
            continue  # the project was saved after this autosave: nothing to recover
        out.append(RecoveryInfo(p, belongs, desc.get("saved_at", ""), desc.get("title", ""),
                                len(desc.get("layers", [])), int(desc.get("edit_log_rows", 0))))
    out.sort(key=lambda r: r.mtime, reverse=True)
    return out


def recover(info: RecoveryInfo | Path):
    """Open a recovery file as a project: it belongs to its original path (if any) and is
    marked modified, so that the user saves it where it belongs."""
    path = info.path if isinstance(info, RecoveryInfo) else Path(info)
    project = load_project(path)
    meta = getattr(project, "metadata", {}) or {}
    original = meta.pop("recovery_of", None)
    meta.pop("recovery_pid", None)
    project.path = original
    project.set_modified(True)
    return project


def discard_recovery(info: RecoveryInfo | Path) -> None:
    path = info.path if isinstance(info, RecoveryInfo) else Path(info)
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            os.unlink(str(path) + suffix)
        except OSError:
            pass
