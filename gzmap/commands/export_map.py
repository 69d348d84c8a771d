"""``gzmap export-map OUT.pdf|OUT.svg|OUT.png``: a print-quality report map, or a whole atlas, headless.

The map is the default project (GBA cities, Guangzhou districts and, when
available, the synthetic sample enterprises) or a saved project
(``--project FILE``). ``--atlas district`` writes one page per district into
one PDF; ``--atlas FIELD`` one page per value of a text field (such as a
sub-sector) or, with numeric fields (``--atlas f1,f2``), one page per field.
``--layout NAME`` uses a print layout saved in the project (its page, the
positions of title, legend, scale bar, north arrow and inset, its text boxes,
logos and locator extent) for the map or every atlas page; options given on
the command line win over the layout's.
"""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export-map",
        help="write a report map (PDF/SVG/PNG) or a multi-page atlas PDF",
        description=__doc__.splitlines()[0],
    )
    p.add_argument("output", help="output file: .pdf (vector), .svg or .png")
    p.add_argument("--title", default=None, help="map title (default: a title for the project)")
    p.add_argument("--subtitle", default="", help="subtitle, e.g. the year and what is shown")
    p.add_argument(
        "--size", default=None, help="page size: A5, A4, A3, A2, A1, Letter, Legal, Tabloid or WxH in mm [A4]"
    )
    orient = p.add_mutually_exclusive_group()
    orient.add_argument(
        "--landscape", dest="landscape", action="store_true", default=None, help="landscape page (default)"
    )
    orient.add_argument("--portrait", dest="landscape", action="store_false", help="portrait page")
    p.add_argument("--dpi", type=float, default=300.0, help="resolution of a PNG (and of dense point layers) [300]")
    p.add_argument(
        "--lang", dest="map_lang", choices=["zh_CN", "en"], default="zh_CN", help="language of the map's text [zh_CN]"
    )
    p.add_argument(
        "--atlas",
        metavar="district|FIELD",
        default=None,
        help="one page per district, per value of a text field, or per numeric field (f1,f2,...)",
    )
    p.add_argument(
        "--extent",
        default=None,
        metavar="LON0,LAT0,LON1,LAT1",
        help="map extent in WGS84 degrees (default: the visible layers)",
    )
    p.add_argument(
        "--inset",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a locator inset: where the map lies in Guangzhou, the GBA, Guangdong or China (default: on)",
    )
    p.add_argument(
        "--layout",
        metavar="NAME",
        default=None,
        help="a print layout saved in the project (--project) in the report dialog: page, item positions, "
        "text boxes, logos and locator extent; 'current' for the layout last used there",
    )
    p.add_argument(
        "--photos",
        nargs="?",
        type=int,
        const=6,
        default=0,
        metavar="N",
        help="a strip of up to N photos (6) of the features on the page or each atlas page, with their names",
    )
    p.add_argument("--margin", type=float, default=10.0, help="page margin in mm [10]")
    p.add_argument(
        "--year",
        type=int,
        default=None,
        help="show the enterprises as of this year: founded by then and not closed by then (a layer's year "
        "or date field, e.g. 成立年份, and its closing year 注销年份 where it has one); also on every atlas page",
    )
    p.add_argument(
        "--year-mode",
        choices=("as_of", "year"),
        default="as_of",
        help="with --year: as_of (open in that year, default) or year (founded in that year)",
    )
    p.add_argument(
        "--project",
        dest="map_project",
        metavar="FILE",
        default=None,
        help="saved GZMap project to map (default: the built-in default project)",
    )
    p.set_defaults(func=run)


def _parse_extent(text: str):
    try:
        vals = [float(v) for v in text.replace(" ", "").split(",")]
    except ValueError:
        vals = []
    if len(vals) != 4:
        raise ValueError(f"--extent {text!r}: give four numbers LON0,LAT0,LON1,LAT1 in WGS84 degrees")
    return tuple(vals)


