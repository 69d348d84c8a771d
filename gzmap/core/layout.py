"""The report-map page, as a pure model: what goes where on the paper, in millimetres.

A :class:`Layout` holds the choices a planner makes (page size and
orientation, margins, title and subtitle, extent, which furniture to show);
:meth:`Layout.plan` turns it, with the project's layers, into a
:class:`PagePlan`: rectangles in millimetres from the page's top-left corner
for the title, the map frame, the legend, the scale bar, the north arrow,
the sources block, the date and the optional Greater Bay Area locator inset,
plus their content (legend entries from the layers' own
:meth:`~gzmap.core.style.Style.legend`, sources from layer provenance).

The Qt painter in :mod:`gzmap.render.layout_renderer` draws a plan on any
device; nothing here imports Qt. Text widths are *estimated* here (CJK
characters one em, Latin about half) to decide wrapping, shrinking or a
clear refusal; the renderer measures exactly and only ever shrinks.

Bad input raises :class:`LayoutError` with a one-line message: an unknown
page size (listing the valid ones), a title that cannot fit even on two
lines at the smallest title size, an extent with no data.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from gzmap.core.i18n import QT_TRANSLATE_NOOP, translate
from gzmap.core.style import LegendEntry, Symbol
from gzmap.core.viewport import Viewport

__all__ = [
    "PAGE_SIZES_MM",
    "LegendBlock",
    "LegendItem",
    "Layout",
    "LayoutError",
    "PagePlan",
    "Rect",
    "ScaleBar",
    "TextBlock",
    "nice_scale_length",
    "page_size_mm",
    "text_width_mm",
    "wrap_text",
]

MM_PER_PT = 25.4 / 72.0

#: ISO 216 and North American paper sizes, portrait (width, height) in millimetres.
PAGE_SIZES_MM: dict[str, tuple[float, float]] = {
    "A5": (148.0, 210.0),
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A2": (420.0, 594.0),
    "A1": (594.0, 841.0),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "Tabloid": (279.4, 431.8),
}
MIN_PAGE_MM = 90.0
MAX_PAGE_MM = 2000.0

#: Fixed words printed on the page, per language (zh, en).
WORDS: dict[str, str] = {
    "legend": QT_TRANSLATE_NOOP("Layout", "Legend"),
    "sources": QT_TRANSLATE_NOOP("Layout", "Sources"),
    "date": QT_TRANSLATE_NOOP("Layout", "Map date"),
    "scale": QT_TRANSLATE_NOOP("Layout", "Scale"),
    "north": QT_TRANSLATE_NOOP("Layout", "N"),
    "projection": QT_TRANSLATE_NOOP(
        "Layout", "Projection: Web Mercator (EPSG:3857); coordinates WGS84; scale true at the map's centre latitude"
    ),
    "synthetic": QT_TRANSLATE_NOOP("Layout", "synthetic sample data, not real enterprises"),
    "more": QT_TRANSLATE_NOOP("Layout", "{n} more"),
    "nodata": QT_TRANSLATE_NOOP("Layout", "No data"),
    "locator": QT_TRANSLATE_NOOP("Layout", "Location in the Greater Bay Area"),
    "made_with": QT_TRANSLATE_NOOP("Layout", "Made with GZMap"),
}


def word(key: str, lang: str, **kw) -> str:
    """A fixed page word in ``lang`` (``zh_CN`` or ``en``), from the translation catalogue."""
    return translate("Layout", WORDS[key], lang, **kw)


class LayoutError(ValueError):
    """The layout cannot be made as asked; the message says why and what to do (one line)."""


# -- geometry -------------------------------------------------------------------


@dataclass(frozen=True)
class Rect:
    """A rectangle in millimetres from the page's top-left corner (y down)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def inset(self, d: float) -> Rect:
        return Rect(self.x + d, self.y + d, max(self.w - 2 * d, 0.0), max(self.h - 2 * d, 0.0))

    def contains(self, other: Rect, tol: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tol
            and other.y >= self.y - tol
            and other.right <= self.right + tol
            and other.bottom <= self.bottom + tol
        )

    def intersects(self, other: Rect) -> bool:
        return not (other.x >= self.right or other.right <= self.x or other.y >= self.bottom or other.bottom <= self.y)


