"""Draw a report page (:class:`gzmap.core.layout.PagePlan`) on any QPaintDevice.

The map frame is drawn by :func:`gzmap.render.map_renderer.render_map`, the
renderer the canvas uses, so the printed map is the map on screen. Page
geometry comes in millimetres; the caller says how many device pixels make a
millimetre (``px_per_mm``: 300 dpi → 11.81). Text sizes are points on paper
whatever the device's own logical dpi (a QPdfWriter at 300 dpi, a QImage at
96 dpi used for a 300-dpi PNG, a preview pixmap). QtGui only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontMetricsF
from PySide6.QtGui import QImage
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen
from PySide6.QtGui import QPolygonF

from gzmap.core.layer import Layer
from gzmap.core.layout import PagePlan
from gzmap.core.layout import format_denominator
from gzmap.core.layout import word
from gzmap.core.style import hex_to_rgb
from gzmap.render.map_renderer import UI_FONT_FAMILIES
from gzmap.render.map_renderer import RenderOptions
from gzmap.render.map_renderer import render_map

__all__ = ["draw_inset", "render_layout"]

FRAME_COLOR = "#333333"
MUTED = "#666666"
#: The locator's mark of the main map's extent: near-black, neutral beside any palette.
MARK_COLOR = "#1a1a1a"
#: The locator inset's background (sea), the same neutral as :data:`gzmap.io.locator.SEA`.
INSET_SEA = "#e6ebef"


class _Page:
    """Millimetre → device-pixel conversion and fonts sized in points on paper."""

    def __init__(self, painter: QPainter, px_per_mm: float):
        self.p = painter
        self.k = float(px_per_mm)
        dev = painter.device()
        self.dev = dev
        self.dev_dpi = float(dev.logicalDpiY()) if dev is not None and dev.logicalDpiY() > 0 else 96.0
        self.dpi = self.k * 25.4

    def mm(self, v: float) -> float:
        return v * self.k

    def rect(self, r) -> QRectF:
        return QRectF(r.x * self.k, r.y * self.k, r.w * self.k, r.h * self.k)

    def font(self, pt: float, bold: bool = False) -> QFont:
        f = QFont()
        f.setFamilies(UI_FONT_FAMILIES)
        f.setPointSizeF(max(pt * self.dpi / self.dev_dpi, 0.5))
        f.setBold(bold)
        f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return f

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.dev) if self.dev is not None else QFontMetricsF(font)

    def pen(self, color: str, width_mm: float) -> QPen:
        pen = QPen(QColor(color), max(self.mm(width_mm), 0.5))
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        pen.setCapStyle(Qt.PenCapStyle.SquareCap)
        return pen

    def text_line(
        self,
        text: str,
        x: float,
        y_top: float,
        font: QFont,
        color: str = "#222222",
        align: str = "left",
        max_w: float | None = None,
    ) -> float:
        """Draw one line whose top is at ``y_top`` px; shrink the font to fit ``max_w`` px. Returns its height."""
        fm = self.metrics(font)
        w = fm.horizontalAdvance(text)
        if max_w is not None and w > max_w > 0:
            f2 = QFont(font)
            f2.setPointSizeF(font.pointSizeF() * max_w / w * 0.99)
            font, fm = f2, self.metrics(f2)
            w = fm.horizontalAdvance(text)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        self.p.setFont(font)
        self.p.setPen(QColor(color))
        self.p.drawText(QPointF(x, y_top + fm.ascent()), text)
        return fm.height()


def render_layout(
    painter: QPainter,
    plan: PagePlan,
    layers: Sequence[Layer] | object,
    px_per_mm: float,
    background: str | None = "#ffffff",
) -> None:
    """Draw the page ``plan`` with the map of ``layers`` (a Project or a list, bottom to top).

    ``px_per_mm`` is device pixels per millimetre of paper. Layers the plan
    found hidden under opaque layers above (:attr:`PagePlan.covered_ids`) are
    not drawn, so neither are their labels; the locator inset draws
    :attr:`PagePlan.inset_layers`.
    """
    layers = list(getattr(layers, "layers", layers))
    pg = _Page(painter, px_per_mm)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if background:
        painter.fillRect(QRectF(0, 0, pg.mm(plan.page_w), pg.mm(plan.page_h)), QColor(background))

    _draw_header(pg, plan)
    vp = plan.viewport(px_per_mm)
    _draw_map(pg, plan, [l for l in layers if l.id not in plan.covered_ids], vp)
    if plan.north_rect is not None:
        _draw_north_arrow(pg, plan)
    if plan.scale_rect is not None:
        _draw_scale_bar(pg, plan)
    if plan.legend_rect is not None:
        _draw_legend(pg, plan)
    if plan.inset_rect is not None and plan.inset_extent is not None and plan.inset_layers:
        _draw_inset(pg, plan, list(plan.inset_layers), vp.extent())
    for block in (plan.sources, plan.date):
        if block is not None:
            _draw_text_block(pg, block)
    for photo in plan.photos:  # the photo strip: thumbnails over their captions
        _draw_logo(pg, photo)
    for block in plan.photo_captions:
        _draw_text_block(pg, block)
    for logo in plan.logos:
        _draw_logo(pg, logo)
    for block in plan.text_boxes:
        _draw_text_block(pg, block)
    painter.restore()


def _draw_logo(pg: _Page, logo) -> None:
    """A logo's image (PNG bytes) fitted inside its box (mm), aspect kept, centred; nothing if it does not decode."""
    img = QImage.fromData(logo.data)
    if img.isNull() or img.width() < 1 or img.height() < 1:
        return
    box = pg.rect(logo.rect)
    k = min(box.width() / img.width(), box.height() / img.height())
    w, h = img.width() * k, img.height() * k
    target = QRectF(box.center().x() - w / 2, box.center().y() - h / 2, w, h)
    pg.p.save()
    pg.p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    pg.p.drawImage(target, img)
    pg.p.restore()


