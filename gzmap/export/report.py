"""Report maps on paper: PDF (vector), SVG and PNG, one map or a whole atlas.

:func:`export_report` writes one page, :func:`export_atlas` a multi-page PDF
(one page per district, per feature of a layer, per value of a category
field or per numeric field/indicator, like a QGIS atlas). Pages are laid out
by :class:`gzmap.core.layout.Layout` and drawn by
:func:`gzmap.render.layout_renderer.render_layout`, whose map frame is the
canvas's own renderer.

Writes are atomic: the file is rendered to a temporary file in the same
folder and moved over the target with :func:`os.replace` only when complete,
so a failure, a cancel or an unwritable folder never leaves a partial file
that looks finished. Chinese text uses the bundled *GZMap Sans SC* font,
which Qt embeds (subset) in the PDF.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from pathlib import Path
from typing import Any

from gzmap.core.layer import Layer
from gzmap.core.layer import VectorLayer
from gzmap.core.layout import Layout
from gzmap.core.layout import LayoutError
from gzmap.core.layout import PagePlan
from gzmap.core.progress import Progress
from gzmap.core.progress import report
from gzmap.core.style import CategorizedStyle
from gzmap.core.style import GraduatedStyle
from gzmap.core.style import SingleStyle
from gzmap.core.style import Symbol

__all__ = [
    "FORMATS",
    "AtlasPage",
    "ReportError",
    "atlas_pages",
    "district_pages",
    "ensure_gui_app",
    "export_atlas",
    "export_report",
    "feature_pages",
    "field_pages",
    "inset_layers",
    "plan_page",
    "render_page_image",
    "render_plan_image",
]

FORMATS = {".pdf": "pdf", ".svg": "svg", ".png": "png"}
MAX_PNG_PIXELS = 250_000_000  # about A1 at 300 dpi


class ReportError(Exception):
    """The report cannot be written; the one-line message says why."""


# -- Qt set-up ---------------------------------------------------------------------


def ensure_gui_app():
    """A QGuiApplication (created offscreen when there is no display) with the bundled fonts registered."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1] or ["gzmap"])
    from gzmap.render.fonts import register_bundled_fonts

    register_bundled_fonts()
    return app


# -- files --------------------------------------------------------------------------


def format_for(path: str | os.PathLike, fmt: str | None = None) -> str:
    """``pdf``, ``svg`` or ``png`` from ``fmt`` or the file's suffix (else ReportError)."""
    if fmt:
        f = fmt.lower().lstrip(".")
        if f not in FORMATS.values():
            raise ReportError(f"unknown format {fmt!r}; valid formats: pdf, svg, png")
        return f
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ReportError(f"cannot tell the format of {str(path)!r}: name it .pdf, .svg or .png")
    return FORMATS[suffix]


