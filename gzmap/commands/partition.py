"""``gzmap partition IN OUT.parquet/ --dask local:2``: a large table once as partitioned GeoParquet.

Datum conversion to WGS84, validation with the rejected rows of each block in
``OUT/_rejected/``, Hilbert-sorted spatial partitions of about
``--rows-per-partition`` points (:mod:`gzmap.analysis.distributed.partition`).
Every analysis command reads OUT (with or without ``--dask``).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    from gzmap.commands._analysis_input import add_dask_options

    p = sub.add_parser("partition", help="write a large enterprise table as Hilbert-sorted partitioned GeoParquet")
    p.add_argument("input", help="CSV/TXT enterprise table, or a folder of GeoParquet files")
    p.add_argument("output", help="output folder (OUT.parquet)")
    p.add_argument("--from", dest="src", help="source datum: wgs84, gcj02, bd09, cgcs2000 or EPSG:NNNN")
    p.add_argument("--no-study-area", action="store_true", help="keep points far from the Greater Bay Area")
    p.add_argument("--keep-duplicates", action="store_true", help="keep exact duplicate rows")
    p.add_argument("--rows-per-partition", type=int, default=1_000_000, metavar="N", help="points per partition")
    add_dask_options(p)
    p.set_defaults(func=run, dask="local")


def run(args) -> int:
    from gzmap.analysis.distributed.partition import partition_table
    from gzmap.commands._analysis_input import dask_engine
    from gzmap.commands.convert import print_summary
    from gzmap.core.fields import datum_text
    from gzmap.io.enterprises import ImportOptions
    from gzmap.io.messages import text

    src, out = Path(args.input), Path(args.output)
    if not src.exists():
        raise FileNotFoundError(2, "No such file or directory", str(src))
    if out.suffix.lower() not in (".parquet", ".geoparquet"):
        raise ValueError(f"{out}: the output is a folder of GeoParquet files; name it OUT.parquet")
    if not out.parent.is_dir():
        raise ValueError(f"{out.parent}: folder does not exist")
    if out.resolve() == src.resolve():
        raise ValueError(f"{out}: output would overwrite the input; choose another name")
    opts = ImportOptions(
        source_datum=args.src,
        study_area=None if args.no_study_area else ImportOptions().study_area,
        drop_duplicates=not args.keep_duplicates,
    )
    with dask_engine(args).client() as client:
        res = partition_table(client, src, out, opts, rows_per_partition=args.rows_per_partition)
    st, lang = res.staged, getattr(args, "ui_lang", None) or "en"
    written = text("partitioned", lang, n=res.rows, parts=res.partitions, source=datum_text(st.source_datum))
    print_summary(src, out, st, written, lang=lang)
    if st.n_rejected:
        print(text("rejected_parts", lang, file=out / "_rejected", n=len(st.rejected_files)))
    return 0
