"""``gzmap hotspots IN -o OUT.gpkg --cell 500``: Getis-Ord Gi* hot and cold spots on a grid.

Writes one GeoPackage layer ``hotspots``: a polygon per cell with ``value``
(points, or summed weight), ``gi_z``, ``gi_p_sim``, ``gi_p``, ``gi_class``
(-3..3) and bilingual labels.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hotspots", help="Getis-Ord Gi* hot/cold spots on a square or hex grid (metres)")
    p.add_argument("input", help="point file or enterprise table (CSV/Excel)")
    p.add_argument("-o", "--output", required=True, help="output GeoPackage (.gpkg)")
    p.add_argument("--cell", type=float, default=500.0, help="cell size in metres (default 500)")
    p.add_argument("--shape", choices=["square", "hex"], default="square")
    p.add_argument("--permutations", type=int, default=999, help="permutations for pseudo p-values (0: normal)")
    p.add_argument("--fdr", action="store_true", help="false-discovery-rate correction of the classes")
    p.add_argument("--weight", help="numeric column summed per cell instead of counting points")
    p.add_argument("--area", choices=["points", "guangzhou"], default="points",
                   help="grid over the points' bounding box or over Guangzhou's districts")
    p.add_argument("--seed", type=int, default=12345, help="random seed of the permutations")
    p.add_argument("--crs", help="metric CRS of the grid (default EPSG:32649 for lon/lat input)")
    p.set_defaults(func=run)


def run(args) -> int:
    from gzmap.analysis.hotspots import hotspots
    from gzmap.commands._analysis_input import check_output, read_points, write_gpkg
    from gzmap.io.errors import check_writable, writing

    out = check_output(args.input, check_writable(args.output), [".gpkg"])
    gdf = read_points(args.input, out, columns=[args.weight] if args.weight else [])
    cells = hotspots(gdf, args.cell, shape=args.shape, weight=args.weight, permutations=args.permutations,
                     fdr=args.fdr, area=None if args.area == "points" else args.area, seed=args.seed, crs=args.crs)
    with writing(out):
        write_gpkg(cells, out, "hotspots")
    counts = cells["gi_class"].value_counts()
    hot = int(counts[counts.index > 0].sum())
    cold = int(counts[counts.index < 0].sum())
    print(f"{len(cells)} cells of {args.cell:g} m: {hot} hot, {cold} cold (90% or more); wrote {out}")
    return 0
