"""``gzmap indicators TABLE --join districts|gba``: check an indicator table's join.

Prints the indicators (unit, years, source), which rows matched which region
(and by which spelling), the unmatched rows with their file row numbers and
a "did you mean", rows for regions outside the layer, regions without data
and every problem in the table. Exits 1 when any row is unmatched (with
``--strict``, also when any value is unusable), so report pipelines can stop.
"""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "indicators",
        help="match an indicator table (CSV/XLSX) to districts or GBA cities and report matched and unmatched regions",
    )
    p.add_argument(
        "table",
        help="CSV/TXT/XLSX table, long form (region, indicator, year, value, unit, source) "
        "or wide form (one column per indicator)",
    )
    p.add_argument(
        "--join", choices=["districts", "gba"], default="districts", help="regions to join to (default: districts)"
    )
    p.add_argument("--sheet", help="Excel sheet name or 0-based index")
    p.add_argument("--report", metavar="CSV", help="also write the row-by-row match report to this CSV")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--strict", action="store_true", help="also exit 1 when any value is unusable")
    p.set_defaults(func=run)


def run(args) -> int:
    from gzmap.analysis.indicators import join_indicators
    from gzmap.io.errors import check_writable
    from gzmap.io.errors import writing
    from gzmap.io.indicators import read_indicator_table
    from gzmap.io.messages import text

    if args.report:
        check_writable(args.report)
    sheet = args.sheet
    if sheet is not None and sheet.isdigit():
        sheet = int(sheet)
    table = read_indicator_table(args.table, sheet=sheet)
    frame = join_indicators(table, args.join)
    rep = frame.report
    ui_lang = getattr(args, "ui_lang", "en")
    if args.report:
        df = rep.rows_frame()
        msgs = {}
        for p in rep.problems:
            if p.row is not None:
                msgs.setdefault(p.row, []).append(str(p))
        df["problems"] = [" | ".join(msgs.get(int(r), [])) for r in df["row"]]
        with writing(args.report):
            from gzmap.io.table_writer import write_table

            write_table(df, args.report)
    if args.json:
        out = {
            "table": table.path,
            "form": table.form,
            "join": args.join,
            "indicators": [
                {
                    "name": i.name,
                    "name_en": i.name_en,
                    "unit": i.unit,
                    "years": i.years,
                    "source": i.source,
                    "approx": i.approx,
                }
                for i in table.indicators()
            ],
            "matched": rep.matched.to_dict("records"),
            "unmatched": rep.unmatched.to_dict("records"),
            "elsewhere": rep.elsewhere.to_dict("records"),
            "without_data": [
                {"adcode": r.adcode, "name_zh": r.name_zh, "name_en": r.name_en} for r in rep.without_data
            ],
            "problems": [
                {"row": p.row, "column": p.column, "message": p.message, "severity": p.severity} for p in rep.problems
            ],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2, default=int))
    else:
        print_indicators(table, rep.n_rows, args.join, ui_lang)
        for line in rep.lines(ui_lang):
            print(line)
    unusable = [p for p in rep.problems if p.severity == "error"]
    if not rep.ok:
        n = rep.unmatched["row"].nunique()
        print(f"gzmap indicators: {table.path}: {text('unmatched_rows', ui_lang, n=n)}", file=sys.stderr)
        return 1
    if args.strict and unusable:
        print(f"gzmap indicators: {table.path}: {text('unusable_values', ui_lang, n=len(unusable))}", file=sys.stderr)
        return 1
    return 0


def print_indicators(table, n_rows: int, join: str, lang: str) -> None:
    """The table, the regions joined to and each indicator (name, unit, years, source), in ``lang``."""
    from gzmap.io.messages import text

    zh = lang.startswith("zh")
    print(text(f"ind_table_{table.form}", lang, file=table.path, n=n_rows))
    print(text(f"ind_join_{join}", lang))
    print(text("ind_header", lang))
    for i in table.indicators():
        name = i.name if zh or not i.name_en else f"{i.name} / {i.name_en}"
        approx = text("ind_approx", lang) if i.approx and "approx" not in i.source else ""
        line = text(
            "ind_line",
            lang,
            name=name,
            unit=i.unit or text("ind_no_unit", lang),
            years=", ".join(i.years) or "-",
            source=i.source or text("ind_no_source", lang),
            approx=approx,
        )
        print("  " + line)
