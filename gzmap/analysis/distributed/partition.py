"""``gzmap partition IN OUT.parquet/``: a large table, once, as Hilbert-sorted partitioned GeoParquet.

1. The table is imported in blocks on the cluster (:mod:`.staged`): datum
   conversion to WGS84, validation, rejected rows per block in
   ``OUT/_rejected/block-NNNNN.csv``, duplicates across blocks.
2. The accepted rows are shuffled into spatial partitions by the Hilbert
   distance of their points (``dask_geopandas``' ``spatial_shuffle``, level
   16 over the points' bounds): each partition holds nearby enterprises, so
   an analysis by tiles or regions reads few partitions per tile.
3. Everything is written into a temporary folder beside OUT, which then takes
   OUT's name (``os.replace``): a failure or Cancel leaves no half dataset.

Input may also be a folder of GeoParquet files (re-partitioned as is).
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from gzmap.core.progress import report

__all__ = ["PartitionResult", "partition_table", "replace_folder"]

#: Rows per output partition unless told (a partition of 1M enterprises is ~100-300 MB in memory).
ROWS_PER_PARTITION = 1_000_000


@dataclass
class PartitionResult:
    """What was written: ``partitions`` files of ``rows`` points; the import's counts in ``staged``."""

    output: Path
    partitions: int
    rows: int
    staged: object


def partition_table(
    client, source, output, options, *, rows_per_partition=ROWS_PER_PARTITION, block_bytes=None, progress=None
) -> PartitionResult:
    """Write ``source`` (a CSV/TXT table or a GeoParquet folder) to ``output`` as partitioned GeoParquet."""
    from gzmap.analysis.distributed.dataset import DatasetError
    from gzmap.analysis.distributed.dataset import open_dataset
    from gzmap.analysis.distributed.staged import Staged
    from gzmap.analysis.distributed.staged import stage_table

    output = Path(output)
    work = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    try:
        staging, final = work / "staging", work / "out"
        if Path(source).is_dir() or Path(source).suffix.lower() in (".parquet", ".geoparquet"):
            ds = open_dataset(source)
            files, staged = list(ds.files), Staged(Path(source), rows_read=ds.n_rows, n_accepted=ds.n_rows)
        else:
            staged = stage_table(client, source, options, staging, _part(progress, 0.0, 0.6), block_bytes)
            files = sorted(str(p) for p in staging.glob("block-*.parquet"))
        if not files:
            raise DatasetError(f"{source}: no row could be placed ({staged.n_rejected} rejected)")
        n = max(1, math.ceil(staged.n_accepted / max(int(rows_per_partition), 1)))
        report(progress, 0.6, "spatial partitions (Hilbert curve)")
        _shuffle(client, files, final, n)
        if (staging / "_rejected").exists():
            shutil.move(str(staging / "_rejected"), str(final / "_rejected"))
        report(progress, 0.98, "writing")
        replace_folder(final, output)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(progress, 1.0, "partitioned")
    return PartitionResult(output, n, staged.n_accepted, staged)


def _part(progress, start, end):
    from gzmap.core.progress import sub_progress

    return None if progress is None else sub_progress(progress, start, end)


def _shuffle(client, files: list, out: Path, n: int) -> None:
    """Hilbert-sort the rows of ``files`` into ``n`` partitions written as ``out/part.N.parquet``.

    Four steps, each a task per file or per partition: the points' bounds; a
    histogram of their Hilbert distances (level 16 over those bounds), whose
    cumulative counts give ``n`` ranges of equal size; each file's rows split
    by range into pieces; each range's pieces sorted by distance into one file.
    """
    from gzmap.analysis.distributed.tasks import wait_all

    out.mkdir(parents=True)
    pieces = out.parent / "pieces"
    b = np.array(wait_all(client, client.map(_bounds, files, pure=False), None, 0, 1, ""))
    box = (b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max())
    hist = np.sum(wait_all(client, client.map(_histogram, files, box=box, pure=False), None, 0, 1, ""), axis=0)
    cuts = _cuts(hist, n)
    text = _text_columns(files)
    split = client.map(_split, files, range(len(files)), box=box, cuts=cuts, folder=str(pieces), text=text, pure=False)
    wait_all(client, split, None, 0, 1, "")
    sort = client.map(_sorted_part, range(n), folder=str(pieces), out=str(out), pure=False)
    wait_all(client, sort, None, 0, 1, "")


_BINS = 1 << 16


def _distances(gdf, box) -> np.ndarray:
    return gdf.geometry.hilbert_distance(total_bounds=box, level=16).to_numpy(dtype=np.int64)


def _bounds(file: str):
    import geopandas as gpd

    return tuple(gpd.read_parquet(file).total_bounds)


def _histogram(file: str, box) -> np.ndarray:
    import geopandas as gpd

    return np.bincount(_distances(gpd.read_parquet(file), box) >> 16, minlength=_BINS)


def _cuts(hist: np.ndarray, n: int) -> np.ndarray:
    """Upper Hilbert-distance bin of each of the ``n`` ranges holding about equal numbers of points."""
    cum = np.cumsum(hist)
    targets = cum[-1] * np.arange(1, n) / n
    return np.searchsorted(cum, targets, side="left")


def _text_columns(files: list) -> list:
    """Columns whose type differs between files (numbers in one block, text in another): stored as text."""
    import pyarrow.parquet as pq

    types: dict = {}
    for f in files:
        for field in pq.read_schema(f):
            types.setdefault(field.name, set()).add(str(field.type))
    return sorted(c for c, t in types.items() if len(t) > 1)


def _split(file: str, index: int, box, cuts, folder: str, text: list) -> None:
    import geopandas as gpd

    gdf = gpd.read_parquet(file)
    for c in text:
        gdf[c] = gdf[c].astype("string")
    d = _distances(gdf, box)
    part = np.searchsorted(cuts, d >> 16, side="right")
    gdf["_hilbert"] = d
    for k in np.unique(part):
        target = Path(folder) / f"p{int(k):05d}"
        target.mkdir(parents=True, exist_ok=True)
        gdf[part == k].to_parquet(target / f"b{index:05d}.parquet")


def _sorted_part(k: int, folder: str, out: str) -> None:
    import geopandas as gpd
    import pandas as pd

    files = sorted((Path(folder) / f"p{k:05d}").glob("*.parquet"))
    if not files:
        return
    gdf = pd.concat([gpd.read_parquet(f) for f in files], ignore_index=True)
    keys = ["_hilbert", "source_row"] if "source_row" in gdf.columns else ["_hilbert"]
    gdf = gdf.sort_values(keys, kind="stable").drop(columns="_hilbert")
    gdf.reset_index(drop=True).to_parquet(Path(out) / f"part.{k:05d}.parquet")


def replace_folder(new: Path, output: Path) -> None:
    """Give the finished folder ``new`` the name ``output`` (an existing ``output`` replaced only now)."""
    old = None
    if output.exists():
        old = output.with_name(f".{output.name}.old-{os.getpid()}")
        os.replace(output, old)
    os.replace(new, output)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink()
