"""Print layouts kept in the project: the layout in use and named saved layouts, with their logos.

A :class:`PrintSettings` is what the report dialog shows (title, paper,
extent, furniture, resolution, format) plus the hand-made page edits
(:class:`gzmap.core.layout_items.PageEdits`, page millimetres). The project
keeps them as data in ``project.metadata["print_layouts"]`` (``current`` and
``saved``: name -> layout) and the logos' PNG bytes, embedded, in the
carried table ``gzmap_layout_images`` (image id, base64 PNG), so a project
file holds its logos and never links to a path.

A project may come from anyone: :func:`read_layouts` checks every value and
falls back to the default for a bad one (negative, NaN, off the page, a
string for a number, an unknown key), with a warning naming the layout and
the item; :func:`layout_warnings` gives those warnings when a project opens.
Pure Python, no Qt.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from dataclasses import field
from dataclasses import fields
from typing import Any

import pandas as pd

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate
from gzmap.core.layout import LayoutError
from gzmap.core.layout import page_size_mm
from gzmap.core.layout_items import PageEdits

__all__ = [
    "IMAGE_TABLE",
    "METADATA_KEY",
    "MAX_LOGO_BYTES",
    "PrintSettings",
    "image_id",
    "layout_warnings",
    "read_layouts",
    "write_layouts",
]

METADATA_KEY = "print_layouts"
IMAGE_TABLE = "gzmap_layout_images"
#: Largest logo kept in a project (PNG bytes).
MAX_LOGO_BYTES = 8 * 2**20
#: Largest side (pixels) of a logo read from a project (the app keeps them at 1200 px at most).
MAX_LOGO_SIDE = 4096
MAX_SAVED = 50
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
FORMATS = ("pdf", "svg", "png")

_BAD = QT_TRANSLATE_NOOP("Report", "print layout {layout}: the {item} {value} is not valid; the default is used")
_BAD_KEY = QT_TRANSLATE_NOOP("Report", "print layout {layout}: unknown entry {value} is ignored")
_NO_IMAGE = QT_TRANSLATE_NOOP("Report", "print layout {layout}: a logo's image is missing or damaged; it is left out")
_CURRENT = QT_TRANSLATE_NOOP("Report", "in use")
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("Report", "title"),
    "subtitle": QT_TRANSLATE_NOOP("Report", "subtitle"),
    "page_size": QT_TRANSLATE_NOOP("Report", "page size"),
    "landscape": QT_TRANSLATE_NOOP("Report", "orientation"),
    "extent_mode": QT_TRANSLATE_NOOP("Report", "map extent"),
    "inset": QT_TRANSLATE_NOOP("Report", "locator inset"),
    "legend": QT_TRANSLATE_NOOP("Report", "legend"),
    "dpi": QT_TRANSLATE_NOOP("Report", "resolution"),
    "fmt": QT_TRANSLATE_NOOP("Report", "format"),
}


@dataclass
class PrintSettings:
    """One print layout: the dialog's choices and the page edits. ``title`` None means the usual title."""

    title: str | None = None
    subtitle: str = ""
    page_size: str = "A4"
    landscape: bool = True
    extent_mode: str = "view"
    inset: bool = True
    legend: bool = True
    dpi: int = 300
    fmt: str = "pdf"
    edits: PageEdits = field(default_factory=PageEdits)

    def page_mm(self) -> tuple[float, float]:
        """The page (width, height) in mm, or A4 landscape when the size is not valid."""
        try:
            return page_size_mm(self.page_size, self.landscape)
        except LayoutError:
            return page_size_mm("A4", True)

    def to_dict(self) -> dict:
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "edits"}
        out["edits"] = self.edits.to_dict()
        return out

    @classmethod
    def from_dict(cls, d: Any, name: str, lang: str, images: dict[str, bytes]) -> tuple[PrintSettings, list[str]]:
        """Read :meth:`to_dict`'s output (from anyone): each bad value falls back to its default, with a warning."""
        out, warnings = cls(), []

        def warn(text: str, item: str, value: Any) -> None:
            warnings.append(translate("Report", text, lang, layout=name, item=item, value=_short(value)))

        if not isinstance(d, dict):
            warn(_BAD, "", d)
            return out, warnings
        for key, value in d.items():
            if key == "edits":
                continue
            check = _CHECKS.get(key)
            if check is None:
                warn(_BAD_KEY, "", key)
            elif check(value):
                setattr(out, key, value)
            else:
                warn(_BAD, translate("Report", _FIELDS[key], lang), value)
        try:
            page_size_mm(out.page_size, out.landscape)
        except LayoutError:
            warn(_BAD, translate("Report", _FIELDS["page_size"], lang), out.page_size)
            out.page_size, out.landscape = "A4", True
        out.edits, more = PageEdits.from_dict(d.get("edits"), out.page_mm(), name, lang)
        warnings += more
        out.edits.images = {g.image_id: images[g.image_id] for g in out.edits.logos if g.image_id in images}
        if len(out.edits.images) < len({g.image_id for g in out.edits.logos}):
            warnings.append(translate("Report", _NO_IMAGE, lang, layout=name))
            out.edits.logos = [g for g in out.edits.logos if g.image_id in out.edits.images]
        return out, warnings


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _is_int(v: Any, lo: int, hi: int) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi


