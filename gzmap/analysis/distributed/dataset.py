"""A partitioned GeoParquet dataset: a folder of ``*.parquet`` files (or one file), read a part at a time.

Opening checks what can be checked from the files' footers alone: that there
are parquet files, that every file has the first one's columns and types,
and that there is a geometry column (GeoParquet ``geo`` metadata). Files and
folders whose names start with ``_`` or ``.`` (``_rejected/``) are not data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = ["Dataset", "DatasetError", "open_dataset", "attribute_names", "point_xy", "read_part", "read_xy"]


class DatasetError(ValueError):
    """The dataset cannot be used; the message is one line naming the file."""


@dataclass(frozen=True)
class Dataset:
    """``files`` (absolute paths, in order), their ``rows``, the ``geometry`` column and its ``crs``
    (a string pyproj reads), and ``columns`` (the other columns)."""

    path: str
    files: tuple[str, ...]
    rows: tuple[int, ...]
    geometry: str
    crs: str
    columns: tuple[str, ...]

    @property
    def n_rows(self) -> int:
        return sum(self.rows)

    def offsets(self) -> list[int]:
        """The row number (0-based, in the whole dataset) of each file's first row."""
        out, total = [], 0
        for n in self.rows:
            out.append(total)
            total += n
        return out


def _data_files(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.iterdir() if p.is_file() and p.suffix.lower() == ".parquet" and p.name[0] not in "._"
    )


def open_dataset(path) -> Dataset:
    """The :class:`Dataset` at ``path`` (a folder of GeoParquet files or one file); DatasetError if unusable."""
    import pyarrow.parquet as pq

    path = Path(path)
    files = _data_files(path) if path.is_dir() else [path]
    if not files:
        raise DatasetError(f"{path}: the folder holds no .parquet files")
    first = pq.read_schema(files[0])
    geometry, crs = _geo(files[0], first)
    rows = []
    for f in files:
        try:
            meta = pq.ParquetFile(f).metadata
        except Exception:
            raise DatasetError(f"{f}: not a readable parquet file") from None
        schema = meta.schema.to_arrow_schema()
        if not schema.equals(first, check_metadata=False):
            raise DatasetError(f"{f}: {_difference(schema, first)} (unlike {files[0].name}); one dataset, one schema")
        rows.append(meta.num_rows)
    columns = tuple(n for n in first.names if n != geometry)
    return Dataset(str(path), tuple(str(f) for f in files), tuple(rows), geometry, crs, columns)


def _geo(file: Path, schema) -> tuple[str, str]:
    """(geometry column, CRS text) from a GeoParquet file's ``geo`` metadata (EPSG:4326 when not stated)."""
    geo = _geo_metadata(file, schema)
    name = geo.get("primary_column", "geometry")
    crs = geo.get("columns", {}).get(name, {}).get("crs")
    if crs is None:
        return name, "EPSG:4326"
    from pyproj import CRS

    return name, CRS.from_user_input(crs).to_string()


def _geo_metadata(file, schema) -> dict:
    raw = (schema.metadata or {}).get(b"geo")
    if raw is None:
        raise DatasetError(f"{file}: not GeoParquet (no geometry column metadata); write it with gzmap partition")
    return json.loads(raw)


def _difference(schema, first) -> str:
    """What differs between two arrow schemas, in a few words."""
    for field in first:
        if field.name not in schema.names:
            return f"has no column {field.name!r}"
        other = schema.field(field.name)
        if not other.type.equals(field.type):
            return f"column {field.name!r} is {other.type}, not {field.type}"
    extra = [n for n in schema.names if n not in first.names]
    if extra:
        return f"has an extra column {extra[0]!r}"
    return "its columns are in another order"


def read_part(file: str, columns=None):
    """One file of a dataset as a GeoDataFrame (only ``columns`` besides the geometry when given)."""
    import geopandas as gpd

    return gpd.read_parquet(file, columns=None if columns is None else list(columns) + [_geometry_name(file)])


#: GeoParquet ``geo`` metadata -> the pyproj CRS geopandas makes of it (parsing PROJJSON costs ~0.1 s).
_CRS: dict[bytes, object] = {}


