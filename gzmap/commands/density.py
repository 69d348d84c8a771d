"""``gzmap density IN -o OUT.tif --bandwidth 500 --cell 50``: kernel density heat surface as GeoTIFF.

Values are points (or the weight field's units) per km², in EPSG:32649
unless the input is already in a metric CRS; cells no kernel reaches are
no-data.
"""

from __future__ import annotations

import argparse
from pathlib import Path


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
    import numpy as np

    from gzmap.analysis.kde import save_geotiff
    from gzmap.commands._analysis_input import check_output
    from gzmap.io.errors import check_writable, writing
    from gzmap.io.point_coords import SUFFIXES

    out = check_output(args.input, check_writable(args.output), [".tif", ".tiff"])
    options = {"kernel": args.kernel, "method": args.method, "crs": args.crs}
    grid = (_density_of_vector_file(args, options) if Path(args.input).suffix.lower() in SUFFIXES
            else _density_of_table(args, out, options))
    with writing(out):
        save_geotiff(grid, out)
    rows, cols = grid.values.shape
    print(f"{rows} x {cols} cells of {args.cell:g} m, peak {float(np.nanmax(grid.values)):,.1f} "
          f"{grid.meta['unit']}; wrote {out}")
    return 0


def _density_of_vector_file(args, options):
    """Coordinates (and the weight column) read as arrays: no GeoDataFrame, no pandas."""
    from gzmap.analysis.kde import check_weight_column, kde_xy
    from gzmap.io.point_coords import read_point_coords

    pts = read_point_coords(args.input, [args.weight] if args.weight else [])
    if args.weight:
        check_weight_column(args.weight, pts.columns)
    return kde_xy(pts.x, pts.y, pts.crs, args.bandwidth, args.cell, weight_name=args.weight,
                  weights=pts.values[args.weight] if args.weight else None, **options)


def _density_of_table(args, out, options):
    """Enterprise tables (CSV/Excel: columns and datum detected) and GeoParquet, as a GeoDataFrame."""
    from gzmap.analysis.kde import kde
    from gzmap.commands._analysis_input import read_points

    gdf = read_points(args.input, out, columns=[args.weight] if args.weight else [])
    return kde(gdf, args.bandwidth, args.cell, weight=args.weight, **options)