def page_size_mm(size: str | tuple[float, float], landscape: bool = False) -> tuple[float, float]:
    """(width, height) in millimetres of a named paper size or ``"WIDTHxHEIGHT"`` in mm.

    Names are case-insensitive (``a4``, ``Letter``). ``landscape`` puts the
    long side horizontal; a custom size is taken as given unless
    ``landscape`` is set and it is portrait.

    Raises
    ------
    LayoutError
        For an unknown name (the message lists the valid ones) or a custom
        size outside 90–2000 mm.
    """
    if isinstance(size, (tuple, list)):
        w, h = float(size[0]), float(size[1])
    else:
        text = str(size).strip()
        named = {k.lower(): v for k, v in PAGE_SIZES_MM.items()}
        m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(mm)?", text.lower())
        if text.lower() in named:
            w, h = named[text.lower()]
        elif m:
            w, h = float(m.group(1)), float(m.group(2))
        else:
            raise LayoutError(
                f"unknown page size {text!r}; valid sizes: {', '.join(PAGE_SIZES_MM)}, "
                "or WIDTHxHEIGHT in millimetres such as 400x300"
            )
    for v in (w, h):
        if not (MIN_PAGE_MM <= v <= MAX_PAGE_MM):
            raise LayoutError(f"page size {w:g} x {h:g} mm is outside {MIN_PAGE_MM:g}–{MAX_PAGE_MM:g} mm")
    if landscape and h > w:
        w, h = h, w
    return w, h


# -- text estimation -------------------------------------------------------------


def _char_em(ch: str) -> float:
    o = ord(ch)
    if o >= 0x2E80 or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF:
        return 1.0
    if ch == " ":
        return 0.28
    if ch in "il.,:;'|!()[]":
        return 0.3
    if ch.isupper() or ch in "mwMW@%&":
        return 0.68
    return 0.56


def text_width_mm(text: str, pt: float) -> float:
    """Estimated width of ``text`` at ``pt`` points in a CJK sans serif (slightly generous)."""
    return sum(_char_em(c) for c in text) * pt * MM_PER_PT


_NO_LINE_START = set("，。、；：？！）》」』】〉,.;:?!)]}%°…—–-·")


def _break_points(text: str) -> list[int]:
    """Indices where a line may break: after spaces, around CJK characters, not before closing punctuation."""
    pts = []
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if b in _NO_LINE_START:
            continue
        if a == " " or b == " " or _char_em(a) == 1.0 or _char_em(b) == 1.0 or a in "/-–—、，,":
            pts.append(i)
    return pts


def wrap_text(text: str, pt: float, width_mm: float, max_lines: int = 2) -> list[str] | None:
    """Split ``text`` into at most ``max_lines`` balanced lines of at most ``width_mm``, or None.

    Lines break at spaces (Latin) or between CJK characters, never before
    closing punctuation. Returns None when it cannot fit.
    """
    text = " ".join(text.split())
    if text_width_mm(text, pt) <= width_mm:
        return [text]
    if max_lines < 2:
        return None
    total = text_width_mm(text, pt)
    best: list[str] | None = None
    best_score = math.inf
    for i in _break_points(text):
        first, rest = text[:i].rstrip(), text[i:].lstrip()
        if not first or not rest or text_width_mm(first, pt) > width_mm:
            continue
        tail = wrap_text(rest, pt, width_mm, max_lines - 1)
        if tail is None:
            continue
        score = abs(text_width_mm(first, pt) - total / (1 + len(tail)))
        if score < best_score:
            best, best_score = [first] + tail, score
    return best


@dataclass
class TextBlock:
    """Lines of text at one size, placed in ``rect`` (mm). ``align`` is left, center or right."""

    lines: list[str]
    pt: float
    rect: Rect
    bold: bool = False
    color: str = "#222222"
    align: str = "left"

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


# -- legend -----------------------------------------------------------------------


@dataclass
class LegendItem:
    """One legend row: a swatch drawn as ``shape`` (polygon, point, line, raster) with a label and count."""

    label: str
    symbol: Symbol
    shape: str = "polygon"
    count: int | None = None