def check_writable(path: str | os.PathLike) -> Path:
    """The absolute target path, after checking its folder exists and can be written (else ReportError)."""
    p = Path(path).expanduser().absolute()
    folder = p.parent
    if p.is_dir():
        raise ReportError(f"cannot write {p}: it is a folder")
    if not folder.is_dir():
        raise ReportError(f"cannot write {p}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReportError(f"cannot write {p}: no permission to write in folder {folder}")
    if p.exists() and not os.access(p, os.W_OK):
        raise ReportError(f"cannot write {p}: the file is read-only")
    return p


@contextmanager
def atomic_target(path: Path):
    """Yield a temporary path beside ``path``; move it over ``path`` only if the block succeeds."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix + ".part", dir=path.parent)
    except OSError as exc:
        raise ReportError(f"cannot write {path}: {exc.strerror or exc}") from None
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    try:
        yield tmp
        if not os.path.exists(tmp) or os.path.getsize(tmp) == 0:
            raise ReportError(f"cannot write {path}: nothing was written")
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# -- pages ----------------------------------------------------------------------------


@dataclass
class AtlasPage:
    """One atlas page: the layers to draw (bottom to top) and the layout changes (title, extent...)."""

    layers: list[Layer]
    changes: dict[str, Any] = field(default_factory=dict)
    label: str = ""


def inset_layers(lang: str = "zh_CN") -> list[Layer]:
    """The GBA locator's layers: the GBA cities over their surroundings, Guangzhou darker (neutral greys)."""
    from gzmap.io.locator import locator

    return list(locator("gba").layers)


def _inset_extent(layers: Sequence[Layer]):
    boxes = [b for l in layers if (b := l.bounds())]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def plan_page(layout: Layout, layers: Sequence[Layer], inset: Sequence[Layer] | str | None = "auto") -> PagePlan:
    """Lay out one page (LayoutError on bad input, e.g. an unknown page size or an empty extent).

    ``inset`` is ``"auto"`` (the locator the user chose in ``layout.edits.inset_extent``:
    GBA, Guangdong, China or a map view; by default the one that fits the map's extent,
    see :func:`gzmap.io.locator.locator_for`), a list of layers to draw over
    their own extent, or None; only used when ``layout.inset`` is set.
    """
    if not layout.inset or inset is None:
        return layout.plan(list(layers))
    choice = layout.edits.inset_extent if layout.edits is not None else "auto"
    if isinstance(inset, str) and choice == "view" and layout.edits is not None and layout.edits.inset_view:
        shown = [l for l in layers if getattr(l, "visible", True)]
        return layout.plan(list(layers), layout.edits.inset_view, None, shown)
    if isinstance(inset, str) and choice in ("gba", "guangdong", "china"):
        from gzmap.io.locator import locator

        chosen = locator(choice)
        return layout.plan(list(layers), chosen.extent, chosen.title(layout.lang), chosen.layers)
    if isinstance(inset, str):
        from gzmap.io.locator import locator_for

        loc = locator_for(layout.resolve_extent(list(layers)))
        if loc is None:
            return layout.plan(list(layers))
        return layout.plan(list(layers), loc.extent, loc.title(layout.lang), loc.layers)
    ins = list(inset)
    return layout.plan(list(layers), _inset_extent(ins), None, ins)


def _paint(painter, plan: PagePlan, layers, px_per_mm: float) -> None:
    from gzmap.render.layout_renderer import render_layout

    render_layout(painter, plan, layers, px_per_mm)


def render_page_image(
    layout: Layout, layers: Sequence[Layer], width_px: int, inset: Sequence[Layer] | str | None = "auto"
):
    """A QImage of the page ``width_px`` wide (the live preview; same renderer as the files)."""
    return render_plan_image(plan_page(layout, layers, inset), layers, width_px)


def render_plan_image(plan: PagePlan, layers: Sequence[Layer], width_px: int):
    """A QImage of the laid-out page ``plan`` ``width_px`` wide (the editable preview keeps the plan)."""
    from PySide6.QtGui import QImage
    from PySide6.QtGui import QPainter

    k = width_px / plan.page_w
    img = QImage(int(width_px), max(int(round(plan.page_h * k)), 1), QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(0xFFFFFFFF)
    p = QPainter(img)
    try:
        _paint(p, plan, layers, k)
    finally:
        p.end()
    return img


def export_report(
    path: str | os.PathLike,
    layout: Layout,
    project,
    *,
    fmt: str | None = None,
    dpi: float = 300.0,
    inset: Sequence[Layer] | str | None = "auto",
    progress: Progress | None = None,
) -> Path:
    """Write one report page to ``path`` as PDF (vector), SVG or PNG; return the path.

    ``dpi`` is the PNG's resolution and the PDF/SVG's device resolution (it
    sets how finely dense point layers, which are drawn as an image, are
    resolved). Raises :class:`ReportError` or :class:`LayoutError` with a
    one-line message; on any failure no file is left at ``path``.
    """
    layers = list(getattr(project, "layers", project))
    kind = format_for(path, fmt)
    target = check_writable(path)
    if not (30 <= dpi <= 1200):
        raise ReportError(f"dpi {dpi:g} is outside 30–1200")
    plan = plan_page(layout, layers, inset)  # layout errors before any file is touched
    ensure_gui_app()
    report(progress, 0.05, "layout")
    with atomic_target(target) as tmp:
        if kind == "pdf":
            _write_pdf(tmp, [(plan, layers)], dpi, layout.title, progress)
        elif kind == "svg":
            _write_svg(tmp, plan, layers, dpi, layout.title)
        else:
            _write_png(tmp, plan, layers, dpi)
        report(progress, 1.0, "done")
    return target


def export_atlas(
    path: str | os.PathLike,
    layout: Layout,
    pages: Sequence[AtlasPage],
    *,
    dpi: float = 300.0,
    inset: Sequence[Layer] | str | None = "auto",
    progress: Progress | None = None,
) -> Path:
    """Write a multi-page PDF atlas, one page per :class:`AtlasPage`; return the path.

    Every page is laid out before the file is opened, so a bad page (an empty
    extent, a title too long) fails the whole export with its page named,
    and nothing is written.
    """
    if format_for(path) != "pdf":
        raise ReportError("an atlas is a multi-page PDF: name the output .pdf")
    if not pages:
        raise ReportError("the atlas has no pages")
    target = check_writable(path)
    plans = []
    for i, page in enumerate(pages):
        try:
            plans.append((plan_page(layout.with_(**page.changes), page.layers, inset), page.layers))
        except LayoutError as exc:
            raise LayoutError(f"atlas page {i + 1} ({page.label or '?'}): {exc}") from None
        report(progress, 0.05 * (i + 1) / len(pages), "layout")
    ensure_gui_app()
    with atomic_target(target) as tmp:
        _write_pdf(tmp, plans, dpi, layout.title, progress)
    report(progress, 1.0, "done")
    return target


def _page_layout(plan: PagePlan):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageLayout
    from PySide6.QtGui import QPageSize

    w, h = plan.page_w, plan.page_h
    size = QPageSize(QSizeF(min(w, h), max(w, h)), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orient = QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orient, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def _write_pdf(tmp: str, pages, dpi: float, title: str, progress) -> None:
    from PySide6.QtGui import QPainter
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(tmp)
    writer.setResolution(int(round(dpi)))
    writer.setTitle(title or "GZMap")
    writer.setCreator("GZMap")
    writer.setPageLayout(_page_layout(pages[0][0]))
    painter = QPainter()
    if not painter.begin(writer):
        raise ReportError(f"cannot write PDF {tmp}")
    k = dpi / 25.4
    try:
        for i, (plan, layers) in enumerate(pages):
            if i:
                writer.setPageLayout(_page_layout(plan))
                if not writer.newPage():
                    raise ReportError("cannot start a new PDF page")
            _paint(painter, plan, layers, k)
            report(progress, 0.05 + 0.95 * (i + 1) / len(pages), f"page {i + 1}/{len(pages)}")
    finally:
        painter.end()


def _write_svg(tmp: str, plan: PagePlan, layers, dpi: float, title: str) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    k = dpi / 25.4
    w, h = int(math.ceil(plan.page_w * k)), int(math.ceil(plan.page_h * k))
    gen = QSvgGenerator()
    gen.setFileName(tmp)
    gen.setSize(QSize(w, h))
    gen.setViewBox(QRectF(0, 0, w, h))
    gen.setResolution(int(round(dpi)))
    gen.setTitle(title or "GZMap")
    gen.setDescription("Report map made with GZMap")
    painter = QPainter()
    if not painter.begin(gen):
        raise ReportError(f"cannot write SVG {tmp}")
    try:
        _paint(painter, plan, layers, k)
    finally:
        painter.end()


def _write_png(tmp: str, plan: PagePlan, layers, dpi: float) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtGui import QPainter

    k = dpi / 25.4
    w, h = int(round(plan.page_w * k)), int(round(plan.page_h * k))
    if w * h > MAX_PNG_PIXELS:
        raise ReportError(
            f"a {plan.page_w:g} x {plan.page_h:g} mm page at {dpi:g} dpi is {w} x {h} pixels, "
            "too large for a PNG: lower the dpi or export a PDF"
        )
    img = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(0xFFFFFFFF)
    dpm = int(round(dpi / 0.0254))
    img.setDotsPerMeterX(dpm)
    img.setDotsPerMeterY(dpm)
    p = QPainter(img)
    try:
        _paint(p, plan, layers, k)
    finally:
        p.end()
    # PySide6 6.11's stub asks for the format as bytes, but the call accepts only str (bytes raise ValueError)
    if not img.convertToFormat(QImage.Format.Format_RGB32).save(tmp, "PNG"):  # type: ignore[call-overload]
        raise ReportError(f"cannot write PNG {tmp}")


# -- atlas page builders ---------------------------------------------------------------


def _highlight_layer(gdf, name_zh: str, name_en: str) -> VectorLayer:
    style = SingleStyle(
        symbol=Symbol(fill="#ffffff", fill_opacity=0.0, stroke="#d7301f", stroke_width=1.8),
        title_zh=name_zh,
        title_en=name_en,
    )
    lyr = VectorLayer(gdf, name_zh, name_en, source="atlas:highlight", style=style)
    return lyr


def _feature_name(row, lang: str, name_field: str) -> tuple[str, str]:
    zh = row.get(f"{name_field}_zh", row.get(name_field, ""))
    en = row.get(f"{name_field}_en", zh)
    return str(zh), str(en)


def feature_pages(
    layers: Sequence[Layer], coverage: VectorLayer, layout: Layout, name_field: str = "name", margin: float = 0.08
) -> list[AtlasPage]:
    """One page per feature of ``coverage`` (a polygon layer), zoomed to it and outlined in red.

    Each page's legend counts the features inside that page's feature (its
    district), as its note under the legend heading says.
    """
    pages = []
    gdf = coverage.data
    for i in range(len(gdf)):
        row = gdf.iloc[i]
        zh, en = _feature_name(row, layout.lang, name_field)
        name = zh if layout.lang.startswith("zh") else en
        x0, y0, x1, y1 = row.geometry.bounds
        dx, dy = (x1 - x0) * margin, (y1 - y0) * margin
        hl = _highlight_layer(gdf.iloc[[i]], zh, en)
        sep = " · "
        title = f"{layout.title}{sep}{name}" if layout.title else name
        changes = {
            "title": title,
            "extent": (x0 - dx, y0 - dy, x1 + dx, y1 + dy),
            "count_within": row.geometry,  # the legend counts what is in this feature, not city-wide
            "count_within_name": name,
        }
        pages.append(AtlasPage(list(layers) + [hl], changes, label=name))
    return pages


def district_pages(layers: Sequence[Layer], layout: Layout) -> list[AtlasPage]:
    """One page per Guangzhou district (the project's district layer, else the built-in one)."""
    coverage = next(
        (l for l in layers if isinstance(l, VectorLayer) and l.source.endswith("gz_districts.geojson")), None
    )
    if coverage is None:
        from gzmap.io.builtin import districts_layer

        coverage = districts_layer()
    return feature_pages(layers, coverage, layout)


def _find_field_layer(layers: Sequence[Layer], field: str) -> VectorLayer:
    for l in reversed(list(layers)):
        if isinstance(l, VectorLayer) and l.visible and field in l.data.columns:
            return l
    have = sorted({c for l in layers if isinstance(l, VectorLayer) for c in l.data.columns if c != "geometry"})
    raise ReportError(f"no visible layer has a field {field!r}; fields: {', '.join(have) or 'none'}")


def _numeric(series) -> bool:
    import pandas as pd

    return pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)


def field_pages(
    layers: Sequence[Layer], fields: Sequence[str], layout: Layout, max_pages: int = 200
) -> list[AtlasPage]:
    """Atlas pages over fields of the project's layers.

    - several fields (or one numeric field): one page per field, the layer
      holding it drawn with a graduated style (Natural Breaks, 5 classes)
      of that field, titled with the field (an indicator per page);
    - one text field (a category such as sub-sector): one page per value,
      showing only that value's features of the layer.
    """
    layers = list(layers)
    fields = [f.strip() for f in fields if f.strip()]
    if not fields:
        raise ReportError("no atlas field given")
    pages: list[AtlasPage] = []
    if len(fields) == 1 and not _numeric(_find_field_layer(layers, fields[0]).data[fields[0]]):
        f = fields[0]
        layer = _find_field_layer(layers, f)
        values = [v for v in layer.data[f].dropna().astype(str).unique()]
        if len(values) > max_pages:
            raise ReportError(f"field {f!r} has {len(values)} different values; an atlas takes at most {max_pages}")
        style = layer.style
        for v in sorted(values, key=lambda s: (-int((layer.data[f].astype(str) == s).sum()), s)):
            sub = layer.data[layer.data[f].astype(str) == v]
            sym, zh, en = (
                style.categories[v]
                if isinstance(style, CategorizedStyle) and style.field == f and v in style.categories
                else (style.symbol, v, v)
            )
            lbl = zh if layout.lang.startswith("zh") else en
            copy = VectorLayer(
                sub,
                f"{layer.name_zh}：{zh}",
                f"{layer.name_en}: {en}",
                source=layer.source,
                source_datum=layer.source_datum,
                provenance=layer.provenance,
                style=SingleStyle(symbol=sym, title_zh=zh, title_en=en, source=style.source),
            )
            page_layers = [copy if l is layer else l for l in layers]
            title = f"{layout.title} · {lbl}" if layout.title else lbl
            pages.append(AtlasPage(page_layers, {"title": title}, label=lbl))
        return pages
    for f in fields:
        layer = _find_field_layer(layers, f)
        if not _numeric(layer.data[f]):
            raise ReportError(f"field {f!r} is not numeric; an atlas over several fields maps numeric fields")
        style = GraduatedStyle(
            field=f,
            scheme="NaturalBreaks",
            k=5,
            ramp="YlGnBu",
            symbol=(
                layer.style.symbol
                if "Point" in layer.geometry_type
                else replace(layer.style.symbol, stroke="#ffffff", stroke_width=0.5)
            ),
            label_field=layer.style.label_field,
            title_zh=f,
            title_en=f,
            source=layer.style.source,
        ).fit(layer.data)
        copy = VectorLayer(
            layer.data,
            layer.name_zh,
            layer.name_en,
            source=layer.source,
            source_datum=layer.source_datum,
            provenance=layer.provenance,
            style=style,
        )
        page_layers = [copy if l is layer else l for l in layers]
        title = f"{layout.title} · {f}" if layout.title else f
        pages.append(AtlasPage(page_layers, {"title": title}, label=f))
    return pages


def atlas_pages(layers: Sequence[Layer], spec: str, layout: Layout) -> list[AtlasPage]:
    """Pages for ``--atlas SPEC``: ``district`` (one page per district) or field name(s), comma-separated."""
    s = spec.strip()
    if s.lower() in {"district", "districts", "区", "辖区"}:
        return district_pages(layers, layout)
    return field_pages(layers, s.replace("，", ",").split(","), layout)
