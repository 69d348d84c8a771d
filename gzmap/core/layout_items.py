"""What a planner places by hand on the report page: moved or resized furniture, text boxes, logos.

A :class:`PageEdits` holds, in page millimetres from the top-left corner
(y down), where the user put the title, the legend, the scale bar, the
north arrow and the locator inset (items not moved keep the place
:meth:`gzmap.core.layout.Layout.plan` gives them), the free text boxes
(text and size in points) and the logos (an image id; the PNG bytes are
carried in :attr:`PageEdits.images`, never a path), and which extent the
locator inset shows (:data:`INSET_CHOICES`).

:func:`apply_edits` puts them on a :class:`~gzmap.core.layout.PagePlan`,
so the one renderer draws the same page for the preview, PDF, PNG and SVG.
:meth:`PageEdits.from_dict` reads a saved description that may come from
anyone: a position that is not four finite numbers of millimetres on the
page, a text that is not text, an unknown key, falls back to the default
with a warning naming the item. Pure Python, no Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from typing import Any

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate

__all__ = [
    "INSET_CHOICES",
    "MOVABLE",
    "LogoItem",
    "PageEdits",
    "PlacedLogo",
    "TextBox",
    "apply_edits",
    "item_name",
    "rect_from",
]

#: Page items the user may move and resize (names of :meth:`PagePlan.items`).
MOVABLE = ("title", "legend", "scale_bar", "north_arrow", "inset")
#: Extents the locator inset may show: the smallest that holds the map (auto), a named context, or the
#: map view the user had when choosing (``view``, kept in :attr:`PageEdits.inset_view`, WGS84 degrees).
INSET_CHOICES = ("auto", "gba", "guangdong", "china", "view")
#: Smallest side of an item (mm) and the text sizes a text box may have (points).
MIN_ITEM_MM = 4.0
MIN_TEXT_PT, MAX_TEXT_PT = 4.0, 96.0
MAX_TEXT_BOXES = 30
MAX_LOGOS = 10
MAX_BOX_TEXT = 2000
_KEYS = {"placed", "text_boxes", "logos", "inset_extent", "inset_view"}

_NAMES = {
    "title": QT_TRANSLATE_NOOP("Report", "title"),
    "legend": QT_TRANSLATE_NOOP("Report", "legend"),
    "scale_bar": QT_TRANSLATE_NOOP("Report", "scale bar"),
    "north_arrow": QT_TRANSLATE_NOOP("Report", "north arrow"),
    "inset": QT_TRANSLATE_NOOP("Report", "locator inset"),
    "text_box": QT_TRANSLATE_NOOP("Report", "text box"),
    "logo": QT_TRANSLATE_NOOP("Report", "logo"),
    "inset_extent": QT_TRANSLATE_NOOP("Report", "inset extent"),
}
_BAD_PLACE = QT_TRANSLATE_NOOP(
    "Report",
    "print layout {layout}: the {item}'s position {value} is not on the {w} x {h} mm page; it keeps its usual place",
)
_BAD_VALUE = QT_TRANSLATE_NOOP("Report", "print layout {layout}: the {item} {value} is not valid; it is left out")
_BAD_KEY = QT_TRANSLATE_NOOP("Report", "print layout {layout}: unknown entry {value} is ignored")


def item_name(key: str, lang: str) -> str:
    """The page item ``key`` in words (``legend``, ``图例``...)."""
    return translate("Report", _NAMES.get(key, key), lang)


@dataclass(frozen=True)
class TextBox:
    """Free text on the page: ``text`` (may hold line breaks) at ``pt`` points inside ``rect`` (mm)."""

    text: str
    pt: float
    rect: Any  # gzmap.core.layout.Rect


@dataclass(frozen=True)
class LogoItem:
    """An image on the page: ``image_id`` names its PNG bytes in :attr:`PageEdits.images`; ``rect`` in mm."""

    image_id: str
    rect: Any


@dataclass(frozen=True)
class PlacedLogo:
    """A logo ready to draw: PNG ``data`` fitted (aspect kept) inside ``rect`` (mm)."""

    data: bytes
    rect: Any


@dataclass(frozen=True)
class PhotoCard:
    """A photo for the page's photo strip: a small image (JPEG or PNG ``data``) and its ``caption``
    (the feature's name); see :meth:`gzmap.core.layout.Layout.plan`."""

    data: bytes
    caption: str


@dataclass
class PageEdits:
    """The hand-made part of a report page (all lengths in page millimetres)."""

    placed: dict[str, Any] = field(default_factory=dict)
    text_boxes: list[TextBox] = field(default_factory=list)
    logos: list[LogoItem] = field(default_factory=list)
    inset_extent: str = "auto"
    inset_view: tuple[float, float, float, float] | None = None
    #: image id -> PNG bytes of the logos (saved in the project, not in :meth:`to_dict`).
    images: dict[str, bytes] = field(default_factory=dict)

    def copy(self) -> PageEdits:
        return replace(
            self,
            placed=dict(self.placed),
            text_boxes=list(self.text_boxes),
            logos=list(self.logos),
            images=dict(self.images),
        )

    def to_dict(self) -> dict:
        """A JSON-ready description (rectangles as ``[x, y, w, h]`` mm)."""
        return {
            "placed": {k: _rect_list(r) for k, r in self.placed.items()},
            "text_boxes": [{"text": t.text, "pt": t.pt, "rect": _rect_list(t.rect)} for t in self.text_boxes],
            "logos": [{"image": g.image_id, "rect": _rect_list(g.rect)} for g in self.logos],
            "inset_extent": self.inset_extent,
            "inset_view": list(self.inset_view) if self.inset_view else None,
        }

    @classmethod
    def from_dict(
        cls, d: Any, page: tuple[float, float], name: str = "", lang: str = "en"
    ) -> tuple[PageEdits, list[str]]:
        """Read :meth:`to_dict`'s output from a file that may come from anyone; bad parts are left out.

        ``page`` is (width, height) mm: a position must lie on it. Returns the
        edits and one warning (in ``lang``) per part left out, naming it.
        """
        reader = _Reader(page, name or "?", lang)
        if not isinstance(d, dict):
            if d is not None:
                reader.bad_value("placed", d)
            return cls(), reader.warnings
        for key in d:
            if key not in _KEYS:
                reader.warn(_BAD_KEY, item="", value=_short(key))
        edits = cls(
            placed=reader.placed(d.get("placed")),
            text_boxes=reader.text_boxes(d.get("text_boxes")),
            logos=reader.logos(d.get("logos")),
        )
        edits.inset_extent, edits.inset_view = reader.inset(d.get("inset_extent"), d.get("inset_view"))
        return edits, reader.warnings


def _rect_list(r) -> list[float]:
    return [round(float(v), 3) for v in (r.x, r.y, r.w, r.h)]


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _number(v: Any) -> float | None:
    """``v`` as a finite float, or None (a bool or a string is not a number here)."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    f = float(v)
    return f if math.isfinite(f) else None


def _four_numbers(value: Any) -> tuple[float, float, float, float] | None:
    """``value`` as four finite floats (a list or tuple of four real numbers), or None."""
    if not isinstance(value, (list, tuple)) or len(value) != 4:
        return None
    nums = [_number(v) for v in value]
    if any(n is None for n in nums):
        return None
    a, b, c, d = (float(n) for n in nums if n is not None)
    return a, b, c, d


def rect_from(value: Any, page: tuple[float, float]):
    """``[x, y, w, h]`` (mm) as a Rect lying on the ``page`` (w, h mm) with sides of at least 4 mm, or None."""
    from gzmap.core.layout import Rect

    nums = _four_numbers(value)
    if nums is None:
        return None
    x, y, w, h = nums
    tol = 1e-6
    if x < -tol or y < -tol or w < MIN_ITEM_MM or h < MIN_ITEM_MM:
        return None
    if x + w > page[0] + tol or y + h > page[1] + tol:
        return None
    return Rect(x, y, w, h)


class _Reader:
    """Checks the parts of a saved :class:`PageEdits`, collecting one warning per part left out."""

    def __init__(self, page: tuple[float, float], name: str, lang: str):
        self.page, self.name, self.lang = page, name, lang
        self.warnings: list[str] = []

    def warn(self, text: str, item: str, value: str) -> None:
        w, h = (f"{v:g}" for v in self.page)
        self.warnings.append(translate("Report", text, self.lang, layout=self.name, item=item, value=value, w=w, h=h))

    def bad_value(self, key: str, value: Any) -> None:
        self.warn(_BAD_VALUE, item_name(key, self.lang), _short(value))

    def placed(self, value: Any) -> dict:
        out: dict = {}
        if value is None:
            return out
        if not isinstance(value, dict):
            self.bad_value("placed", value)
            return out
        for key, v in value.items():
            if key not in MOVABLE:
                self.warn(_BAD_KEY, item="", value=_short(key))
                continue
            r = rect_from(v, self.page)
            if r is None:
                self.warn(_BAD_PLACE, item_name(key, self.lang), _short(v))
            else:
                out[key] = r
        return out

    def _items(self, value: Any, key: str, limit: int) -> list[dict]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.bad_value(key, value)
            return []
        good = []
        for v in value[:limit]:
            rect = rect_from(v.get("rect"), self.page) if isinstance(v, dict) else None
            if rect is None:
                self.warn(_BAD_PLACE, item_name(key, self.lang), _short(v.get("rect") if isinstance(v, dict) else v))
            else:
                good.append({**v, "rect": rect})
        return good

    def text_boxes(self, value: Any) -> list[TextBox]:
        out = []
        for v in self._items(value, "text_box", MAX_TEXT_BOXES):
            text, pt = v.get("text"), _number(v.get("pt"))
            if not isinstance(text, str) or len(text) > MAX_BOX_TEXT:
                self.bad_value("text_box", text)
            elif pt is None or not (MIN_TEXT_PT <= pt <= MAX_TEXT_PT):
                self.bad_value("text_box", v.get("pt"))
            else:
                out.append(TextBox(text, pt, v["rect"]))
        return out

    def logos(self, value: Any) -> list[LogoItem]:
        out = []
        for v in self._items(value, "logo", MAX_LOGOS):
            image = v.get("image")
            if not isinstance(image, str) or not image.isalnum() or len(image) > 64:
                self.bad_value("logo", image)
            else:
                out.append(LogoItem(image, v["rect"]))
        return out

    def inset(self, choice: Any, view: Any) -> tuple[str, tuple[float, float, float, float] | None]:
        if choice is None:
            return "auto", None
        if choice not in INSET_CHOICES:
            self.bad_value("inset_extent", choice)
            return "auto", None
        if choice != "view":
            return choice, None
        box = _view_box(view)
        if box is None:
            self.bad_value("inset_extent", view)
            return "auto", None
        return "view", box


def _view_box(value: Any) -> tuple[float, float, float, float] | None:
    """Four finite WGS84 degrees (min lon, min lat, max lon, max lat) with min < max, or None."""
    nums = _four_numbers(value)
    if nums is None:
        return None
    x0, y0, x1, y1 = nums
    if not (-180 <= x0 < x1 <= 180 and -85.06 <= y0 < y1 <= 85.06):
        return None
    return x0, y0, x1, y1


# -- onto the plan --------------------------------------------------------------------------


def _on_page(r, page_w: float, page_h: float):
    """``r`` moved (and if need be shrunk) to lie on a ``page_w`` x ``page_h`` mm page (another page size)."""
    from gzmap.core.layout import Rect

    w, h = min(r.w, page_w), min(r.h, page_h)
    return Rect(min(max(r.x, 0.0), page_w - w), min(max(r.y, 0.0), page_h - h), w, h)


def apply_edits(plan, edits: PageEdits | None, refit_legend=None):
    """``plan`` with the user's positions, text boxes and logos (a new PagePlan; ``plan`` is unchanged).

    ``refit_legend(w, h)`` returns the legend laid out in a ``w`` x ``h`` mm box (rows
    relative to its corner) or None when it does not fit; a resized legend that
    does not fit keeps its own size at the new place. Items are kept on the page.
    """
    from gzmap.core.layout import TextBlock
    from gzmap.core.text_fit import wrap_many

    if edits is None:
        return plan
    W, H = plan.page_w, plan.page_h
    placed = {k: _on_page(r, W, H) for k, r in edits.placed.items()}
    changes: dict[str, Any] = {}
    if plan.title is not None and "title" in placed:
        changes["title"] = _resized_text(plan.title, placed["title"])
    if plan.legend is not None and plan.legend_rect is not None and "legend" in placed:
        changes.update(_moved_legend(plan, placed["legend"], refit_legend))
    for key, attr in (("scale_bar", "scale_rect"), ("north_arrow", "north_rect"), ("inset", "inset_rect")):
        if getattr(plan, attr) is not None and key in placed:
            changes[attr] = placed[key]
    boxes = []
    for t in edits.text_boxes:
        r = _on_page(t.rect, W, H)
        lines = [ln for para in t.text.splitlines() for ln in (wrap_many(para, t.pt, r.w, 50) or [para])]
        boxes.append(TextBlock(lines, t.pt, r, color="#1a1a1a"))
    logos = [
        PlacedLogo(edits.images[g.image_id], _on_page(g.rect, W, H)) for g in edits.logos if g.image_id in edits.images
    ]
    return replace(plan, **changes, text_boxes=boxes, logos=logos)


def _resized_text(block, rect):
    """A text block moved to ``rect``; its size follows the box's height (the renderer shrinks to its width)."""
    scale = rect.h / block.rect.h if block.rect.h > 0 else 1.0
    return replace(block, rect=rect, pt=max(block.pt * scale, 4.0))


def _moved_legend(plan, rect, refit_legend) -> dict:
    """The legend at ``rect``: re-flowed into the new size when it fits there, else as it was at the new place."""
    from gzmap.core.layout import Rect

    old = plan.legend_rect
    legend = plan.legend
    base_x, base_y = old.x, old.y
    resized = abs(rect.w - old.w) > 0.05 or abs(rect.h - old.h) > 0.05
    if resized and refit_legend is not None:
        fitted = refit_legend(rect.w, rect.h)
        if fitted is not None:
            legend, base_x, base_y = fitted, 0.0, 0.0
        else:
            rect = Rect(rect.x, rect.y, old.w, old.h)
    else:
        rect = Rect(rect.x, rect.y, old.w, old.h) if not resized else rect
    dx, dy = rect.x - base_x, rect.y - base_y
    rows = [replace(r, x=r.x + dx, y=r.y + dy) for r in legend.rows]
    return {"legend": replace(legend, rows=rows), "legend_rect": rect}