_CHECKS = {
    "title": lambda v: v is None or (isinstance(v, str) and len(v) <= 500),
    "subtitle": lambda v: isinstance(v, str) and len(v) <= 500,
    "page_size": lambda v: isinstance(v, str) and len(v) <= 40,
    "landscape": lambda v: isinstance(v, bool),
    "extent_mode": lambda v: v in ("view", "all"),
    "inset": lambda v: isinstance(v, bool),
    "legend": lambda v: isinstance(v, bool),
    "dpi": lambda v: _is_int(v, 72, 1200),
    "fmt": lambda v: v in FORMATS,
}


def image_id(data: bytes) -> str:
    """The id a logo's PNG bytes are kept under: the first 32 hex digits of their SHA-256."""
    return hashlib.sha256(data).hexdigest()[:32]


def _images(project) -> dict[str, bytes]:
    """The embedded logos of ``project`` (id -> PNG bytes); rows that are not a PNG under its own id are left out."""
    table = (getattr(project, "tables", None) or {}).get(IMAGE_TABLE)
    out: dict[str, bytes] = {}
    if table is None or not {"image_id", "png_base64"} <= set(table.columns):
        return out
    for key, text in zip(table["image_id"], table["png_base64"]):
        if not isinstance(text, str) or len(text) > MAX_LOGO_BYTES * 4 // 3 + 8:
            continue
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            continue
        if _png_size_ok(data) and image_id(data) == key:
            out[key] = data
    return out


def _png_size_ok(data: bytes) -> bool:
    """A PNG (by its signature) whose header says at most 4096 pixels a side (a logo is kept at 1200)."""
    if not data.startswith(PNG_SIGNATURE) or len(data) < 24 or data[12:16] != b"IHDR":
        return False
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return 0 < width <= MAX_LOGO_SIDE and 0 < height <= MAX_LOGO_SIDE


def read_layouts(project, lang: str | None = None) -> tuple[PrintSettings | None, dict[str, PrintSettings], list[str]]:
    """The layout in use (None when the project has none yet), the saved layouts by name, and warnings.

    Every bad value falls back to its default; each warning (in ``lang``,
    default the project's language) names the layout and the item.
    """
    lang = str(lang or getattr(project, "language", None) or "en")
    stored = (getattr(project, "metadata", None) or {}).get(METADATA_KEY)
    if stored is None:
        return None, {}, []
    images = _images(project)
    warnings: list[str] = []
    if not isinstance(stored, dict):
        warnings.append(translate("Report", _BAD, lang, layout="", item="", value=_short(stored)))
        return None, {}, warnings
    current = None
    if stored.get("current") is not None:
        current, w = PrintSettings.from_dict(stored["current"], translate("Report", _CURRENT, lang), lang, images)
        warnings += w
    saved: dict[str, PrintSettings] = {}
    raw = stored.get("saved") or {}
    if not isinstance(raw, dict):
        warnings.append(translate("Report", _BAD, lang, layout="", item="", value=_short(raw)))
        raw = {}
    for name, d in list(raw.items())[:MAX_SAVED]:
        if isinstance(name, str) and 0 < len(name) <= 100:
            saved[name], w = PrintSettings.from_dict(d, name, lang, images)
            warnings += w
    return current, saved, warnings


def layout_warnings(project) -> list[str]:
    """The warnings about the print layouts of a project just opened (empty when they are all good)."""
    return read_layouts(project)[2]


def write_layouts(project, current: PrintSettings | None, saved: dict[str, PrintSettings]) -> None:
    """Keep ``current`` and ``saved`` in ``project`` (with their logos embedded) and mark it modified."""
    every = ([current] if current is not None else []) + list(saved.values())
    images: dict[str, bytes] = {}
    for s in every:
        images.update({g.image_id: s.edits.images[g.image_id] for g in s.edits.logos if g.image_id in s.edits.images})
    metadata = dict(getattr(project, "metadata", None) or {})
    metadata[METADATA_KEY] = {
        "current": current.to_dict() if current is not None else None,
        "saved": {k: v.to_dict() for k, v in saved.items()},
    }
    project.metadata = metadata
    tables = dict(getattr(project, "tables", None) or {})
    if images:
        tables[IMAGE_TABLE] = pd.DataFrame(
            {"image_id": list(images), "png_base64": [base64.b64encode(b).decode("ascii") for b in images.values()]}
        )
    else:
        tables.pop(IMAGE_TABLE, None)
    project.tables = tables
    project.set_modified()