def _show_year(layers, year: int, mode: str) -> None:
    """Set every layer with a year or date field to show ``year`` (ValueError: no layer has one)."""
    from gzmap.core.layer_filter import year_filter
    from gzmap.core.time_filter import YEAR_RANGE

    if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise ValueError(f"--year {year}: give a year from {YEAR_RANGE[0]} to {YEAR_RANGE[1]}")
    found = 0
    for layer in layers:
        flt = year_filter(layer, year, mode)
        if flt is not None:
            layer.filter = flt
            found += 1
    if not found:
        raise ValueError(f"--year {year}: no layer of the map has a year or date field (such as 成立年份)")


def _saved_layout(project, name: str):
    """The print layout ``name`` saved in ``project`` (``current``: the one in use); ValueError naming the saved ones."""
    from gzmap.io.print_layouts import read_layouts

    current, saved, warnings = read_layouts(project, "en")
    for message in warnings:  # bad saved values fall back to their defaults
        print(f"gzmap export-map: warning: {message}", file=sys.stderr)
    if name in saved:
        return saved[name]
    if name == "current" and current is not None:
        return current
    names = ", ".join(sorted(saved)) or "none"
    raise ValueError(f"--layout {name!r}: the project has no print layout of that name; saved layouts: {names}")


def _layout_options(args, settings) -> dict:
    """Page, titles, inset and page edits: the command line's where given, else the saved layout's, else defaults."""

    def pick(value, key: str, default):
        if value is not None:
            return value
        return getattr(settings, key) if settings is not None else default

    return {
        "page_size": pick(args.size, "page_size", "A4"),
        "landscape": pick(args.landscape, "landscape", True),
        "subtitle": args.subtitle or (settings.subtitle if settings is not None else ""),
        "inset": pick(args.inset, "inset", True),
        "legend": settings.legend if settings is not None else True,
        "edits": settings.edits if settings is not None else None,
    }


def _ui(args) -> str:
    """The language of what the command prints (``--lang`` before the command; the map's is after it)."""
    return getattr(args, "ui_lang", None) or "en"


def run(args) -> int:
    from gzmap.core.layout import Layout
    from gzmap.export import report
    from gzmap.export.print_photos import with_page_photos
    from gzmap.export.print_photos import with_photos
    from gzmap.io.builtin import default_project
    from gzmap.io.errors import check_writable
    from gzmap.io.errors import writing
    from gzmap.io.messages import text
    from gzmap.io.project import load_project
    from gzmap.io.tiles import check_tile_layers
    from gzmap.io.tiles import take_tile_problems

    check_writable(args.output)
    project = load_project(args.map_project) if args.map_project else default_project()
    from gzmap.core.style_check import plain_where_unusable

    for message in plain_where_unusable(project.layers, _ui(args)):  # a style field the table lacks: drawn plain
        print(f"gzmap export-map: {text('warning', _ui(args), message=message)}", file=sys.stderr)
    if args.year is not None:
        _show_year(project.layers, args.year, args.year_mode)
    layers = project.layers
    check_tile_layers(layers)  # a tile set that cannot be opened fails here, before any file is written
    zh = args.map_lang.startswith("zh")
    settings = _saved_layout(project, args.layout) if args.layout else None
    title = args.title
    if title is None and settings is not None:
        title = settings.title
    if title is None:
        title = getattr(project, "title", "") if args.map_project else ""
        title = title or ("广州市数字文化产业地图" if zh else "Guangzhou digital-culture industry map")
    extent = _parse_extent(args.extent) if args.extent else getattr(project, "view_extent", None)
    layout = Layout(
        title=title, margin_mm=args.margin, extent=extent, lang=args.map_lang, **_layout_options(args, settings)
    )
    if args.atlas:
        pages = report.atlas_pages(layers, args.atlas, layout)
        pages = with_photos(pages, project, layout, args.photos) if args.photos else pages
        with writing(args.output):
            out = report.export_atlas(args.output, layout, pages, dpi=args.dpi)
        print(text("atlas_written", _ui(args), file=out, n=len(pages)))
    else:
        layout = with_page_photos(layout, project, layers, args.photos) if args.photos else layout
        with writing(args.output):
            out = report.export_report(args.output, layout, layers, dpi=args.dpi)
        print(text("map_written", _ui(args), file=out))
    for message in take_tile_problems():  # e.g. tiles skipped as not images: the map is written without them
        print(f"gzmap export-map: warning: {message}", file=sys.stderr)
    return 0
