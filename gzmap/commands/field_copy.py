"""``gzmap field-copy PROJECT OUT --area 天河 --surveyor NAME [--zooms 10-16]``: a field copy for one surveyor.

Writes OUT (a project file cut to the area, with the base state the merge
compares with) and, beside it, an MBTiles file per basemap with the tiles of
the area for the zoom range. The master PROJECT gets stable feature ids and a
record of the copy (saved first, atomically). See :mod:`gzmap.io.field_copy`.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "field-copy",
        help="make a self-contained copy of a project for one surveyor, cut to an area, with its basemap tiles",
    )
    p.add_argument("project_file", metavar="PROJECT", help="the master project (.gzmap.gpkg)")
    p.add_argument("output", metavar="OUT", help="the field copy to write (.gzmap.gpkg)")
    p.add_argument(
        "--area",
        required=True,
        help="a Guangzhou district (天河, Tianhe), 'west,south,east,north' "
        "in WGS84 degrees, or a polygon file (.geojson/.gpkg)",
    )
    p.add_argument("--surveyor", required=True, help="who takes the copy (shown when merging)")
    p.add_argument("--zooms", default="10-16", help="basemap zoom levels to copy, LOW-HIGH (default 10-16)")
    p.set_defaults(func=run)


def run(args) -> int:
    from gzmap.io.field_copy import FieldWorkError
    from gzmap.io.field_copy import field_copy
    from gzmap.io.messages import text

    lang = getattr(args, "ui_lang", None)
    try:
        lo, _, hi = str(args.zooms).partition("-")
        zooms = (int(lo), int(hi or lo))
    except ValueError:
        raise FieldWorkError("zooms", lang) from None
    rep = field_copy(args.project_file, args.output, args.area, args.surveyor, zooms, lang=lang)
    print(f"{rep.path}  ({rep.area}, {rep.bytes / 2**20:.1f} MB)")
    for name, n in rep.features.items():
        print(f"  {name}: {n}")
    for name, n in rep.tiles.items():
        print("  " + text("copy_tiles", lang, name=name, n=n, low=zooms[0], high=zooms[1]))
    for f in rep.tile_files:
        print(f"  + {f}")
    for w in rep.warnings:
        print(f"  ! {w}")
    return 0
