"""``gzmap clusters IN -o OUT.gpkg --method dbscan --eps 300 --min-samples 20``: density-based clusters.

Writes a GeoPackage with two layers: ``points`` (every input point, its
columns plus ``cluster`` (1 = largest, -1 = noise), ``cluster_role``,
``cluster_size``) and ``clusters`` (one hull polygon per cluster with its
profile), and a summary CSV (``OUT_summary.csv`` unless ``--summary``).
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("clusters", help="find density-based clusters (DBSCAN/HDBSCAN, metres) and profile them")
    p.add_argument("input", help="point file (GeoPackage, Shapefile, GeoJSON...) or enterprise table (CSV/Excel)")
    p.add_argument("-o", "--output", required=True, help="output GeoPackage (.gpkg)")
    p.add_argument("--method", choices=["dbscan", "hdbscan"], default="dbscan")
    p.add_argument("--eps", type=float, default=300.0, help="DBSCAN radius in metres (default 300)")
    p.add_argument("--min-samples", type=int, default=None,
                   help="DBSCAN: points within eps (itself included) for a core point (default 20); "
                        "HDBSCAN: density smoothing (default: min cluster size)")
    p.add_argument("--min-cluster-size", type=int, default=20, help="HDBSCAN: smallest cluster (default 20)")
    p.add_argument("--border", choices=["first", "noise"], default="first",
                   help="DBSCAN border points: join the first cluster reaching them (classic, as QGIS) "
                        "or count as noise (DBSCAN*)")
    p.add_argument("--hull", choices=["convex", "concave"], default="convex", help="cluster outline (default convex)")
    p.add_argument("--concave-ratio", type=float, default=0.3, help="concave hull tightness 0-1 (default 0.3)")
    p.add_argument("--field", default="subsector", help="sub-sector column for the profiles (default subsector)")
    p.add_argument("--summary", help="summary CSV path (default OUT_summary.csv)")
    p.add_argument("--crs", help="metric CRS to compute in (default EPSG:32649 for lon/lat input)")
    p.set_defaults(func=run)


def run(args) -> int:
    from gzmap.analysis.clusters import find_clusters
    from gzmap.commands._analysis_input import check_output, read_points, write_gpkg
    from gzmap.io.errors import check_writable, writing

    out = check_output(args.input, check_writable(args.output), [".gpkg"])
    summary = check_writable(args.summary) if args.summary else out.with_name(out.stem + "_summary.csv")
    gdf = read_points(args.input, out)
    res = find_clusters(gdf, args.method, eps=args.eps, min_samples=args.min_samples,
                        min_cluster_size=args.min_cluster_size, border=args.border, hull=args.hull,
                        concave_ratio=args.concave_ratio, subsector_field=args.field, crs=args.crs)
    with writing(out):
        write_gpkg(res.points, out, "points")
        if len(res.clusters):
            write_gpkg(res.clusters, out, "clusters", append=True)
    table = res.summary()
    with writing(summary):
        from gzmap.io.table_writer import write_table

        write_table(table, summary)
    print(f"{res.n_clusters} clusters, {res.n_noise} noise points of {len(res.points)}; "
          f"wrote {out} (layers points, clusters) and {summary}")
    return 0