def _table_crs(table):
    """The CRS geopandas gives a table read from GeoParquet (exactly read_part's GeoDataFrame's), parsed
    once per metadata."""
    from geopandas.io.arrow import _arrow_to_geopandas

    key = (table.schema.metadata or {}).get(b"geo", b"")
    if key not in _CRS:
        _CRS[key] = _arrow_to_geopandas(table.slice(0, 0)).crs
    return _CRS[key]


def attribute_names(file: str) -> list[str]:
    """The columns of one file other than its geometry."""
    import pyarrow.parquet as pq

    geometry = _geometry_name(file)
    return [n for n in pq.read_schema(file).names if n != geometry]


def _geometry_name(file: str) -> str:
    import pyarrow.parquet as pq

    return _geo_metadata(file, pq.read_schema(file)).get("primary_column", "geometry")


#: The 21 bytes of a 2-D point in little-endian WKB: byte order 1, type 1, x, y.
_POINT_WKB = np.dtype([("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


def point_xy(column):
    """``(x, y)`` of a WKB geometry column (pyarrow) that holds only 2-D little-endian points, read from the
    bytes without making shapely geometries (about 40x faster than decoding them); nulls and empty points
    give NaN. None when any geometry is something else (another type, Z, big-endian, another encoding)."""
    import pyarrow as pa

    arr = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if arr.type not in (pa.binary(), pa.large_binary()):
        return None
    n = len(arr)
    x, y = np.full(n, np.nan), np.full(n, np.nan)
    if n == 0 or arr.null_count == n:
        return x, y
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int32 if arr.type == pa.binary() else np.int64)
    offsets = offsets[arr.offset : arr.offset + n + 1]
    data = np.frombuffer(arr.buffers()[2], dtype=np.uint8)
    valid = arr.is_valid().to_numpy(zero_copy_only=False) if arr.null_count else np.ones(n, dtype=bool)
    lengths = np.diff(offsets)
    if (lengths[valid] != _POINT_WKB.itemsize).any():
        return None
    if valid.all():  # back to back: read the bytes in place as records
        points = np.frombuffer(data, dtype=_POINT_WKB, count=n, offset=int(offsets[0]))
    else:
        starts = offsets[:-1][valid]
        points = data[starts[:, None] + np.arange(_POINT_WKB.itemsize)].view(_POINT_WKB)[:, 0]
    if (points["order"] != 1).any() or (points["type"] != 1).any():
        return None
    x[valid], y[valid] = points["x"], points["y"]
    return x, y


def read_xy(file: str, columns=()):
    """``(x, y, attributes, crs)`` of the points of one file: coordinates in the file's CRS (NaN for a null
    or empty geometry), the ``columns`` the file has (a DataFrame; others are left out) and the pyproj CRS
    geopandas gives the file (None if it states none).

    WKB points are read from their bytes (:func:`point_xy`); anything else through geopandas, where a
    geometry that is not a point is an :class:`~gzmap.analysis.metric.AnalysisInputError` naming its row
    (1-based, in the file).
    """
    import pandas as pd
    import pyarrow.parquet as pq

    schema = pq.read_schema(file)
    geometry = _geo_metadata(file, schema).get("primary_column", "geometry")
    have = set(schema.names)
    wanted = [c for c in dict.fromkeys(columns) if c in have and c != geometry]
    table = pq.read_table(file, columns=[*wanted, geometry])
    xy = point_xy(table.column(geometry))
    if xy is not None:
        crs = _table_crs(table)
        return xy[0], xy[1], table.drop_columns([geometry]).to_pandas().reset_index(drop=True), crs
    gdf = read_part(file, wanted)
    geoms = gdf.geometry
    empty = geoms.isna().to_numpy() | geoms.is_empty.to_numpy()
    kinds = geoms.geom_type.to_numpy()
    bad = ~empty & (kinds != "Point")
    if bad.any():
        from gzmap.analysis.metric import AnalysisInputError

        row = int(np.flatnonzero(bad)[0])
        raise AnalysisInputError(f"expects point features; row {row + 1} is a {kinds[row]}")
    x = np.where(empty, np.nan, geoms.x.to_numpy(dtype=float) if len(gdf) else np.empty(0))
    y = np.where(empty, np.nan, geoms.y.to_numpy(dtype=float) if len(gdf) else np.empty(0))
    return x, y, pd.DataFrame(gdf.drop(columns=geoms.name)).reset_index(drop=True), gdf.crs
