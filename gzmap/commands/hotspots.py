"""``gzmap hotspots IN -o OUT.gpkg --cell 500``: Getis-Ord Gi* hot and cold spots on a grid.

Writes one GeoPackage layer ``hotspots``: a polygon per cell with ``value``
(points, or summed weight), ``gi_z``, ``gi_p``, ``gi_p_adj``,
``gi_confidence``, ``gi_class`` (-3, -2, 0, 2, 3) and bilingual labels
(significance: docs/analysis/significance.md). Arguments come from the
declaration in :mod:`gzmap.analysis.hotspots_tool`.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from gzmap.commands._analysis_input import add_command

    add_command(sub, "hotspots", run)


def run(args) -> int:
    from gzmap.commands._analysis_input import read_points
    from gzmap.commands._analysis_input import run_command

    return run_command(
        args, "hotspots", read=lambda a, out: read_points(a.input, out, columns=[a.weight] if a.weight else [])
    )
