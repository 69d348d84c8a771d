"""``gzmap colocation IN --category subsector -o OUT.gpkg``: co-location quotients of sub-sectors.

OUT.gpkg: every enterprise with its local co-location quotient, pseudo
p-value and class. Beside it, ``OUT_matrix.csv`` (global CLQ, one row per
sub-sector A, one column per B) and ``OUT_pairs.csv`` (counts, CLQ and
p-value of each ordered pair). Arguments come from the declaration in
:mod:`gzmap.analysis.colocation_tool`; the method: docs/analysis/colocation.md.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from gzmap.commands._analysis_input import add_command

    add_command(sub, "colocation", run)


def run(args) -> int:
    from gzmap.commands._analysis_input import run_command

    return run_command(args, "colocation")