@dataclass
class LegendBlock:
    """One layer's part of the legend: heading, rows, and a small note (unit, year, source)."""

    title: str
    items: list[LegendItem]
    note: str = ""
    hidden: int = 0  # rows left out for lack of room

    def height_mm(self, body_pt: float) -> float:
        line = body_pt * MM_PER_PT
        h = line * 1.6 if self.title else 0.0  # heading
        h += len(self.items) * max(line * 1.55, 4.2)
        if self.hidden:
            h += line * 1.4
        if self.note:
            h += line * 0.85 * 1.35 * max(1, len(self.note_lines))
        return h + line * 0.8

    note_lines: list[str] = field(default_factory=list)


def legend_blocks(layers: Sequence[Any], lang: str, max_items: int = 14) -> list[LegendBlock]:
    """Legend blocks of the visible layers, top layer first, from each layer's Style.

    The heading is the style's legend title (with unit and year) or the layer
    name; the note gives the style's source; counts come from
    :meth:`Style.legend` on the layer's data.
    """
    blocks = []
    for layer in reversed(list(layers)):
        if not getattr(layer, "visible", True):
            continue
        style = layer.style
        entries: list[LegendEntry] = style.legend(layer.legend_data())
        if getattr(style, "other", None) is not None and entries and entries[-1].count == 0:
            entries = entries[:-1]  # an empty "Other" class says nothing on paper
        if len(entries) > 1 and all(e.count == 1 for e in entries):
            entries = [replace(e, count=None) for e in entries]  # one feature per class: counts add nothing
        shape = layer.legend_shape
        name = layer.name(lang) if hasattr(layer, "name") else str(layer)
        title = style.legend_title(lang) or name
        if len(entries) == 1 and getattr(style, "kind", "") == "single":
            # a single-symbol layer: one row named after the layer, no repeated heading
            count = entries[0].count if shape != "raster" and (entries[0].count or 0) > 1 else None
            items = [LegendItem(name, entries[0].symbol, shape, count)]
            title = ""
        else:
            items = [
                LegendItem(e.label(lang), e.symbol, shape, e.count if shape != "raster" else None) for e in entries
            ]
        hidden = max(0, len(items) - max_items)
        if hidden:
            items = items[: max_items - 1]
            hidden += 1
        note_bits = []
        if style.source:
            note_bits.append(f"{word('sources', lang)}{_colon(lang)}{style.source}")
        blocks.append(LegendBlock(title, items, "; ".join(note_bits), hidden))
    return blocks


def sources_text(layers: Sequence[Any], lang: str) -> list[str]:
    """Unique attribution lines of the visible layers (provenance ``attribution`` or ``source``).

    A layer whose provenance says ``synthetic`` is named as synthetic
    sample data, so a printed map never passes it off as real.
    """
    out: list[str] = []
    for layer in layers:
        if not getattr(layer, "visible", True):
            continue
        prov = getattr(layer, "provenance", {}) or {}
        text = prov.get("attribution") or prov.get("source") or ""
        if prov.get("synthetic"):
            name = layer.name(lang)
            text = f"{name}: {word('synthetic', lang)}" + (f" ({text})" if text else "")
        style_src = getattr(layer.style, "source", "")
        for t in (text, style_src):
            t = str(t).strip()
            if t and t not in out:
                out.append(t)
    return out


# -- scale bar --------------------------------------------------------------------


def nice_scale_length(max_metres: float) -> float:
    """The largest 1, 2 or 5 × 10^k metres not longer than ``max_metres``."""
    if not (max_metres > 0 and math.isfinite(max_metres)):
        raise ValueError("scale bar length must be positive")
    k = math.floor(math.log10(max_metres))
    for m in (5, 2, 1):
        v = m * 10.0**k
        if v <= max_metres * (1 + 1e-9):
            return v
    return 10.0**k


def _fmt_len(metres: float, unit: str) -> str:
    v = metres / 1000.0 if unit == "km" else metres
    return f"{v:.10g}"


