"""``gzmap info FILE``: what a vector file (or point table) holds, without a display.

For point tables (CSV/TXT/Excel, or any file with no geometry column) the
enterprise importer runs and the counts of rows read, accepted and rejected
are printed with the most frequent rejection reasons.
"""

from __future__ import annotations

import argparse
import json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "info",
        help="print rows, geometry type, CRS/datum, bounds and columns of a file "
        "(for point tables also accepted/rejected rows and reasons)",
    )
    p.add_argument("file")
    datum = "datum of a point table's coordinates (wgs84, gcj02, bd09, cgcs2000, EPSG:NNNN); default: detected"
    p.add_argument("--from", dest="src", help=datum)
    p.add_argument("--json", action="store_true", help="print the facts as JSON")
    p.set_defaults(func=run)


def run(args) -> int:
    from gzmap.io.enterprises import ImportOptions
    from gzmap.io.enterprises import describe_table
    from gzmap.io.errors import ReadError
    from gzmap.io.tables import is_table
    from gzmap.io.vector import describe

    src = getattr(args, "src", None)
    lang = getattr(args, "ui_lang", None) or "en"
    if is_table(args.file):
        facts = describe_table(args.file, ImportOptions(source_datum=src), lang)
    else:
        try:
            facts = describe(args.file)
        except ReadError as exc:
            if "no geometry column" not in exc.reason:
                raise
            facts = describe_table(args.file, ImportOptions(source_datum=src), lang)
    if args.json:
        print(json.dumps(facts, ensure_ascii=False, indent=2))
        return 0
    from gzmap.core.fields import datum_text
    from gzmap.io.enterprises import info_word
    from gzmap.io.messages import text

    b = facts["bounds"]
    print(text("info_file", lang, value=facts["path"]))
    print(text("info_rows", lang, value=facts["rows"]))
    types = [t.strip() for t in str(facts["geometry_type"]).split(",")]
    print(text("info_geometry", lang, value=", ".join(info_word(t, lang) for t in types)))
    print(text("info_crs", lang, crs=facts["crs"], datum=datum_text(facts["datum"])))
    print(text("info_bounds", lang, xmin=b[0], ymin=b[1], xmax=b[2], ymax=b[3]))
    print(text("info_columns", lang, value=", ".join(facts.get("columns_shown", facts["columns"]))))
    for line in facts.get("extra", []):
        print(line)
    return 0
