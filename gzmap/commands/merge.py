"""``gzmap merge PROJECT COPY... [--report conflicts.csv] [--take a|b|base|note]``: field copies back in.

Prints what merged and every conflict (base value and each side's value,
lettered a, b, ... in the order of the copies, the master last). ``--take``
resolves every conflict of this merge the same way; without it conflicts stay
open in the master and the command exits with 3 until they are resolved
(``gzmap merge PROJECT --take ...`` with no copies resolves the open ones).
``--report`` writes every conflict to a CSV (UTF-8 with BOM, formula-safe).
The master is saved once, atomically: a merge that fails leaves it unchanged.
"""

from __future__ import annotations

import argparse

#: Exit code while conflicts are open.
EXIT_CONFLICTS = 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("merge", help="merge field copies into their master project; lists conflicts")
    p.add_argument("project_file", metavar="PROJECT", help="the master project (.gzmap.gpkg)")
    p.add_argument("copies", metavar="COPY", nargs="*", help="field copies made from PROJECT")
    p.add_argument("--report", help="write the conflicts to this CSV file")
    p.add_argument(
        "--take",
        help="resolve conflicts: a, b, ... (that side's value), base (the value before), note (keep the "
        "master's value, note all values in survey_notes)",
    )
    p.set_defaults(func=run)


def run(args) -> int:
    from gzmap.io.field_merge import conflict_text
    from gzmap.io.field_merge import merge

    lang = getattr(args, "ui_lang", None)
    result = merge(args.project_file, args.copies, take=args.take, lang=lang)
    for line in result.lines:
        print(line)
    for w in result.warnings:
        print(f"! {w}")
    for c in result.open_conflicts:
        print(conflict_text(c, lang))
    if args.report:
        write_report(result.conflicts, args.report)
    return EXIT_CONFLICTS if result.open_conflicts else 0


def write_report(conflicts, path) -> None:
    """The conflicts as a table: id, layer, feature, uid, field, base, each side's name and value, choice."""
    import string

    import pandas as pd

    from gzmap.io.field_merge import value_text
    from gzmap.io.table_writer import write_table

    rows = []
    for c in conflicts:
        row = {
            "conflict": c.conflict_id,
            "layer": c.layer_name,
            "feature": c.feature,
            "uid": c.uid,
            "field": c.field,
            "base": value_text(c.base) if c.field != "*" else "",
        }
        for i, s in enumerate(c.sides):
            letter = string.ascii_lowercase[i]
            row[f"{letter}_who"] = s.label
            row[f"{letter}_value"] = value_text(s.value)
        row["choice"] = c.choice
        rows.append(row)
    write_table(pd.DataFrame(rows), path)
