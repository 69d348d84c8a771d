"""``gzmap sites IN --candidates C -p 3 --distance 3000 -o OUT.gpkg``: where the next parks go.

OUT.gpkg: the layer ``sites`` (the chosen candidates with the demand each
covers) and ``demand`` (every enterprise with its nearest chosen site, the
distance in metres and whether it is covered); ``OUT_summary.csv`` beside
it. Without ``--candidates`` the candidates are a grid over the study area.
Arguments come from the declaration in :mod:`gzmap.analysis.sites_tool`;
the method: docs/analysis/sites.md.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from gzmap.commands._analysis_input import add_command

    add_command(sub, "sites", run)


def run(args) -> int:
    from gzmap.commands._analysis_input import run_command

    return run_command(args, "sites")
