"""``gzmap density IN -o OUT.tif --bandwidth 500 --cell 50``: kernel density heat surface as GeoTIFF.

Values are points (or the weight field's units) per km², in EPSG:32649
unless the input is already in a metric CRS; cells no kernel reaches are
no-data.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("density", help="kernel density heat surface (quartic/Gaussian, metres) to GeoTIFF")
    p.add_argument("input", help="point file or enterprise table (CSV/Excel)")
    p.add_argument("-o", "--output", required=True, help="output GeoTIFF (.tif)")
    p.add_argument("--bandwidth", type=float, default=500.0, help="kernel bandwidth in metres (default 500)")
    p.add_argument("--cell", type=float, default=50.0, help="cell size in metres (default 50)")
    p.add_argument("--kernel", choices=["quartic", "gaussian"], default="quartic")
    p.add_argument("--weight", help="numeric column weighting each point (e.g. employees)")
    p.add_argument("--method", choices=["auto", "exact", "binned"], default="auto",
                   help="exact sums or linear binning + FFT (auto picks by size)")
    p.add_argument("--crs", help="metric CRS of the grid (default EPSG:32649 for lon/lat input)")
    p.set_defaults(func=run)


def run(args) -> int:
    from gzmap.analysis.kde import kde, save_geotiff
    from gzmap.commands._analysis_input import check_output, read_points

    out = check_output(args.input, args.output, [".tif", ".tiff"])
    gdf = read_points(args.input, out, columns=[args.weight] if args.weight else [])
    grid = kde(gdf, args.bandwidth, args.cell, kernel=args.kernel, weight=args.weight, method=args.method,
               crs=args.crs)
    save_geotiff(grid, out)
    rows, cols = grid.values.shape
    print(f"{rows} x {cols} cells of {args.cell:g} m, peak {float(grid.values[grid.values == grid.values].max()):,.1f} "
          f"{grid.meta['unit']}; wrote {out}")
    return 0
