"""What the user did, remembered in the user data folder: recent projects and located basemaps.

These records are the user's own (written by this app on this machine), so
they may be trusted where a project file may not: a recovery file may only
name a project in :func:`recent_projects` as its original, and a basemap a
project links outside its folder opens only where the user pointed to it
(:func:`remember_located_tiles`). Stored as small JSON files
(``recent_projects.json``, ``located_tiles.json``) written atomically; a file
that cannot be read counts as empty.
"""

from __future__ import annotations

import json
import os
import secrets

from gzmap.paths import user_data_dir

__all__ = [
    "MAX_RECENT",
    "add_recent_project",
    "is_recent_project",
    "located_tiles",
    "recent_projects",
    "remember_located_tiles",
]

#: How many recent projects are kept.
MAX_RECENT = 8
_MAX_PROJECTS_WITH_LOCATIONS = 200


def _norm(path) -> str:
    return os.path.normpath(os.path.abspath(os.fspath(path)))


def _read(name: str, default):
    try:
        with open(user_data_dir() / name, encoding="utf-8") as fh:
            value = json.load(fh)
    except (OSError, ValueError, RecursionError):
        return default
    return value if isinstance(value, type(default)) else default


def _write(name: str, value) -> None:
    folder = user_data_dir()
    tmp = folder / f".{name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(value, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, folder / name)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def recent_projects() -> list[str]:
    """Project files the user opened or saved, most recent first (absolute paths)."""
    return [p for p in _read("recent_projects.json", []) if isinstance(p, str) and p][:MAX_RECENT]


def add_recent_project(path) -> list[str]:
    """Put ``path`` first in the recent projects; returns the new list."""
    path = _norm(path)
    items = [path] + [p for p in recent_projects() if p != path]
    _write("recent_projects.json", items[:MAX_RECENT])
    return items[:MAX_RECENT]


def is_recent_project(path) -> bool:
    """True when ``path`` is one of the user's recent projects."""
    try:
        return _norm(path) in {_norm(p) for p in recent_projects()}
    except (TypeError, ValueError):
        return False


def located_tiles(project_path) -> dict[str, str]:
    """{link as written in the project file: file the user chose} for ``project_path``."""
    entry = _read("located_tiles.json", {}).get(_norm(project_path), {})
    if not isinstance(entry, dict):
        return {}
    return {k: v for k, v in entry.items() if isinstance(k, str) and isinstance(v, str)}


def remember_located_tiles(project_path, links, chosen) -> None:
    """Remember that the basemap the project links as any of ``links`` is the file ``chosen``.

    ``chosen`` itself is remembered as a link too, since a later save writes it.
    """
    chosen = _norm(chosen)
    records = _read("located_tiles.json", {})
    key = _norm(project_path)
    entry = records.pop(key, {})
    entry = entry if isinstance(entry, dict) else {}
    for link in [*links, chosen]:
        if isinstance(link, str) and link:
            entry[link] = chosen
    records[key] = entry
    while len(records) > _MAX_PROJECTS_WITH_LOCATIONS:  # the oldest first (dicts keep order)
        records.pop(next(iter(records)))
    _write("located_tiles.json", records)


def forget_located_tiles(project_path) -> None:
    """Forget the located basemaps of ``project_path`` (a recovery file that was removed)."""
    records = _read("located_tiles.json", {})
    if records.pop(_norm(project_path), None) is not None:
        _write("located_tiles.json", records)
