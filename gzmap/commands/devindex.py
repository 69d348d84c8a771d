"""``gzmap devindex TABLE --join districts|gba --groups GROUPS.csv -o OUT.csv``: development index of regions.

OUT.csv: one row per region and year with the entropy–TOPSIS score and rank,
the score of each indicator group, the coupling C, coordination T and
coupling coordination degree D with its band (极度失调 … 优质协调) and the
main obstacle. Beside it ``OUT_weights.csv`` (entropy and weight of each
indicator), ``OUT_years.csv`` (years side by side) and ``OUT_obstacles.csv``
(obstacle degree of every indicator). Arguments come from the declaration in
:mod:`gzmap.analysis.devindex_tool`; the method: docs/analysis/devindex.md.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from gzmap.commands._analysis_input import add_command

    add_command(sub, "devindex", run)


def run(args) -> int:
    from gzmap.commands._analysis_input import run_command

    return run_command(args, "devindex")
