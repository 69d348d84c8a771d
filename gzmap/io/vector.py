"""Reading vector files (Shapefile, GeoJSON, GeoPackage, GeoParquet, KML, ...).

Everything goes through pyogrio/GDAL. Shapefiles from Chinese sources often
carry GBK attributes with no ``.cpg`` file; those are detected and decoded
rather than shown as mojibake.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from gzmap.io.errors import ReadError
from gzmap.io.errors import first_line

__all__ = ["describe", "guess_datum", "read_vector"]

VECTOR_SUFFIXES = {".shp", ".geojson", ".json", ".gpkg", ".parquet", ".geoparquet", ".kml", ".fgb", ".gml", ".zip"}


def _check_file(path: Path) -> None:
    if not path.exists():
        raise ReadError(path, "file not found")
    if path.is_dir():
        raise ReadError(path, "is a folder, not a file")
    if path.stat().st_size == 0:
        raise ReadError(path, "the file is empty (0 bytes)")


def _shapefile_encoding(path: Path) -> str | None:
    """The .dbf encoding to use: the .cpg's if present, else GBK when the bytes are not UTF-8."""
    cpg = path.with_suffix(".cpg")
    if not cpg.exists():
        cpg = path.with_suffix(".CPG")
    if cpg.exists():
        return None  # GDAL honours .cpg itself
    dbf = path.with_suffix(".dbf")
    if not dbf.exists():
        return None
    raw = dbf.read_bytes()
    # only the records are text: the binary header (its length is bytes 8-9) is not
    if len(raw) > 32:
        raw = raw[int.from_bytes(raw[8:10], "little") :]
    try:
        raw.decode("utf-8")
        return None
    except UnicodeDecodeError:
        try:
            raw.decode("gb18030")
            return "gb18030"
        except UnicodeDecodeError:
            return None


def read_vector(
    path,
    layer: str | int | None = None,
    encoding: str | None = None,
    columns: list[str] | None = None,
    use_arrow: bool = False,
    max_features: int | None = None,
):
    """Read a vector file into a GeoDataFrame in its own CRS.

    ``columns`` limits the attributes read (geometry always comes);
    ``use_arrow`` reads through Arrow, about twice as fast on large files;
    ``max_features`` reads only the first features (a preview).

    Raises :class:`ReadError` with a one-line reason for missing, empty,
    truncated or non-geographic files.
    """
    import pyogrio

    path = Path(path)
    _check_file(path)
    if path.suffix.lower() in {".parquet", ".geoparquet"}:
        import geopandas as gpd

        try:
            if max_features is None:
                return gpd.read_parquet(path)
            return _first_parquet_rows(path, max_features)
        except Exception as exc:  # pyarrow raises many kinds
            raise ReadError(path, f"not a readable GeoParquet file ({first_line(exc)})") from None
    if encoding is None and path.suffix.lower() == ".shp":
        encoding = _shapefile_encoding(path)
    with gdal_read_errors(path):
        gdf = pyogrio.read_dataframe(
            path, layer=layer, encoding=encoding, columns=columns, use_arrow=use_arrow, max_features=max_features
        )
    if not hasattr(gdf, "geometry") or "geometry" not in getattr(gdf, "columns", []):
        raise ReadError(path, "has no geometry column: it is a table, not a map layer")
    return gdf


@contextmanager
def gdal_read_errors(path: Path):
    """Turn pyogrio's errors while reading ``path`` into one-line :class:`ReadError` messages."""
    import pyogrio

    try:
        yield
    except pyogrio.errors.DataSourceError as exc:
        raise ReadError(path, f"not a vector file GDAL can read ({first_line(exc)})") from None
    except pyogrio.errors.DataLayerError as exc:
        raise ReadError(path, f"no readable layer ({first_line(exc)})") from None
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(path, f"could not be read ({first_line(exc)})") from None


def guess_datum(gdf) -> str:
    """Datum name for a GeoDataFrame's CRS: 'wgs84', 'cgcs2000', 'EPSG:N' or 'unknown'."""
    if gdf.crs is None:
        return "unknown"
    epsg = gdf.crs.to_epsg()
    if epsg == 4326:
        return "wgs84"
    if epsg == 4490:
        return "cgcs2000"
    return f"EPSG:{epsg}" if epsg else gdf.crs.name


def _first_parquet_rows(path: Path, n: int):
    """The first ``n`` rows of a GeoParquet file, without reading the rest."""
    import geopandas as gpd
    import pyarrow as pa
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    batch = next(pf.iter_batches(batch_size=max(n, 1)), None)
    table = pa.Table.from_batches([batch]) if batch is not None else pf.schema_arrow.empty_table()
    return gpd.GeoDataFrame.from_arrow(table.replace_schema_metadata(pf.schema_arrow.metadata)).iloc[:n]


def _parquet_geometry_types(path: Path) -> set[str]:
    """Geometry types a GeoParquet file declares for its primary column (empty: not declared)."""
    import json

    import pyarrow.parquet as pq

    geo = json.loads((pq.read_schema(path).metadata or {}).get(b"geo", b"{}"))
    column = geo.get("columns", {}).get(geo.get("primary_column", ""), {})
    return set(column.get("geometry_types") or [])


def is_point_file(path) -> bool:
    """True when ``path`` is a vector file whose (first) layer holds points, so it can be
    imported as enterprises; False for other geometries, GZMap projects and unreadable files."""
    from gzmap.io.project import is_project_file

    path = Path(path)
    if path.suffix.lower() not in VECTOR_SUFFIXES or is_project_file(path):
        return False
    try:
        if path.suffix.lower() in {".parquet", ".geoparquet"}:
            types = _parquet_geometry_types(path) or set(read_vector(path, max_features=100).geom_type.dropna())
        else:
            import pyogrio

            types = {pyogrio.read_info(path, layer=0)["geometry_type"] or ""}
            if types <= {"Unknown", "Unknown (any)", ""}:  # GeoJSON and the like say so: look
                types = set(read_vector(path, max_features=100).geom_type.dropna())
    except Exception:
        return False
    return bool(types) and all(t.replace(" Z", "").replace(" M", "") in ("Point", "MultiPoint") for t in types)


def describe(path) -> dict[str, Any]:
    """Facts about a vector file for ``gzmap info``: rows, geometry type, CRS, bounds, columns."""
    gdf = read_vector(path)
    types = sorted(gdf.geom_type.dropna().unique().tolist())
    bounds = gdf.total_bounds if len(gdf) else np.full(4, np.nan)
    return {
        "path": str(path),
        "rows": int(len(gdf)),
        "geometry_type": ", ".join(types) if types else "none",
        "crs": gdf.crs.to_string() if gdf.crs is not None else "undefined",
        "datum": guess_datum(gdf),
        "bounds": [float(b) for b in bounds],
        "columns": [c for c in gdf.columns if c != gdf.geometry.name],
    }