# -- header and text ----------------------------------------------------------------


def _draw_text_block(pg: _Page, block) -> None:
    font = pg.font(block.pt, block.bold)
    r = pg.rect(block.rect)
    fm = pg.metrics(font)
    line_h = block.pt * pg.dpi / 72.0 * (1.25 if block.pt >= 10 else 1.35)
    y = r.top()
    for line in block.lines:
        x = r.right() if block.align == "right" else r.center().x() if block.align == "center" else r.left()
        pg.text_line(line, x, y, font, block.color, block.align, max_w=r.width())
        y += max(line_h, fm.height() * 0.98)


def _draw_header(pg: _Page, plan: PagePlan) -> None:
    for block in (plan.title, plan.subtitle):
        if block is not None:
            _draw_text_block(pg, block)
    if plan.header_rule_y is not None:
        m = plan.map_frame.x
        y = pg.mm(plan.header_rule_y)
        pg.p.setPen(pg.pen("#1f4e79", 0.6))
        pg.p.drawLine(QPointF(pg.mm(m), y), QPointF(pg.mm(plan.page_w - m), y))


# -- map frame --------------------------------------------------------------------


def _draw_map(pg: _Page, plan: PagePlan, layers, vp) -> None:
    r = pg.rect(plan.map_frame)
    p = pg.p
    p.save()
    p.translate(r.topLeft())
    # the viewport has whole pixels; scale the tiny remainder so the map fills the frame exactly
    p.scale(r.width() / vp.width, r.height() / vp.height)
    render_map(
        p,
        layers,
        vp,
        RenderOptions(
            lang=plan.lang,
            dpi=pg.dpi,
            labels=True,
            background="#f4f7fa",
            highlight_selection=False,
            label_reserved=_reserved_for_labels(plan, vp),
        ),
    )
    p.restore()
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(pg.pen(FRAME_COLOR, 0.35))
    p.drawRect(r)


