"""``gzmap emerging IN -o OUT.gpkg --time-field founded``: emerging hot spots of a space-time cube.

Writes one GeoPackage layer ``emerging`` (a polygon per location with its
pattern, Gi* and Mann–Kendall trends), the locations per pattern beside it
(``OUT_patterns.csv``) and, with ``--bins BINS.csv``, every bin of the cube.
Arguments come from the declaration in :mod:`gzmap.analysis.emerging_tool`;
the rules: docs/analysis/emerging.md.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from gzmap.commands._analysis_input import add_command

    add_command(sub, "emerging", run)


def run(args) -> int:
    from gzmap.commands._analysis_input import run_command

    return run_command(args, "emerging")
