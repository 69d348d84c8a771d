"""``gzmap lq IN --by district -o OUT.csv``: location quotients of sub-sectors by district.

OUT.csv: one row per district and sub-sector (count, shares, LQ relative
to Guangzhou). Beside it, ``OUT_specialisation.csv`` (Herfindahl and
Krugman index per district) and ``OUT_clark_evans.csv`` (nearest-neighbour
index per sub-sector). CSVs are UTF-8 with BOM so Excel shows Chinese.
Arguments come from the declaration in :mod:`gzmap.analysis.lq_tool`.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from gzmap.commands._analysis_input import add_command

    add_command(sub, "lq", run)


def run(args) -> int:
    from gzmap.commands._analysis_input import read_points, run_command

    def read(a, out):
        cols = [c for c in (a.field, a.weight, None if a.by == "district" else a.by) if c]
        return read_points(a.input, out, columns=cols)

    return run_command(args, "lq", read=read)
