"""Where GZMap finds its bundled resources and where it writes user files.

Resources are looked up, in order, in ``$GZMAP_RESOURCES``, the PyInstaller
bundle (``sys._MEIPASS``), the source checkout (``<repo>/resources``) and the
installed copy (``<prefix>/share/gzmap/resources``).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


def _shipped_folder(name: str, env: str, marker: str) -> Path:
    """The first of ``$<env>``, the PyInstaller bundle, the source checkout and the installed copy
    (``<prefix>/share/gzmap/<name>``) that holds the sub-folder ``marker``."""
    candidates: list[Path] = []
    if value := os.environ.get(env):
        candidates.append(Path(value))
    if bundle := getattr(sys, "_MEIPASS", None):
        candidates.append(Path(bundle) / name)
    candidates.append(Path(__file__).resolve().parents[1] / name)
    candidates.append(Path(sys.prefix) / "share" / "gzmap" / name)
    for c in candidates:
        if (c / marker).is_dir():
            return c
    raise FileNotFoundError(f"GZMap {name} not found; looked in: " + ", ".join(str(c) for c in candidates))


@cache
def resources_dir() -> Path:
    """Return the folder holding ``geo/`` and ``ui/`` (``$GZMAP_RESOURCES`` first)."""
    return _shipped_folder("resources", "GZMAP_RESOURCES", "geo")


@cache
def docs_dir() -> Path:
    """Return the folder of the documentation the app shows offline (Help): ``analysis/`` (the
    method pages) and ``guide/`` (the first-hour guide); looked up like :func:`resources_dir`
    (``$GZMAP_DOCS`` first)."""
    return _shipped_folder("docs", "GZMAP_DOCS", "guide")


def geo_path(name: str) -> Path:
    """Path of a built-in geography file in ``resources/geo``."""
    return resources_dir() / "geo" / name


def ui_path(*parts: str) -> Path:
    """Path of a UI resource (translations, fonts, icons) in ``resources/ui``."""
    return resources_dir().joinpath("ui", *parts)


def user_data_dir() -> Path:
    """Writable per-user folder for settings, recovery files and caches.

    Never the install folder, so a read-only install still runs.
    """
    if env := os.environ.get("GZMAP_USER_DIR"):
        base = Path(env)
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "GZMap"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "GZMap"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "gzmap"
    base.mkdir(parents=True, exist_ok=True)
    return base


def tile_cache_dir() -> Path:
    """The app's own tile folder (``<user data>/tiles``): the disk cache of online basemaps.

    Besides a project's own folder, the only place a project file may point its
    basemaps to (see :mod:`gzmap.io.project`). Not created here.
    """
    return user_data_dir() / "tiles"
