"""``gzmap convert IN OUT.parquet/ --dask ...``: a large table converted between datums on the cluster.

The table is imported in blocks (:mod:`.staged`: validation, WGS84, rejected
rows per block, duplicates across blocks), each block's points are moved to
the target datum on a worker, and the folder takes OUT's name only when
every block is written (:func:`.partition.replace_folder`).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

__all__ = ["convert_table"]


def _to_datum(file: str, dst: str, crs: str) -> None:
    import geopandas as gpd

    from gzmap.core import datums

    gdf = gpd.read_parquet(file)
    x, y = datums.convert(gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy(), "wgs84", dst)
    out = gpd.GeoDataFrame(gdf.drop(columns=[gdf.geometry.name]), geometry=gpd.points_from_xy(x, y), crs=crs)
    out.to_parquet(file)


def convert_table(client, source, output, options, dst: str, crs: str, progress=None):
    """Convert the table ``source`` into the GeoParquet folder ``output`` in datum ``dst`` (labelled ``crs``);
    returns the :class:`~.staged.Staged` counts."""
    from gzmap.analysis.distributed.partition import replace_folder
    from gzmap.analysis.distributed.staged import stage_table
    from gzmap.analysis.distributed.tasks import wait_all
    from gzmap.core.progress import sub_progress

    output = Path(output)
    work = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    try:
        staged = stage_table(client, source, options, work / "out", sub_progress(progress, 0.0, 0.8))
        if staged.datum_assumed and options.source_datum is None:
            return staged
        files = sorted(str(p) for p in (work / "out").glob("block-*.parquet"))
        if dst != "wgs84" or crs != "EPSG:4326":
            futures = client.map(_to_datum, files, dst=dst, crs=crs, pure=False)
            wait_all(client, futures, progress, 0.8, 0.98, "converting datums")
        replace_folder(work / "out", output)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return staged