def _reserved_for_labels(plan: PagePlan, vp) -> tuple[tuple[float, float, float, float], ...]:
    """The boxes of what is drawn over the map (scale bar, north arrow, an inset, a legend, text boxes or
    logos the user put inside the frame) in the viewport's pixels, for labels to keep clear of."""
    f = plan.map_frame
    kx, ky = vp.width / f.w, vp.height / f.h
    boxes = []
    placed = [b.rect for b in plan.text_boxes] + [g.rect for g in plan.logos]
    for r in (plan.scale_rect, plan.north_rect, plan.inset_rect, plan.legend_rect, *placed):
        if r is not None and r.x < f.right and r.right > f.x and r.y < f.bottom and r.bottom > f.y:
            boxes.append(((r.x - f.x) * kx, (r.y - f.y) * ky, (r.right - f.x) * kx, (r.bottom - f.y) * ky))
    return tuple(boxes)


def _draw_north_arrow(pg: _Page, plan: PagePlan) -> None:
    r = pg.rect(plan.north_rect)
    p = pg.p
    cx = r.center().x()
    letter_h = r.height() * 0.3
    font = pg.font(max(plan.north_rect.w * 0.9, 7.0), bold=True)
    pg.text_line(word("north", plan.lang), cx, r.top(), font, "#222222", "center")
    top = r.top() + letter_h + pg.mm(0.8)
    bottom = r.bottom()
    half = r.width() * 0.32
    notch = bottom - (bottom - top) * 0.22
    left = QPolygonF([QPointF(cx, top), QPointF(cx - half, bottom), QPointF(cx, notch)])
    right = QPolygonF([QPointF(cx, top), QPointF(cx + half, bottom), QPointF(cx, notch)])
    p.save()
    pen = pg.pen("#222222", 0.25)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    p.setPen(pen)
    p.setBrush(QColor("#222222"))
    p.drawPolygon(left)
    p.setBrush(QColor("#ffffff"))
    p.drawPolygon(right)
    p.restore()


