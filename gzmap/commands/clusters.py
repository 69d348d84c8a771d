"""``gzmap clusters IN -o OUT.gpkg --method dbscan --eps 300 --min-samples 20``: density-based clusters.

Writes a GeoPackage with two layers: ``points`` (every input point, its
columns plus ``cluster`` (1 = largest, -1 = noise), ``cluster_role``,
``cluster_size``) and ``clusters`` (one hull polygon per cluster with its
profile), and a summary CSV (``OUT_summary.csv`` unless ``--summary``).
Arguments come from the declaration in :mod:`gzmap.analysis.clusters_tool`.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    from gzmap.commands._analysis_input import add_command

    add_command(sub, "clusters", run)


def run(args) -> int:
    from gzmap.commands._analysis_input import run_command

    return run_command(args, "clusters")
