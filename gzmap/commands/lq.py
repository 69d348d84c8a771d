"""``gzmap lq IN --by district [--regions FILE] -o OUT.csv``: location quotients of sub-sectors by district.

OUT.csv: one row per district and sub-sector (count, shares, LQ relative
to Guangzhou). ``--regions FILE``: count in that polygon layer's regions
instead (every county of China from ``tools/build_geodata.py --counties``,
or any polygon file; ``adcode``/``name_zh``/``name_en`` or ``name`` name them). Beside it, ``OUT_specialisation.csv`` (Herfindahl and
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
    from gzmap.commands._analysis_input import read_points
    from gzmap.commands._analysis_input import run_command

    def read(a, out):
        cols = [c for c in (a.field, a.weight, None if a.by == "district" else a.by) if c]
        inputs = {"points": read_points(a.input, out, columns=cols)}
        if a.input_regions:
            inputs["regions"] = read_points(a.input_regions, out)
        return inputs

    return run_command(args, "lq", read=read)
