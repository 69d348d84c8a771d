"""``gzmap export-html OUT.html``: the interactive map as one self-contained HTML file.

From a saved project (``--project FILE``, when this build can read project
files) or from the inputs the app opens on: the GBA cities, the Guangzhou
districts and the synthetic sample enterprises (when bundled), plus an
enterprise table given with ``--points``. The file makes no network request
unless ``--basemap osm|amap`` adds online tiles. Warnings of the export
(clipped values, repaired polygons, ...) are printed on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


class ExportHtmlError(Exception):
    """A one-line reason the export cannot run."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-html", help="write an interactive map (one HTML file that works offline)")
    p.add_argument("output", metavar="OUT.html")
    p.add_argument("--project", dest="project_file", metavar="FILE", help="saved GZMap project to export")
    p.add_argument("--title", help="map title (default: the project's title)")
    p.add_argument(
        "--points",
        metavar="FILE",
        help="enterprise table or point file to add (CSV/Excel/GeoJSON/...; columns detected)",
    )
    p.add_argument(
        "--points-datum",
        metavar="DATUM",
        help="datum of --points: wgs84, gcj02, bd09, cgcs2000 or EPSG:NNNN (default: detected)",
    )
    p.add_argument(
        "--lang",
        dest="map_lang",
        choices=["zh_CN", "en"],
        default=None,
        help="language of labels, legend and panels (default: zh_CN)",
    )
    p.add_argument(
        "--basemap",
        choices=["none", "osm", "amap"],
        default="none",
        help="none: offline vector geography only (default); osm/amap: also offer online tiles, this one shown first",
    )
    p.add_argument(
        "--skip-failed-layers",
        action="store_true",
        help="leave out a layer that cannot be exported (with a warning) instead of failing",
    )
    p.set_defaults(func=run)


def run(args) -> int:
    from gzmap.export.html import LayerExportError
    from gzmap.export.html import export_html

    out = Path(args.output)
    if out.suffix.lower() not in (".html", ".htm"):
        raise ExportHtmlError(f"{out}: the output must be an .html file")
    from gzmap.io.errors import check_writable

    check_writable(out)  # missing folder, a folder, read-only file or disk: one line naming the file
    project_file = args.project_file or getattr(args, "project", None)
    from gzmap.io.builtin import default_project
    from gzmap.io.messages import text
    from gzmap.io.project import load_project

    ui = getattr(args, "ui_lang", None) or "en"  # what is printed; the page's language is --lang after the command
    project = load_project(project_file) if project_file else default_project()
    from gzmap.core.style_check import plain_where_unusable

    for message in plain_where_unusable(project.layers, ui):  # a style field the table lacks: drawn plain
        print(f"gzmap export-html: {text('warning', ui, message=message)}", file=sys.stderr)
    if args.points:
        from gzmap.io.enterprises import ImportOptions
        from gzmap.io.enterprises import import_file

        res = import_file(Path(args.points), ImportOptions(source_datum=args.points_datum))
        if res.n_accepted == 0:
            raise ExportHtmlError(f"{args.points}: no row could be placed ({res.n_rejected} rejected)")
        project.add_layer(res.layer())
        if res.n_rejected:
            said = text("points_rejected", ui, n=res.n_rejected, total=res.rows_read, file=args.points)
            print(f"gzmap export-html: {args.points}: {said}", file=sys.stderr)
    lang = args.map_lang or getattr(args, "lang", None) or "zh_CN"
    try:
        report = export_html(
            project, out, title=args.title, lang=lang, basemap=args.basemap, skip_failed=args.skip_failed_layers
        )
    except LayerExportError as exc:
        hint = (
            "（加 --skip-failed-layers 可跳过它导出其余图层）"
            if lang.startswith("zh")
            else " (add --skip-failed-layers to export the other layers without it)"
        )
        raise ExportHtmlError(f"{out}: {exc}{hint}") from None
    for w in report.warnings:
        print(f"gzmap export-html: {text('warning', ui, message=w)}", file=sys.stderr)
    points = sum(l["count"] for l in report.layers if l["kind"] == "points")
    layers = len(report.layers)
    print(
        text("html_written", ui, file=out, mb=report.bytes / 1e6, layers=layers, points=points, seconds=report.seconds)
    )
    return 0
