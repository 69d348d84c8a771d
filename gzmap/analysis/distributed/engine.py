"""The declared analyses run on a Dask cluster: ``registry.run(..., engine=Engine(...))``.

The input is a path: a folder of GeoParquet files (``gzmap partition``), one
GeoParquet file, or a CSV/TXT table (imported in blocks on the cluster into a
temporary folder first, its rejected rows kept for the caller). The result
is the same :class:`~gzmap.analysis.registry.AnalysisResult` the
single-machine run gives, made by the same ``result`` function of the
analysis's ``*_tool`` module.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from gzmap.core.progress import sub_progress

__all__ = ["DISTRIBUTED", "run_on"]

#: The analyses that run on a cluster.
DISTRIBUTED = ("kde", "hotspots", "lq")


def run_on(engine, analysis, inputs: dict, params: dict, progress=None):
    """Run the declared ``analysis`` with checked ``params`` on ``engine``.

    ``inputs["points"]``: a path (folder of GeoParquet, file, table), or a
    GeoDataFrame (the app's layer), written first as partitions into the
    job's folder (which the workers must see: ``Engine.scratch``).
    ``inputs["rejected_to"]`` (optional): where the rejected rows of a table input are written (CSV).
    """
    from gzmap.analysis.metric import AnalysisInputError

    if analysis.id not in DISTRIBUTED:
        raise AnalysisInputError(f"{analysis.id} does not run on a Dask cluster; run it without --dask")
    source = inputs["points"]
    if not isinstance(source, str | Path) and not hasattr(source, "geometry"):
        raise AnalysisInputError("a distributed run reads its points from a file, a folder or a point layer")
    with engine.client() as client:
        work = Path(tempfile.mkdtemp(prefix="gzmap-dask-", dir=engine.scratch))
        try:
            if hasattr(source, "geometry"):
                ds = write_partitions(source, work / "points")
            else:
                ds, staged = open_points(client, Path(source), work, sub_progress(progress, 0.0, 0.3))
                if staged is not None:
                    _report_rejected(staged, inputs)
            (work / "scratch").mkdir()
            inputs = {**inputs, "scratch": str(work / "scratch")}
            return _dispatch(client, analysis.id, ds, params, sub_progress(progress, 0.3, 1.0), inputs)
        finally:
            shutil.rmtree(work, ignore_errors=True)


#: Points per partition when a layer is sent to the cluster.
LAYER_PARTITION_ROWS = 250_000


def write_partitions(gdf, folder: Path, rows: int = LAYER_PARTITION_ROWS):
    """Write a point layer's data as ``folder/part.N.parquet`` of ``rows`` points each; its Dataset."""
    from gzmap.analysis.distributed.dataset import open_dataset

    folder.mkdir(parents=True)
    data = gdf.reset_index(drop=True)
    for col in data.columns:
        if col != data.geometry.name and data[col].dtype == object:
            data[col] = data[col].astype("string")  # one arrow type per column whatever the cells hold
    for i, start in enumerate(range(0, max(len(data), 1), rows)):
        data.iloc[start : start + rows].to_parquet(folder / f"part.{i}.parquet")
    return open_dataset(folder)


def _dispatch(client, analysis_id: str, ds, params: dict, progress, inputs: dict):
    if analysis_id == "kde":
        from gzmap.analysis import kde_tool
        from gzmap.analysis.distributed.surfaces import kde

        return kde_tool.result(kde(client, ds, params, progress, inputs["scratch"]), params)
    if analysis_id == "hotspots":
        from gzmap.analysis import hotspots_tool
        from gzmap.analysis.distributed.surfaces import cell_values
        from gzmap.analysis.hotspots import hotspots_on_grid

        grid, value, inside, outside = cell_values(client, ds, params, progress, inputs["scratch"])
        options = {k: params[k] for k in ("weight", "permutations", "fdr", "seed")}
        cells = hotspots_on_grid(grid, value, inside, outside, **options, progress=sub_progress(progress, 0.5, 1.0))
        return hotspots_tool.result(cells, params)
    from gzmap.analysis import lq_tool
    from gzmap.analysis.distributed.regions import quotients

    regions = lq_tool.region_polygons(inputs.get("regions"), params["by"])
    lq, spec, ce = quotients(client, ds, params, progress, regions, inputs["scratch"])
    return lq_tool.result(lq, spec, ce, params)


def open_points(client, source: Path, work: Path, progress):
    """``(Dataset, Staged or None)`` of a GeoParquet folder/file or a CSV/TXT table (imported into ``work``)."""
    from gzmap.analysis.distributed.dataset import DatasetError
    from gzmap.analysis.distributed.dataset import open_dataset
    from gzmap.io.tables import is_table

    if source.is_dir() or source.suffix.lower() in (".parquet", ".geoparquet"):
        return open_dataset(source), None
    if not source.exists():
        raise DatasetError(f"{source}: file not found")
    if not is_table(source):
        raise DatasetError(
            f"{source}: --dask reads a folder of GeoParquet files, a .parquet file or a CSV/TXT table; "
            "convert other files with gzmap partition first"
        )
    from gzmap.analysis.distributed.staged import stage_table
    from gzmap.io.enterprises import ImportOptions

    staged = stage_table(client, source, ImportOptions(), work / "points", progress)
    if staged.n_accepted == 0:
        raise DatasetError(f"{source}: all {staged.rows_read} rows rejected")
    return open_dataset(work / "points"), staged


def _report_rejected(staged, inputs: dict) -> None:
    """Write the rejected rows of every block into one CSV (``inputs["rejected_to"]``) and keep the counts."""
    inputs["staged"] = staged
    target = inputs.get("rejected_to")
    if target and staged.rejected_files:
        concat_csv(staged.rejected_files, Path(target))


def concat_csv(files: list, target: Path) -> None:
    """One CSV of several written by :func:`gzmap.io.table_writer.write_table` with the same header."""
    with open(target, "wb") as out:
        for i, f in enumerate(files):
            with open(f, "rb") as fh:
                data = fh.read()
            if i:
                data = data[data.index(b"\n") + 1 :]
            out.write(data)