@dataclass
class ScaleBar:
    """A scale bar true at the map frame's centre latitude.

    ``length_m`` ground metres are ``length_px`` device pixels long; ticks
    at 0, half and full carry ``labels``; ``unit`` is ``m`` or ``km``;
    ``denominator`` is N of the representative fraction 1:N on paper.
    """

    length_m: float
    length_px: float
    metres_per_px: float
    unit: str
    labels: tuple[str, str, str]
    denominator: float
    latitude: float

    @property
    def metres_per_mm(self) -> float:
        return self.denominator / 1000.0


def scale_bar_for(viewport: Viewport, px_per_mm: float, max_length_mm: float) -> ScaleBar:
    """A nice round scale bar for ``viewport`` (device pixels) at most ``max_length_mm`` long.

    Ground metres per pixel come from :meth:`Viewport.ground_resolution` at
    the frame's centre latitude (Web Mercator's scale grows as 1/cos(lat)).
    """
    lat = viewport.center_lonlat()[1]
    m_per_px = viewport.ground_resolution(lat)
    max_m = m_per_px * max_length_mm * px_per_mm
    length = nice_scale_length(max_m)
    unit = "km" if length >= 1000 else "m"
    labels = ("0", _fmt_len(length / 2, unit), f"{_fmt_len(length, unit)} {unit}")
    denominator = m_per_px * px_per_mm * 1000.0
    return ScaleBar(length, length / m_per_px, m_per_px, unit, labels, denominator, lat)


def format_denominator(n: float) -> str:
    """1:N with N rounded to three significant figures, thousands separated (1:252,000)."""
    if n <= 0 or not math.isfinite(n):
        return "–"
    digits = max(0, int(math.floor(math.log10(n))) - 2)
    r = round(n / 10**digits) * 10**digits
    return f"1:{r:,.0f}"


# -- the layout and its plan -------------------------------------------------------


@dataclass
class PagePlan:
    """Everything placed on one page, in millimetres; produced by :meth:`Layout.plan`."""

    page_w: float
    page_h: float
    title: TextBlock | None
    subtitle: TextBlock | None
    map_frame: Rect
    extent: tuple[float, float, float, float]
    legend_rect: Rect | None
    legend_blocks: list[LegendBlock]
    legend_heading: str
    body_pt: float
    scale_rect: Rect | None
    north_rect: Rect | None
    sources: TextBlock | None
    date: TextBlock | None
    inset_rect: Rect | None
    inset_extent: tuple[float, float, float, float] | None
    inset_title: str
    lang: str
    map_margin: float = 0.03
    legend_columns: int = 1
    header_rule_y: float | None = None

    def viewport(self, px_per_mm: float) -> Viewport:
        """The map frame's viewport on a device of ``px_per_mm`` pixels per millimetre."""
        w = max(int(round(self.map_frame.w * px_per_mm)), 1)
        h = max(int(round(self.map_frame.h * px_per_mm)), 1)
        return Viewport.fit(self.extent, w, h, margin=self.map_margin)

    def scale_bar(self, px_per_mm: float) -> ScaleBar | None:
        if self.scale_rect is None:
            return None
        return scale_bar_for(self.viewport(px_per_mm), px_per_mm, self.scale_rect.w - 8.0)

    def items(self) -> dict[str, Rect]:
        """Named rectangles of what is on the page (for checks and the preview)."""

        def rect(block: TextBlock | None) -> Rect | None:
            return block.rect if block is not None else None

        out = {"map": self.map_frame}
        for name, r in (
            ("title", rect(self.title)),
            ("subtitle", rect(self.subtitle)),
            ("legend", self.legend_rect),
            ("scale_bar", self.scale_rect),
            ("north_arrow", self.north_rect),
            ("sources", rect(self.sources)),
            ("date", rect(self.date)),
            ("inset", self.inset_rect),
        ):
            if r is not None:
                out[name] = r
        return out