def _draw_scale_bar(pg: _Page, plan: PagePlan) -> None:
    sb = plan.scale_bar(pg.k)
    if sb is None:
        return
    vp = plan.viewport(pg.k)
    length_px = sb.length_px * pg.mm(plan.map_frame.w) / vp.width  # the map is scaled to fill the frame exactly
    p = pg.p
    box = pg.rect(plan.scale_rect)
    font = pg.font(plan.body_pt * 0.9)
    fm = pg.metrics(font)
    x0 = box.left() + pg.mm(3.0)
    bar_h = pg.mm(1.6)
    label_y = box.top() + pg.mm(1.2)
    bar_y = label_y + fm.height() + pg.mm(0.6)
    # white backing so the bar reads over the map
    back = QRectF(box.left(), box.top(), length_px + pg.mm(6.0) + fm.horizontalAdvance(" km") * 1.2, box.height())
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255, 225))
    p.drawRect(back)
    # four alternating cells: 0, quarter, half (tick), three quarters, full (tick)
    cell = length_px / 4
    for i in range(4):
        p.setBrush(QColor("#222222") if i % 2 == 0 else QColor("#ffffff"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRect(QRectF(x0 + i * cell, bar_y, cell, bar_h))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(pg.pen("#222222", 0.2))
    p.drawRect(QRectF(x0, bar_y, length_px, bar_h))
    tick = pg.mm(0.9)
    for frac in (0.0, 0.5, 1.0):
        x = x0 + frac * length_px
        p.drawLine(QPointF(x, bar_y - tick), QPointF(x, bar_y + bar_h))
    for frac, text in zip((0.0, 0.5, 1.0), sb.labels):
        x = x0 + frac * length_px
        if frac == 1.0:  # centre the number, let the unit hang to the right
            num = text.split(" ")[0]
            w_num = fm.horizontalAdvance(num)
            pg.text_line(text, x - w_num / 2, label_y, font, "#222222", "left")
        else:
            pg.text_line(text, x, label_y, font, "#222222", "center")
    rf = f"{word('scale', plan.lang)} {format_denominator(sb.denominator)}"
    pg.text_line(rf, x0, bar_y + bar_h + pg.mm(0.8), pg.font(plan.body_pt * 0.8), MUTED)
    p.restore()


# -- legend -----------------------------------------------------------------------


def _swatch(pg: _Page, item, rect: QRectF) -> None:
    p = pg.p
    sym = item.symbol
    r, g, b = hex_to_rgb(sym.fill)
    fill = QColor(r, g, b, int(round(255 * sym.fill_opacity)))
    stroke = QColor(sym.stroke)
    p.save()
    if item.shape == "point":
        d = min(max(sym.size * pg.dpi / 72.0, pg.mm(1.6)), rect.height())
        p.setBrush(fill)
        p.setPen(
            QPen(stroke, max(sym.stroke_width * pg.dpi / 72.0, 0.5)) if sym.stroke_width > 0 else Qt.PenStyle.NoPen
        )
        p.drawEllipse(rect.center(), d / 2, d / 2)
    elif item.shape == "line":
        pen = QPen(fill if sym.stroke_width <= 0 else stroke, max(sym.stroke_width * pg.dpi / 72.0, pg.mm(0.4)))
        p.setPen(pen)
        p.drawLine(QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y()))
    else:
        p.setBrush(fill)
        if sym.stroke_width > 0:
            p.setPen(QPen(stroke, max(min(sym.stroke_width, 1.0) * pg.dpi / 72.0, 0.5)))
        else:
            p.setPen(QPen(QColor("#999999"), max(pg.mm(0.1), 0.5)))
        p.drawRect(rect)
    p.restore()


def _draw_legend(pg: _Page, plan: PagePlan) -> None:
    """The legend box, its heading (and counts note) and every placed row of :attr:`PagePlan.legend`."""
    legend = plan.legend
    if legend is None or plan.legend_rect is None:
        return
    p = pg.p
    box = pg.rect(plan.legend_rect)
    p.save()
    p.setPen(pg.pen("#9a9a9a", 0.25))
    p.setBrush(QColor("#ffffff"))
    p.drawRect(box)
    pt = legend.body_pt
    pad = pg.mm(3.0)
    y = box.top() + pad * 0.8
    y += pg.text_line(legend.heading, box.left() + pad, y, pg.font(pt * 1.15, bold=True), "#1a1a1a") * 1.05
    if legend.counts_note:
        pg.text_line(legend.counts_note, box.left() + pad, y, pg.font(pt * 0.85), MUTED, max_w=box.width() - 2 * pad)
    fonts = {
        "title": pg.font(pt, bold=True),
        "label": pg.font(pt),
        "count": pg.font(pt * 0.9),
        "note": pg.font(pt * 0.85),
    }
    for row in legend.rows:
        if row.kind == "item":
            _draw_item(pg, row, fonts)
        else:
            font = fonts["title"] if row.kind == "title" else fonts["note"]
            color = "#1a1a1a" if row.kind == "title" else MUTED
            step = pg.mm(row.h) / max(len(row.lines), 1)
            for i, line in enumerate(row.lines):
                pg.text_line(line, pg.mm(row.x), pg.mm(row.y) + i * step, font, color, max_w=pg.mm(row.w))
    p.restore()


def _draw_item(pg: _Page, row, fonts: dict) -> None:
    """One class: swatch, label, and its count right-aligned in the column."""
    item = row.item
    x, y, w, h = pg.mm(row.x), pg.mm(row.y), pg.mm(row.w), pg.mm(row.h)
    sw_w, sw_h = pg.mm(6.0), min(pg.mm(3.6), h * 0.8)
    _swatch(pg, item, QRectF(x, y + (h - sw_h) / 2, sw_w, sw_h))
    count_w = 0.0
    if item.count is not None:
        text = f"{item.count:,}"
        fm_c = pg.metrics(fonts["count"])
        count_w = fm_c.horizontalAdvance(text) + pg.mm(2.5)
        pg.text_line(text, x + w, y + (h - fm_c.height()) / 2, fonts["count"], MUTED, "right")
    fm_l = pg.metrics(fonts["label"])
    left = x + sw_w + pg.mm(2.0)
    pg.text_line(item.label, left, y + (h - fm_l.height()) / 2, fonts["label"], "#222222", max_w=x + w - left - count_w)


# -- locator inset ------------------------------------------------------------------


def _draw_inset(pg: _Page, plan: PagePlan, layers, main_extent) -> None:
    box = pg.rect(plan.inset_rect)
    font = pg.font(plan.body_pt * 0.9, bold=True)
    title_h = pg.metrics(font).height() + pg.mm(1.0)
    pg.text_line(plan.inset_title, box.left(), box.top(), font, "#1a1a1a", max_w=box.width())
    frame = QRectF(box.left(), box.top() + title_h, box.width(), box.height() - title_h)
    draw_inset(
        pg.p,
        frame,
        layers,
        plan.inset_extent,
        lang=plan.lang,
        dpi=pg.dpi * 0.6,
        background=INSET_SEA,
        mark_extent=main_extent,
        mark_width=max(pg.mm(0.45), 1.0),
        mark_min=pg.mm(2.5),
        border=pg.pen(FRAME_COLOR, 0.3),
    )


def _mark(p: QPainter, rect: QRectF, width: float, min_side: float) -> None:
    """Outline ``rect`` (the main map's extent) in near-black over a white halo; at least ``min_side`` px."""
    if rect.width() < min_side or rect.height() < min_side:
        c = rect.center()
        rect = QRectF(
            c.x() - max(rect.width(), min_side) / 2,
            c.y() - max(rect.height(), min_side) / 2,
            max(rect.width(), min_side),
            max(rect.height(), min_side),
        )
    p.setBrush(Qt.BrushStyle.NoBrush)
    halo = QPen(QColor("#ffffff"), width * 2.6)
    halo.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    p.setPen(halo)
    p.drawRect(rect)
    pen = QPen(QColor(MARK_COLOR), width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    p.setPen(pen)
    p.drawRect(rect)


def draw_inset(
    painter: QPainter,
    frame: QRectF,
    layers,
    extent,
    *,
    lang: str = "zh_CN",
    dpi: float = 96.0,
    background: str = "#f4f7fa",
    margin: float = 0.04,
    mark_extent=None,
    mark_width: float = 1.0,
    mark_min: float = 6.0,
    border: QPen | None = None,
    annotate=None,
):
    """Draw a locator inset: ``layers`` fitted to ``extent`` (WGS84 degrees) inside ``frame`` (device px).

    ``mark_extent`` (WGS84 degrees), when given, is outlined in near-black
    over a white halo (``mark_width`` px, at least ``mark_min`` px across so a
    small map still shows): where the main map is. ``annotate(painter,
    viewport)`` may draw more (labels, links) in the inset's own pixels,
    clipped to it, before the ``border`` pen frames it. Used by report pages
    and the competitor view. Returns the inset's
    :class:`~gzmap.core.viewport.Viewport`.
    """
    from gzmap.core.viewport import Viewport

    p = painter
    vp = Viewport.fit(extent, max(int(frame.width()), 1), max(int(frame.height()), 1), margin=margin)
    p.save()
    p.translate(frame.topLeft())
    p.scale(frame.width() / vp.width, frame.height() / vp.height)
    p.setClipRect(QRectF(0, 0, vp.width, vp.height))
    render_map(
        p, layers, vp, RenderOptions(lang=lang, dpi=dpi, labels=False, background=background, highlight_selection=False)
    )
    if mark_extent is not None:
        x0, y0 = vp.lonlat_to_screen(mark_extent[0], mark_extent[3])
        x1, y1 = vp.lonlat_to_screen(mark_extent[2], mark_extent[1])
        _mark(p, QRectF(QPointF(float(x0), float(y0)), QPointF(float(x1), float(y1))), mark_width, mark_min)
    if annotate is not None:
        annotate(p, vp)
    p.restore()
    if border is not None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(border)
        p.drawRect(frame)
    return vp
