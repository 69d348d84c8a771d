"""``gzmap ellipse IN -o OUT.gpkg --by subsector --per year``: mean centres and standard deviational ellipses.

Writes the GeoPackage layers ``ellipses``, ``drift`` (the line through each
group's mean centres in time order) and ``centres``, and every group and
period beside it (``OUT_ellipses.csv``, with the reason where a group has no
ellipse). Arguments come from the declaration in
:mod:`gzmap.analysis.ellipse_tool`; the method: docs/analysis/ellipse.md.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from gzmap.commands._analysis_input import add_command

    add_command(sub, "ellipse", run)


def run(args) -> int:
    from gzmap.commands._analysis_input import run_command

    return run_command(args, "ellipse")
