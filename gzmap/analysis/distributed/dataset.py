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

__all__ = ["Dataset", "DatasetError", "open_dataset", "read_part"]


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
    raw = (schema.metadata or {}).get(b"geo")
    if raw is None:
        raise DatasetError(f"{file}: not GeoParquet (no geometry column metadata); write it with gzmap partition")
    geo = json.loads(raw)
    name = geo.get("primary_column", "geometry")
    crs = geo.get("columns", {}).get(name, {}).get("crs")
    if crs is None:
        return name, "EPSG:4326"
    from pyproj import CRS

    return name, CRS.from_user_input(crs).to_string()


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


def _geometry_name(file: str) -> str:
    import pyarrow.parquet as pq

    return _geo(Path(file), pq.read_schema(file))[0]
