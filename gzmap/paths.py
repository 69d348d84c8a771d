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


@cache
def resources_dir() -> Path:
    """Return the folder holding ``geo/`` and ``ui/``."""
    candidates: list[Path] = []
    if env := os.environ.get("GZMAP_RESOURCES"):
        candidates.append(Path(env))
    if bundle := getattr(sys, "_MEIPASS", None):
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parents[1] / "resources")
    candidates.append(Path(sys.prefix) / "share" / "gzmap" / "resources")
    for c in candidates:
        if (c / "geo").is_dir():
            return c
    raise FileNotFoundError("GZMap resources not found; looked in: " + ", ".join(str(c) for c in candidates))


@cache
def docs_dir() -> Path:
    """Return the folder of the documentation the app shows offline (Help): ``analysis/`` (the
    method pages) and ``guide/`` (the first-hour guide).

    Looked up like :func:`resources_dir`: ``$GZMAP_DOCS``, the PyInstaller bundle, the source
    checkout (``<repo>/docs``) and the installed copy (``<prefix>/share/gzmap/docs``).
    """
    candidates: list[Path] = []
    if env := os.environ.get("GZMAP_DOCS"):
        candidates.append(Path(env))
    if bundle := getattr(sys, "_MEIPASS", None):
        candidates.append(Path(bundle) / "docs")
    candidates.append(Path(__file__).resolve().parents[1] / "docs")
    candidates.append(Path(sys.prefix) / "share" / "gzmap" / "docs")
    for c in candidates:
        if (c / "guide").is_dir():
            return c
    raise FileNotFoundError("GZMap help pages not found; looked in: " + ", ".join(str(c) for c in candidates))


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
