"""The report-map page, as a pure model: what goes where on the paper, in millimetres.

A :class:`Layout` holds the choices a planner makes (page size and
orientation, margins, title and subtitle, extent, which furniture to show);
:meth:`Layout.plan` turns it, with the project's layers, into a
:class:`PagePlan`: rectangles in millimetres from the page's top-left corner
for the title, the map frame, the legend, the scale bar, the north arrow,
the sources block, the date, the optional locator inset and the optional
photo strip (surveyors' photos of the features on the page), plus their
content. Only the layers that show on the map count
(:mod:`gzmap.core.visibility`: not hidden, with data in the extent, not
covered by an opaque layer above): the legend lists every class of each of
them, in columns when tall (:mod:`gzmap.core.legend_layout`), and the
sources line names their datasets in the page's language, never a path
(:mod:`gzmap.core.map_sources`).

The Qt painter in :mod:`gzmap.render.layout_renderer` draws a plan on any
device; nothing here imports Qt. Text widths are *estimated*
(:mod:`gzmap.core.text_fit`) to decide wrapping, shrinking or a clear
refusal; the renderer measures exactly and only ever shrinks.

Bad input raises :class:`LayoutError` with a one-line message: an unknown
page size (listing the valid ones), a title that cannot fit even on two
lines at the smallest title size, an extent with no data, a legend too long
for the page even in columns at 6 pt.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from typing import Any

from gzmap.core.layout_items import PageEdits
from gzmap.core.layout_items import PhotoCard
from gzmap.core.layout_items import PlacedLogo
from gzmap.core.layout_items import apply_edits
from gzmap.core.legend_layout import LegendBlock
from gzmap.core.legend_layout import LegendItem
from gzmap.core.legend_layout import LegendPlan
from gzmap.core.legend_layout import fit_legend
from gzmap.core.legend_layout import legend_blocks
from gzmap.core.map_sources import sources_text
from gzmap.core.page_words import WORDS
from gzmap.core.page_words import colon
from gzmap.core.page_words import list_separator
from gzmap.core.page_words import word
from gzmap.core.text_fit import MM_PER_PT
from gzmap.core.text_fit import text_width_mm
from gzmap.core.text_fit import wrap_many
from gzmap.core.text_fit import wrap_text
from gzmap.core.viewport import Viewport
from gzmap.core.visibility import has_data_in
from gzmap.core.visibility import shown_layers

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
    "WORDS",
    "nice_scale_length",
    "page_size_mm",
    "text_width_mm",
    "word",
    "wrap_text",
]

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
    legend: LegendPlan | None
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
    header_rule_y: float | None = None
    #: Ids of visible layers with data in the extent that the opaque layers above them hide entirely:
    #: not in the legend or the sources, and not drawn (so their labels do not print over the map).
    covered_ids: frozenset[str] = frozenset()
    #: The locator inset's layers (bottom to top), drawn over ``inset_extent`` with the map's extent marked.
    inset_layers: list = field(default_factory=list)
    #: The user's free text boxes and logos (:mod:`gzmap.core.layout_items`), drawn over everything else.
    text_boxes: list[TextBlock] = field(default_factory=list)
    logos: list = field(default_factory=list)
    #: The photo strip between the map and the footer (mm), its thumbnails and their captions (the features' names).
    photos_rect: Rect | None = None
    photos: list[PlacedLogo] = field(default_factory=list)
    photo_captions: list[TextBlock] = field(default_factory=list)

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
            ("photos", self.photos_rect),
        ):
            if r is not None:
                out[name] = r
        for i, block in enumerate(self.text_boxes):
            out[f"text_box:{i}"] = block.rect
        for i, logo in enumerate(self.logos):
            out[f"logo:{i}"] = logo.rect
        return out


@dataclass
class Layout:
    """A report-map page: paper, title, extent and furniture (all lengths in mm, text sizes in points).

    ``extent`` is (min lon, min lat, max lon, max lat) WGS84 degrees; None
    means the visible layers' bounds. ``date`` (text) defaults to today (ISO);
    ``show_date=False`` leaves it off.
    ``inset`` adds a locator map (its layers and extent are supplied to
    :meth:`plan` and the renderer, see :mod:`gzmap.io.locator`).
    The legend counts the features inside the map's extent, or inside
    ``count_within`` (a shapely geometry in WGS84 degrees, such as an atlas
    page's district, named ``count_within_name`` in a note under the heading).
    ``edits`` are the user's own positions, text boxes and logos
    (:class:`gzmap.core.layout_items.PageEdits`, page millimetres), put on the plan last.
    ``photos`` (:class:`~gzmap.core.layout_items.PhotoCard`) are shown in a strip under the map,
    as many side by side as the width holds; none (the default): no strip.
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
    count_within: Any = None
    count_within_name: str = ""
    edits: PageEdits | None = None
    photos: tuple[PhotoCard, ...] = ()

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
        if not any(has_data_in(l, (x0, y0, x1, y1)) for l in visible):
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
    def plan(
        self,
        layers: Sequence[Any],
        inset_extent: tuple[float, float, float, float] | None = None,
        inset_title: str | None = None,
        inset_layers: Sequence[Any] = (),
    ) -> PagePlan:
        """Place everything on the page for ``layers`` (bottom to top, as in the project).

        ``inset_extent`` (WGS84 degrees) is the locator inset's extent,
        ``inset_title`` its heading (default: the GBA locator's) and
        ``inset_layers`` what it draws (see :func:`gzmap.io.locator.locator_for`);
        without an extent there is no inset. The legend and the sources list only the
        layers that show on the map (:func:`gzmap.core.visibility.shown_layers`
        over the map frame's extent).
        """
        layers = list(getattr(layers, "layers", layers))
        W, H = self.page_mm()
        content = self._content_rect(W, H)
        extent = self.resolve_extent(layers)
        lang = self.lang
        header = self._header(content)
        want_inset = self.inset and inset_extent is not None
        shown, view, map_mm = self._shown(layers, extent, content, header, want_inset)
        footer = self._footer(shown, content)
        body = self._body(content, header, footer)
        binned = _binned_layers(shown, extent, map_mm) if self.legend else {}
        ask = self._legend_ask(shown, view, binned)
        panel = _split_body(body, ask, want_inset)
        if self.legend:  # asked of the estimated frame: ask again if the real one draws the points otherwise
            real = _binned_layers(shown, extent, (panel.frame.w, panel.frame.h))
            if _cells_text(real) != _cells_text(binned):
                ask = self._legend_ask(shown, view, real)
                panel = _split_body(body, ask, want_inset)
        frame = panel.frame
        legend = _placed(panel.legend, panel.legend_rect) if panel.legend and panel.legend_rect else None
        shown_ids = {l.id for l in shown}
        plan = PagePlan(
            page_w=W,
            page_h=H,
            title=header.title,
            subtitle=header.subtitle,
            map_frame=frame,
            extent=extent,
            legend_rect=panel.legend_rect,
            legend=legend,
            body_pt=self.body_pt,
            scale_rect=self._scale_rect(frame),
            north_rect=self._north_rect(frame),
            sources=footer.sources,
            date=footer.date,
            inset_rect=panel.inset_rect,
            inset_extent=inset_extent if panel.inset_rect is not None else None,
            inset_title=inset_title or word("locator", lang),
            inset_layers=list(inset_layers) if panel.inset_rect is not None else [],
            lang=lang,
            header_rule_y=header.rule_y,
            covered_ids=frozenset(
                l.id for l in layers if getattr(l, "visible", True) and l.id not in shown_ids and has_data_in(l, view)
            ),
        )
        if self.photos:
            plan = replace(plan, **_photo_strip(self.photos, body, self.small_pt))
        return apply_edits(plan, self.edits, lambda w, h: ask.fit(w, h, min_w=w))

    def _shown(self, layers, extent, content: Rect, header: _Header, want_inset: bool):
        """The layers that show and the map's extent (WGS84 degrees) in the frame the page will likely have."""
        footer_h = 4 * self.small_pt * MM_PER_PT * 1.35 + 2.5
        body = Rect(
            content.x, header.bottom, content.w, max(content.bottom - footer_h - self._strip_h() - header.bottom, 1.0)
        )
        frame = _estimated_frame(body, self.legend or want_inset)
        k = 4.0  # pixels per mm: only the frame's shape matters here
        vp = Viewport.fit(extent, max(int(frame.w * k), 1), max(int(frame.h * k), 1), margin=PagePlan.map_margin)
        view = vp.extent()
        return shown_layers(layers, view), view, (frame.w, frame.h)

    def _legend_ask(self, shown: Sequence[Any], view, binned: dict[str, float]) -> _LegendAsk:
        """What the legend panel must hold: the blocks of the layers that show, counting in
        ``count_within`` or the map's extent ``view``; point layers in ``binned`` (drawn as count
        squares, see :func:`_binned_layers`) give their count steps."""
        blocks: list[LegendBlock] = []
        if self.legend:
            import shapely

            area, by_feature = (
                (self.count_within, True) if self.count_within is not None else (shapely.box(*view), False)
            )
            blocks = legend_blocks(shown, self.lang, area, by_feature=by_feature, binned=binned)
        return _LegendAsk(blocks, self.body_pt, word("legend", self.lang), self._counts_note())

    def _counts_note(self) -> str:
        """The note under the legend heading saying where an atlas page counts (empty otherwise)."""
        if self.count_within is None or not self.count_within_name:
            return ""
        return word("counts_within", self.lang, area=self.count_within_name)

    def _body(self, content: Rect, header: _Header, footer: _Footer) -> Rect:
        """The page between the header and the footer (mm); refused when too small for a map."""
        body = Rect(content.x, header.bottom, content.w, footer.top - header.bottom - self._strip_h())
        if body.h < 40 or body.w < 60:
            raise LayoutError(
                f"a {self._page_name()} page with {self.margin_mm:g} mm margins leaves no room for "
                "the map; use a larger page, smaller margins or a shorter title"
            )
        return body

    def _strip_h(self) -> float:
        """The height the photo strip takes from the body, with its gap (mm); 0 without photos."""
        return PHOTO_STRIP_MM + PHOTO_GAP_MM if self.photos else 0.0

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
        return f"{word('date', lang)}{colon(lang)}{d}  ·  {word('made_with', lang)}"

    def _source_lines(self, layers: Sequence[Any], width: float) -> list[str]:
        """The sources (up to 3 lines of ``width`` mm) and the projection note; empty when hidden."""
        if not self.sources:
            return []
        lang = self.lang
        srcs = sources_text(layers, lang) + [s for s in self.extra_sources if s]
        text = word("sources", lang) + colon(lang) + (list_separator(lang).join(srcs) if srcs else "—")
        return wrap_many(text, self.small_pt, width, 3) + [word("projection", lang)]

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


#: The photo strip's height (thumbnails and two caption lines) and its gap above, mm.
PHOTO_STRIP_MM = 32.0
PHOTO_GAP_MM = 2.5
#: A photo's cell in the strip: no narrower (more photos than fit are left out) and no wider, mm.
PHOTO_MIN_CELL_MM = 30.0
PHOTO_MAX_CELL_MM = 42.0


def _photo_strip(cards: Sequence[PhotoCard], body: Rect, pt: float) -> dict[str, Any]:
    """The photo strip under the map (``body``, mm): as many cards as fit side by side from the left,
    each a thumbnail over its caption (at most two lines of ``pt`` points, cut with an ellipsis)."""
    rect = Rect(body.x, body.bottom + PHOTO_GAP_MM, body.w, PHOTO_STRIP_MM)
    n = min(len(cards), max(int(body.w // PHOTO_MIN_CELL_MM), 1))
    cell = min(body.w / n, PHOTO_MAX_CELL_MM)
    cap_h = 2 * pt * MM_PER_PT * 1.35
    thumbs, captions = [], []
    for i, card in enumerate(cards[:n]):
        x = rect.x + i * cell
        thumbs.append(PlacedLogo(card.data, Rect(x + 1, rect.y, cell - 2, rect.h - cap_h - 1)))
        lines = wrap_many(card.caption, pt, cell - 2, 2)
        captions.append(TextBlock(lines, pt, Rect(x + 1, rect.bottom - cap_h, cell - 2, cap_h), align="center"))
    return {"photos_rect": rect, "photos": thumbs, "photo_captions": captions}


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
    """The body split into the map frame and the legend/inset panel beside or below it (mm).

    ``legend`` rows are placed relative to ``legend_rect``'s top-left corner until the plan moves them.
    """

    frame: Rect
    legend_rect: Rect | None
    inset_rect: Rect | None
    legend: LegendPlan | None


_PANEL_GAP_MM = 4.0


@dataclass(frozen=True)
class _LegendAsk:
    """What the legend panel must hold: blocks, text size, heading and the counts note."""

    blocks: list[LegendBlock]
    body_pt: float
    heading: str
    counts_note: str

    def fit(self, max_w: float, max_h: float, min_w: float = 0.0, prefer_short: bool = False) -> LegendPlan | None:
        return fit_legend(
            self.blocks,
            body_pt=self.body_pt,
            max_w=max_w,
            max_h=max_h,
            min_w=min_w,
            prefer_short=prefer_short,
            heading=self.heading,
            counts_note=self.counts_note,
        )


def _is_side(body: Rect) -> bool:
    """A body wide enough to put the legend and inset beside the map (else below it)."""
    return body.w / body.h >= 1.15


def _side_width(body: Rect) -> float:
    """The side panel's usual width (mm): a quarter of the body, 55–80 mm."""
    return min(max(0.25 * body.w, 55.0), 80.0)


def _split_body(body: Rect, ask: _LegendAsk, want_inset: bool) -> _Panel:
    """Give the map the body, less a panel for the legend and inset: at the side on a wide body, else below.

    The legend lists every class: it takes more columns (a wider or taller
    panel) and then smaller text; when it still does not fit, the inset
    gives up its room; when even that is not enough the page is refused.
    """
    if not ask.blocks and not want_inset:
        return _Panel(body, None, None, None)
    split = _side_panel if _is_side(body) else _bottom_panel
    for inset in (True, False) if want_inset else (False,):
        panel = split(body, ask, inset)
        if panel is not None:
            return panel
    n = sum(len(b.items) for b in ask.blocks)
    raise LayoutError(
        f"the legend has {n} classes in {len(ask.blocks)} layers and does not fit on this page even in "
        "several columns at 6 pt: choose a larger page, hide layers or use fewer classes"
    )


def _side_panel(body: Rect, ask: _LegendAsk, want_inset: bool) -> _Panel | None:
    """A right-hand panel 55–80 mm wide (wider for a legend in columns): legend at the top, inset below."""
    gap = _PANEL_GAP_MM
    base = _side_width(body)
    ih = min(base * 0.78, body.h * 0.45) if want_inset else 0.0
    legend = None
    if ask.blocks:
        legend = ask.fit(max(base, 0.4 * body.w), body.h - (ih + gap if want_inset else 0.0), min_w=base)
        if legend is None:
            return None
    pw = max(base, legend.width if legend else 0.0)
    frame = Rect(body.x, body.y, body.w - pw - gap, body.h)
    px = frame.right + gap
    inset_rect = Rect(px, body.bottom - ih, pw, ih) if want_inset else None  # as wide as the legend
    legend_rect = Rect(px, body.y, pw, legend.height) if legend else None
    return _Panel(frame, legend_rect, inset_rect, legend)


def _bottom_panel(body: Rect, ask: _LegendAsk, want_inset: bool) -> _Panel | None:
    """A panel below the map, as low as the legend in columns allows: legend left, inset right."""
    gap = _PANEL_GAP_MM
    max_h = 0.45 * body.h
    ih = min(50.0, 0.36 * body.h) if want_inset else 0.0
    iw = min(ih * 1.28, body.w * 0.42) if want_inset else 0.0
    legend = None
    if ask.blocks:
        legend = ask.fit(body.w - (iw + gap if want_inset else 0.0), max_h, prefer_short=True)
        if legend is None:
            return None
    ph = max(legend.height if legend else 0.0, ih, 20.0)
    frame = Rect(body.x, body.y, body.w, body.h - ph - gap)
    py = frame.bottom + gap
    inset_rect = Rect(body.right - iw, py, iw, ih) if want_inset else None
    legend_rect = Rect(body.x, py, legend.width, legend.height) if legend else None
    return _Panel(frame, legend_rect, inset_rect, legend)


def _binned_layers(layers: Sequence[Any], extent, map_mm: tuple[float, float]) -> dict[str, float]:
    """{layer id: ground side of a bin, metres} of the point layers a map frame of ``map_mm`` (width,
    height in mm) showing ``extent`` (WGS84 degrees, fitted with the page's map margin) draws as
    count squares, by the rule the renderer follows (:func:`regime_at`)."""
    import numpy as np
    import shapely

    from gzmap.core.point_rules import cell_metres_at
    from gzmap.core.point_rules import regime_at

    w_pt, h_pt, margin = map_mm[0] / MM_PER_PT, map_mm[1] / MM_PER_PT, PagePlan.map_margin
    out = {}
    for layer in layers:
        if getattr(layer, "legend_shape", "") != "point" or not hasattr(layer, "shown_data"):
            continue
        geoms = np.asarray(layer.shown_data().geometry.values)
        size = float(getattr(layer.style.symbol, "size", 0.0))
        lon, lat = shapely.get_x(geoms), shapely.get_y(geoms)
        if regime_at(lon, lat, size, extent, w_pt, h_pt, margin=margin) == "bins":
            out[layer.id] = cell_metres_at(extent, w_pt, h_pt, margin=margin)
    return out


def _cells_text(binned: dict[str, float]) -> dict[str, str]:
    """What a legend says of ``binned`` (:func:`_binned_layers`): each layer's cell side as written."""
    from gzmap.core.point_rules import cell_size_text

    return {k: cell_size_text(v) for k, v in binned.items()}


def _estimated_frame(body: Rect, with_panel: bool) -> Rect:
    """The map frame before the legend is known: the body less the usual panel (mm)."""
    if not with_panel:
        return body
    if _is_side(body):
        return Rect(body.x, body.y, body.w - _side_width(body) - _PANEL_GAP_MM, body.h)
    return Rect(body.x, body.y, body.w, body.h * 0.72)


def _placed(legend: LegendPlan, at: Rect) -> LegendPlan:
    """``legend`` with its rows moved from the box's corner to the page (mm)."""
    rows = [replace(r, x=r.x + at.x, y=r.y + at.y) for r in legend.rows]
    return replace(legend, rows=rows)
