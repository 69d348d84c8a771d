"""``gzmap cross-k IN --category subsector --a games --b animation -o OUT.csv``: cross-K/L of two sub-sectors.

OUT.csv: one row per distance r (metres) with K, L, L - r and the lowest,
highest and mean L of the random-labelling simulations, and whether A and B
attract or repel at r. Arguments come from the declaration in
:mod:`gzmap.analysis.cross_k_tool`; the method: docs/analysis/colocation.md.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from gzmap.commands._analysis_input import add_command

    add_command(sub, "cross_k", run)


def run(args) -> int:
    from gzmap.commands._analysis_input import run_command

    return run_command(args, "cross_k")
