"""``gzmap lq IN --by district -o OUT.csv``: location quotients of sub-sectors by district.

OUT.csv: one row per district and sub-sector (count, shares, LQ relative
to Guangzhou). Beside it, ``OUT_specialisation.csv`` (Herfindahl and
Krugman index per district) and ``OUT_clark_evans.csv`` (nearest-neighbour
index per sub-sector). CSVs are UTF-8 with BOM so Excel shows Chinese.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("lq", help="location quotients of sub-sectors by district, specialisation, Clark-Evans")
    p.add_argument("input", help="point file or enterprise table (CSV/Excel)")
    p.add_argument("-o", "--output", required=True, help="output CSV")
    p.add_argument("--by", default="district", help="'district' (point in district) or a column to group by")
    p.add_argument("--field", default="subsector", help="sub-sector column (default subsector)")
    p.add_argument("--weight", help="sum this column (e.g. employees) instead of counting enterprises")
    p.set_defaults(func=run)


def run(args) -> int:
    from gzmap.analysis.district_stats import clark_evans, location_quotients, specialisation
    from gzmap.commands._analysis_input import check_output, read_points
    from gzmap.io.errors import check_writable, writing

    out = check_output(args.input, check_writable(args.output), [".csv"])
    cols = [c for c in (args.field, args.weight, None if args.by == "district" else args.by) if c]
    gdf = read_points(args.input, out, columns=cols)
    lq = location_quotients(gdf, field=args.field, by=args.by, weight=args.weight)
    spec = specialisation(gdf, field=args.field, by=args.by, weight=args.weight)
    ce = clark_evans(gdf, field=args.field)
    spec_path = out.with_name(out.stem + "_specialisation.csv")
    ce_path = out.with_name(out.stem + "_clark_evans.csv")
    from gzmap.io.table_writer import write_table

    for table, path in ((lq, out), (spec, spec_path), (ce, ce_path)):
        with writing(path):
            write_table(table, path)
    note = f" ({lq.attrs['outside']} points outside every district left out)" if lq.attrs.get("outside") else ""
    print(f"{lq['adcode'].nunique()} districts x {lq['subsector'].nunique()} sub-sectors{note}; "
          f"wrote {out}, {spec_path.name}, {ce_path.name}")
    return 0
