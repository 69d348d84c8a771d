"""GZMap's bundled fonts: a CJK sans serif that travels with the app.

``resources/ui/fonts`` holds *GZMap Sans SC* (a GB2312 subset of Noto Sans
CJK SC, SIL OFL 1.1, built by ``tools/build_font.py``). Registering it makes
Chinese labels, legends and report titles render, and embed in PDFs, on a
computer with no CJK font installed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

__all__ = ["BUNDLED_FAMILY", "bundled_font_files", "register_bundled_fonts"]

#: Family name of the bundled CJK font (first in map_renderer.UI_FONT_FAMILIES).
BUNDLED_FAMILY = "GZMap Sans SC"

_registered: dict[str, list[str]] = {}


def bundled_font_files() -> list[Path]:
    """The font files in ``resources/ui/fonts`` (.otf/.ttf), sorted."""
    from gzmap.paths import ui_path

    folder = ui_path("fonts")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".otf", ".ttf", ".ttc"))


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database (once); return their family names.

    Needs a QGuiApplication. Safe to call more than once. A file Qt cannot
    load is skipped (the app then falls back to system fonts).
    """
    families: list[str] = []
    for path in bundled_font_files():
        key = str(path)
        if key not in _registered:
            fid = QFontDatabase.addApplicationFont(key)
            _registered[key] = list(QFontDatabase.applicationFontFamilies(fid)) if fid >= 0 else []
        families.extend(f for f in _registered[key] if f not in families)
    return families
