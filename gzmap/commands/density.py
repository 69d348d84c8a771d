"""``gzmap density IN -o OUT.tif --bandwidth 500 --cell 50``: kernel density heat surface as GeoTIFF.

Values are points (or the weight field's units) per km², in EPSG:32649
unless the input is already in a metric CRS; cells no kernel reaches are
no-data. Arguments come from the declaration in :mod:`gzmap.analysis.kde_tool`.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    from gzmap.commands._analysis_input import add_command

    add_command(sub, "kde", run)


def run(args) -> int:
    from gzmap.commands._analysis_input import run_command

    return run_command(args, "kde", read=_read)


def _read(args, out):
    """Vector files as coordinate arrays (no GeoDataFrame, no pandas); enterprise tables and GeoParquet
    through the enterprise import / vector reader."""
    from gzmap.io.point_coords import SUFFIXES

    weight = [args.weight] if args.weight else []
    if Path(args.input).suffix.lower() in SUFFIXES:
        from gzmap.io.point_coords import read_point_coords

        return read_point_coords(args.input, weight)
    from gzmap.commands._analysis_input import read_points

    return read_points(args.input, out, columns=weight)