@dataclass
class Layout:
    """A report-map page: paper, title, extent and furniture (all lengths in mm, text sizes in points).

    ``extent`` is (min lon, min lat, max lon, max lat) WGS84 degrees; None
    means the visible layers' bounds. ``date`` (text) defaults to today (ISO);
    ``show_date=False`` leaves it off.
    ``inset`` adds a Greater Bay Area locator map (its layers are supplied
    to the renderer).
    """

    title: str = ""
    subtitle: str = ""
    page_size: str = "A4"
    landscape: bool = True
    margin_mm: float = 10.0
    extent: tuple[float, float, float, float] | None = None
    lang: str = "zh_CN"
    legend: bool = True
    scale_bar: bool = True
    north_arrow: bool = True
    sources: bool = True
    date: str | None = None
    show_date: bool = True
    inset: bool = False
    title_pt: float = 20.0
    subtitle_pt: float = 11.0
    body_pt: float = 8.0
    small_pt: float = 6.0
    min_title_pt: float = 13.0
    extra_sources: list[str] = field(default_factory=list)

    def page_mm(self) -> tuple[float, float]:
        return page_size_mm(self.page_size, self.landscape)

    def with_(self, **kw) -> Layout:
        """A copy with some fields changed (atlas pages)."""
        return replace(self, **kw)

    # -- checks ----------------------------------------------------------
    def resolve_extent(self, layers: Sequence[Any]) -> tuple[float, float, float, float]:
        """The extent to map: ``self.extent`` checked against the data, or the visible layers' bounds.

        Raises LayoutError when there is nothing to map in it.
        """
        visible = [l for l in layers if getattr(l, "visible", True)]
        boxes = [b for l in visible if (b := l.bounds())]
        if self.extent is None:
            if not boxes:
                raise LayoutError(
                    "nothing to map: no visible layer has any features; show a layer with data or give an extent"
                )
            return (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
        x0, y0, x1, y1 = (float(v) for v in self.extent)
        if not all(map(math.isfinite, (x0, y0, x1, y1))) or x0 >= x1 or y0 >= y1:
            raise LayoutError(f"map extent {self.extent} is not (min lon, min lat, max lon, max lat) with min < max")
        if not (-180 <= x0 and x1 <= 180 and -85.06 <= y0 and y1 <= 85.06):
            raise LayoutError(f"map extent {self.extent} is outside longitude −180…180 / latitude −85…85 degrees")
        if not any(_has_data_in(l, (x0, y0, x1, y1)) for l in visible):
            raise LayoutError(
                f"the map extent lon {x0:.4f}…{x1:.4f}, lat {y0:.4f}…{y1:.4f} contains no data "
                "from the visible layers; choose another extent or show a layer there"
            )
        return x0, y0, x1, y1

    def _fit_title(
        self, text: str, width: float, pt: float, min_pt: float, what: str, page: str
    ) -> tuple[list[str], float]:
        text = " ".join(text.split())
        p = pt
        while p >= max(min_pt, pt * 0.8) - 1e-9:  # one line, shrinking a little
            if text_width_mm(text, p) <= width:
                return [text], p
            p -= 0.5
        p = max(pt * 0.85, min_pt)
        while p >= min_pt - 1e-9:  # then two lines
            lines = wrap_text(text, p, width, 2)
            if lines:
                return lines, p
            p -= 0.5
        if text_width_mm(text, min_pt) <= width:
            return [text], min_pt
        fit = int(2 * width / (min_pt * MM_PER_PT))
        raise LayoutError(
            f"the {what} is too long for a {page} page ({len(text)} characters; about {fit} "
            f"Chinese characters fit on two lines): shorten it, move detail into the subtitle, "
            "or choose a larger page"
        )

    # -- the plan ------------------------------------------------------------
    def plan(self, layers: Sequence[Any], inset_extent: tuple[float, float, float, float] | None = None) -> PagePlan:
        """Place everything on the page for ``layers`` (bottom to top, as in the project).

        ``inset_extent`` (WGS84 degrees) is the locator inset's extent,
        normally the GBA cities' bounds; without it there is no inset.
        """
        layers = list(getattr(layers, "layers", layers))
        W, H = self.page_mm()
        content = self._content_rect(W, H)
        extent = self.resolve_extent(layers)
        lang = self.lang
        header = self._header(content)
        footer = self._footer(layers, content)
        body = Rect(content.x, header.bottom, content.w, footer.top - header.bottom)
        if body.h < 40 or body.w < 60:
            raise LayoutError(
                f"a {self._page_name()} page with {self.margin_mm:g} mm margins leaves no room for "
                "the map; use a larger page, smaller margins or a shorter title"
            )
        blocks = legend_blocks(layers, lang) if self.legend else []
        want_inset = self.inset and inset_extent is not None
        panel = _split_body(body, blocks, want_inset, self.body_pt)
        legend_rect, blocks, body_pt = self._fit_legend_panel(panel, blocks)
        frame = panel.frame
        return PagePlan(
            page_w=W,
            page_h=H,
            title=header.title,
            subtitle=header.subtitle,
            map_frame=frame,
            extent=extent,
            legend_rect=legend_rect,
            legend_blocks=blocks,
            legend_heading=word("legend", lang),
            body_pt=body_pt,
            legend_columns=panel.columns,
            scale_rect=self._scale_rect(frame),
            north_rect=self._north_rect(frame),
            sources=footer.sources,
            date=footer.date,
            inset_rect=panel.inset_rect,
            inset_extent=inset_extent if want_inset else None,
            inset_title=word("locator", lang),
            lang=lang,
            header_rule_y=header.rule_y,
        )

    def _page_name(self) -> str:
        """The page as named in messages, such as ``A4 landscape``."""
        return f"{self.page_size} {'landscape' if self.landscape else 'portrait'}"

    def _content_rect(self, page_w: float, page_h: float) -> Rect:
        """The page inside its margins (mm); a margin wider than a quarter of the short side is refused."""
        m = float(self.margin_mm)
        if not (0 <= m <= min(page_w, page_h) / 4):
            raise LayoutError(f"margin {m:g} mm does not leave room on a {page_w:g} x {page_h:g} mm page")
        return Rect(m, m, page_w - 2 * m, page_h - 2 * m)

    def _header(self, content: Rect) -> _Header:
        """Title and subtitle at the top of ``content``, then a rule when either is there (mm)."""
        y = content.y
        title = subtitle = None
        if self.title.strip():
            lines, pt = self._fit_title(
                self.title, content.w, self.title_pt, self.min_title_pt, "title", self._page_name()
            )
            h = len(lines) * pt * MM_PER_PT * 1.25
            title = TextBlock(lines, pt, Rect(content.x, y, content.w, h), bold=True, color="#1a1a1a")
            y += h + 1.0
        if self.subtitle.strip():
            lines, pt = self._fit_title(self.subtitle, content.w, self.subtitle_pt, 8.0, "subtitle", self._page_name())
            h = len(lines) * pt * MM_PER_PT * 1.3
            subtitle = TextBlock(lines, pt, Rect(content.x, y, content.w, h), color="#555555")
            y += h
        rule_y = None
        if title or subtitle:
            rule_y = y + 1.5
            y = rule_y + 3.0
        return _Header(title, subtitle, rule_y, y)

    def _date_text(self) -> str:
        """The footer's date line (``date`` or today, ISO) with the made-with note; empty when hidden."""
        if not self.show_date:
            return ""
        lang = self.lang
        d = self.date or _dt.date.today().isoformat()
        return f"{word('date', lang)}{_colon(lang)}{d}  ·  {word('made_with', lang)}"

    def _source_lines(self, layers: Sequence[Any], width: float) -> list[str]:
        """The sources (up to 3 lines of ``width`` mm) and the projection note; empty when hidden."""
        if not self.sources:
            return []
        lang = self.lang
        srcs = sources_text(layers, lang) + [s for s in self.extra_sources if s]
        sep = "；" if lang.startswith("zh") else "; "
        text = word("sources", lang) + _colon(lang) + (sep.join(srcs) if srcs else "—")
        return _wrap_many(text, self.small_pt, width, 3) + [word("projection", lang)]

    def _footer(self, layers: Sequence[Any], content: Rect) -> _Footer:
        """Sources (left) and date (right) along the bottom of ``content`` (mm)."""
        small = self.small_pt
        line_small = small * MM_PER_PT * 1.35
        date_text = self._date_text()
        date_w = text_width_mm(date_text, small) + 2 if date_text else 0.0
        src_lines = self._source_lines(layers, content.w - date_w - 6)
        n_footer = max(len(src_lines), 1 if date_text else 0)
        footer_h = n_footer * line_small + (2.5 if n_footer else 0)
        footer_y = content.bottom - footer_h
        sources = (
            TextBlock(
                src_lines,
                small,
                Rect(content.x, footer_y + 2.5, content.w - date_w - 4, footer_h - 2.5),
                color="#555555",
            )
            if src_lines
            else None
        )
        date = (
            TextBlock(
                [date_text],
                small,
                Rect(content.right - date_w, content.bottom - line_small, date_w, line_small),
                color="#555555",
                align="right",
            )
            if date_text
            else None
        )
        return _Footer(sources, date, footer_y)

    def _fit_legend_panel(
        self, panel: _Panel, blocks: list[LegendBlock]
    ) -> tuple[Rect | None, list[LegendBlock], float]:
        """The legend box shrunk to its content, the blocks that fit and the body text size (pt)."""
        if panel.legend_rect is None:
            return None, blocks, self.body_pt
        rect = panel.legend_rect
        blocks, body_pt = _fit_legend(blocks, rect, self.body_pt, self.lang, columns=panel.columns)
        used = _legend_height(blocks, body_pt, panel.columns)
        if used < rect.h:
            rect = Rect(rect.x, rect.y, rect.w, used)
        return rect, blocks, body_pt

    def _scale_rect(self, frame: Rect) -> Rect | None:
        """The scale bar's box in the map frame's lower-left corner (mm), if shown."""
        if not self.scale_bar:
            return None
        return Rect(frame.x + 4, frame.bottom - 4 - 13.0, min(frame.w * 0.38, 70.0), 13.0)

    def _north_rect(self, frame: Rect) -> Rect | None:
        """The north arrow's box in the map frame's upper-right corner (mm), if shown."""
        if not self.north_arrow:
            return None
        s = min(max(frame.w * 0.045, 9.0), 14.0)
        return Rect(frame.right - 4 - s, frame.y + 4, s, s * 1.45)


def _colon(lang: str) -> str:
    """The label colon of ``lang``: full-width in Chinese."""
    return "：" if lang.startswith("zh") else ": "


@dataclass(frozen=True)
class _Header:
    """The placed title and subtitle; ``bottom`` (mm) is where the body may start."""

    title: TextBlock | None
    subtitle: TextBlock | None
    rule_y: float | None
    bottom: float


@dataclass(frozen=True)
class _Footer:
    """The placed sources and date; ``top`` (mm) is where the body must end."""

    sources: TextBlock | None
    date: TextBlock | None
    top: float


@dataclass(frozen=True)
class _Panel:
    """The body split into the map frame and the legend/inset panel beside or below it (mm)."""

    frame: Rect
    legend_rect: Rect | None
    inset_rect: Rect | None
    columns: int  # legend columns: 1 in a side panel, 2 in a bottom one


_PANEL_GAP_MM = 4.0


def _split_body(body: Rect, blocks: list[LegendBlock], want_inset: bool, body_pt: float) -> _Panel:
    """Give the map the body, less a panel for the legend and inset: at the side on a wide body, else below."""
    side = body.w / body.h >= 1.15
    columns = 1 if side else 2
    if not blocks and not want_inset:
        return _Panel(body, None, None, columns)
    if side:
        return _side_panel(body, bool(blocks), want_inset)
    return _bottom_panel(body, blocks, want_inset, body_pt)


def _side_panel(body: Rect, legend: bool, want_inset: bool) -> _Panel:
    """A right-hand panel 55–80 mm wide: legend at the top, inset at the bottom."""
    gap = _PANEL_GAP_MM
    pw = min(max(0.25 * body.w, 55.0), 80.0)
    frame = Rect(body.x, body.y, body.w - pw - gap, body.h)
    px = frame.right + gap
    inset_rect = legend_rect = None
    if want_inset:
        ih = min(pw * 0.78, body.h * 0.45)
        inset_rect = Rect(px, body.bottom - ih, pw, ih)
    if legend:
        bottom = inset_rect.y - gap if inset_rect else body.bottom
        legend_rect = Rect(px, body.y, pw, bottom - body.y)
    return _Panel(frame, legend_rect, inset_rect, 1)


def _bottom_panel(body: Rect, blocks: list[LegendBlock], want_inset: bool, body_pt: float) -> _Panel:
    """A panel below the map, as tall as the two-column legend needs (at most 90 mm): legend left, inset right."""
    gap = _PANEL_GAP_MM
    need = _legend_height(blocks, body_pt, 2) if blocks else 0.0
    ph = min(max(need, 45.0 if want_inset else 20.0), 90.0, 0.36 * body.h)
    frame = Rect(body.x, body.y, body.w, body.h - ph - gap)
    py = frame.bottom + gap
    inset_rect = legend_rect = None
    if want_inset:
        iw = min(ph * 1.28, body.w * 0.42)
        inset_rect = Rect(body.right - iw, py, iw, ph)
    if blocks:
        right = inset_rect.x - gap if inset_rect else body.right
        legend_rect = Rect(body.x, py, right - body.x, ph)
    return _Panel(frame, legend_rect, inset_rect, 2)


def _wrap_many(text: str, pt: float, width: float, max_lines: int) -> list[str]:
    """Greedy wrap to ``max_lines``; the last line is cut with an ellipsis if needed."""
    words = _break_points(text)
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines:
        if text_width_mm(rest, pt) <= width:
            lines.append(rest)
            rest = ""
            break
        cut = 0
        for i in _break_points(rest):
            if text_width_mm(rest[:i].rstrip(), pt) <= width:
                cut = i
            else:
                break
        if cut == 0:  # one long word: hard cut
            cut = max(1, int(len(rest) * width / max(text_width_mm(rest, pt), 1e-9)))
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    del words
    if rest and lines:
        last = lines[-1]
        while last and text_width_mm(last + "…", pt) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return lines


def legend_split(heights: Sequence[float]) -> int:
    """Index of the first block of the second legend column: the split with the shortest taller column."""
    if len(heights) <= 1:
        return len(heights)
    best = min(range(1, len(heights)), key=lambda i: max(sum(heights[:i]), sum(heights[i:])))
    return best


def _legend_height(blocks: list[LegendBlock], body_pt: float, columns: int) -> float:
    head = body_pt * 1.15 * MM_PER_PT * 1.8 + 3.0
    hs = [b.height_mm(body_pt) for b in blocks]
    if columns <= 1 or len(hs) <= 1:
        return head + sum(hs) + 2.0
    i = legend_split(hs)
    return head + max(sum(hs[:i]), sum(hs[i:])) + 2.0


def _fit_legend(
    blocks: list[LegendBlock], rect: Rect, body_pt: float, lang: str, columns: int
) -> tuple[list[LegendBlock], float]:
    """Shrink the legend's text (to 6 pt) and then drop rows until it fits ``rect``."""
    for b in blocks:
        b.note_lines = _wrap_many(b.note, body_pt * 0.85, rect.w / columns - 6, 2) if b.note else []
    pt = body_pt
    while _legend_height(blocks, pt, columns) > rect.h and pt > 6.0:
        pt -= 0.5
    while _legend_height(blocks, pt, columns) > rect.h:
        biggest = max(blocks, key=lambda b: len(b.items))
        if len(biggest.items) <= 1:
            if len(blocks) > 1:
                blocks = blocks[:-1]  # drop the bottom-most layer's block
                continue
            break
        biggest.items = biggest.items[:-1]
        biggest.hidden += 1
    return blocks, pt


def _has_data_in(layer, box: tuple[float, float, float, float]) -> bool:
    """True when ``layer`` has a feature (or raster cell area) inside ``box`` (WGS84 degrees)."""
    b = layer.bounds()
    if not b or b[0] > box[2] or b[2] < box[0] or b[1] > box[3] or b[3] < box[1]:
        return False
    data = getattr(layer, "data", None)
    if data is None:
        return True  # a raster whose footprint overlaps
    import shapely

    hits = data.sindex.query(shapely.box(*box), predicate="intersects")
    return len(hits) > 0
